export type Export = typeof import('./export.js');

/**
 * Loads print and export on first use. The single-file build replaces this module with one that loads them from
 * the file built beside it, `drawdown-timeline-export.min.js` (see scripts/chunks-beside-script.mjs).
 */
export function loadExport(): Promise<Export> {
  return import('./export.js');
}
