// The route map's cost, from a cold page: how long after the chart's first paint the map is drawn (its file loaded,
// laid out, painted), and the frames of a reader's Ctrl + wheel zoom with the map beside the chart and without it,
// on the seed story and on generated stories of 1,000 and 10,000 events among 40 places with coordinates.
// Writes bench/MAP.md. A benchmark, never a test: `npm run build`, then `node bench/map.mjs [--reps 5]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { generateStory } from './generate.mjs';

const reps = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 5;
const here = new URL('./', import.meta.url);
const dataDir = new URL('.data/', here);
mkdirSync(dataDir, { recursive: true });
for (const n of [1000, 10_000]) writeFileSync(new URL(`map-story-${n}.json`, dataDir), JSON.stringify(generateStory(n)));
const stories = [['seed (15 events)', '/data/russia-syria-2024.json'], ['1,000 events', '/bench/.data/map-story-1000.json'], ['10,000 events', '/bench/.data/map-story-10000.json']];

const server = await startStaticServer();
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await findChrome();
const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: chromeArgs });

/** The page: the single file, the wheel helper, and the element created as the story is asked for. */
const page = (src, map) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/dist/drawdown-timeline.min.js"></script><script src="/bench/wheel-at-plot.js"></script></head>
<body style="margin:0"><drawdown-timeline src="${src}" map="${map}"></drawdown-timeline></body></html>`;

/** In the page: ms from navigation to the chart drawn and to the map drawn, then the frame intervals of 20 wheel
 * steps (10 in, 10 out) over the plot. */
async function measure(tab, map) {
  return tab.evaluate(async (withMap) => {
    const element = document.querySelector('drawdown-timeline');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const root = () => element.shadowRoot;
    while (!root()?.querySelector('[part~="event"][data-primary], .group')) await frame();
    const chart = performance.now();
    if (withMap) while (!root().querySelector('.map-box .map-plot')) await frame();
    const drawn = performance.now();
    await element.updateComplete;
    const stamps = [];
    for (let i = 0; i < 20; i++) {
      window.wheelAtPlot(element, i < 10 ? -100 : 100);
      stamps.push(await frame());
    }
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { chart, map: drawn - chart, intervals };
  }, map !== 'none');
}

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const [label, src] of stories) {
  const row = { label };
  for (const map of ['none', 'beside']) {
    const runs = [];
    for (let rep = 0; rep < reps; rep++) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setViewport({ width: 1300, height: 900 });
      const name = `map-page-${map}.html`;
      writeFileSync(new URL(name, dataDir), page(src, map));
      await tab.goto(`${base}/bench/.data/${name}`, { waitUntil: 'load' });
      runs.push(await measure(tab, map));
      await context.close();
    }
    row[map] = { chart: median(runs.map((run) => run.chart)), map: median(runs.map((run) => run.map)), wheel: median(runs.map((run) => p95(run.intervals))) };
  }
  rows.push(row);
  console.error(label, JSON.stringify(row));
}
await browser.close();
server.close();

const ms = (value) => `${Math.round(value)} ms`;
const table = rows.map(({ label, none, beside }) =>
  `| ${label} | ${ms(none.chart)} | ${ms(beside.chart)} | ${ms(beside.map)} | ${ms(none.wheel)} | ${ms(beside.wheel)} |`).join('\n');
const text = `# The route map's cost

\`node bench/map.mjs\` (after \`npm run build\`), ${new Date().toISOString().slice(0, 10)}, median of ${reps} cold pages each,
1,300 × 900 px. **Chart**: from navigation to the chart's first marks. **Map after the chart**: from then until the
map is drawn (its file loaded after the first paint, laid out, painted). **Wheel p95**: the 95th percentile of the
frame intervals over 20 Ctrl + wheel steps over the plot (10 in, 10 out), the page's first gesture, without and
with the map beside the chart, which follows the chart's window in every frame.

| story | chart, no map | chart, map beside | map after the chart | wheel p95, no map | wheel p95, map beside |
|---|---:|---:|---:|---:|---:|
${table}
`;
writeFileSync(new URL('MAP.md', here), text);
process.stdout.write(text);
