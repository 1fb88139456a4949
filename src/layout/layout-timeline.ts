import type { EventKind, Story, TimelineEvent } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { elide, labelX, placeLabel } from './label-placement.js';
import { linkGeometry, type LinkGeometry } from './link-geometry.js';
import { shapeOf, type MarkShape } from './mark-shape.js';
import type { Messages } from './messages.js';
import { describeAmount } from './describe-event.js';
import { transferWidth } from './transfer-width.js';
import { leftOrder, stackRows } from './stack-rows.js';
import { storyDomain } from './story-domain.js';
import { APPROXIMATE, EXACT, indexStory, UNATTRIBUTED, UNCERTAIN, type StoryIndex } from './story-index.js';
import { layoutAsOf, layoutEras, type AsOfMark, type EraBand } from './eras.js';
import type { GroupBy } from './lanes.js';
import { layoutSeriesTracks, type SeriesTrack } from './series-track.js';
import { timeBins, type TimeBins } from './time-bins.js';
import { ALIGN_RIGHT, candidates, INSIDE, OPEN_LEFT, OPEN_RIGHT, SHAPE_BITS, SHAPE_MASK, SHAPES } from './candidates.js';
import { groupCrowded, type GroupDraft } from './group-crowded.js';
import { createTimeScale, type TimeScale } from './time-scale.js';

export { elide } from './label-placement.js';
export type { MarkShape } from './mark-shape.js';
export type { AsOfMark, EraBand } from './eras.js';
export type { SeriesTrack, SeriesDot } from './series-track.js';
export type { GroupBy } from './lanes.js';

/** Sizes in CSS pixels; every one can be overridden, e.g. for print or a compact embed. */
export interface Metrics {
  readonly axisHeight: number;
  /** The strip under the axis that names the eras and the "as of" date, when the story has either. */
  readonly eraHeight: number;
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
  eraHeight: 18,
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
  /** What the lanes stand for; by default a lane per place. */
  readonly groupBy?: GroupBy;
  /**
   * Starts every label with its event's number in time order (`EventMark.ref`), the row of the event table it
   * stands for: on paper, a reader goes from mark to row. The number always shows, even where the title has no room.
   */
  readonly numbered?: boolean;
}

export interface LaneBox {
  /** What the lane stands for: a place id, a kind or a status (see `Lane.key`). */
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
  /** The event's number in time order, from 1: its row in the event table. */
  readonly ref: number;
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
  /** No source backs the event: its label says so. */
  readonly unattributed: boolean;
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
  /** The curve's points, for drawing only part of it (see `curvePart`). */
  readonly curve: LinkGeometry['curve'];
  /** Stroke width in pixels: how much moved (`transferWidth`). */
  readonly width: number;
  /** The amount moved, in words ("~1,000 personnel"), on the first link of an event only; else ''. */
  readonly label: string;
  /** Where the label sits: beside the curve's middle, on the side it bulges to. */
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAlign: 'left' | 'right';
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
  /** The story's index the layout was made from: every event's lanes and place in time, drawn or not. */
  readonly index: StoryIndex;
  /** The eras in the window, drawn behind everything, and the story's "as of" date. */
  readonly eras: readonly EraBand[];
  readonly asOf: AsOfMark | undefined;
  /** The top of the strip under the axis that names eras and the "as of" date (0 high when there are none). */
  readonly eraTop: number;
  /** Force levels, as step charts between the axis and the lanes. */
  readonly tracks: readonly SeriesTrack[];
  /** Where the first lane starts. */
  readonly lanesTop: number;
  /** The metrics it was laid out with: the defaults, with the options' changes. */
  readonly metrics: Metrics;
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
  const languages = options.languages ?? [];
  const index = indexStory(story, { languages, measure, messages, groupBy: options.groupBy ?? 'place' });
  const { assignment, flags, titles, titleWidths, ranks } = index;
  const numbered = options.numbered ?? false;
  /** The number that starts a numbered label, with the space after it. */
  const prefix = (i: number) => (numbered ? `${ranks[i]! + 1} ` : '');

  const domain = options.window ?? storyDomain(story) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const range = [metrics.edgePadding, Math.max(metrics.edgePadding + 1, width - metrics.edgePadding)];
  const scale = createTimeScale(domain, direction === 'rtl' ? [range[1]!, range[0]!] : [range[0]!, range[1]!]);
  const tickCount = Math.max(2, Math.floor((range[1]! - range[0]!) / 110));
  const ticks = scale.ticks(tickCount).map((date) => ({ value: +date, x: scale(date), label: formatter.tick(+date) }));

