#!/usr/bin/env node
// The benchmark: renders generated stories of 100 to 100,000 events in headless Chromium and measures first
// render, long tasks after it, JS heap after GC, DOM nodes, zoom and pan frame times, the seed story from its
// src, and the single file's size. Writes bench/results.json and bench/RESULTS.md.
//
//   npm run bench [-- --sizes 100,1000,10000,100000 --reps 5]
//
// Never part of `npm test`: machines here are noisy, so speed is measured and written down, not asserted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { SPAN, generateStory } from './generate.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('sizes', '100,1000,10000,100000').split(',').map(Number);
const reps = Number(option('reps', 5));
const here = new URL('.', import.meta.url);
const dataDir = new URL('.data/', here);
mkdirSync(dataDir, { recursive: true });

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 1) => (x === null || x === undefined ? '–' : String(Math.round(x * 10 ** digits) / 10 ** digits));

// --report-only rewrites RESULTS.md from the last results.json, e.g. after the report's wording changes.
if (args.includes('--report-only')) {
  const last = JSON.parse(readFileSync(new URL('results.json', here), 'utf8'));
  writeFileSync(new URL('RESULTS.md', here), markdown(last));
  process.stdout.write(markdown(last));
  process.exit(0);
}

const server = await startStaticServer();
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await findChrome();
const browser = await puppeteer.launch({
  executablePath: chrome.path,
  headless: true,
  args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const version = await browser.version();
console.error(`${version} (${chrome.source}); sizes ${sizes.join(', ')}; ${reps} reps`);

async function withPage(run) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.emulateTimezone('UTC');
  try {
    await page.goto(`${base}/bench/page.html`, { waitUntil: 'load' });
    return await run(page);
  } finally {
    await context.close();
  }
}

const results = { sizes: {}, seed: null };
for (const n of sizes) {
  writeFileSync(new URL(`story-${n}.json`, dataDir), JSON.stringify(generateStory(n)));
  const runs = [];
  for (let rep = 0; rep < (n >= 100_000 ? Math.min(reps, 3) : reps); rep++) {
    runs.push(await withPage(async (page) => {
      await page.evaluate((url) => window.bench.load(url), `/bench/.data/story-${n}.json`);
      const render = await page.evaluate(() => window.bench.render());
      const heap = await page.evaluate(() => window.bench.heap());
      // Frame times are targeted at 10,000 events; at 100,000 forty re-layouts would only lengthen the run.
      const interaction = n <= 10_000 ? await page.evaluate((span) => window.bench.interact(...span), SPAN) : {};
      return { ...render, heap_mb: heap, ...interaction };
    }));
    const last = runs.at(-1);
    console.error(`N=${n} rep ${rep}: render ${round(last.render_ms)} ms, heap ${round(last.heap_mb)} MB, ${last.dom_nodes} nodes, frame p95 ${round(last.frame_p95_ms)} ms`);
  }
  const summary = {};
  for (const key of new Set(runs.flatMap((run) => Object.keys(run)))) summary[key] = median(runs.map((run) => run[key]));
  summary.reps = runs.length;
  results.sizes[n] = summary;
}

const seedRuns = [];
for (let rep = 0; rep < reps; rep++) seedRuns.push(await withPage((page) => page.evaluate(() => window.bench.seed('/data/russia-syria-2024.json'))));
results.seed = { after_data_ms: median(seedRuns.map((run) => run.after_data_ms)), total_ms: median(seedRuns.map((run) => run.total_ms)) };

const file = readFileSync(new URL('../dist/drawdown-timeline.min.js', here));
results.size = {
  raw: file.length,
  gzip: gzipSync(file, { level: 9 }).length,
  brotli: brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};
results.reps = reps;
results.environment = {
  date: new Date().toISOString(),
  browser: version,
  browser_source: chrome.source,
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory_gb: Math.round(os.totalmem() / 2 ** 30),
};
await browser.close();
server.close();

writeFileSync(new URL('results.json', here), `${JSON.stringify(results, null, 1)}\n`);
writeFileSync(new URL('RESULTS.md', here), markdown(results));
process.stdout.write(markdown(results));

function markdown(r) {
  const e = r.environment;
  const rows = Object.entries(r.sizes).map(([n, m]) =>
    `| ${Number(n).toLocaleString('en')} | ${round(m.render_ms)} | ${round(m.render_two_frames_ms)} | ${round(m.longest_task_during_ms, 0)} | ${m.tasks_over_200ms_after} | ${round(m.heap_mb)} | ${m.dom_nodes} | ${m.marks} | ${round(m.frame_mean_ms)} | ${round(m.frame_p95_ms)} | ${m.reps} |`);
  return `# Benchmark results

\`npm run bench\` on ${e.date.slice(0, 10)}: ${e.browser} headless (${e.browser_source}), Node ${e.node},
${e.cpus}, ${e.memory_gb} GB. Element 1,280 px wide; generated stories (\`bench/generate.mjs\`, seeded: 40 places,
two years, half exact days, the rest approximate months, uncertain days, intervals and open ends, 30% transfers).
Medians of ${r.reps ?? reps} runs (3 at 100,000), each in a fresh browser context. Times in ms.

- **render**: from setting \`data\`, as a frame begins, to the end of that frame's paint: parse, validate, lay out,
  draw, and the browser's style, layout and paint (the end is the task that runs right after them, a message
  posted at \`drawdown-load\`). **+2 frames**: to the second animation frame after \`drawdown-load\` instead, the
  measure used until 2026-11-24; it adds one to two frames (17–33 ms) of waiting for the display to the work.
- **marks drawn**: marks in the DOM. A plot taller than the viewport draws the lanes in view and half a viewport
  more each way, and the rest as the page scrolls; crowded stretches are drawn as groups until zoomed in.
- **longest task** during render and **tasks > 200 ms** in the second after it, measured as the gaps in a
  message-channel ping loop (headless Chromium reports no \`longtask\` entries).
- **heap**: JS heap after two forced GCs, with the story held by the element.
- **frame mean / p95**: frame intervals over 20 zoom steps and 20 pan steps through \`start\`/\`end\`, one step a frame
  (measured up to 10,000 events).

| events | render | +2 frames | longest task | tasks > 200 ms after | heap MB | DOM nodes | marks drawn | frame mean | frame p95 | runs |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Seed story (\`data/russia-syria-2024.json\` by \`src\`): drawn ${round(r.seed.after_data_ms)} ms after its JSON arrived
(to the end of the paint of the frame after \`drawdown-load\`).

Single file \`dist/drawdown-timeline.min.js\`: ${round(r.size.raw / 1024)} KB raw, **${round(r.size.gzip / 1024)} KB gzip**, ${round(r.size.brotli / 1024)} KB brotli.

## Against the targets of issue 7

${targets(r)}

Beside the peers, measured in one run of the shared harness with ratios to each: \`bench/ANCHORS.md\`
(\`npm run bench:anchors\`). Where the time goes: \`node bench/profile.mjs --size 10000 [--interact [--zoom-only]] [--inclusive | --trace]\`.
`;
}

function targets(r) {
  const at = (n) => r.sizes[n] ?? {};
  const rows = [
    ['first render, 1,000 events', '≤ 50 ms', at(1000).render_ms, (x) => x <= 50, 'ms'],
    ['first render, 10,000 events', '≤ 150 ms', at(10000).render_ms, (x) => x <= 150, 'ms'],
    ['first render, 100,000 events', '≤ 1,000 ms', at(100000).render_ms, (x) => x <= 1000, 'ms'],
    ['tasks > 200 ms after render, 100,000 events', '0', at(100000).tasks_over_200ms_after, (x) => x === 0, ''],
    ['zoom/pan frame p95, 10,000 events', '≤ 17 ms', at(10000).frame_p95_ms, (x) => x <= 17, 'ms'],
    ['JS heap after render, 100,000 events', '≤ 80 MB', at(100000).heap_mb, (x) => x <= 80, 'MB'],
    ['single file, gzip', '≤ 40 KB', r.size.gzip / 1024, (x) => x <= 40, 'KB'],
    ['seed story, after its data arrives', '≤ 100 ms', r.seed.after_data_ms, (x) => x <= 100, 'ms'],
  ];
  const lines = ['| measure | target | measured | met |', '|---|---:|---:|:---:|'];
  for (const [name, target, value, ok, unit] of rows) {
    const measured = typeof value === 'number' ? `${round(value)}${unit ? ` ${unit}` : ''}` : 'not run';
    lines.push(`| ${name} | ${target} | ${measured} | ${typeof value === 'number' ? (ok(value) ? 'yes' : '**no**') : '–'} |`);
  }
  return lines.join('\n');
}
