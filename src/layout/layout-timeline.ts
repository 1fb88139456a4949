import { EVENT_KINDS, type EventKind, type Story, type TimelineEvent } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { elide, labelX, placeLabel, type LabelRoom } from './label-placement.js';
import { linkGeometry } from './link-geometry.js';
import { shapeOf, type MarkShape, type Shape } from './mark-shape.js';
import type { Messages } from './messages.js';
import { leftOrder, stackRows, type Extent } from './stack-rows.js';
import { storyDomain } from './story-domain.js';
import { APPROXIMATE, EXACT, indexStory, UNCERTAIN } from './story-index.js';
import { binAtX, timeBins, type TimeBins } from './time-bins.js';
import { createTimeScale, type TimeScale } from './time-scale.js';

export { elide } from './label-placement.js';
export type { MarkShape } from './mark-shape.js';

/** Sizes in CSS pixels; every one can be overridden, e.g. for print or a compact embed. */
export interface Metrics {
  readonly axisHeight: number;
  readonly laneHeader: number;
  readonly rowHeight: number;
  readonly lanePadding: number;
  /** Space kept clear at both ends of the time axis so marks at the edges are not cut. */
  readonly edgePadding: number;
  readonly pointRadius: number;
  readonly barHeight: number;
  /** The shortest bar drawn for an interval, so that it still reads as one. */
  readonly minBarWidth: number;
  /** How far an open end ("by 17 January", "ongoing") reaches beyond its known side. */
  readonly openLength: number;
  readonly labelGap: number;
  readonly labelMaxWidth: number;
  /** Rows of stacked marks one lane may use; where a lane needs more, its crowded stretches are grouped. */
  readonly maxRows: number;
  /** Rows of single marks a lane keeps once it has groups: a dense lane stays compact. */
  readonly rowsBesideGroups: number;
  /** The narrowest group: crowded marks are grouped by the finest calendar step (hour, day, week, month…) at
   * least this wide. */
  readonly minGroupWidth: number;
}

export const defaultMetrics: Metrics = {
  axisHeight: 28,
  laneHeader: 20,
  rowHeight: 22,
  lanePadding: 8,
  edgePadding: 20,
  pointRadius: 5,
  barHeight: 10,
  minBarWidth: 6,
  openLength: 48,
  labelGap: 6,
  labelMaxWidth: 240,
  maxRows: 8,
  rowsBesideGroups: 3,
  minGroupWidth: 24,
};

export interface LayoutOptions {
  /** The plot's width in CSS pixels. */
  readonly width: number;
  /** `rtl` runs time from right to left, for right-to-left languages. */
  readonly direction?: 'ltr' | 'rtl';
  /** Preferred languages for Text, best first. */
  readonly languages?: readonly string[];
  readonly formatter: Formatter;
  readonly messages: Messages;
  /** The rendered width of a label; the default estimates from its length. */
  readonly measureText?: (text: string) => number;
  /** The time window to show, [start, end] in ms; by default the whole story, with a margin. Events wholly
   * outside it get no mark. */
  readonly window?: readonly [number, number];
  readonly metrics?: Partial<Metrics>;
}

export interface LaneBox {
  readonly key: string;
  readonly label: string;
  /** Region and country of a place lane. */
  readonly detail: string;
  readonly top: number;
  readonly height: number;
  /** How many of the lane's events in the window are drawn in groups rather than one by one. */
  readonly grouped: number;
}

export interface EventMark {
  readonly event: TimelineEvent;
  readonly lane: number;
  /** The event's first mark; an event placed in several lanes has further marks with `primary` false. */
  readonly primary: boolean;
  readonly shape: MarkShape;
  /** Pixel extent of the shape, left ≤ right whatever the time direction. */
  readonly left: number;
  readonly right: number;
  /** Where the mark is anchored: a point's centre, a bar's middle; links start here. */
  readonly x: number;
  readonly y: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** Open or unknown ends, on the physical side they are drawn on. */
  readonly openLeft: boolean;
  readonly openRight: boolean;
  /** The title as it fits beside the mark (elided with "…"), or '' where there is no room. */
  readonly label: string;
  readonly labelX: number;
  /** Which edge of the label sits at `labelX`. */
  readonly labelAlign: 'left' | 'right';
  /** The label sits inside a bar too long to leave room beside it. */
  readonly labelInside: boolean;
}

