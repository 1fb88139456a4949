#!/usr/bin/env node
// Where first render spends its time: renders one generated story in headless Chromium under the CPU profiler
// and prints the functions with the most self time, and the browser's own work (style, layout, paint, GC).
//
//   node bench/profile.mjs [--size 10000] [--top 30] [--interact [--zoom-only]] [--trace] [--inclusive]
//   node bench/profile.mjs --cold [--wheel] [--size 10000] [--top 30] [--trace] [--inclusive]
//   node bench/profile.mjs --cold --wheel --story /bench/.anchors/generated/drawdown-timeline-1000.json
//
// --zoom-only profiles the zoom and pan steps alone, after the first render.
// --trace sums the browser's trace events (style, layout, paint…) instead of sampling JavaScript.
// --cold profiles the cold path, as bench/run.mjs measures it: a fresh page, the element created and handed its
// data in one go (nothing prepared in idle time, nothing compiled), in phases: the render up to the end of its
// first paint, the second after it, and with --wheel the reader's first gesture, 20 Ctrl + wheel steps at the plot.
// Functions are named with their source module and line, through the bundle's source map. With --trace it
// counts style recalculations and layouts per phase too, and names the script that forced each one before the
// first paint (--invalidations: and what made each necessary). --save FILE writes the trace (or the phases' CPU profiles, FILE-<phase>.cpuprofile) to open in
// DevTools' Performance panel.
//
// --story URL profiles another story than a generated one, such as the shared harness's workload as our adapter
// converts it (written by a run of bench/anchors.mjs).
//
// Build first (`npx rollup -c`); an unminified build (`MINIFY=0 npx rollup -c`) gives readable names.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
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
const cold = args.includes('--cold');
const wheel = args.includes('--wheel');
const dataDir = new URL('.data/', import.meta.url);
mkdirSync(dataDir, { recursive: true });
for (const n of new Set([size, 100])) writeFileSync(new URL(`story-${n}.json`, dataDir), JSON.stringify(generateStory(n)));

const server = await startStaticServer();
const chrome = await findChrome();
const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: chromeArgs });
const pageUrl = `http://127.0.0.1:${server.address().port}/bench/page.html`;

/** A page in a browser context of its own (its own renderer: nothing compiled, no caches), with the story fetched. */
async function freshPage(n, story = `/bench/.data/story-${n}.json`) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.emulateTimezone('UTC');
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.evaluate((url) => window.bench.load(url), story);
  return page;
}

// Where a frame of the bundle comes from: its source module and line, through the bundle's source map.
const maps = new Map();
function located(url, line, column) {
  const file = url.split('/').pop();
  if (!url.includes('/dist/')) return `${file || '(native)'}${file ? `:${line + 1}` : ''}`;
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(new URL(`../dist/${file}.map`, import.meta.url), 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(line, column);
  return entry?.originalSource ? `${entry.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1}` : `${file}:${line + 1}`;
}
const nameOf = ({ functionName, url, lineNumber, columnNumber }) => `${functionName || '(anonymous)'} ${located(url, lineNumber, columnNumber)}`;

/** Self and inclusive time per function of a CPU profile, in ms. */
function times(profile) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map(profile.nodes.map((node) => [node.id, nameOf(node.callFrame)]));
  const self = new Map(), inclusive = new Map(), modules = new Map();
  const moduleOf = (name) => name.split(' ').at(-1).replace(/:\d+$/, '');
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(names.get(id), (self.get(names.get(id)) ?? 0) + ms);
    // Each sample counts once for every distinct function (and module) on its stack.
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) seen.add(names.get(n));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    for (const module of new Set([...seen].map(moduleOf))) modules.set(module, (modules.get(module) ?? 0) + ms);
  });
  return { self, inclusive, modules, total: [...self.values()].reduce((a, b) => a + b, 0) };
}

const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
const line = (ms, name) => `${ms.toFixed(1).padStart(8)} ms  ${name}`;

