import { select } from 'd3-selection';
import type { Tick, TimelineLayout } from '../layout/types.js';
import { setAttribute, setText } from './write-if-changed.js';
import { textDirection } from './text-direction.js';

/**
 * Draws the time axis along the top of the plot: a line over the plot's width, and at each of the layout's ticks
 * a short mark and its label. Every position is an absolute coordinate, with no transforms: printed, the rows of
 * paper repeat the axis at the top of each page, and a tick placed by a `transform` did not print there.
 */
export function renderAxis(host: SVGGElement, layout: TimelineLayout, axisHeight: number): void {
  const y = axisHeight - 0.5;
  const [a, b] = layout.scale.range();
  const root = select(host).attr('text-anchor', 'middle');
  root.selectAll('path.domain')
    .data([0])
    .join('path')
    .attr('class', 'domain')
    .attr('d', `M${Math.min(a, b)},${y}H${Math.max(a, b)}`);
  root.selectAll<SVGGElement, Tick>('g.tick')
    .data(layout.ticks, (tick) => tick.value)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line');
      g.append('text');
      return g;
    })
    .each(function (tick) {
      const [line, text] = this.children as unknown as [SVGLineElement, SVGTextElement];
      const x = String(tick.x);
      setAttribute(line, 'x1', x);
      setAttribute(line, 'x2', x);
      setAttribute(line, 'y1', String(y - 6));
      setAttribute(line, 'y2', String(y));
      setAttribute(text, 'x', String(tick.labelX));
      setAttribute(text, 'y', String(y - 9));
      // Centred either way; its direction orders its words ("1 ديسمبر 2024" reads right to left).
      setAttribute(text, 'direction', textDirection(tick.label));
      setText(text, tick.label);
    });
}
