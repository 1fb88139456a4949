/**
 * The importers of other formats, in a module of their own: they are loaded only when a CSV or TimelineJS file
 * arrives (see load-importers.ts), so that a page drawing v1 JSON never downloads them; with them, what finds
 * where a file that is not JSON goes wrong, which only such a file needs.
 */
export { importCsv } from './import-csv.js';
export { jsonErrorPlace } from './json-error-place.js';
export { importTimelineJs } from './import-timelinejs.js';
