#!/usr/bin/env node
// What each package contributes to the single file: bundles src/index.ts with esbuild (minified, as the IIFE
// is), reads its metafile, and writes bench/BUNDLE.md. The rollup + terser build is smaller; the
// shares are what this report is for. Split at the dynamic imports, as the single file loads its chunks beside
// it, and d3-selection cut as the single file cuts it (scripts/lean-d3-selection.mjs).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { leanD3SelectionEsbuild } from '../scripts/lean-d3-selection.mjs';

const result = await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true, minify: true, format: 'esm', splitting: true, outdir: 'out', write: false, metafile: true, target: 'es2022',
  conditions: ['production'], logLevel: 'error', plugins: [leanD3SelectionEsbuild()],
});
// The entry and the chunks it imports statically: what the single file holds. Dynamic imports load later.
const { outputs } = result.metafile;
const inFile = new Set([Object.keys(outputs).find((name) => outputs[name].entryPoint)]);
for (const name of inFile) for (const { path, kind } of outputs[name].imports) if (kind === 'import-statement') inFile.add(path);
const byPackage = new Map();
for (const name of inFile) {
  for (const [file, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
    const inModules = file.split('node_modules/')[1];
    const part = inModules ? inModules.split('/').slice(0, inModules.startsWith('@') ? 2 : 1).join('/') : `src/${file.split('src/')[1]?.split('/')[0] ?? ''}`;
    byPackage.set(part, (byPackage.get(part) ?? 0) + bytesInOutput);
  }
}
// The metafile names outputs relative to the working directory; the files carry absolute paths.
const files = result.outputFiles.filter((file) => [...inFile].some((name) => file.path === resolve(name)));
const total = files.reduce((sum, file) => sum + file.contents.length, 0);
const gzip = gzipSync(Buffer.concat(files.map((file) => file.contents)), { level: 9 }).length;
const rows = [...byPackage].sort((a, b) => b[1] - a[1])
  .map(([name, bytes]) => `| ${name} | ${(bytes / 1024).toFixed(1)} | ${((100 * bytes) / total).toFixed(0)}% |`);
const report = `# Bundle report

\`node bench/bundle-report.mjs\`: what each part contributes to the single file, minified (esbuild; the shipped
file is built by rollup + terser and comes out smaller). Total ${(total / 1024).toFixed(1)} KB minified,
${(gzip / 1024).toFixed(1)} KB gzip.

| part | KB minified | share |
|---|---:|---:|
${rows.join('\n')}

d3-selection is counted as the single file bundles it: its selection keeps only the methods the element calls
(\`scripts/lean-d3-selection.mjs\`); the others throw, naming the method. dist/esm leaves it whole to the page's
bundler.

d3-scale is not here on purpose: \`scaleUtc\` pulled in d3-interpolate, d3-color and d3-time-format, about 26 KB
minified that the element never calls; \`src/layout/time-scale.ts\` does the same job over d3-time.
`;
writeFileSync(new URL('BUNDLE.md', import.meta.url), report);
process.stdout.write(report);
