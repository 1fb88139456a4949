#!/usr/bin/env node
// What each source module contributes to each file the build writes, read from the build's own output: every
// byte of dist/*.min.js is given to the module its source map names, and each module's gzip share is what the
// file's gzip would lose without it. Writes bench/BUNDLE.md; `npm run build` first.
//
//   node bench/bundle-report.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

const dist = new URL('../dist/', import.meta.url);
/** The files the single-file build writes, in the order a page meets them, and when each loads. */
const FILES = [
  ['drawdown-timeline.min.js', 'the single file: before the first paint'],
  ['drawdown-timeline-reading.min.js', 'right after the chart\'s first paint, or at once when the reader acts, prints or opens a view of it'],
  ['drawdown-timeline-export.min.js', 'when the page calls print() or an export, or the reader presses Print or a download'],
  ['drawdown-timeline-import.min.js', 'when a CSV or TimelineJS file arrives'],
  ['drawdown-timeline-ar.min.js', 'when the page is in Arabic'],
  ['drawdown-timeline-calendars.min.js', 'when the page asks for a calendar other than the Gregorian'],
  ['drawdown-timeline-map.min.js', 'when an element has a map (the map attribute)'],
  ['drawdown-timeline-world.min.js', 'when a map reaches beyond the detailed outlines'],
];
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A module's name: its package, or its path under src/. */
function moduleName(source) {
  const inModules = source.split('node_modules/')[1];
  if (inModules) return inModules.split('/').slice(0, inModules.startsWith('@') ? 2 : 1).join('/');
  const inSrc = source.split('src/')[1];
  return inSrc ? `src/${inSrc}` : '(build)';
}

/** Bytes of `code` by module, from its source map: each mapped segment runs to the next one on its line. */
function bytesByModule(code, map) {
  const owner = Array.from({ length: code.length }, () => '(build)');
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  let offset = 0;
  lines.forEach((line, i) => {
    const segments = decoded[i] ?? [];
    segments.forEach((segment, j) => {
      const end = j + 1 < segments.length ? segments[j + 1][0] : line.length;
      const name = segment.length > 1 ? moduleName(map.sources[segment[1]]) : '(build)';
      for (let k = segment[0]; k < end; k++) owner[offset + k] = name;
    });
    offset += line.length + 1;
  });
  return owner;
}

const sections = [];
const summary = [];
for (const [file, when] of FILES) {
  const code = readFileSync(new URL(file, dist), 'utf8');
  const map = JSON.parse(readFileSync(new URL(`${file}.map`, dist), 'utf8'));
  const owner = bytesByModule(code, map);
  const total = gzip(code);
  const modules = new Map();
  for (const name of owner) modules.set(name, (modules.get(name) ?? 0) + 1);
  const rows = [...modules].map(([name, bytes]) => {
    const without = gzip([...code].filter((_, i) => owner[i] !== name).join(''));
    return { name, bytes, gzip: total - without };
  }).sort((a, b) => b.bytes - a.bytes);
  summary.push(`| \`${file}\` | ${kb(code.length)} | **${kb(total)}** | ${when} |`);
  sections.push(`## \`${file}\`\n\nLoads ${when}. ${kb(code.length)} KB minified, ${kb(total)} KB gzip.\n\n` +
    '| module | bytes | share | gzip saved without it |\n|---|---:|---:|---:|\n' +
    rows.map((r) => `| ${r.name} | ${r.bytes.toLocaleString('en')} | ${((100 * r.bytes) / code.length).toFixed(1)}% | ${r.gzip.toLocaleString('en')} |`).join('\n'));
}

const report = `# Bundle report

\`node bench/bundle-report.mjs\` after \`npm run build\`: what each source module contributes to each file of the
single-file build, read from that build's own output and source maps (rollup + terser, as shipped). "gzip saved
without it" is what the file's gzip would lose with the module's bytes taken out: gzip shares repeats across
modules, so these do not add up to the total.

| file | KB minified | KB gzip | loads |
|---|---:|---:|---|
${summary.join('\n')}

${sections.join('\n\n')}
`;
writeFileSync(new URL('../bench/BUNDLE.md', import.meta.url), report);
process.stdout.write(report.split('\n').slice(0, 16).join('\n') + '\n');