// What the cold path is suspected of: the text measure, Intl's formats, reading styles and boxes, the drawing's
// definitions. Their inclusive time is printed whatever their rank.
const WATCHED = /^(measureText|createTextMeasurer|#measurer|createFormatter|withOptions|DateTimeFormat|NumberFormat|PluralRules|ListFormat|Locale|getCanonicalLocales|formatToParts|getComputedStyle|getBoundingClientRect|replaceSync|adoptedStyleSheets|createFormatter|prepare|loadReading|importScripts|import) /;

if (cold) {
  // The browser's first page also starts its processes and reads the fonts, which a reader's browser did long ago.
  const warmUp = await freshPage(100);
  await warmUp.evaluate(() => window.bench.coldRender());
  await warmUp.browserContext().close();
  const page = await freshPage(size, option('story'));
  const result = {};
  if (trace) {
    // --invalidations records what made each style recalculation necessary (for --save), at a cost to style's time.
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack',
      'blink.user_timing', 'v8', 'disabled-by-default-v8.compile', ...(args.includes('--invalidations') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])] });
    result.render = await page.evaluate(() => window.bench.coldRender());
    if (wheel) result.wheel = await page.evaluate(() => window.bench.wheelZoom());
    const json = Buffer.from(await page.tracing.stop()).toString('utf8');
    if (option('save')) writeFileSync(option('save'), json);
    printTrace(JSON.parse(json).traceEvents, result);
  } else {
    const cdp = await page.createCDPSession();
    const profiles = new Map();
    cdp.on('Profiler.consoleProfileFinished', ({ title, profile }) => profiles.set(title, profile));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluate(() => { window.bench.profiling = true; });
    result.render = await page.evaluate(() => window.bench.coldRender());
    if (wheel) result.wheel = await page.evaluate(() => window.bench.wheelZoom());
    await new Promise((resolve) => setTimeout(resolve, 200));
    console.log(summary(result));
    for (const [title, profile] of profiles) {
      if (option('save')) writeFileSync(`${option('save')}-${title}.cpuprofile`, JSON.stringify(profile));
      const { self, inclusive, modules, total } = times(profile);
      console.log(`\n## ${title}: ${total.toFixed(0)} ms sampled\n`);
      if (args.includes('--inclusive')) {
        for (const [name, ms] of sorted(inclusive).filter(([fn]) => !fn.startsWith('(')).slice(0, top)) console.log(line(ms, name));
      } else {
        for (const [name, ms] of sorted(self).slice(0, top)) console.log(line(ms, name));
      }
      const watched = sorted(inclusive).filter(([name]) => WATCHED.test(name) && name.includes(' '));
      if (watched.length) console.log(`\n  inclusive, watched:\n${watched.slice(0, top).map(([name, ms]) => line(ms, name)).join('\n')}`);
      const ours = sorted(modules).filter(([module]) => module.startsWith('src/') && !module.startsWith('src/element/drawdown-timeline'));
      console.log(`\n  inclusive, by module:\n${ours.slice(0, 20).map(([module, ms]) => line(ms, module)).join('\n')}`);
    }
  }
  await browser.close();
  server.close();
  process.exit(0);
}

function summary({ render, wheel: gesture }) {
  const r = `${option('story') ?? `${size} events`}, cold: render ${render.render_ms.toFixed(1)} ms (drawdown-load at ${render.to_load_event_ms.toFixed(1)}), `
    + `longest task after ${render.longest_task_after_ms.toFixed(0)} ms`;
  return gesture ? `${r}; Ctrl + wheel p95 ${gesture.frame_p95_ms.toFixed(1)} ms, first frames ${gesture.first_frames_ms.map((x) => x.toFixed(0)).join(', ')}` : r;
}

/** The trace's main-thread work per phase (between the page's bench:* marks): time and count per event name. */
function printTrace(events, result) {
  const marks = events.filter((e) => e.name.startsWith('bench:') && e.cat?.includes('user_timing')).sort((a, b) => a.ts - b.ts);
  // The page's main thread is the one that marked the phases (other renderers may be traced too).
  const main = marks[0];
  const phases = [];
  marks.forEach((mark, i) => {
    const name = mark.name.slice('bench:'.length);
    if (name !== 'end') phases.push({ name, from: mark.ts, to: marks[i + 1]?.ts ?? Infinity });
  });
  console.log(summary(result));
  for (const { name, from, to } of phases) {
    const inPhase = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ts >= from && e.ts < to);
    const sums = new Map();
    for (const e of inPhase) {
      if (e.ph !== 'X' || !e.dur) continue;
      const sum = sums.get(e.name) ?? { ms: 0, count: 0 };
      sum.ms += e.dur / 1000;
      sum.count++;
      sums.set(e.name, sum);
    }
    console.log(`\n## ${name}: ${((to === Infinity ? inPhase.at(-1)?.ts ?? from : to) - from) / 1000 | 0} ms\n`);
    for (const [event, { ms, count }] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) console.log(`${line(ms, event)} ×${count}`);
    // Style and layout the script asked for before the browser would have done them: who asked, and where.
    const forced = inPhase.filter((e) => (e.name === 'UpdateLayoutTree' || e.name === 'Layout') && e.args?.beginData?.stackTrace?.length);
    if (forced.length) {
      console.log('\n  forced by script:');
      for (const e of forced) {
        const frames = e.args.beginData.stackTrace.slice(0, 3).map((f) => nameOf({ ...f, lineNumber: f.lineNumber - 1, columnNumber: f.columnNumber - 1 }));
        console.log(`  ${e.name.padEnd(16)} ${(e.dur / 1000).toFixed(1).padStart(6)} ms  ${frames.join(' < ')}`);
      }
    }
  }
}

const page = await browser.newPage();
await page.setViewport({ width: 1300, height: 900 });
await page.goto(pageUrl, { waitUntil: 'load' });
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

const { self, inclusive, total } = times(profile);
if (args.includes('--inclusive')) {
  for (const [name, ms] of sorted(inclusive).filter(([fn]) => fn.includes('src/')).slice(0, top)) console.log(line(ms, name));
  process.exit(0);
}
console.log(`${size} events: render ${render.render_ms.toFixed(1)} ms${frames ? `, frames mean ${frames.frame_mean_ms.toFixed(1)} p95 ${frames.frame_p95_ms.toFixed(1)}` : ''}; profiled ${total.toFixed(0)} ms`);
for (const [name, ms] of sorted(self).slice(0, top)) console.log(line(ms, name));
