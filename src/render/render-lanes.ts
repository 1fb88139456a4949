import { select } from 'd3-selection';
import type { LaneBox, Tick } from '../layout/types.js';
import { setAttribute, setText } from './write-if-changed.js';

/**
 * Draws the lane bands with their labels, and the vertical grid lines at the axis ticks over them. `lanes` may
 * be a run of the layout's lanes starting at index `first` (those in view): odd and even lanes alternate by
 * their index in the layout. Labels sit at the edge time starts from, and read in the `direction` given.
 */
export function renderLanes(
  host: SVGGElement, lanes: readonly LaneBox[], first: number, ticks: readonly Tick[], width: number, height: number, top: number,
  direction: 'ltr' | 'rtl' = 'ltr',
): void {
  const root = select(host);
  root.selectAll<SVGLineElement, Tick>('line.grid')
    .data(ticks, (tick) => tick.value)
    .join('line')
    .attr('class', 'grid')
    .attr('x1', (tick) => tick.x)
    .attr('x2', (tick) => tick.x)
    .attr('y1', top)
    .attr('y2', height);

  root.selectAll<SVGGElement, LaneBox>('g.lane')
    .data(lanes, (box) => box.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane').attr('data-lane', (box) => box.key);
      g.append('rect').attr('class', 'lane-band').attr('x', 0);
      const label = g.append('text').attr('class', 'lane-label').attr('part', 'lane-label');
      label.append('tspan').attr('class', 'name');
      label.append('tspan').attr('class', 'detail').attr('dx', 8);
      return g;
    })
    // A zoom moves lanes up and down and changes little else: only what changed is written.
    .each(function (box, i) {
      this.classList.toggle('odd', (first + i) % 2 === 1);
      const [band, label] = this.children as unknown as [SVGRectElement, SVGTextElement];
      setAttribute(band, 'width', String(width));
      setAttribute(band, 'y', String(box.top));
      setAttribute(band, 'height', String(box.height));
      setAttribute(label, 'y', String(box.top + 14));
      setAttribute(label, 'x', String(direction === 'rtl' ? width - 8 : 8));
      setAttribute(label, 'direction', direction);
      setText(label.children[0]!, box.label);
      setText(label.children[1]!, box.detail);
    });
  // Grid lines go over the bands, which are joined after them.
  root.selectAll('line.grid').raise();
}
