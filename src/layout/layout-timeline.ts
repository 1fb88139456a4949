import { isDatePoint, whenSortKey } from '../model/edtf.js';
import { pickText } from '../model/pick-text.js';
import type { Story, TimelineEvent, When } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { assignLanes } from './lanes.js';
import { linkGeometry } from './link-geometry.js';
import type { Messages } from './messages.js';
import { stackRows, type Extent } from './stack-rows.js';
import { storyDomain } from './story-domain.js';
import { createTimeScale, type TimeScale } from './time-scale.js';

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
  /** Rows of stacked marks one lane may use before marks share rows unlabelled. */
  readonly maxRows: number;
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
}

/** How a mark shows its date: `point` for a moment, `span` for a single date naming a period wider than a dot
 * (a month, a year), `bar` for an interval. */
export type MarkShape = 'point' | 'span' | 'bar';

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
  readonly links: readonly LinkMark[];
  /** Ids of every event, drawn or not, in time order: keyboard order, table order. */
  readonly order: readonly string[];
}

/**
 * Places every event of a story: lanes top to bottom, time along x in the given direction, overlapping marks
 * stacked in rows so that labels never overlap, links from origin to destination lanes. Pure: no DOM.
 */
export function layoutTimeline(story: Story, options: LayoutOptions): TimelineLayout {
  const metrics = { ...defaultMetrics, ...options.metrics };
  const { width, formatter, messages } = options;
  const direction = options.direction ?? 'ltr';
  const languages = options.languages ?? [];
  const measure = options.measureText ?? ((text: string) => text.length * 6.5);
  const forward = direction === 'rtl' ? -1 : 1;

  const domain = options.window ?? storyDomain(story) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const range = [metrics.edgePadding, Math.max(metrics.edgePadding + 1, width - metrics.edgePadding)];
  const scale = createTimeScale(domain, direction === 'rtl' ? [range[1]!, range[0]!] : [range[0]!, range[1]!]);
  const tickCount = Math.max(2, Math.floor((range[1]! - range[0]!) / 110));
  const ticks = scale.ticks(tickCount).map((date) => ({ value: +date, x: scale(date), label: formatter.tick(+date) }));

  const order = timeOrder(story.events);
  const assignment = assignLanes(story);

  // Shapes first: a mark's pixel extent, with its label's room on the side it reads on.
  interface Draft { event: TimelineEvent; lane: number; primary: boolean; shape: MarkShape; left: number; right: number;
    x: number; openLeft: boolean; openRight: boolean; labelWidth: number; labelAlign: 'left' | 'right';
    inside: boolean; title: string; full: number }
  const perLane: Draft[][] = assignment.lanes.map(() => []);
  for (const index of order) {
    const event = story.events[index]!;
    const shape = shapeOf(event.when, scale, metrics, forward);
    // Only what can be seen is laid out and drawn: a window zoomed into a long story draws a handful of marks.
    if (shape.right < 0 || shape.left > width) continue;
    const title = pickText(event.title, languages);
    const full = measure(title);
    assignment.homes[index]!.forEach((lane, n) => {
      const label = placeLabel(full, shape, width, metrics, forward);
      perLane[lane]!.push({ event, lane, primary: n === 0, ...shape, ...label, title, full });
    });
  }

  // Then rows, lane by lane, and the lanes' vertical positions.
  const lanes: LaneBox[] = [];
  const marks: EventMark[] = [];
  let top = metrics.axisHeight;
  assignment.lanes.forEach((lane, laneIndex) => {
    const drafts = perLane[laneIndex]!;
    const extents: Extent[] = drafts.map((d) => ({
      left: d.inside || d.labelAlign === 'left' ? d.left : d.left - metrics.labelGap - d.labelWidth,
      right: d.inside || d.labelAlign === 'right' ? d.right : d.right + metrics.labelGap + d.labelWidth,
    }));
    const { rows, count } = stackRows(extents, metrics.labelGap, metrics.maxRows);
    const rowCount = Math.max(1, count);
    drafts.forEach((d, i) => {
      // A mark no row has room for shares the last row, unlabelled, rather than being dropped.
      const crowded = rows[i]! < 0;
      const row = crowded ? rowCount - 1 : rows[i]!;
      const y = top + metrics.laneHeader + row * metrics.rowHeight + metrics.rowHeight / 2;
      const when = d.event.when;
      marks.push({
        event: d.event, lane: laneIndex, primary: d.primary, shape: d.shape, left: d.left, right: d.right, x: d.x, y,
        approximate: isQualified(when, 'approximate'), uncertain: isQualified(when, 'uncertain'),
        openLeft: d.openLeft, openRight: d.openRight,
        label: crowded || d.labelWidth <= 0 ? '' : d.full <= d.labelWidth ? d.title : elide(d.title, d.labelWidth, measure),
        labelX: labelX(d, metrics.labelGap),
        labelAlign: d.labelAlign,
        labelInside: d.inside,
      });
    });
    const height = metrics.laneHeader + rowCount * metrics.rowHeight + metrics.lanePadding;
    const { label, detail } = laneLabels(story, lane.key, languages, messages);
    // The place's region and country give way first on a narrow screen.
    const detailRoom = width - metrics.edgePadding - measure(label) - metrics.labelGap * 2;
    lanes.push({ key: lane.key, label, detail: detail && elide(detail, detailRoom, measure), top, height });
    top += height;
  });

  const links = layoutLinks(story, assignment.routes, marks, lanes, metrics, forward);
  marks.sort((a, b) => Number(b.primary) - Number(a.primary));
  return {
    width, height: top, direction, scale, ticks, lanes, marks, links,
    order: order.map((index) => story.events[index]!.id),
  };
}

