import type { EventMark, GroupMark, LaneBox, LinkMark } from './types.js';

/** A horizontal band of the plot, `[top, bottom]` in the plot's own pixels. */
export type Band = readonly [number, number];

/**
 * The band of a plot worth drawing: the part of it inside the viewport, widened by `margin` above and below so
 * that a scroll shows drawn marks before the next frame draws more. A tall timeline (dozens of lanes) only
 * draws what a reader can see; a plot wholly outside the viewport draws nothing.
 *
 * @param plotTop the plot's top edge relative to the viewport's (negative once scrolled past)
 * @param plotHeight the plot's height
 * @param viewportHeight the viewport's height
 */
export function visibleBand(plotTop: number, plotHeight: number, viewportHeight: number, margin: number): Band {
  const top = Math.max(0, -plotTop - margin);
  const bottom = Math.min(plotHeight, viewportHeight - plotTop + margin);
  return [top, Math.max(top, bottom)];
}

/** Whether `outer` holds all of `inner`: an empty inner band is held by any band. */
export function bandHolds(outer: Band, inner: Band): boolean {
  return inner[0] >= inner[1] || (outer[0] <= inner[0] && inner[1] <= outer[1]);
}

/** The marks that reach into a band: a mark spans `halfHeight` above and below its centre line. */
export function marksInBand(marks: readonly EventMark[], band: Band, halfHeight: number): EventMark[] {
  const [top, bottom] = band;
  return marks.filter((mark) => mark.y + halfHeight > top && mark.y - halfHeight < bottom);
}

/** The links that cross a band: a link spans the lanes it joins, from the higher one's top to the lower one's foot. */
export function linksInBand(links: readonly LinkMark[], lanes: readonly LaneBox[], band: Band): LinkMark[] {
  const [top, bottom] = band;
  return links.filter((link) => {
    const a = lanes[link.fromLane]!, b = lanes[link.toLane]!;
    return Math.max(a.top + a.height, b.top + b.height) > top && Math.min(a.top, b.top) < bottom;
  });
}

/** The lanes that reach into a band, as the range `[first, end)` of `lanes` (which run top to bottom). */
export function lanesInBand(lanes: readonly LaneBox[], band: Band): [first: number, end: number] {
  const [top, bottom] = band;
  let first = 0;
  while (first < lanes.length && lanes[first]!.top + lanes[first]!.height <= top) first++;
  let end = first;
  while (end < lanes.length && lanes[end]!.top < bottom) end++;
  return [first, end];
}

/** The groups whose row reaches into a band. */
export function groupsInBand(groups: readonly GroupMark[], band: Band, halfHeight: number): GroupMark[] {
  const [top, bottom] = band;
  return groups.filter((group) => group.y + halfHeight > top && group.y - halfHeight < bottom);
}
