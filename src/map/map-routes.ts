import type { EventKind, EventStatus, Place, Story, TimelineEvent } from '../model/types.js';
import { aggregateWidth, transferWidth } from '../layout/transfer-width.js';

/** A place the map can draw: one with both coordinates. */
export interface Located {
  readonly place: Place;
  readonly lon: number;
  readonly lat: number;
}

/** One route: an event's move from one of its origins to one of its destinations, both on the map; or, between two
 * places with more than MOST_APART moves in the window, all of them as one route. */
export interface RouteData {
  /** Unique in the map: the event's id (`*` for the moves of a pair as one) and the pair's. */
  readonly key: string;
  /** Its event; for the moves of a pair as one, the first. */
  readonly event: TimelineEvent;
  /** Every event it stands for, in the story's order. */
  readonly events: readonly TimelineEvent[];
  readonly from: string;
  readonly to: string;
  /** The kind and status it is drawn in: its event's; for moves as one, the most of them have. */
  readonly kind: EventKind;
  readonly status: EventStatus;
  /** The line's width: the timeline's own scales, of amounts (layout/transfer-width.ts) or, for moves as one, of
   * how many they are, as the chart's groups' lines are. */
  readonly width: number;
  /** Which of the routes between the same two places, in either direction, this is (0, 1, 2…): each bends further. */
  readonly lane: number;
}

export interface MapRoutes {
  /** The places the map is fitted to (see mapPlaces). */
  readonly places: readonly Located[];
  /** The routes of the moves in the window, in the order the story first names their places. */
  readonly routes: readonly RouteData[];
  /** The pairs with moves in the window that a dense map leaves undrawn (see MOST_PAIRS). */
  readonly undrawn: readonly Undrawn[];
  /** The names' places the moves in the window name without coordinates: listed beside the map, never guessed. */
  readonly unplaced: readonly Place[];
  /** The moves in the window that leave a place on the map for no destination given (a withdrawal "from the
   * coast"): no route, but their origins are theirs, lit up with them. */
  readonly departures: readonly { readonly event: TimelineEvent; readonly from: string }[];
}

/** Past this many moves between the same two places the same way, they are one route: more curves, each bending
 * further round the last, would fill the map (a story of thousands of moves among a few bases). */
export const MOST_APART = 3;
/** Past this many pairs of places with moves in the window, each pair is one route, however few its moves. */
export const DENSE_PAIRS = 40;
/** At most this many pairs are drawn, the busiest; the others are counted in the map's words. */
export const MOST_PAIRS = 120;

/** A pair of places whose moves the map counts but does not draw (see MOST_PAIRS). */
export interface Undrawn {
  readonly from: string;
  readonly to: string;
  readonly moves: number;
}

/** The value most of `values` have; the first of them on a tie. */
function most<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] as T, count = 0;
  for (const [value, n] of counts) if (n > count) [best, count] = [value, n];
  return best;
}

/** Whether an event reaches into `window` ([start, end] in ms); an open side reaches as far as it may. */
export function inWindow(event: TimelineEvent, window: readonly [number, number] | undefined): boolean {
  if (!window) return true;
  const { min, max } = event.when;
  return !(max <= window[0]) && !(min > window[1]);
}

/** Every place the story's moves name that has coordinates, in the order the story first names them: what the map
 * is fitted to, whatever the window, so that it holds still while the timeline's window moves. */
export function mapPlaces(story: Story): readonly Located[] {
  const byId = new Map(story.places.map((place) => [place.id, place]));
  const located = new Map<string, Located>();
  for (const event of story.events) {
    for (const id of [...event.from, ...event.to]) {
      const place = byId.get(id);
      if (place && !located.has(id) && place.lat !== undefined && place.lon !== undefined) located.set(id, { place, lon: place.lon, lat: place.lat });
    }
  }
  return [...located.values()];
}

/**
 * The map's data for `story` (as the filters show it) in `window`: one route for each origin × destination pair of
 * each move in the window, between `places` (see mapPlaces), or one for all of a pair's moves past MOST_APART (past
 * DENSE_PAIRS pairs, for all of every pair's), the busiest MOST_PAIRS pairs drawn. A move to or from a place without
 * coordinates draws no route for that pair, and the place is listed as unplaced.
 */
export function mapRoutes(story: Story, places: readonly Located[], window: readonly [number, number] | undefined): MapRoutes {
  const byId = new Map(story.places.map((place) => [place.id, place]));
  const located = new Set(places.map(({ place }) => place.id));
  const unplaced = new Set<Place>();
  const departures: MapRoutes['departures'][number][] = [];
  /** The moves of each origin → destination, in the order the story first names them. */
  const pairs = new Map<string, { from: string; to: string; events: TimelineEvent[] }>();
  for (const event of story.events) {
    if (!event.from.length || !inWindow(event, window)) continue;
    for (const id of [...event.from, ...event.to]) {
      const place = byId.get(id);
      if (place && !located.has(id)) unplaced.add(place);
    }
    if (!event.to.length) {
      for (const from of event.from) if (located.has(from)) departures.push({ event, from });
      continue;
    }
    for (const from of event.from) {
      for (const to of event.to) {
        if (from === to || !located.has(from) || !located.has(to)) continue;
        const key = `${from}\n${to}`;
        const pair = pairs.get(key);
        if (pair) pair.events.push(event);
        else pairs.set(key, { from, to, events: [event] });
      }
    }
  }
  const routes: RouteData[] = [];
  /** Routes between the same two places, either way, so far: each next one bends further. */
  const lanes = new Map<string, number>();
  const lane = (from: string, to: string) => {
    const key = from < to ? `${from}\n${to}` : `${to}\n${from}`, n = lanes.get(key) ?? 0;
    lanes.set(key, n + 1);
    return n;
  };
  // A dense story's map draws each pair once, and only its busiest pairs: past that, more lines hide the rest.
  const dense = pairs.size > DENSE_PAIRS;
  const drawn = [...pairs.values()], undrawn: Undrawn[] = [];
  if (drawn.length > MOST_PAIRS) {
    const kept = new Set([...drawn].sort((a, b) => b.events.length - a.events.length).slice(0, MOST_PAIRS));
    for (const pair of drawn) if (!kept.has(pair)) undrawn.push({ from: pair.from, to: pair.to, moves: pair.events.length });
    drawn.splice(0, drawn.length, ...drawn.filter((pair) => kept.has(pair)));
  }
  for (const { from, to, events } of drawn) {
    if (events.length <= (dense ? 1 : MOST_APART)) {
      for (const event of events) {
        routes.push({ key: `${event.id}\n${from}\n${to}`, event, events: [event], from, to, kind: event.kind, status: event.status, width: transferWidth(event.amount), lane: lane(from, to) });
      }
    } else {
      routes.push({
        key: `*\n${from}\n${to}`, event: events[0]!, events, from, to, kind: most(events.map((event) => event.kind)),
        status: most(events.map((event) => event.status)), width: aggregateWidth(events.length), lane: lane(from, to),
      });
    }
  }
  return { places, routes, undrawn, unplaced: [...unplaced], departures };
}
