import type { Box } from '../layout/text-field.js';
import { pickText } from '../model/pick-text.js';
import type { Place } from '../model/types.js';
import { placeLabels, type PlacedLabel } from './map-labels.js';
import type { OutlinePaths } from './map-outlines.js';
import { edgePoint, type MapFrame } from './map-projection.js';
import type { MapRoutes, RouteData } from './map-routes.js';
import { routeShape, type Point, type RouteShape } from './route-shape.js';

export interface MapLayoutOptions {
  /** The reader's languages, best first, for the places' names. */
  readonly languages: readonly string[];
  readonly direction: 'ltr' | 'rtl';
  /** The width of a name in the map's type. */
  readonly measure: (text: string) => number;
}

/** A place on the map. */
export interface MapPlace {
  readonly place: Place;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Whether it lies beyond the map, drawn at its edge in its direction (see farPlace). */
  readonly beyond: boolean;
  /** Whether a move shown starts or ends here; the others are drawn muted, for orientation. */
  readonly active: boolean;
  /** The events of the moves shown that start or end here, with or without a route. */
  readonly events: readonly string[];
  /** Its name beside it, unless there was no room (then it is one hover or focus away). */
  readonly label: PlacedLabel | undefined;
}

/** A route on the map: its data (see mapRoutes), drawn. */
export interface MapRoute extends Omit<RouteData, 'lane'> {
  /** Null when its two places fall together at this scale: its places and the summary still hold it. */
  readonly shape: RouteShape | null;
}

export interface MapLayout {
  readonly frame: MapFrame;
  readonly outlines: OutlinePaths;
  readonly places: readonly MapPlace[];
  readonly routes: readonly MapRoute[];
  /** The names of the places the moves shown name without coordinates. */
  readonly unplaced: readonly string[];
  /** The pairs of places a dense map counts but does not draw (see mapRoutes). */
  readonly undrawn: MapRoutes['undrawn'];
}

/** A place's point's radius, and a glyph's, in pixels. */
export const POINT_RADIUS = 4;
export const GLYPH_RADIUS = 4.5;
/** How far inside the map's edge a place beyond it is drawn. */
const EDGE_INSET = 10;

const boxAround = ([x, y]: Point, r: number): Box => ({ left: x - r, right: x + r, top: y - r, bottom: y + r });

/**
 * The map for the routes of the moves shown (see mapRoutes), in `frame` (see fitFrame: fitted to every place the
 * story's moves name, so that the map holds still while the timeline's window moves), over `outlines`: each route as
 * a curve with its head, and the places' names, placed by one collision model with the points, the kinds' glyphs and
 * the routes' lines. Pure: the same data and size give the same map.
 */
export function layoutMap(data: MapRoutes, frame: MapFrame, outlines: OutlinePaths, options: MapLayoutOptions): MapLayout {
  const xy = new Map<string, Point>();
  for (const { place, lon, lat } of data.places) {
    const point = frame.projection([lon, lat]);
    if (point) xy.set(place.id, place.id === frame.far ? edgePoint(point, frame.width, frame.height, EDGE_INSET) : point);
  }
  const routes: MapRoute[] = data.routes.map(({ lane, ...route }) => ({
    ...route, shape: routeShape(xy.get(route.from)!, xy.get(route.to)!, route.width, lane, POINT_RADIUS + 1),
  }));
  // Sets: a place of a dense story has thousands of moves, which a list would search through at each one.
  const events = new Map<string, Set<string>>();
  const note = (id: string, event: string) => {
    const set = events.get(id);
    if (set) set.add(event);
    else events.set(id, new Set([event]));
  };
  for (const { from, to, events: moves } of routes) {
    for (const { id } of moves) {
      note(from, id);
      note(to, id);
    }
  }
  for (const { from, event } of data.departures) note(from, event.id);
  const boxes: Box[] = [];
  for (const point of xy.values()) boxes.push(boxAround(point, POINT_RADIUS));
  for (const route of routes) {
    if (route.shape) boxes.push(boxAround(route.shape.middle, GLYPH_RADIUS));
  }
  const lines = routes.flatMap(({ shape, width }) => (shape ? [{ shape, width }] : []));
  const located = data.places.filter(({ place }) => xy.has(place.id)).map(({ place }) => ({
    place, name: pickText(place.name, options.languages), point: xy.get(place.id)!, events: [...events.get(place.id) ?? []],
  }));
  // The busiest places of the moves shown are named first; the places of other moves after them.
  const order = [...located].sort((a, b) => b.events.length - a.events.length);
  const labels = placeLabels(order.map(({ place, name, point }) => ({ id: place.id, text: name, x: point[0], y: point[1] })),
    POINT_RADIUS, { boxes, lines }, frame, options.measure, options.direction);
  return {
    frame, outlines, routes,
    places: located.map(({ place, name, point, events: ids }) => ({
      place, name, x: point[0], y: point[1], beyond: place.id === frame.far, active: ids.length > 0, events: ids, label: labels.get(place.id),
    })),
    unplaced: data.unplaced.map((place) => pickText(place.name, options.languages)),
    undrawn: data.undrawn,
  };
}
