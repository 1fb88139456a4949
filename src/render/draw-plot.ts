import type { EventMark, LinkMark, TimelineLayout } from '../layout/types.js';
import { groupsInBand, lanesInBand, linksInBand, marksInBand, type Band } from '../layout/vertical-band.js';
import type { Layer } from './names.js';
import { renderAxis } from './render-axis.js';
import { renderEras } from './render-eras.js';
import { renderGroups } from './render-groups.js';
import { renderLanes } from './render-lanes.js';
import { renderLinks } from './render-links.js';
import { renderMarks, type MarkOptions } from './render-marks.js';
import { renderSeries } from './render-series.js';

/**
 * A plot is an `<svg>` holding `<g>` layers by class (see LAYERS). The screen draws one plot; paper draws a plot
 * per lane, each showing only its band of the same layout, and leaves out the layers a row does not need: a
 * missing layer is not drawn.
 */
export function layer(plot: Element, name: Layer): SVGGElement | null {
  return plot.querySelector<SVGGElement>(`:scope > g.${name}`);
}

/** Draws what does not depend on the band: the axis, the eras and "as of" line, the force-level tracks. */
export function drawContext(plot: Element, layout: TimelineLayout): void {
  const metrics = layout.metrics;
  const axis = layer(plot, 'axis');
  if (axis) renderAxis(axis, layout, metrics.axisHeight);
  const eras = layer(plot, 'eras');
  if (eras) renderEras(eras, layout.eras, layout.asOf, { top: layout.eraTop, stripHeight: metrics.eraHeight, bottom: layout.height });
  const tracks = layer(plot, 'tracks');
  const rtl = layout.direction === 'rtl';
  if (tracks) renderSeries(tracks, layout.tracks, layout.width, rtl ? 'right' : 'left');
}

/**
 * Draws the lanes, groups, links and marks that reach into `band`, and `kept` marks wherever they are (the
 * focused and selected events, which must be seen whatever is in view). `cutLinks` gives the part of each link
 * inside the band to draw, for a plot drawn in rows (paper gives linksInRow, and then redraws its fills and dashes:
 * see render-paper.ts).
 */
export function drawBand(
  plot: Element, layout: TimelineLayout, band: Band, kept: readonly EventMark[], markOptions: Omit<MarkOptions, 'pointRadius' | 'barHeight'>,
  { cutLinks }: { readonly cutLinks?: (links: readonly LinkMark[], band: Band) => readonly LinkMark[] } = {},
): void {
  const metrics = layout.metrics, half = metrics.rowHeight / 2;
  const [first, end] = lanesInBand(layout.lanes, band);
  const lanes = layer(plot, 'lanes');
  if (lanes) renderLanes(lanes, layer(plot, 'lane-labels'), layout.lanes.slice(first, end), first, layout.ticks, layout.width, layout.direction);
  const groups = layer(plot, 'groups');
  if (groups) renderGroups(groups, groupsInBand(layout.groups, band, half), { rowHeight: metrics.rowHeight });
  const links = layer(plot, 'links'), marks = layer(plot, 'marks');
  if (links) {
    const crossing = linksInBand(layout.links, layout.lanes, band);
    renderLinks(links, layer(plot, 'link-labels')!, cutLinks ? cutLinks(crossing, band) : crossing);
  }
  if (!marks) return;
  const inBand = marksInBand(layout.marks, band, half);
  const drawn = new Set(inBand);
  renderMarks(marks, layer(plot, 'labels')!, layer(plot, 'hits'), inBand.concat(kept.filter((mark) => !drawn.has(mark))), {
    ...markOptions, pointRadius: metrics.pointRadius, barHeight: metrics.barHeight,
  });
}
