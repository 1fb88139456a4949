import { axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import type { TimelineLayout } from '../layout/layout-timeline.js';

/** Draws the time axis along the top of the plot, with the layout's ticks and labels. */
export function renderAxis(host: SVGGElement, layout: TimelineLayout, axisHeight: number): void {
  const labels = new Map(layout.ticks.map((tick) => [tick.value, tick.label]));
  const axis = axisTop<number>(layout.scale)
    .tickValues(layout.ticks.map((tick) => tick.value))
    .tickFormat((value) => labels.get(+value) ?? '')
    .tickSizeOuter(0);
  select(host)
    .attr('transform', `translate(0,${axisHeight - 1})`)
    .call(axis)
    // d3-axis writes presentation attributes; the stylesheet owns fonts and colours instead.
    .attr('font-family', null)
    .attr('font-size', null)
    .attr('fill', null)
    .call((g) => g.selectAll('.tick line, .domain').attr('stroke', null))
    .call((g) => g.selectAll('.tick text').attr('fill', null));
}
