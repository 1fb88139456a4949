export type ArabicTable = typeof import('./ar.js');

/**
 * Loads the Arabic words the first time a page asks for Arabic. The single-file build replaces this module with one
 * that loads them from the file built beside it, `drawdown-timeline-ar.min.js` (see scripts/chunks-beside-script.mjs).
 */
export function loadArabic(): Promise<ArabicTable> {
  return import('./ar.js');
}
