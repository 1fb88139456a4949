import type { TimelineEvent } from '../model/types.js';
import type { EventMark, GroupMark, Metrics, TimelineLayout } from './types.js';
import { shapeOf } from './mark-shape.js';
import { APPROXIMATE, dateFlags, EXACT, softSides, UNCERTAIN } from './story-index.js';

/**
 * The group drawn under a point of the plot, or undefined: the lane by its vertical band, then the group by
 * binary search over that lane's groups, which are left to right. O(log n), so a pointer move over a plot of
 * 100,000 events costs nothing; the groups themselves are painted as a few paths, not one node each.
 */
export function groupAt(layout: TimelineLayout, x: number, y: number, rowHeight: number): GroupMark | undefined {
  const { groups } = layout;
  // Groups are sorted by lane, then left: find the first of the lane whose row holds y, then the one holding x.
  let low = 0, high = groups.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (groups[mid]!.y + rowHeight / 2 <= y) low = mid + 1;
    else high = mid;
  }
  const lane = groups[low]?.lane;
  if (lane === undefined || Math.abs(groups[low]!.y - y) > rowHeight / 2) return undefined;
  high = groups.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const group = groups[mid]!;
    if (group.lane < lane || (group.lane === lane && group.right <= x)) low = mid + 1;
    else high = mid;
  }
  const group = groups[low];
  return group && group.lane === lane && group.left <= x && x < group.right ? group : undefined;
}

/** The group an event is drawn in, preferring the lane of its primary mark; undefined when it has a mark of its own. */
export function groupHolding(layout: TimelineLayout, event: TimelineEvent): GroupMark | undefined {
  if (layout.marks.some((mark) => mark.event === event && mark.primary)) return undefined;
  return layout.groups.find((group) => group.events.includes(event));
}

/**
 * A stand-in mark for an event drawn only as part of a group, at its date on the group's row: what keyboard
 * focus and a selection show, so that every event can be reached and seen whatever the zoom.
 */
export function liftMark(layout: TimelineLayout, event: TimelineEvent, metrics: Metrics): EventMark | undefined {
  const group = groupHolding(layout, event);
  if (!group) return undefined;
  const flags = dateFlags(event.when);
  const shape = shapeOf(event.when, (flags & EXACT) !== 0, layout.scale, metrics, layout.direction === 'rtl' ? -1 : 1);
  return {
    event, ref: layout.order.indexOf(event.id) + 1, lane: group.lane, primary: true, shape: shape.shape, left: shape.left, right: shape.right, x: shape.x,
    y: group.y, approximate: (flags & APPROXIMATE) !== 0, ...softSides(flags, layout.direction === 'rtl' ? -1 : 1),
    uncertain: (flags & UNCERTAIN) !== 0,
    openLeft: shape.openLeft, openRight: shape.openRight, label: '', labelX: shape.x, labelAlign: 'left',
    labelInside: false, labelWidth: 0, unattributed: layout.index.story.sources.length > 0 && event.sources.length === 0,
  };
}
