import { select } from 'd3-selection';
import type { LaneBox, Tick } from '../layout/layout-timeline.js';

/** Draws the lane bands with their labels, and the vertical grid lines at the axis ticks behind them. */
export function renderLanes(host: SVGGElement, lanes: readonly LaneBox[], ticks: readonly Tick[], width: number, height: number, top: number): void {
  const root = select(host);
  root.selectAll<SVGLineElement, Tick>('line.grid')
    .data(ticks, (tick) => tick.value)
    .join('line')
    .attr('class', 'grid')
    .attr('x1', (tick) => tick.x)
    .attr('x2', (tick) => tick.x)
    .attr('y1', top)
    .attr('y2', height);

  const lane = root.selectAll<SVGGElement, LaneBox>('g.lane')
    .data(lanes, (box) => box.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane');
      g.append('rect').attr('class', 'lane-band');
      g.append('text').attr('class', 'lane-label').attr('part', 'lane-label');
      return g;
    })
    .attr('data-lane', (box) => box.key)
    .classed('odd', (_, i) => i % 2 === 1);
  lane.select('rect')
    .attr('x', 0)
    .attr('width', width)
    .attr('y', (box) => box.top)
    .attr('height', (box) => box.height);
  const label = lane.select('text.lane-label')
    .attr('x', 8)
    .attr('y', (box) => box.top + 14);
  label.selectAll<SVGTSpanElement, LaneBox>('tspan')
    .data((box) => (box.detail ? [box.label, box.detail] : [box.label]))
    .join('tspan')
    .attr('class', (_, i) => (i === 0 ? 'name' : 'detail'))
    .attr('dx', (_, i) => (i === 0 ? 0 : 8))
    .text((text) => text);
  // Grid lines go over the bands, which are joined after them.
  root.selectAll('line.grid').raise();
}
