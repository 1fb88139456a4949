// Prints the size of the single-file build, raw, gzip and brotli, and of the chunks loaded beside it on demand.
// The target for the file every page loads before its first paint is 40 KB gzip; the build fails past 57 KB, a
// ceiling lowered as what the first paint does not need leaves the file (the cold-start issue; see CHANGELOG and
// bench/BUNDLE.md). The details, the event table, a phone's cards, paper, and the code of the reader's pointer,
// keys and gestures load right after the chart's first paint (printed before they arrive, the page prints the
// screen's view); print(), the exports and the importers, the Arabic words and the reader of non-Gregorian
// calendars load when first used; the route map (at most 30 KB gzip with its outlines) for an element with a map.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TARGET = 40 * 1024;
const CEILING = 57 * 1024;
/** The route map's file, with its outlines (the world's coarse ones load apart). */
const MAP_CEILING = 30 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function measure(name) {
  const source = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { gzip, line: `dist/${name}: ${kb(source.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli` };
}

const core = measure('drawdown-timeline.min.js');
console.log(`${core.line} (target: 40 KB gzip${core.gzip > TARGET ? `, ${kb(core.gzip - TARGET)} over` : ''})`);
console.log(`${measure('drawdown-timeline-reading.min.js').line} (loaded right after the chart's first paint: details, table, cards, outline, paper; pointer, keys and gestures)`);
console.log(`${measure('drawdown-timeline-import.min.js').line} (loaded only for CSV and TimelineJS files)`);
console.log(`${measure('drawdown-timeline-export.min.js').line} (loaded only by print(), the exports and the toolbar's Print and downloads)`);
console.log(`${measure('drawdown-timeline-ar.min.js').line} (loaded only when a page asks for Arabic)`);
console.log(`${measure('drawdown-timeline-calendars.min.js').line} (loaded only when a page asks for a calendar other than the Gregorian)`);
const map = measure('drawdown-timeline-map.min.js');
console.log(`${map.line} (loaded only for an element with a map; ceiling ${kb(MAP_CEILING)} gzip)`);
console.log(`${measure('drawdown-timeline-world.min.js').line} (loaded only by a map reaching beyond the detailed outlines)`);
if (map.gzip > MAP_CEILING) {
  console.error(`The map's file is over its ${kb(MAP_CEILING)} ceiling.`);
  process.exitCode = 1;
}
if (core.gzip > CEILING) {
  console.error(`Over the ${kb(CEILING)} ceiling.`);
  process.exitCode = 1;
}