  // Shapes first: a mark's pixel extent, with its label's room on the side it reads on. Only events that can
  // reach into the window get one (a candidate): a time test with room for a mark's size first (cheap), then
  // the exact pixel test; events are in time order, so the first to start past the window ends the loop.
  // Candidates live in parallel typed arrays: a zoom frame makes one for every event in the window.
  const [t0, t1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const slack = Math.abs(scale.invert(metrics.edgePadding + metrics.openLength + metrics.minBarWidth) - scale.invert(0));
  const c = candidates(story.events.length);
  const laneCounts = new Int32Array(assignment.lanes.length + 1);
  let n = 0;
  for (const i of index.order) {
    if (index.sortKeys[i]! > t1 + slack) break;
    const when = story.events[i]!.when;
    if ((Number.isNaN(when.max) ? when.min : when.max) < t0 - slack) continue;
    const shape = shapeOf(when, (flags[i]! & EXACT) !== 0, scale, metrics, forward);
    if (shape.right < 0 || shape.left > width) continue;
    const room = placeLabel(titleWidths[i]! + (numbered ? measure(prefix(i)) : 0), shape, width, metrics, forward);
    c.event[n] = i;
    c.left[n] = shape.left;
    c.right[n] = shape.right;
    c.x[n] = shape.x;
    c.labelWidth[n] = room.labelWidth;
    c.bits[n] = SHAPE_BITS[shape.shape] | (shape.openLeft ? OPEN_LEFT : 0) | (shape.openRight ? OPEN_RIGHT : 0) |
      (room.labelAlign === 'right' ? ALIGN_RIGHT : 0) | (room.inside ? INSIDE : 0);
    // The extent stacking keeps clear: the mark, and its label on the side it reads on.
    const beside = room.inside ? 0 : metrics.labelGap + room.labelWidth;
    c.extentLeft[n] = room.labelAlign === 'right' ? shape.left - beside : shape.left;
    c.extentRight[n] = room.labelAlign === 'left' ? shape.right + beside : shape.right;
    const homes = assignment.homes[i]!;
    for (let h = 0; h < homes.length; h++) laneCounts[homes[h]! + 1]!++;
    n++;
  }
  // Each lane's candidates, in time order, as slices of one array.
  for (let lane = 0; lane < assignment.lanes.length; lane++) laneCounts[lane + 1]! += laneCounts[lane]!;
  const laneItems = new Int32Array(laneCounts[assignment.lanes.length]!);
  const fill = laneCounts.slice(0, -1);
  for (let k = 0; k < n; k++) {
    const homes = assignment.homes[c.event[k]!]!;
    for (let h = 0; h < homes.length; h++) laneItems[fill[homes[h]!]!++] = k;
  }
  const extents = { left: c.extentLeft, right: c.extentRight };

  // Then rows, lane by lane, grouping the stretches that do not fit; then the lanes' vertical positions.
  let bins: TimeBins | undefined;
  const lanes: LaneBox[] = [];
  const marks: EventMark[] = [];
  const groups: GroupDraft[] = [];
  // Transfers leaving a drawn mark; grouped events' transfers are drawn once zoomed in enough to show them.
  const departures: { mark: EventMark; toLane: number }[] = [];
  // Under the axis: the strip naming eras and the "as of" date, then the force-level tracks, then the lanes.
  const context = { scale, width, formatter, messages, languages, measure };
  const asOf = layoutAsOf(story.published, context);
  const eras = layoutEras(story.eras, asOf, context);
  const eraTop = metrics.axisHeight;
  // The strip depends on the story, not on the window, so lanes do not jump as a zoom passes the "as of" date.
  let top = eraTop + (story.eras.length || story.published ? metrics.eraHeight : 0);
  const tracks = layoutSeriesTracks(story.series, { ...context, top });
  top += tracks.reduce((sum, track) => sum + track.height, 0);
  const lanesTop = top;
  assignment.lanes.forEach((lane, laneIndex) => {
    const items = laneItems.subarray(laneCounts[laneIndex]!, laneCounts[laneIndex + 1]!);
    let order = leftOrder(extents, items);
    let rowCount = stackRows(extents, metrics.labelGap, metrics.maxRows, order, c.rows);
    let laneGroups: GroupDraft[] = [];
    if (items.some((k) => c.rows[k]! < 0)) {
      bins ??= timeBins(scale, metrics.minGroupWidth);
      // A lane that needs groups is dense: keep it compact, with few rows of single marks beside its groups.
      stackRows(extents, metrics.labelGap, Math.min(metrics.rowsBesideGroups, metrics.maxRows), order, c.rows);
      laneGroups = groupCrowded(items, c, story.events, bins, scale, laneIndex, top + metrics.laneHeader + metrics.rowHeight / 2);
      // Marks that had a row keep fitting without the grouped ones: stacking a subset never needs more rows.
      order = order.filter((k) => !c.grouped[k]);
      rowCount = stackRows(extents, metrics.labelGap, metrics.maxRows, order, c.rows);
    }
    const groupRow = laneGroups.length > 0 ? metrics.rowHeight : 0;
    const rowsTop = top + metrics.laneHeader + groupRow;
    groups.push(...laneGroups);
    for (const k of items) {
      if (c.grouped[k]) continue;
      const i = c.event[k]!;
      const event = story.events[i]!;
      const bits = c.bits[k]!;
      const [left, right, labelWidth] = [c.left[k]!, c.right[k]!, c.labelWidth[k]!];
      const labelAlign = bits & ALIGN_RIGHT ? 'right' : 'left';
      const inside = (bits & INSIDE) !== 0;
      const unattributed = (flags[i]! & UNATTRIBUTED) !== 0;
      const mark: EventMark = {
        event, ref: ranks[i]! + 1, lane: laneIndex, primary: assignment.homes[i]![0] === laneIndex, shape: SHAPES[bits & SHAPE_MASK]!,
        left, right, x: c.x[k]!, y: rowsTop + c.rows[k]! * metrics.rowHeight + metrics.rowHeight / 2,
        approximate: (flags[i]! & APPROXIMATE) !== 0, uncertain: (flags[i]! & UNCERTAIN) !== 0,
        openLeft: (bits & OPEN_LEFT) !== 0, openRight: (bits & OPEN_RIGHT) !== 0,
        label: labelText(titles[i]!, titleWidths[i]!, labelWidth, prefix(i), unattributed ? messages.unattributedMark : ''),
        labelX: labelX({ left, right, labelAlign, inside }, metrics.labelGap),
        labelAlign,
        labelInside: inside,
        unattributed,
      };
      marks.push(mark);
      for (const [fromLane, toLane] of assignment.routes[i]!) if (fromLane === laneIndex) departures.push({ mark, toLane });
    }
    // Grouped flags are per candidate: clear this lane's before the next lane, which may share candidates.
    for (const k of items) c.grouped[k] = 0;
    const height = metrics.laneHeader + groupRow + Math.max(laneGroups.length > 0 ? 0 : 1, rowCount) * metrics.rowHeight + metrics.lanePadding;
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
  for (const group of groups) group.level = Math.min(1, group.events.length / large);
  const links = layoutLinks(departures, lanes, { metrics, forward, width, measure, amountLabel: (event) => describeAmount(event.amount, formatter, messages, options.languages ?? []) });
  marks.sort((a, b) => Number(b.primary) - Number(a.primary));
  return {
    width, height: top, direction, scale, ticks, lanes, marks, links,
    groups,
    order: index.orderIds,
    index,
    eras, asOf, eraTop, tracks, lanesTop, metrics,
  };

  /**
   * A title as it fits in `room`, elided between the number before it and the "(unattributed)" mark after it,
   * which show whenever any of the title does. A title with no room for three letters leaves the number alone,
   * or no label at all.
   */
  function labelText(title: string, fullWidth: number, room: number, number: string, suffix: string): string {
    if (room <= 0 && !number) return '';
    const after = suffix ? ` ${suffix}` : '';
    const roomLeft = room - (number ? measure(number) : 0);
    const short = fullWidth <= roomLeft ? title : elide(title, roomLeft - (after ? measure(after) : 0), measure);
    if (short) return `${number}${short}${after}`;
    return number.trimEnd();
  }
}

/** Until a real measure is given: about the width of an average letter at 12 px. */
const estimateWidth = (text: string) => text.length * 6.5;

interface LinkContext {
  readonly metrics: Metrics;
  readonly forward: number;
  readonly width: number;
  readonly measure: (text: string) => number;
  readonly amountLabel: (event: TimelineEvent) => string;
}

/**
 * One curve per (origin, destination) pair, from the origin mark to the destination lane's first row; pairs
 * from one mark fan out, each bulging in the direction time runs by a share of the distance it covers. The
 * amount labels the event's first link only: the figure is the event's, not each branch's.
 */
function layoutLinks(departures: readonly { mark: EventMark; toLane: number }[], lanes: readonly LaneBox[], context: LinkContext): LinkMark[] {
  const { metrics, forward, width, measure } = context;
  const labelled = new Set<TimelineEvent>();
  return departures.map(({ mark: from, toLane }) => {
    const lane = lanes[toLane]!;
    const y1 = lane.top + metrics.laneHeader + metrics.rowHeight / 2;
    const y0 = from.y + (y1 > from.y ? metrics.pointRadius : -metrics.pointRadius);
    const bulge = forward * Math.min(60, Math.max(12, Math.abs(y1 - y0) * 0.25));
    const strokeWidth = transferWidth(from.event.amount);
    const label = labelled.has(from.event) ? '' : context.amountLabel(from.event);
    labelled.add(from.event);
    // The middle of a quadratic curve lies halfway to its control point's bulge.
    const middleX = from.x + bulge / 2;
    const gap = strokeWidth / 2 + 4;
    let labelAlign: 'left' | 'right' = bulge > 0 ? 'left' : 'right';
    const labelWidth = label ? measure(label) : 0;
    if (labelAlign === 'left' && middleX + gap + labelWidth > width) labelAlign = 'right';
    else if (labelAlign === 'right' && middleX - gap - labelWidth < 0) labelAlign = 'left';
    return {
      key: `${from.event.id}\n${lanes[from.lane]!.key}>${lane.key}`, event: from.event, fromLane: from.lane, toLane,
      toPlace: lane.key, ...linkGeometry(from.x, y0, y1, bulge, 5 + strokeWidth * 1.2), width: strokeWidth,
      label, labelX: middleX + (labelAlign === 'left' ? gap : -gap), labelY: (y0 + y1) / 2, labelAlign,
    };
  });
}
