export type Reading = typeof import('./reading.js');

/**
 * Loads the views a reader reads beyond the chart. The single-file build replaces this module with one that loads
 * them from the file built beside it, `drawdown-timeline-reading.min.js` (see scripts/chunks-beside-script.mjs).
 */
export function loadReading(): Promise<Reading> {
  return import('./reading.js');
}
