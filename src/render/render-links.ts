import { select } from 'd3-selection';
import type { LinkMark } from '../layout/types.js';
import { setAttribute, setText } from './write-if-changed.js';
import { alignText } from './text-direction.js';

/**
 * Draws each transfer as one stroked path, its curve and open arrowhead together, coloured like its kind and as
 * wide as the amount it moved; and, into `labelsHost`, the amount beside the links that carry one.
 */
export function renderLinks(host: SVGGElement, labelsHost: SVGGElement, links: readonly LinkMark[]): void {
  select(host)
    .selectAll<SVGPathElement, LinkMark>('path.link')
    .data(links, (d) => d.key)
    .join((enter) => enter.append('path')
      .attr('part', 'transfer')
      // A group's line stands for several events: it names the group, not one of them.
      .attr('data-id', (d) => (d.aggregate ? null : d.event.id))
      .attr('data-group', (d) => d.group || null)
      .attr('data-to', (d) => d.toPlace))
    // Mostly the geometry changes on a zoom or pan; a new story may reuse a key with another status or amount.
    .each(function (d) {
      setAttribute(this, 'class', d.aggregate ? 'link aggregate kind-transfer' : `link kind-${d.event.kind} status-${d.event.status}`);
      setAttribute(this, 'stroke-width', String(d.width));
      setAttribute(this, 'd', `${d.path}${d.arrow}`);
    });

  select(labelsHost)
    .selectAll<SVGTextElement, LinkMark>('text.link-label')
    .data(links.filter((d) => d.label), (d) => d.key)
    .join((enter) => enter.append('text')
      .attr('part', 'transfer-label')
      .attr('dy', '0.35em')
      .attr('data-id', (d) => (d.aggregate ? null : d.event.id)))
    .each(function (d) {
      setAttribute(this, 'class', `link-label kind-${d.aggregate ? 'transfer' : d.event.kind}`);
      setAttribute(this, 'x', String(d.labelX));
      setAttribute(this, 'y', String(d.labelY));
      alignText(this, d.label, d.labelAlign);
      setText(this, d.label);
    });
}
