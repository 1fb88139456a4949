import type { EventKind, EventStatus, Place, Story, TimelineEvent } from '../model/types.js';
import { transferWidth } from '../layout/transfer-width.js';

/** A place the map can draw: one with both coordinates. */
export interface Located {
  readonly place: Place;
  readonly lon: number;
  readonly lat: number;
}

/** One route: an event's move from one of its origins to one of its destinations, both on the map. */
export interface RouteData {
  /** Unique in the map: the event's id and the pair's. */
  readonly key: string;
  readonly event: TimelineEvent;
  readonly from: string;
  readonly to: string;
  readonly kind: EventKind;
  readonly status: EventStatus;
  /** The line's width: the timeline's own scale of amounts (layout/transfer-width.ts). */
  readonly width: number;
  /** Which of the routes between the same two places, in either direction, this is (0, 1, 2…): each bends further. */
  readonly lane: number;
}

export interface MapRoutes {
  /** The places the map is fitted to (see mapPlaces). */
  readonly places: readonly Located[];
  /** The routes of the moves in the window, in the story's order. */
  readonly routes: readonly RouteData[];
  /** The names' places the moves in the window name without coordinates: listed beside the map, never guessed. */
  readonly unplaced: readonly Place[];
  /** The moves in the window that leave a place on the map for no destination given (a withdrawal "from the
   * coast"): no route, but their origins are theirs, lit up with them. */
  readonly departures: readonly { readonly event: TimelineEvent; readonly from: string }[];
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
 * each move in the window, between `places` (see mapPlaces). A move to or from a place without coordinates draws no
 * route for that pair, and the place is listed as unplaced.
 */
export function mapRoutes(story: Story, places: readonly Located[], window: readonly [number, number] | undefined): MapRoutes {
  const byId = new Map(story.places.map((place) => [place.id, place]));
  const located = new Set(places.map(({ place }) => place.id));
  const unplaced = new Set<Place>();
  const routes: RouteData[] = [];
  const departures: MapRoutes['departures'][number][] = [];
  const pairs = new Map<string, number>();
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
        const pair = from < to ? `${from}\n${to}` : `${to}\n${from}`;
        const lane = pairs.get(pair) ?? 0;
        pairs.set(pair, lane + 1);
        routes.push({
          key: `${event.id}\n${from}\n${to}`, event, from, to, kind: event.kind, status: event.status,
          width: transferWidth(event.amount), lane,
        });
      }
    }
  }
  return { places, routes, unplaced: [...unplaced], departures };
}
