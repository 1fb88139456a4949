/** The world's coarse outlines. */
export type WorldModule = typeof import('./world.js');

/**
 * Loads the world's outlines. The map's file (built apart, see rollup.config.mjs) replaces this module with one that
 * loads them from the file built beside it, `drawdown-timeline-world.min.js` (see scripts/chunks-beside-script.mjs).
 */
export function loadWorld(): Promise<WorldModule> {
  return import('./world.js');
}