/** A label beside a mark starts a gap away from it; one inside a bar starts a gap in from the bar's leading edge. */
function labelX(d: { left: number; right: number; labelAlign: 'left' | 'right'; inside: boolean }, gap: number): number {
  if (d.inside) return d.labelAlign === 'left' ? d.left + gap : d.right - gap;
  return d.labelAlign === 'left' ? d.right + gap : d.left - gap;
}

/** Indices of events sorted by when they start (or end, for open starts), then by document order. */
function timeOrder(events: readonly TimelineEvent[]): number[] {
  const keys = events.map((event) => whenSortKey(event.when));
  return events.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

function shapeOf(when: When, scale: TimeScale, metrics: Metrics, forward: number) {
  const known = (ms: number) => scale(ms);
  let startX = Number.isNaN(when.min) ? NaN : known(when.min);
  let endX = Number.isNaN(when.max) ? NaN : known(when.max);
  const openStart = Number.isNaN(startX), openEnd = Number.isNaN(endX);
  // An open end reaches a fixed distance past its known side, in the direction time runs.
  if (openStart) startX = endX - forward * metrics.openLength;
  if (openEnd) endX = startX + forward * metrics.openLength;
  let left = Math.min(startX, endX), right = Math.max(startX, endX);
  let shape: MarkShape = when.interval ? 'bar' : 'span';
  // A day or a moment is an exact date: a point however far one zooms in. A month or a year is a period.
  const exact = !when.interval && isDatePoint(when.start) && !when.start.unspecified &&
    (when.start.precision === 'day' || when.start.hasTime);
  if (!when.interval && (exact || right - left < metrics.minBarWidth)) {
    shape = 'point';
    const centre = (left + right) / 2;
    left = centre - metrics.pointRadius;
    right = centre + metrics.pointRadius;
  } else if (right - left < metrics.minBarWidth) {
    const centre = (left + right) / 2;
    left = centre - metrics.minBarWidth / 2;
    right = centre + metrics.minBarWidth / 2;
  }
  const openLeft = forward > 0 ? openStart : openEnd;
  const openRight = forward > 0 ? openEnd : openStart;
  return { shape, left, right, x: (left + right) / 2, openLeft, openRight };
}

/**
 * Where the label goes and how much room it takes: after the mark in reading order; if it does not fit there,
 * before it; failing both, inside a bar wide enough, or on the roomier side, cut to fit. Only the room is
 * decided here: the text is cut (elided) later, and only for the labels that stacking leaves visible.
 */
function placeLabel(
  full: number, shape: { shape: MarkShape; left: number; right: number }, width: number, metrics: Metrics, forward: number,
) {
  const roomRight = width - metrics.edgePadding / 2 - (shape.right + metrics.labelGap);
  const roomLeft = shape.left - metrics.labelGap - metrics.edgePadding / 2;
  const roomInside = shape.shape === 'point' ? 0 : shape.right - shape.left - 2 * metrics.labelGap;
  const after: 'left' | 'right' = forward > 0 ? 'left' : 'right';
  const before: 'left' | 'right' = forward > 0 ? 'right' : 'left';
  const roomAfter = forward > 0 ? roomRight : roomLeft;
  const roomBefore = forward > 0 ? roomLeft : roomRight;
  const limit = metrics.labelMaxWidth;
  const fits = (room: number) => full <= Math.min(limit, room);
  if (fits(roomAfter)) return { labelWidth: full, labelAlign: after, inside: false };
  if (fits(roomBefore)) return { labelWidth: full, labelAlign: before, inside: false };
  const best = Math.max(roomAfter, roomBefore, roomInside);
  const labelWidth = Math.max(0, Math.min(limit, best));
  if (best === roomInside) return { labelWidth, labelAlign: after, inside: true };
  return { labelWidth, labelAlign: best === roomAfter ? after : before, inside: false };
}

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis, by binary search; '' when not even 3 letters fit. */
export function elide(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0, high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low >= 3 ? `${text.slice(0, low).trimEnd()}…` : '';
}

function isQualified(when: When, flag: 'approximate' | 'uncertain'): boolean {
  return (isDatePoint(when.start) && when.start[flag]) || (isDatePoint(when.end) && when.end[flag]);
}

function laneLabels(story: Story, key: string, languages: readonly string[], messages: Messages) {
  const place = story.places.find((p) => p.id === key);
  if (!place) return { label: messages.unplacedLane, detail: '' };
  const detail = [pickText(place.region, languages), pickText(place.country, languages)].filter(Boolean).join(', ');
  return { label: pickText(place.name, languages), detail };
}

function layoutLinks(
  story: Story, routes: readonly (readonly (readonly [number, number])[])[], marks: readonly EventMark[],
  lanes: readonly LaneBox[], metrics: Metrics, forward: number,
): LinkMark[] {
  const markOf = new Map(marks.map((mark) => [`${mark.event.id}\n${mark.lane}`, mark]));
  const links: LinkMark[] = [];
  story.events.forEach((event, index) => {
    for (const [fromLane, toLane] of routes[index]!) {
      const from = markOf.get(`${event.id}\n${fromLane}`);
      if (!from) continue;
      const lane = lanes[toLane]!;
      const y1 = lane.top + metrics.laneHeader + metrics.rowHeight / 2;
      const y0 = from.y + (y1 > from.y ? metrics.pointRadius : -metrics.pointRadius);
      const bulge = forward * Math.min(60, Math.max(12, Math.abs(y1 - y0) * 0.25));
      links.push({ key: `${event.id}\n${lanes[fromLane]!.key}>${lane.key}`, event, fromLane, toLane, toPlace: lane.key, ...linkGeometry(from.x, y0, y1, bulge) });
    }
  });
  return links;
}
