// Prints the size of the single-file build, raw, gzip and brotli, against the 40 KB gzip budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = new URL('../dist/drawdown-timeline.min.js', import.meta.url);
const source = readFileSync(file);
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/drawdown-timeline.min.js: ${kb(source.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget: 40 KB gzip)`);
if (gzip > 40 * 1024) {
  console.error('Over budget.');
  process.exitCode = 1;
}
