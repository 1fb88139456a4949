#!/usr/bin/env node
// Where first render spends its time: renders one generated story in headless Chromium under the CPU profiler
// and prints the functions with the most self time, and the browser's own work (style, layout, paint, GC).
//
//   node bench/profile.mjs [--size 10000] [--top 30] [--interact [--zoom-only]] [--trace] [--inclusive]
//
// --zoom-only profiles the zoom and pan steps alone, after the first render.
// --trace sums the browser's trace events (style, layout, paint…) instead of sampling JavaScript.
//
// Build first (`npx rollup -c`); an unminified build (`MINIFY=0 npx rollup -c`) gives readable names.
import { writeFileSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { SPAN, generateStory } from './generate.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const size = Number(option('size', 10_000));
const top = Number(option('top', 30));
const interact = args.includes('--interact');
const trace = args.includes('--trace');
const dataDir = new URL('.data/', import.meta.url);
mkdirSync(dataDir, { recursive: true });
writeFileSync(new URL(`story-${size}.json`, dataDir), JSON.stringify(generateStory(size)));

const server = await startStaticServer();
const chrome = await findChrome();
const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: chromeArgs });
const page = await browser.newPage();
await page.setViewport({ width: 1300, height: 900 });
await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`, { waitUntil: 'load' });
await page.evaluate((url) => window.bench.load(url), `/bench/.data/story-${size}.json`);
if (trace) {
  // The browser's own phases, summed over the main thread: style, layout, paint, script.
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const render = await page.evaluate(() => window.bench.render());
  const frames = interact ? await page.evaluate((span) => window.bench.interact(...span), SPAN) : null;
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8")).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main?.tid || !e.dur) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`${size} events: render ${render.render_ms.toFixed(1)} ms${frames ? `, frames mean ${frames.frame_mean_ms.toFixed(1)} p95 ${frames.frame_p95_ms.toFixed(1)}` : ''}`);
  for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  await browser.close();
  server.close();
  process.exit(0);
}
const zoomOnly = interact && args.includes('--zoom-only');
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const rendered = zoomOnly ? await page.evaluate(() => window.bench.render()) : null;
await cdp.send('Profiler.start');
const render = rendered ?? await page.evaluate(() => window.bench.render());
const frames = interact ? await page.evaluate((span) => window.bench.interact(...span), SPAN) : null;
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

// Self time per function, from the samples' time deltas.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id);
  const name = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;
  self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
// Inclusive time: each sample counts once for every distinct function on its stack.
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const inclusive = new Map();
const nameOf = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) seen.add(nameOf(byId.get(n)));
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
if (args.includes('--inclusive')) {
  for (const [name, ms] of [...inclusive].filter(([fn]) => fn.includes('drawdown')).sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
  process.exit(0);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${size} events: render ${render.render_ms.toFixed(1)} ms${frames ? `, frames mean ${frames.frame_mean_ms.toFixed(1)} p95 ${frames.frame_p95_ms.toFixed(1)}` : ''}; profiled ${total.toFixed(0)} ms`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
