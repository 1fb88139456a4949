#!/usr/bin/env node
// What each package contributes to the single file: bundles src/index.ts with esbuild (minified, as the IIFE
// is), reads its metafile, and writes bench/BUNDLE.md. The rollup + terser build is a little smaller; the
// shares are what this report is for.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const result = await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true, minify: true, format: 'iife', write: false, metafile: true, target: 'es2022',
  conditions: ['production'], logLevel: 'error',
});
const output = Object.values(result.metafile.outputs)[0];
const byPackage = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const inModules = file.split('node_modules/')[1];
  const name = inModules ? inModules.split('/').slice(0, inModules.startsWith('@') ? 2 : 1).join('/') : `src/${file.split('src/')[1]?.split('/')[0] ?? ''}`;
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}
const total = output.bytes;
const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
const rows = [...byPackage].sort((a, b) => b[1] - a[1])
  .map(([name, bytes]) => `| ${name} | ${(bytes / 1024).toFixed(1)} | ${((100 * bytes) / total).toFixed(0)}% |`);
const report = `# Bundle report

\`node bench/bundle-report.mjs\`: what each part contributes to the single file, minified (esbuild; the shipped
file is built by rollup + terser and comes out slightly smaller). Total ${(total / 1024).toFixed(1)} KB minified,
${(gzip / 1024).toFixed(1)} KB gzip.

| part | KB minified | share |
|---|---:|---:|
${rows.join('\n')}

d3-scale is not here on purpose: \`scaleUtc\` pulled in d3-interpolate, d3-color and d3-time-format, about 26 KB
minified that the element never calls; \`src/layout/time-scale.ts\` does the same job over d3-time.
`;
writeFileSync(new URL('BUNDLE.md', import.meta.url), report);
process.stdout.write(report);
