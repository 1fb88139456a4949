/**
 * The importers of other formats, in a module of their own: they are loaded only when a CSV or TimelineJS file
 * arrives (see load-importers.ts), so that a page drawing v1 JSON never downloads them.
 */
export { importCsv } from './import-csv.js';
export { importTimelineJs } from './import-timelinejs.js';
