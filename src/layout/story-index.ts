import { isDatePoint, whenSortKey } from '../model/edtf.js';
import { memoizeLast } from '../model/memoize-last.js';
import { pickText } from '../model/pick-text.js';
import type { EventKind, EventStatus, Story, TimelineEvent, When } from '../model/types.js';
import { assignLanes, type GroupBy, type LaneAssignment } from './lanes.js';
import type { TickLevel } from '../words/format-when.js';
import { listOf, type Messages } from '../words/messages.js';

/** What a mark shows of its date, as bit flags: one byte per event instead of an object. */
export const EXACT = 1;
export const APPROXIMATE = 2;
export const UNCERTAIN = 4;
/** No source backs the event. */
export const UNATTRIBUTED = 8;
/** Which end of the date is approximate: its start, its end (a single date is both). */
export const APPROXIMATE_START = 16;
export const APPROXIMATE_END = 32;

/**
 * Everything about a story's layout that does not depend on the time window or the width: time order, lanes,
 * date flags, titles in the reader's language and their widths. Built once per story, language and font, then
 * reused by every zoom and pan, so that a frame only places what it shows.
 */
export interface StoryIndex {
  readonly story: Story;
  /** Indices into `story.events`, in time order (then document order). */
  readonly order: Int32Array;
  /** The events' ids in that order: the keyboard's path through the story. */
  readonly orderIds: readonly string[];
  /** Per event: its place in that order, from 0: its row in the event table is `rank + 1`. */
  readonly ranks: Int32Array;
  /** Per event: where it sorts in time (`whenSortKey`). */
  readonly sortKeys: Float64Array;
  readonly assignment: LaneAssignment;
  /** Per event: `EXACT`, `APPROXIMATE`, `UNCERTAIN` flags. */
  readonly flags: Uint8Array;
  /** Per event: its title in the reader's language, and the rendered width of its label: the title, and for an
   * unattributed event the messages' `unattributedMark` after it. */
  readonly titles: readonly string[];
  readonly titleWidths: Float64Array;
  /** The finest step any date of the story names: no axis tick is finer. */
  readonly finest: TickLevel;
  /** Per lane: its name, and the place's region and country. */
  readonly laneLabels: readonly { readonly label: string; readonly detail: string }[];
  /** An event's index in `story.events` (made on first use, once a story: paper's groups ask for it). */
  indexOf(event: TimelineEvent): number;
}

export interface IndexOptions {
  readonly languages: readonly string[];
  readonly measure: (text: string) => number;
  readonly messages: Messages;
  readonly groupBy: GroupBy;
}

/** The index of a story, from a one-entry cache: zooming lays out the same story, language and font again and again. */
export function indexStory(story: Story, options: IndexOptions): StoryIndex {
  return indexOnce(story, options.languages.join(','), options.measure, options.messages, options.groupBy);
}

const indexOnce = memoizeLast((story: Story, languages: string, measure: IndexOptions['measure'], messages: Messages, groupBy: GroupBy) =>
  buildIndex(story, { languages: languages ? languages.split(',') : [], measure, messages, groupBy }));

function buildIndex(story: Story, { languages, measure, messages, groupBy }: IndexOptions): StoryIndex {
  const events = story.events;
  const keys = new Float64Array(events.length);
  const flags = new Uint8Array(events.length);
  const titles: string[] = [];
  const titleWidths = new Float64Array(events.length);
  const markWidth = measure(` ${messages.unattributedMark}`);
  // A story that cites no source at all (a TimelineJS import, a CSV without a sources column) is not marked event
  // by event: unattributed means something only beside events that are attributed.
  const cites = story.sources.length > 0;
  for (let i = 0; i < events.length; i++) {
    const { when, title, sources } = events[i]!;
    keys[i] = whenSortKey(when);
    const unattributed = cites && sources.length === 0;
    flags[i] = dateFlags(when) | (unattributed ? UNATTRIBUTED : 0);
    titles[i] = pickText(title, languages);
    titleWidths[i] = measure(titles[i]!) + (unattributed ? markWidth : 0);
  }
  const order = Int32Array.from(events.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const assignment = assignLanes(story, groupBy);
  const places = new Map(story.places.map((place) => [place.id, place]));
  const laneLabels = assignment.lanes.map(({ key }) => {
    if (groupBy === 'kind') return { label: messages.kinds[key as EventKind], detail: '' };
    if (groupBy === 'status') return { label: messages.statusLanes[key as EventStatus], detail: '' };
    if (groupBy === 'none') return { label: messages.allEvents, detail: '' };
    const place = places.get(key);
    if (!place) return { label: messages.unplacedLane, detail: '' };
    const label = pickText(place.name, languages);
    // A country's lane ("Syria") does not say its country again.
    const detail = listOf([pickText(place.region, languages), pickText(place.country, languages)].filter((part) => part && part !== label), messages);
    return { label, detail };
  });
  const orderIds = Array.from(order, (i) => events[i]!.id);
  const ranks = new Int32Array(events.length);
  order.forEach((i, rank) => { ranks[i] = rank; });
  let indices: Map<TimelineEvent, number> | undefined;
  const indexOf = (event: TimelineEvent) => (indices ??= new Map(events.map((one, i) => [one, i]))).get(event)!;
  return { story, order, orderIds, ranks, sortKeys: keys, assignment, flags, titles, titleWidths, laneLabels, finest: finestStep(story), indexOf };
}

/** The finest step the story's dates name, events' and force levels' alike: a time, a day, a month or a year. */
function finestStep(story: Story): TickLevel {
  let finest = 3;
  const levels: TickLevel[] = ['time', 'day', 'month', 'year'];
  const take = (when: When) => {
    for (const point of [when.start, when.end]) {
      if (!isDatePoint(point)) continue;
      const level = point.hasTime ? 0 : point.precision === 'day' ? 1 : point.precision === 'year' ? 3 : 2;
      if (level < finest) finest = level;
    }
  };
  for (const event of story.events) {
    take(event.when);
    if (finest === 0) break;
  }
  for (const series of story.series) for (const point of series.points) take(point.when);
  return levels[finest]!;
}

/** The physical sides of a mark to feather, from its date's flags, as time runs (`forward` -1: right to left). */
export function softSides(flags: number, forward: number): { softLeft: boolean; softRight: boolean } {
  const start = (flags & APPROXIMATE_START) !== 0, end = (flags & APPROXIMATE_END) !== 0;
  return forward > 0 ? { softLeft: start, softRight: end } : { softLeft: end, softRight: start };
}

/** A day or a moment is exact: a point however far one zooms in. A month or a year is a period. */
export function dateFlags(when: When): number {
  const { start, end } = when;
  let flags = 0;
  if (!when.interval && isDatePoint(start) && !start.unspecified && (start.precision === 'day' || start.hasTime)) flags |= EXACT;
  if (isDatePoint(start) && start.approximate) flags |= APPROXIMATE | APPROXIMATE_START;
  if (isDatePoint(end) && end.approximate) flags |= APPROXIMATE | APPROXIMATE_END;
  if ((isDatePoint(start) && start.uncertain) || (isDatePoint(end) && end.uncertain)) flags |= UNCERTAIN;
  return flags;
}