export interface LinkMark {
  readonly key: string;
  readonly event: TimelineEvent;
  readonly fromLane: number;
  readonly toLane: number;
  /** The destination lane's key: a place id. */
  readonly toPlace: string;
  readonly path: string;
  readonly arrow: string;
}

/**
 * A crowded stretch of one lane, drawn as a single bar whose height tells how many events it holds: the way a
 * map shows a cluster until one zooms in. Every event in the window is either a mark or in exactly one group
 * per lane it sits in.
 */
export interface GroupMark {
  /** Lane index and the start of its time span: stable across pans, for keyed joins. */
  readonly key: string;
  readonly lane: number;
  /** The calendar stretch the group covers, [start, end) in ms. */
  readonly start: number;
  readonly end: number;
  /** Pixel extent, left ≤ right, within the plot. */
  readonly left: number;
  readonly right: number;
  /** Vertical centre of the lane's group row. */
  readonly y: number;
  /** The events grouped here, in time order. */
  readonly events: readonly TimelineEvent[];
  /** How many of them there are of each kind, in the order of `EVENT_KINDS`, kinds with none left out. */
  readonly kinds: readonly (readonly [EventKind, number])[];
  /** `events.length` relative to a large group of the layout (the 90th percentile), in (0, 1]: the bar's height. */
  readonly level: number;
}

export interface Tick {
  readonly value: number;
  readonly x: number;
  readonly label: string;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  /** Time → x; its range runs right to left for `rtl`. */
  readonly scale: TimeScale;
  readonly ticks: readonly Tick[];
  readonly lanes: readonly LaneBox[];
  /** Marks in time order, each event's primary mark first. */
  readonly marks: readonly EventMark[];
  /** Crowded stretches drawn as groups, lane by lane, left to right. */
  readonly groups: readonly GroupMark[];
  readonly links: readonly LinkMark[];
  /** Ids of every event, drawn or not, in time order: keyboard order, table order. */
  readonly order: readonly string[];
}

/**
 * Places every event of a story: lanes top to bottom, time along x in the given direction, overlapping marks
 * stacked in rows so that labels never overlap, links from origin to destination lanes. Where a lane would need
 * more than `maxRows` rows, its crowded stretches become groups. Pure: no DOM. Only events that reach into the
 * window are placed; what does not depend on the window comes from a cached index of the story, so zooming and
 * panning cost time in proportion to what is shown.
 */
