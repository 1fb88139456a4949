import type { PluralForms } from './messages.js';

/**
 * The route map's own words, for one language. They ship with the map (drawdown-timeline-map.min.js), not in the
 * single file: a page that shows no map never loads them. English and Arabic are here; a page's own table for
 * another language may add them under `map` (see `registerMessages`), and what it leaves out is said in English.
 */
export interface MapMessages {
  /** The map's accessible name. */
  readonly title: string;
  /** A count of routes, by plural category: `{count}`. */
  readonly routes: PluralForms;
  /** One line of the summary: `{routes}` counted, from `{from}` (a country or a place), then `{to}`, the
   * destinations with their counts: "3 routes from Syria: 2 to Libya, 1 to Russia". */
  readonly routesFrom: string;
  /** One destination of a summary line: `{count}` (a bare number) to `{to}`. */
  readonly countTo: string;
  /** The same, for routes that stay in the country they leave from: `{count}` within `{to}`. */
  readonly countWithin: string;
  /** When the window holds no move between places with coordinates. */
  readonly noRoutes: string;
  /** Places the moves shown name without coordinates, which the map does not guess: `{places}`. */
  readonly unplaced: string;
  /** A place's accessible name: `{place}`, and `{moves}` counted with the story's event forms. */
  readonly place: string;
  /** The accessible name of a place too far to fit, drawn at the map's edge in its direction: `{place}`. */
  readonly beyond: string;
  /** The outlines' source, and whose borders they draw. */
  readonly credit: string;
  /** How the keyboard moves through the map, said once when it enters. */
  readonly keys: string;
  /** Said in place of the map when its file could not be loaded. */
  readonly missing: string;
}

/** English, the words every other language falls back to. */
export const MAP_EN: MapMessages = {
  title: 'Map of the moves',
  routes: { one: '{count} route', other: '{count} routes' },
  routesFrom: '{routes} from {from}: {to}',
  countTo: '{count} to {to}',
  countWithin: '{count} within {to}',
  noRoutes: 'No move in the time shown runs between places with coordinates.',
  unplaced: 'Not on the map (no coordinates): {places}',
  place: '{place}: {moves}',
  beyond: '{place}, beyond the edge of the map',
  credit: 'Country outlines: Natural Earth, which draws borders as they are held (Crimea in Russia, the Golan in Israel).',
  keys: 'Arrow keys move between routes and places; Enter selects a route’s event.',
  missing: 'The map could not be loaded.',
};
