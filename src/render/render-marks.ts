import { select } from 'd3-selection';
import type { EventMark } from '../layout/layout-timeline.js';

export interface MarkOptions {
  readonly pointRadius: number;
  readonly barHeight: number;
  /** The accessible name of an event's primary mark. */
  readonly describe: (mark: EventMark) => string;
  /** The id of the event that takes the single Tab stop into the plot. */
  readonly focusId: string | undefined;
}

/**
 * Draws every event mark with its label. Each mark is one `<path>` whatever its shape, so a mark can change from
 * a point to a bar on zoom without being recreated; classes carry kind, status and date qualifiers to the styles.
 */
export function renderMarks(host: SVGGElement, marks: readonly EventMark[], options: MarkOptions): void {
  const { pointRadius: r, barHeight } = options;
  const mark = select(host)
    .selectAll<SVGGElement, EventMark>('g.mark')
    .data(marks, (d) => `${d.event.id}\n${d.lane}`)
    .join((enter) => {
      const g = enter.append('g').attr('part', 'event');
      g.append('path').attr('class', 'shape');
      g.append('text').attr('class', 'label').attr('dy', '0.35em');
      return g;
    })
    .attr('class', (d) => [
      'mark', `kind-${d.event.kind}`, `status-${d.event.status}`, `shape-${d.shape}`,
      d.approximate ? 'approximate' : '', d.uncertain ? 'uncertain' : '',
      d.openLeft || d.openRight ? 'open' : '',
    ].filter(Boolean).join(' '))
    .attr('data-id', (d) => d.event.id)
    .attr('data-primary', (d) => (d.primary ? '' : null))
    .attr('role', (d) => (d.primary ? 'button' : null))
    .attr('aria-hidden', (d) => (d.primary ? null : 'true'))
    .attr('aria-label', (d) => (d.primary ? options.describe(d) : null))
    .attr('tabindex', (d) => (d.primary ? (d.event.id === options.focusId ? 0 : -1) : null));

  mark.select('path.shape')
    .attr('d', (d) => (d.shape === 'point' ? circlePath(d.x, d.y, r) : barPath(d.left, d.right, d.y, barHeight)))
    .attr('mask', (d) => maskFor(d))
    .attr('filter', (d) => (d.approximate ? 'url(#soft)' : null));

  mark.select('text.label')
    .classed('inside', (d) => d.labelInside)
    .attr('x', (d) => d.labelX)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (d) => (d.labelAlign === 'left' ? 'start' : 'end'))
    .text((d) => d.label);
}

function maskFor(mark: EventMark): string | null {
  if (mark.openLeft && mark.openRight) return 'url(#open-both)';
  if (mark.openLeft) return 'url(#open-left)';
  if (mark.openRight) return 'url(#open-right)';
  return null;
}

function circlePath(x: number, y: number, r: number): string {
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

function barPath(left: number, right: number, y: number, height: number): string {
  const top = y - height / 2;
  const radius = Math.min(3, (right - left) / 2);
  const w = right - left - 2 * radius;
  return `M${left + radius},${top}h${w}a${radius},${radius} 0 0 1 ${radius},${radius}v${height - 2 * radius}` +
    `a${radius},${radius} 0 0 1 ${-radius},${radius}h${-w}a${radius},${radius} 0 0 1 ${-radius},${-radius}` +
    `v${-(height - 2 * radius)}a${radius},${radius} 0 0 1 ${radius},${-radius}Z`;
}

/** Moves the `selected` class and the single Tab stop to the current event, touching only the marks that change. */
export function renderMarkState(host: SVGGElement, selectedId: string | undefined, focusId: string | undefined): void {
  const root = select(host);
  root.selectAll<SVGGElement, EventMark>('g.mark.selected')
    .filter((d) => d.event.id !== selectedId)
    .classed('selected', false);
  if (selectedId !== undefined) {
    root.selectAll<SVGGElement, EventMark>(`g.mark[data-id="${CSS.escape(selectedId)}"]`).classed('selected', true);
  }
  const focusable = focusId === undefined ? null : host.querySelector<SVGGElement>(`g.mark[data-primary][data-id="${CSS.escape(focusId)}"]`);
  root.selectAll<SVGGElement, EventMark>('g.mark[tabindex="0"]')
    .filter(function () { return this !== focusable; })
    .attr('tabindex', -1);
  if (focusable) focusable.tabIndex = 0;
}