export function layoutTimeline(story: Story, options: LayoutOptions): TimelineLayout {
  const metrics = { ...defaultMetrics, ...options.metrics };
  const { width, formatter, messages } = options;
  const direction = options.direction ?? 'ltr';
  const measure = options.measureText ?? estimateWidth;
  const forward = direction === 'rtl' ? -1 : 1;
  const index = indexStory(story, { languages: options.languages ?? [], measure, unplacedLane: messages.unplacedLane });
  const { assignment, flags, titles, titleWidths } = index;

  const domain = options.window ?? storyDomain(story) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const range = [metrics.edgePadding, Math.max(metrics.edgePadding + 1, width - metrics.edgePadding)];
  const scale = createTimeScale(domain, direction === 'rtl' ? [range[1]!, range[0]!] : [range[0]!, range[1]!]);
  const tickCount = Math.max(2, Math.floor((range[1]! - range[0]!) / 110));
  const ticks = scale.ticks(tickCount).map((date) => ({ value: +date, x: scale(date), label: formatter.tick(+date) }));

  // Shapes first: a mark's pixel extent, with its label's room on the side it reads on. Only events that can
  // reach into the window get one: a time test with room for a mark's size first (cheap), then the exact
  // pixel test; events are in time order, so the first to start past the window ends the loop.
  const perLane: Draft[][] = assignment.lanes.map(() => []);
  const [t0, t1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const slack = Math.abs(scale.invert(metrics.edgePadding + metrics.openLength + metrics.minBarWidth) - scale.invert(0));
  for (const i of index.order) {
    if (index.sortKeys[i]! > t1 + slack) break;
    const event = story.events[i]!;
    const { min, max } = event.when;
    if ((Number.isNaN(max) ? min : max) < t0 - slack) continue;
    const shape = shapeOf(event.when, (flags[i]! & EXACT) !== 0, scale, metrics, forward);
    // Only what can be seen is laid out and drawn: a window zoomed into a long story draws a handful of marks.
    if (shape.right < 0 || shape.left > width) continue;
    const room = placeLabel(titleWidths[i]!, shape, width, metrics, forward);
    const homes = assignment.homes[i]!;
    for (let n = 0; n < homes.length; n++) perLane[homes[n]!]!.push({ index: i, event, primary: n === 0, shape, room });
  }

  // Then rows, lane by lane, grouping the stretches that do not fit; then the lanes' vertical positions.
  let bins: TimeBins | undefined;
  const lanes: LaneBox[] = [];
  const marks: EventMark[] = [];
  const groups: Omit<GroupMark, 'level'>[] = [];
  // Transfers leaving a drawn mark; grouped events' transfers are drawn once zoomed in enough to show them.
  const departures: { mark: EventMark; toLane: number }[] = [];
  let top = metrics.axisHeight;
  assignment.lanes.forEach((lane, laneIndex) => {
    const drafts = perLane[laneIndex]!;
    const extents = labelledExtents(drafts, metrics.labelGap);
    let order: ArrayLike<number> = leftOrder(extents);
    let rows = stackRows(extents, metrics.labelGap, metrics.maxRows, order);
    let laneGroups: Omit<GroupMark, 'level'>[] = [];
    if (rows.rows.includes(-1)) {
      bins ??= timeBins(scale, metrics.minGroupWidth);
      // A lane that needs groups is dense: keep it compact, with few rows of single marks beside its groups.
      const compact = stackRows(extents, metrics.labelGap, Math.min(metrics.rowsBesideGroups, metrics.maxRows), order);
      const split = groupCrowded(drafts, compact.rows, bins, scale, laneIndex, top + metrics.laneHeader + metrics.rowHeight / 2);
      laneGroups = split.groups;
      // Marks that had a row keep fitting without the grouped ones: stacking a subset never needs more rows.
      order = Int32Array.from(order).filter((i) => !split.grouped[i]);
      rows = stackRows(extents, metrics.labelGap, metrics.maxRows, order);
    }
    const groupRow = laneGroups.length > 0 ? metrics.rowHeight : 0;
    const rowsTop = top + metrics.laneHeader + groupRow;
    groups.push(...laneGroups);
    drafts.forEach((d, i) => {
      const row = rows.rows[i]!;
      if (row < 0) return;
      const { shape, room } = d;
      const title = titles[d.index]!;
      const f = flags[d.index]!;
      const mark: EventMark = {
        event: d.event, lane: laneIndex, primary: d.primary, shape: shape.shape, left: shape.left, right: shape.right,
        x: shape.x, y: rowsTop + row * metrics.rowHeight + metrics.rowHeight / 2,
        approximate: (f & APPROXIMATE) !== 0, uncertain: (f & UNCERTAIN) !== 0,
        openLeft: shape.openLeft, openRight: shape.openRight,
        label: room.labelWidth <= 0 ? '' : titleWidths[d.index]! <= room.labelWidth ? title : elide(title, room.labelWidth, measure),
        labelX: labelX({ ...shape, ...room }, metrics.labelGap),
        labelAlign: room.labelAlign,
        labelInside: room.inside,
      };
      marks.push(mark);
      for (const [fromLane, toLane] of assignment.routes[d.index]!) if (fromLane === laneIndex) departures.push({ mark, toLane });
    });
    const rowCount = Math.max(laneGroups.length > 0 ? 0 : 1, rows.count);
    const height = metrics.laneHeader + groupRow + rowCount * metrics.rowHeight + metrics.lanePadding;
    const { label, detail } = index.laneLabels[laneIndex]!;
    // The place's region and country give way first on a narrow screen.
    const detailRoom = width - metrics.edgePadding - measure(label) - metrics.labelGap * 2;
    const grouped = laneGroups.reduce((sum, group) => sum + group.events.length, 0);
    lanes.push({ key: lane.key, label, detail: detail && elide(detail, detailRoom, measure), top, height, grouped });
    top += height;
  });

  // Heights are relative to a large group rather than the largest, so one outlier does not flatten the rest.
  const counts = groups.map((group) => group.events.length).sort((a, b) => a - b);
  const large = Math.max(1, counts[Math.floor(counts.length * 0.9)] ?? 1);
  const links = layoutLinks(departures, lanes, metrics, forward);
  marks.sort((a, b) => Number(b.primary) - Number(a.primary));
  return {
    width, height: top, direction, scale, ticks, lanes, marks, links,
    groups: groups.map((group) => ({ ...group, level: Math.min(1, group.events.length / large) })),
    order: index.orderIds,
  };
}

/** A mark before it has a row. */
interface Draft {
  readonly index: number;
  readonly event: TimelineEvent;
  readonly primary: boolean;
  readonly shape: Shape;
  readonly room: LabelRoom;
}

/** Until a real measure is given: about the width of an average letter at 12 px. */
const estimateWidth = (text: string) => text.length * 6.5;

/** Each mark's extent with its label's room, for stacking. */
function labelledExtents(drafts: readonly Draft[], gap: number): Extent[] {
  return drafts.map(({ shape, room }) => ({
    left: room.inside || room.labelAlign === 'left' ? shape.left : shape.left - gap - room.labelWidth,
    right: room.inside || room.labelAlign === 'right' ? shape.right : shape.right + gap + room.labelWidth,
  }));
}

/**
 * Splits a lane's marks into groups and single marks: every calendar bin that holds a mark with no row becomes
 * a group of all the marks whose anchor falls in it. Returns the groups and which marks (by index) they took.
 */
function groupCrowded(drafts: readonly Draft[], rows: Int32Array, bins: TimeBins, scale: TimeScale, lane: number, y: number) {
  const binCount = bins.edges.length - 1;
  const binOfDraft = new Int32Array(drafts.length);
  const dense = new Uint8Array(binCount);
  for (let i = 0; i < drafts.length; i++) {
    binOfDraft[i] = binAtX(bins, drafts[i]!.shape.x);
    if (rows[i]! < 0) dense[binOfDraft[i]!] = 1;
  }
  const members: TimelineEvent[][] = [];
  const grouped = new Uint8Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const bin = binOfDraft[i]!;
    if (!dense[bin]) continue;
    grouped[i] = 1;
    (members[bin] ??= []).push(drafts[i]!.event);
  }
  const [x0, x1] = scale.range();
  const plotLeft = Math.min(x0, x1), plotRight = Math.max(x0, x1);
  const groups: Omit<GroupMark, 'level'>[] = [];
  const counts = new Map<EventKind, number>();
  // Bins in time order, so groups come out in time order.
  members.forEach((events, bin) => {
    const a = bins.xs[bin]!, b = bins.xs[bin + 1]!;
    counts.clear();
    for (const event of events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
    groups.push({
      key: `${lane}\n${bins.edges[bin]!}`, lane, start: bins.edges[bin]!, end: bins.edges[bin + 1]!,
      left: Math.max(plotLeft, Math.min(a, b)), right: Math.min(plotRight, Math.max(a, b)), y, events,
      kinds: EVENT_KINDS.filter((kind) => counts.has(kind)).map((kind) => [kind, counts.get(kind)!] as const),
    });
  });
  // Left to right on screen, whichever way time runs.
  if (x0 > x1) groups.reverse();
  return { groups, grouped };
}

function layoutLinks(
  departures: readonly { mark: EventMark; toLane: number }[], lanes: readonly LaneBox[], metrics: Metrics, forward: number,
): LinkMark[] {
  return departures.map(({ mark: from, toLane }) => {
    const lane = lanes[toLane]!;
    const y1 = lane.top + metrics.laneHeader + metrics.rowHeight / 2;
    const y0 = from.y + (y1 > from.y ? metrics.pointRadius : -metrics.pointRadius);
    const bulge = forward * Math.min(60, Math.max(12, Math.abs(y1 - y0) * 0.25));
    return {
      key: `${from.event.id}\n${lanes[from.lane]!.key}>${lane.key}`, event: from.event, fromLane: from.lane, toLane,
      toPlace: lane.key, ...linkGeometry(from.x, y0, y1, bulge),
    };
  });
}
