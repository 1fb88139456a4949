import type { MapMessages } from './messages.js';

/** The route map's words in English (see MapMessages), the words every other language falls back to. They ship
 * with the map's place in the after-paint file, not in the single file. */
export const MAP_EN: MapMessages = {
  title: 'Map of the moves',
  routes: { one: '{count} route', other: '{count} routes' },
  routesFrom: '{routes} from {from}: {to}',
  countTo: '{count} to {to}',
  countWithin: '{count} within {to}',
  noRoutes: 'No move in the time shown runs between places with coordinates.',
  busiest: 'The map draws the {shown} busiest of {all} pairs of places; the lines below count them all.',
  unplaced: 'Not on the map (no coordinates): {places}',
  place: '{place}: {moves}',
  beyond: '{place}, beyond the edge of the map',
  credit: 'Country outlines: Natural Earth, which draws borders as they are held (Crimea in Russia, the Golan in Israel).',
  creditShort: 'Outlines: Natural Earth, de facto borders',
  keys: 'Arrow keys move between routes and places; Enter selects a route’s event.',
  missing: 'The map could not be loaded.',
};
