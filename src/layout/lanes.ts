import { EVENT_KINDS, EVENT_STATUSES, type Story, type TimelineEvent } from '../model/types.js';

/**
 * What the lanes stand for: a place each (events sit where they happened or left from, and transfers link
 * places), a kind each, a status each, or one lane for everything. Only place lanes draw transfers as links.
 */
export const GROUP_BY = ['place', 'kind', 'status', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** One horizontal band of the plot, before it has a position. */
export interface Lane {
  /** By place, a place id, or `''` for the lane of events that name no place; by kind or status, the kind or the
   * status; with no grouping, `''`. */
  readonly key: string;
  /** Position among the drawn lanes, top to bottom. */
  readonly index: number;
}

/** Which lanes an event sits in, and which lanes its transfers go to. */
export interface LaneAssignment {
  readonly lanes: readonly Lane[];
  /** Per event (same order as `story.events`): the lanes its marks sit in. */
  readonly homes: readonly (readonly number[])[];
  /** Per event: each [origin lane, destination lane] pair it moves between. */
  readonly routes: readonly (readonly (readonly [number, number])[])[];
}

/** The place ids whose lanes an event's marks sit in: where it happened, else where it left from, else where it went. */
export function homePlaces(event: TimelineEvent): readonly string[] {
  if (event.at.length || event.from.length) return [...new Set([...event.at, ...event.from])];
  return event.to;
}

/**
 * By place: one lane per place, in the order of `places`, for the places that events sit in or move to; then one
 * lane for events that name no place. By kind or status: one lane per kind or status present, in the order of
 * the data format's lists. Lanes no event falls in are left out: an empty band tells the reader nothing.
 */
export function assignLanes(story: Story, groupBy: GroupBy = 'place'): LaneAssignment {
  if (groupBy === 'kind') return assignByValue(story, EVENT_KINDS, (event) => event.kind);
  if (groupBy === 'status') return assignByValue(story, EVENT_STATUSES, (event) => event.status);
  if (groupBy === 'none') return assignByValue(story, [''], () => '');
  return assignByPlace(story);
}

/** A lane per value present, in the order given; no transfers between such lanes. */
function assignByValue<T extends string>(story: Story, values: readonly T[], valueOf: (event: TimelineEvent) => T): LaneAssignment {
  const present = new Set(story.events.map(valueOf));
  const keys = values.filter((value) => present.has(value));
  const laneOf = new Map(keys.map((key, index) => [key, index]));
  return {
    lanes: keys.map((key, index) => ({ key, index })),
    homes: story.events.map((event) => [laneOf.get(valueOf(event))!]),
    routes: story.events.map(() => []),
  };
}

function assignByPlace(story: Story): LaneAssignment {
  const used = new Set<string>();
  for (const event of story.events) {
    for (const id of homePlaces(event)) used.add(id);
    for (const id of event.to) used.add(id);
  }
  const keys = story.places.map((place) => place.id).filter((id) => used.has(id));
  const unplaced = story.events.some((event) => homePlaces(event).length === 0);
  if (unplaced) keys.push('');
  const lanes = keys.map((key, index) => ({ key, index }));
  const laneOf = new Map(keys.map((key, index) => [key, index]));

  const homes = story.events.map((event) => {
    const places = homePlaces(event);
    return places.length ? places.map((id) => laneOf.get(id)!) : [laneOf.get('')!];
  });
  const routes = story.events.map((event) => {
    const pairs: [number, number][] = [];
    for (const from of event.from) {
      for (const to of event.to) if (from !== to) pairs.push([laneOf.get(from)!, laneOf.get(to)!]);
    }
    return pairs;
  });
  return { lanes, homes, routes };
}
