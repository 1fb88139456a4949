export type Importers = typeof import('./importers.js');

/**
 * Loads the importers on first use. The single-file build replaces this module with one that loads them from the
 * file built beside it, `drawdown-timeline-import.min.js` (see scripts/importers-beside-script.mjs).
 */
export function loadImporters(): Promise<Importers> {
  return import('./importers.js');
}
