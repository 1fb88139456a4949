import { select } from 'd3-selection';
import type { LinkMark } from '../layout/layout-timeline.js';

/** Draws each transfer as one stroked path, its curve and open arrowhead together, coloured like its kind. */
export function renderLinks(host: SVGGElement, links: readonly LinkMark[]): void {
  select(host)
    .selectAll<SVGPathElement, LinkMark>('path.link')
    .data(links, (d) => d.key)
    .join((enter) => enter.append('path')
      .attr('part', 'transfer')
      .attr('class', (d) => `link kind-${d.event.kind} status-${d.event.status}`)
      .attr('data-id', (d) => d.event.id)
      .attr('data-to', (d) => d.toPlace))
    // Only the geometry changes on a zoom or pan; the key holds the event and both places.
    .attr('d', (d) => `${d.path}${d.arrow}`);
}
