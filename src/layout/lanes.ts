import type { Story, TimelineEvent } from '../model/types.js';

/** One horizontal band of the plot, before it has a position. */
export interface Lane {
  /** A place id; `''` for the lane of events that name no place. */
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
 * One lane per place, in the order of `places`, for the places that events sit in or move to; then one lane for
 * events that name no place. Places no event mentions get no lane: an empty band tells the reader nothing.
 */
export function assignLanes(story: Story): LaneAssignment {
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
