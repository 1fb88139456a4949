import { lastInstant } from '../model/edtf.js';
import type { Story, TimelineEvent } from '../model/types.js';
import { describeAmount } from '../words/describe-event.js';
import { layoutTicks } from './axis-ticks.js';
import { ALIGN_RIGHT, candidates, INSIDE, OPEN_LEFT, OPEN_RIGHT, SHAPE_BITS, SHAPE_MASK, SHAPES } from './candidates.js';
import { layoutAsOf, layoutEras } from './eras.js';
import { groupCrowded, type GroupDraft } from './group-crowded.js';
import { labelX, placeLabel } from './label-placement.js';
import { clearLabelsOfLinks, LABEL_HALF_HEIGHT, type LabelParts } from './label-room.js';
import { placeAmounts } from './amount-labels.js';
import { linesAroundWords, trackTitleBoxes } from './line-gaps.js';
import { placeLaneLabels } from './lane-labels.js';
import { wrapLabels } from './label-wrap.js';
import { gapLinks } from './link-gaps.js';
import { TextField, type Box } from './text-field.js';
import { widenIntoRows } from './row-room.js';
import { bundleDepartures } from './departure-bundles.js';
import { layoutLinks, type GroupDeparture } from './link-layout.js';
import { shapeOf } from './mark-shape.js';
import { layoutSeriesTracks } from './series-track.js';
import { cannotStack, leftOrder, stackRows } from './stack-rows.js';
import { storyDomain } from './story-domain.js';
import { APPROXIMATE, EXACT, indexStory, softSides, UNATTRIBUTED, UNCERTAIN } from './story-index.js';
import { timeBins, type TimeBins } from './time-bins.js';
import { createTimeScale } from './time-scale.js';
import type { EventMark, LaneBox, LayoutOptions, Metrics, TimelineLayout } from './types.js';

