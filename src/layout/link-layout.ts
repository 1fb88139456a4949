import type { TimelineEvent } from '../model/types.js';
import { linkGeometry } from './link-geometry.js';
import { aggregateWidth, transferWidth } from './transfer-width.js';
import type { EventMark, GroupMark, LaneBox, LinkMark, Metrics } from './types.js';

interface LinkContext {
  readonly metrics: Metrics;
  readonly forward: number;
  readonly amountLabel: (event: TimelineEvent) => string;
  /** "12 transfers". */
  readonly countLabel: (count: number) => string;
}

/** Where a label sits until `placeAmounts` finds it a place by the collision model (or leaves it out). */
const UNPLACED = { labelX: 0, labelY: 0, labelAlign: 'left' } as const;

/** The transfers of one group to one lane, drawn as one line from the group. */
export interface GroupDeparture {
  readonly group: Pick<GroupMark, 'key' | 'lane' | 'left' | 'right' | 'y'>;
  readonly toLane: number;
  readonly events: readonly TimelineEvent[];
}

/**
 * One curve per (origin, destination) pair, from the origin mark to the destination lane's first row; pairs
 * from one mark fan out, each bulging in the direction time runs by a share of the distance it covers. The
 * amount labels the event's first link only: the figure is the event's, not each branch's; `placeAmounts` places it.
 */
export function layoutLinks(
  departures: readonly { mark: EventMark; toLane: number }[], lanes: readonly LaneBox[], context: LinkContext,
  grouped: readonly GroupDeparture[] = [],
): LinkMark[] {
  const { metrics, forward } = context;
  const labelled = new Set<TimelineEvent>();
  const single = departures.map(({ mark: from, toLane }) => {
    const lane = lanes[toLane]!;
    const y1 = lane.top + metrics.laneHeader + metrics.rowHeight / 2;
    const y0 = from.y + (y1 > from.y ? metrics.pointRadius : -metrics.pointRadius);
    const bulge = forward * Math.min(60, Math.max(12, Math.abs(y1 - y0) * 0.25));
    const strokeWidth = transferWidth(from.event.amount);
    const label = labelled.has(from.event) ? '' : context.amountLabel(from.event);
    labelled.add(from.event);
    return {
      key: `${from.event.id}\n${lanes[from.lane]!.key}>${lane.key}`, event: from.event, fromLane: from.lane, toLane,
      toPlace: lane.key, ...linkGeometry(from.x, y0, y1, bulge, 5 + strokeWidth * 1.2), gaps: [], width: strokeWidth,
      label, ...UNPLACED, aggregate: 0, group: '',
    };
  });
  // A crowded stretch still shows that transfers left it, and where to: one line a destination, with how many.
  const aggregates = grouped.map(({ group, toLane, events }): LinkMark => {
    const lane = lanes[toLane]!;
    const x = (group.left + group.right) / 2;
    const y1 = lane.top + metrics.laneHeader + metrics.rowHeight / 2;
    const y0 = group.y + (y1 > group.y ? metrics.rowHeight / 2 - 2 : -(metrics.rowHeight / 2 - 2));
    const bulge = forward * Math.min(60, Math.max(12, Math.abs(y1 - y0) * 0.25));
    const strokeWidth = aggregateWidth(events.length);
    return {
      key: `group ${group.key}>${lane.key}`, event: events[0]!, fromLane: group.lane, toLane, toPlace: lane.key,
      ...linkGeometry(x, y0, y1, bulge, 5 + strokeWidth * 1.2), gaps: [], width: strokeWidth,
      label: context.countLabel(events.length), ...UNPLACED, aggregate: events.length, group: group.key,
    };
  });
  return [...single, ...aggregates];
}
