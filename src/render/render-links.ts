import { select } from 'd3-selection';
import type { LinkMark } from '../layout/layout-timeline.js';

/** Draws each transfer as a curve with an arrowhead, coloured like its event's kind. */
export function renderLinks(host: SVGGElement, links: readonly LinkMark[]): void {
  const link = select(host)
    .selectAll<SVGGElement, LinkMark>('g.link')
    .data(links, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('part', 'transfer');
      g.append('path').attr('class', 'link-line');
      g.append('path').attr('class', 'link-arrow');
      return g;
    })
    .attr('class', (d) => `link kind-${d.event.kind} status-${d.event.status}`)
    .attr('data-id', (d) => d.event.id)
    .attr('data-to', (d) => d.toPlace);
  link.select('path.link-line').attr('d', (d) => d.path);
  link.select('path.link-arrow').attr('d', (d) => d.arrow);
}
