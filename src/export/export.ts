/**
 * Print and export, loaded on first use (see load-export.ts): a standalone SVG of the story, a PNG drawn from
 * it, a print document holding only the timeline, the story's data as CSV and v1 JSON, and downloads.
 */
export { svgDocument, type SvgDocument } from './svg-document.js';
export { pngFromSvg } from './png-from-svg.js';
export { printDocument } from './print-document.js';
export { download, fileName } from './download.js';
export { storyCsv } from './story-csv.js';
export { storyJson } from './story-json.js';
