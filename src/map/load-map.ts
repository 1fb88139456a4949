/** The route map: its controller, its views, its geometry and its styles. */
export type MapModule = typeof import('./map.js');

/**
 * Loads the route map. The reading file (built apart, see rollup.config.mjs) replaces this module with one that
 * loads it from the file built beside it, `drawdown-timeline-map.min.js` (see scripts/chunks-beside-script.mjs).
 */
export function loadMap(): Promise<MapModule> {
  return import('./map.js');
}
