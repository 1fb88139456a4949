#!/usr/bin/env node
// The benchmark: renders generated stories of 100 to 100,000 events in headless Chromium and measures first
// render, cold (the element created as its data arrives, on a fresh page) and warm (created first, given its data
// two frames later), long tasks after it, JS heap after GC, DOM nodes, the frame times of a first Ctrl + wheel
// zoom on the cold page and of zoom and pan through start/end on the warm one, the seed story from its src, and
// the single file's size. Writes bench/results.json and bench/RESULTS.md.
//
//   npm run bench [-- --sizes 100,1000,10000,100000 --reps 5]
//   node bench/run.mjs --cold-only --sizes 1000 --reps 1    (a quick look: cold pages only, no seed story;
//                                                            writes nothing)
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
const coldOnly = args.includes('--cold-only');
const here = new URL('.', import.meta.url);
const dataDir = new URL('.data/', here);
mkdirSync(dataDir, { recursive: true });

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** `measures` with each name prefixed: the cold page's beside the warm one's in one run's record. */
const prefixed = (prefix, measures) => Object.fromEntries(Object.entries(measures).map(([key, value]) => [prefix + key, value]));
const round = (x, digits = 1) => (x === null || x === undefined ? '–' : String(Math.round(x * 10 ** digits) / 10 ** digits));

/**
 * The Ctrl + wheel zoom's frame p95 at 1,000 events, ours and vis-timeline's, from the last run of the shared
 * harness (bench/anchors.mjs), where both are measured side by side; null without one that zoomed us by wheel.
 */
function anchorsZoom() {
  let last;
  try {
    last = JSON.parse(readFileSync(new URL('results-anchors/results.json', here), 'utf8'));
  } catch {
    return null;
  }
  const ours = last.summary?.['drawdown-timeline']?.[1000]?.frame_p95_ms, vis = last.summary?.['vis-timeline']?.[1000]?.frame_p95_ms;
  const wheel = last.adapters?.find((adapter) => adapter.name === 'drawdown-timeline')?.label.includes('Ctrl + wheel');
  return wheel && typeof ours === 'number' && typeof vis === 'number' ? { ours, vis, date: last.env.date.slice(0, 10) } : null;
}