export const defaultMetrics: Metrics = {
  axisHeight: 28,
  eraHeight: 18,
  laneHeader: 20,
  rowHeight: 24,
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
  const prefix = (i: number) => (numbered ? `${formatter.ref(ranks[i]! + 1)} ` : '');

  const domain = options.window ?? storyDomain(story) ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const range = [metrics.edgePadding, Math.max(metrics.edgePadding + 1, width - metrics.edgePadding)];
  const scale = createTimeScale(domain, direction === 'rtl' ? [range[1]!, range[0]!] : [range[0]!, range[1]!]);
  const ticks = layoutTicks({ scale, width, formatter, measure }, index.finest);

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
    if (lastInstant(when) < t0 - slack) continue;
    const shape = shapeOf(when, (flags[i]! & EXACT) !== 0, scale, metrics, forward);
    if (shape.right < 0 || shape.left > width) continue;
    c.event[n] = i;
    c.left[n] = shape.left;
    c.right[n] = shape.right;
    c.x[n] = shape.x;
    c.bits[n] = SHAPE_BITS[shape.shape] | (shape.openLeft ? OPEN_LEFT : 0) | (shape.openRight ? OPEN_RIGHT : 0);
    // Every label first asks for its whole title; a lane too crowded for that asks again for less (see below).
    roomFor(n, width);
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
  /** Gives candidate `k` its label's room, at most `cap` wide, and the extent stacking keeps clear: the mark and its
   * label on the side it reads on. */
  function roomFor(k: number, cap: number): void {
    const i = c.event[k]!, bits = c.bits[k]!;
    const shape = { shape: SHAPES[bits & SHAPE_MASK]!, left: c.left[k]!, right: c.right[k]! };
    const room = placeLabel(titleWidths[i]! + (numbered ? measure(prefix(i)) : 0), shape, width, { ...metrics, labelMaxWidth: cap }, forward);
    c.labelWidth[k] = room.labelWidth;
    c.bits[k] = (bits & (SHAPE_MASK | OPEN_LEFT | OPEN_RIGHT)) | (room.labelAlign === 'right' ? ALIGN_RIGHT : 0) | (room.inside ? INSIDE : 0);
    const beside = room.inside ? 0 : metrics.labelGap + room.labelWidth;
    c.extentLeft[k] = room.labelAlign === 'right' ? shape.left - beside : shape.left;
    c.extentRight[k] = room.labelAlign === 'left' ? shape.right + beside : shape.right;
  }

  // Then rows, lane by lane, grouping the stretches that do not fit; then the lanes' vertical positions.
  let bins: TimeBins | undefined;
  const lanes: LaneBox[] = [];
  let marks: EventMark[] = [];
  const labelParts: LabelParts[] = [];
  const unattributedWidth = measure(` ${messages.unattributedMark}`);
  const groups: GroupDraft[] = [];
  // Transfers leaving a drawn mark; grouped events' transfers are drawn once zoomed in enough to show them.
  const departures: { mark: EventMark; toLane: number }[] = [];
  const groupDepartures: GroupDeparture[] = [];
  // On paper: the boxes of groups' numbers.
  const numberBoxes: Box[] = [];
  // Under the axis: the strip naming eras and the "as of" date, then the force-level tracks, then the lanes.
  const context = { scale, width, formatter, messages, languages, measure, measureStrong: options.measureStrong };
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
    // Whole titles where the lane has rows for them; in a crowded lane, shorter labels before any grouping. A lane
    // too full for its rows even with the shortest goes to its groups with the shortest at once, as it would have.
    const shortest = metrics.labelMaxWidth / 2;
    const full = cannotStack(c, items, metrics.labelGap, metrics.maxRows, shortest + metrics.labelGap);
    if (full) for (const k of items) roomFor(k, shortest);
    let order = leftOrder(extents, items);
    let rowCount = full ? 0 : stackRows(extents, metrics.labelGap, metrics.maxRows, order, c.rows);
    for (const cap of full ? [] : [metrics.labelMaxWidth, shortest]) {
      if (!items.some((k) => c.rows[k]! < 0)) break;
      for (const k of items) roomFor(k, cap);
      order = leftOrder(extents, items);
      rowCount = stackRows(extents, metrics.labelGap, metrics.maxRows, order, c.rows);
    }
    let laneGroups: GroupDraft[] = [];
    if (full || items.some((k) => c.rows[k]! < 0)) {
      bins ??= timeBins(scale, metrics.minGroupWidth);
      // A lane that needs groups is dense: keep it compact, with few rows of single marks beside its groups.
      stackRows(extents, metrics.labelGap, Math.min(metrics.rowsBesideGroups, metrics.maxRows), order, c.rows);
      laneGroups = groupCrowded(items, c, story.events, bins, scale, laneIndex, top + metrics.laneHeader + metrics.rowHeight / 2);
      // The grouped events' transfers leave from their group, one line a destination.
      // By the group's place in the lane and the destination, as one number: a lane of a large story holds
      // thousands of grouped transfers.
      const groupOf = new Map<TimelineEvent, number>();
      laneGroups.forEach((group, g) => { for (const event of group.events) groupOf.set(event, g); });
      const bundles = new Map<number, GroupDeparture & { events: TimelineEvent[] }>();
      for (const k of items) {
        if (!c.grouped[k]) continue;
        const i = c.event[k]!, g = groupOf.get(story.events[i]!)!;
        for (const [fromLane, toLane] of assignment.routes[i]!) {
          if (fromLane !== laneIndex) continue;
          const key = g * assignment.lanes.length + toLane;
          let bundle = bundles.get(key);
          if (!bundle) bundles.set(key, (bundle = { group: laneGroups[g]!, toLane, events: [] }));
          bundle.events.push(story.events[i]!);
        }
      }
      groupDepartures.push(...bundles.values());
      // Marks that had a row keep fitting without the grouped ones: stacking a subset never needs more rows.
      order = order.filter((k) => !c.grouped[k]);
      rowCount = stackRows(extents, metrics.labelGap, metrics.maxRows, order, c.rows);
    }
    // A label cut short takes the free room up to its neighbour in the row.
    widenIntoRows(order, c, c.rows, width, metrics, (k) => titleWidths[c.event[k]!]! + (numbered ? measure(prefix(c.event[k]!)) : 0));
    let groupRow = laneGroups.length > 0 ? metrics.rowHeight : 0;
    // On paper, each group says which of the table's rows it holds, in rows of its own under the groups.
    if (options.numberGroups && laneGroups.length) {
      const numbers = options.numberGroups(laneGroups.map((group) => ({
        left: group.left, right: group.right, numbers: group.events.map((event) => ranks[index.indexOf(event)]! + 1),
      })), {
        width, measure, top: top + metrics.laneHeader + metrics.rowHeight * 1.5, rowHeight: metrics.rowHeight,
        writing: { format: formatter.ref, separator: messages.listSeparator },
      });
      laneGroups = laneGroups.map((group, g) => ({ ...group, label: numbers.labels[g]!.label, labelX: numbers.labels[g]!.x, labelY: numbers.labels[g]!.y }));
      numberBoxes.push(...numbers.boxes);
      groupRow += numbers.rows * metrics.rowHeight;
    }
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
        approximate: (flags[i]! & APPROXIMATE) !== 0, ...softSides(flags[i]!, forward), uncertain: (flags[i]! & UNCERTAIN) !== 0,
        openLeft: (bits & OPEN_LEFT) !== 0, openRight: (bits & OPEN_RIGHT) !== 0,
        label: '',
        labelX: labelX({ left, right, labelAlign, inside }, metrics.labelGap, width, metrics.edgePadding),
        labelWidth: 0,
        labelAlign,
        labelInside: inside,
        unattributed,
      };
      marks.push(mark);
      labelParts.push({ title: titles[i]!, titleWidth: titleWidths[i]! - (unattributed ? unattributedWidth : 0), number: prefix(i), suffix: unattributed ? messages.unattributedMark : '', room: labelWidth });
      for (const [fromLane, toLane] of assignment.routes[i]!) if (fromLane === laneIndex) departures.push({ mark, toLane });
    }
    // Grouped flags are per candidate: clear this lane's before the next lane, which may share candidates.
    for (const k of items) c.grouped[k] = 0;
    const height = metrics.laneHeader + groupRow + Math.max(laneGroups.length > 0 ? 0 : 1, rowCount) * metrics.rowHeight + metrics.lanePadding;
    const { label, detail } = index.laneLabels[laneIndex]!;
    const grouped = laneGroups.reduce((sum, group) => sum + group.events.length, 0);
    // Placed once the transfers' lines are known (see placeLaneLabels).
    lanes.push({ key: lane.key, label, detail, labelX: 0, fullLabel: label, top, height, grouped });
    top += height;
  });

  // Heights are relative to a large group rather than the largest, so one outlier does not flatten the rest.
  const counts = groups.map((group) => group.events.length).sort((a, b) => a - b);
  const large = Math.max(1, counts[Math.floor(counts.length * 0.9)] ?? 1);
  for (const group of groups) group.level = Math.min(1, group.events.length / large);
  let links = layoutLinks(departures, lanes, {
    metrics, forward,
    amountLabel: (event) => describeAmount(event.amount, formatter, messages, options.languages ?? []),
    countLabel: (count) => formatter.count(messages.transferCount, count),
  }, bundleDepartures(groupDepartures, width, metrics.minGroupWidth));

  // Then the words, by one collision model (a TextField): lane names first, clear of the transfers' lines; event
  // labels, which end where a line would cross them; then the amounts, wherever they take no one else's room.
  const lanesField = new TextField(links);
  const named = placeLaneLabels(lanes, lanesField, { width, measure, measureName: options.measureStrong ?? measure, forward });
  const cleared = clearLabelsOfLinks(marks, labelParts, links, { width, edge: metrics.edgePadding, gap: metrics.labelGap, measure });
  marks = cleared.marks;
  const markBoxes: Box[] = [], labelBoxes: Box[] = [];
  for (const mark of marks) {
    const half = mark.shape === 'point' ? metrics.pointRadius : metrics.barHeight / 2;
    markBoxes.push({ left: mark.left, right: mark.right, top: mark.y - half, bottom: mark.y + half });
    if (!mark.label) continue;
    const left = mark.labelAlign === 'left' ? mark.labelX : mark.labelX - mark.labelWidth;
    labelBoxes.push({ left, right: left + mark.labelWidth, top: mark.y - LABEL_HALF_HEIGHT, bottom: mark.y + LABEL_HALF_HEIGHT });
  }
  // A group's bar is a mark: no word sits on it.
  const half = metrics.rowHeight / 2 - 3;
  for (const group of groups) markBoxes.push({ left: group.left, right: group.right, top: group.y - half, bottom: group.y + half });
  // Words with nowhere else to go (a lane's name, a printed mark's number, a group's numbers) interrupt the lines
  // through them; a line shortened to end before one is checked against every word again.
  links = gapLinks(links, [...named.over, ...cleared.over, ...numberBoxes], [...lanesField.boxes, ...labelBoxes, ...numberBoxes]);
  // Then the amounts, clear of all of it.
  const field = new TextField(links);
  for (const box of [...lanesField.boxes, ...markBoxes, ...labelBoxes, ...numberBoxes]) field.add(box);
  // A label cut short takes a second line where the room below is free.
  marks = wrapLabels(marks, labelParts, named.lanes, field, measure);
  const laneBands = options.laneRows ? named.lanes.map((lane): [number, number] => [lane.top, lane.top + lane.height]) : undefined;
  links = placeAmounts(links, field, width, options.measureStrong ?? measure, laneBands);
  marks.sort((a, b) => Number(b.primary) - Number(a.primary));
  // Last, the lines that run down the whole plot, broken where they would cross a word or a mark.
  const lined = linesAroundWords(eras, asOf, [...field.boxes, ...trackTitleBoxes(tracks, measure, options.measureStrong ?? measure, forward > 0)], eraTop, top);
  return {
    width, height: top, direction, scale, ticks, lanes: named.lanes, marks, links,
    groups,
    order: index.orderIds,
    index,
    eras: lined.eras, asOf: lined.asOf, eraTop, tracks, lanesTop, metrics,
  };
}

/** Until a real measure is given: about the width of an average letter at 12 px. */
const estimateWidth = (text: string) => text.length * 6.5;