// --report-only rewrites RESULTS.md from the last results.json, e.g. after the report's wording changes.
if (args.includes('--report-only')) {
  const last = JSON.parse(readFileSync(new URL('results.json', here), 'utf8'));
  last.anchors ??= anchorsZoom();
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

// Not recorded: the first page of a new browser also pays for starting its processes and reading the fonts, which
// a reader's browser did long before. Each page after is a fresh context, its own renderer, with nothing compiled.
writeFileSync(new URL('story-100.json', dataDir), JSON.stringify(generateStory(100)));
await withPage(async (page) => {
  await page.evaluate((url) => window.bench.load(url), '/bench/.data/story-100.json');
  await page.evaluate(() => window.bench.coldRender());
});

const results = { sizes: {}, seed: null };
for (const n of sizes) {
  writeFileSync(new URL(`story-${n}.json`, dataDir), JSON.stringify(generateStory(n)));
  const runs = [];
  const story = `/bench/.data/story-${n}.json`;
  for (let rep = 0; rep < (n >= 100_000 ? Math.min(reps, 3) : reps); rep++) {
    // Cold: the page has loaded the single file and fetched the data, nothing more, when the element is created;
    // its first gesture is the Ctrl + wheel zoom.
    const cold = await withPage(async (page) => {
      await page.evaluate((url) => window.bench.load(url), story);
      const render = await page.evaluate(() => window.bench.coldRender());
      // Frame times are targeted at 10,000 events; at 100,000 the zoom's re-layouts would only lengthen the run.
      const wheel = n <= 10_000 ? await page.evaluate(() => window.bench.wheelZoom()) : {};
      return { ...prefixed('cold_', render), ...prefixed('wheel_', wheel) };
    });
    const warm = coldOnly ? {} : await withPage(async (page) => {
      await page.evaluate((url) => window.bench.load(url), story);
      const render = await page.evaluate(() => window.bench.render());
      const heap = await page.evaluate(() => window.bench.heap());
      const interaction = n <= 10_000 ? await page.evaluate((span) => window.bench.interact(...span), SPAN) : {};
      return { ...render, heap_mb: heap, ...interaction };
    });
    const last = { ...cold, ...warm };
    runs.push(last);
    console.error(`N=${n} rep ${rep}: cold render ${round(last.cold_render_ms)} ms (longest task after ${round(last.cold_longest_task_after_ms, 0)}), `
      + `Ctrl+wheel p95 ${round(last.wheel_frame_p95_ms)} ms (first frames ${(last.wheel_first_frames_ms ?? []).map((x) => round(x)).join(' ')}); `
      + `warm render ${round(last.render_ms)} ms, heap ${round(last.heap_mb)} MB, ${last.dom_nodes} nodes, start/end p95 ${round(last.frame_p95_ms)} ms`);
  }
  const summary = {};
  for (const key of new Set(runs.flatMap((run) => Object.keys(run)))) {
    const values = runs.map((run) => run[key]);
    if (Array.isArray(values[0])) summary[key] = values[0].map((_, i) => median(values.map((value) => value?.[i])));
    else if (typeof values[0] === 'boolean') summary[key] = values.every(Boolean);
    else summary[key] = median(values);
  }
  summary.reps = runs.length;
  results.sizes[n] = summary;
}

if (coldOnly) {
  await browser.close();
  server.close();
  process.stdout.write(`${JSON.stringify(results.sizes, null, 1)}\n`);
  process.exit(0);
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
results.anchors = anchorsZoom();
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
  const ms = (x) => round(x);
  const rows = Object.entries(r.sizes).map(([n, m]) => `| ${Number(n).toLocaleString('en')} | **${ms(m.cold_render_ms)}** | ${ms(m.render_ms)} | `
    + `${round(m.cold_longest_task_during_ms, 0)} | ${round(m.cold_longest_task_after_ms, 0)} | ${m.cold_tasks_over_200ms_after ?? '–'} / ${m.tasks_over_200ms_after ?? '–'} | `
    + `${round(m.heap_mb)} | ${m.dom_nodes ?? m.cold_dom_nodes} | ${m.marks ?? m.cold_marks} | `
    + `**${ms(m.wheel_frame_p95_ms)}** (${ms(m.wheel_frame_mean_ms)}) | ${ms(m.frame_p95_ms)} (${ms(m.frame_mean_ms)}) | ${m.reps} |`);
  const firstFrames = Object.entries(r.sizes).filter(([, m]) => m.wheel_first_frames_ms)
    .map(([n, m]) => `${Number(n).toLocaleString('en')}: ${m.wheel_first_frames_ms.map((x) => round(x, 0)).join(', ')}`);
  return `# Benchmark results

\`npm run bench\` on ${e.date.slice(0, 10)}: ${e.browser} headless (${e.browser_source}), Node ${e.node},
${e.cpus}, ${e.memory_gb} GB. Element 1,280 px wide; generated stories (\`bench/generate.mjs\`, seeded: 40 places,
two years, half exact days, the rest approximate months, uncertain days, intervals and open ends, 30% transfers).
Medians of ${r.reps ?? reps} runs (3 at 100,000); each run is two fresh browser contexts, one cold and one warm, after
one page not recorded (a new browser's first page also starts its processes and reads the fonts). Times in ms.

**Cold** is how a reader meets the element: a fresh page has loaded the single file and fetched the story, and
nothing else; the element is created and handed its data in one go, so nothing was prepared while the page was
idle (the text measure, the date formats) and every function runs for the first time. The reader's first gesture
is then a zoom by Ctrl + wheel (what a trackpad's pinch sends too) over the plot. **Warm** is the figure measured
before: the element created first and given its data two frames later, then zoomed and panned through \`start\`
and \`end\` by the page.

- **render**: from the element's creation (cold) or from setting \`data\` (warm), as a frame begins, to the end of
  that frame's paint: parse, validate, lay out, draw, and the browser's style, layout and paint (the end is the
  task that runs right after them, a message posted at \`drawdown-load\`).
- **longest task** during the cold render (its own length, when it is one task), and **after** it: the longest in
  the second that follows, when what was put off until after the first paint runs; **tasks > 200 ms** in that
  second, cold / warm. Measured as the gaps in a message-channel ping loop (headless Chromium reports no
  \`longtask\` entries).
- **heap**: JS heap after two forced GCs, with the story held by the element (warm page).
- **marks drawn**: marks in the DOM. A plot taller than the viewport draws the lanes in view and half a viewport
  more each way, and the rest as the page scrolls; crowded stretches are drawn as groups until zoomed in.
- **Ctrl + wheel p95 (mean)**, cold: frame intervals over 20 wheel steps of 100 px with Ctrl held (10 in, 10 out),
  sent to what lies under the middle of the plot, one a frame, from the first step to two frames after the last:
  the same gesture the shared harness sends its peers. The first gesture on the page, so the zoom's code runs
  cold. **start/end p95 (mean)**, warm: 20 zoom steps and 20 pan steps through \`start\`/\`end\`, one a frame.
  Both measured up to 10,000 events.

| events | render, cold | render, warm | longest task, cold | longest task after, cold | tasks > 200 ms after, cold / warm | heap MB | DOM nodes | marks drawn | Ctrl + wheel p95 (mean), cold | start/end p95 (mean), warm | runs |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

The first five frames of the cold Ctrl + wheel gesture (ms), where its code is still being compiled: ${firstFrames.join('; ') || '–'}.

Seed story (\`data/russia-syria-2024.json\` by \`src\`): drawn ${round(r.seed.after_data_ms)} ms after its JSON arrived
(to the end of the paint of the frame after \`drawdown-load\`).

Single file \`dist/drawdown-timeline.min.js\`: ${round(r.size.raw / 1024)} KB raw, **${round(r.size.gzip / 1024)} KB gzip**, ${round(r.size.brotli / 1024)} KB brotli.

## Against the targets

${targets(r)}

Beside the peers, measured in one run of the shared harness with ratios to each: \`bench/ANCHORS.md\`
(\`npm run bench:anchors\`); its render is cold too, and it zooms the element by Ctrl + wheel. Where the time goes:
\`node bench/profile.mjs --size 10000 [--cold [--wheel]] [--interact [--zoom-only]] [--inclusive | --trace]\`.
`;
}

function targets(r) {
  const at = (n) => r.sizes[n] ?? {};
  const peers = r.anchors;
  const rows = [
    ['Cold path', null],
    ['first render, 100,000 events, cold', '≤ 1,000 ms', at(100000).cold_render_ms, (x) => x <= 1000, 'ms'],
    ['tasks > 200 ms in the second after it, 100,000 events, cold', '0', at(100000).cold_tasks_over_200ms_after, (x) => x === 0, ''],
    ['Ctrl + wheel zoom frame p95, 1,000 events, cold', '≤ vis-timeline\'s', peers?.ours,
      (x) => x <= peers.vis, 'ms', peers ? ` (vis-timeline ${round(peers.vis)} ms; the shared harness, ${peers.date})` : ' (the shared harness: `bench/ANCHORS.md`)'],
    ['Earlier targets (issue 7)', null],
    ['first render, 1,000 events, warm', '≤ 50 ms', at(1000).render_ms, (x) => x <= 50, 'ms'],
    ['first render, 10,000 events, warm', '≤ 150 ms', at(10000).render_ms, (x) => x <= 150, 'ms'],
    ['first render, 100,000 events, warm', '≤ 1,000 ms', at(100000).render_ms, (x) => x <= 1000, 'ms'],
    ['zoom/pan frame p95 through start/end, 10,000 events, warm', '≤ 17 ms', at(10000).frame_p95_ms, (x) => x <= 17, 'ms'],
    ['JS heap after render, 100,000 events', '≤ 80 MB', at(100000).heap_mb, (x) => x <= 80, 'MB'],
    ['single file, gzip', '≤ 40 KB', r.size.gzip / 1024, (x) => x <= 40, 'KB'],
    ['seed story, after its data arrives', '≤ 100 ms', r.seed.after_data_ms, (x) => x <= 100, 'ms'],
  ];
  const lines = ['| measure | target | measured | met |', '|---|---:|---:|:---:|'];
  for (const [name, target, value, ok, unit, note = ''] of rows) {
    if (target === null) { lines.push(`| *${name}* | | | |`); continue; }
    const measured = typeof value === 'number' ? `${round(value)}${unit ? ` ${unit}` : ''}${note}` : `not run${note}`;
    lines.push(`| ${name} | ${target} | ${measured} | ${typeof value === 'number' ? (ok(value) ? 'yes' : '**no**') : '–'} |`);
  }
  return lines.join('\n');
}
