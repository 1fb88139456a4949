#!/usr/bin/env node
// Measures drawdown-timeline beside its peers in one run: copies the shared harness
// (../shared/bench-anchors, read-only) to bench/.anchors, installs it, runs it with this repository's adapter
// (bench/anchors/drawdown-timeline) and writes bench/ANCHORS.md: the harness's own tables and our ratios to
// each peer measured in the same run.
//
//   npm run bench:anchors [-- --sizes 1000,10000 --big 50000 --reps 3]   (about 10 minutes)
//   node bench/anchors.mjs --report-only                                  (rewrite ANCHORS.md from the last run)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../scripts/browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const harness = `${here}.anchors`;
const out = `${here}results-anchors`;
const args = process.argv.slice(2);

if (!args.includes('--report-only')) {
  const shared = `${root}../shared/bench-anchors`;
  if (!existsSync(`${harness}/node_modules`)) {
    if (!existsSync(shared)) throw new Error(`the shared harness is not at ${shared}`);
    cpSync(shared, harness, { recursive: true });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: harness, stdio: 'inherit' });
  }
  const passed = args.length ? args : ['--sizes', '1000,10000', '--big', '50000', '--reps', '3'];
  // The harness looks for /usr/bin/chromium; where there is none, it gets the browser the tests use, with their fonts.
  const chrome = await findChrome();
  const env = { ...process.env, CHROMIUM: process.env.CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chrome.path) };
  const run = spawnSync('node', [`${harness}/run.mjs`, '--adapters', `${here}anchors`, '--serve', `project=${root}`, '--out', out, ...passed], { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
writeFileSync(`${here}ANCHORS.md`, report(results));
process.stdout.write(report(results));

function report(r) {
  const ours = 'drawdown-timeline';
  const peers = r.adapters.map((a) => a.name).filter((name) => name !== ours);
  const sizes = Object.keys(r.summary[ours] ?? {});
  const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  const lines = [];
  lines.push('# drawdown-timeline beside its peers', '');
  lines.push(`One run of the shared harness (\`npm run bench:anchors\`) on ${r.env.date.slice(0, 10)}: Chromium ${r.env.chromium},`);
  lines.push(`${r.env.cpus} CPUs (${r.env.cpu_model}), viewport 1280×800, median of ${r.config.reps}. Ratios are ours ÷ theirs:`);
  lines.push('below 1 means drawdown-timeline is faster or smaller. The peers draw different pictures (see the harness README).', '');
  lines.push('Render is cold for every library: from the call that creates it on a freshly loaded page, with the data, to the');
  lines.push('second frame after it says it is drawn (drawdown-timeline: `drawdown-load`). Zoom is a reader\'s: 20 wheel steps of');
  lines.push('100 px over the chart, one a frame; drawdown-timeline is sent them with Ctrl held (a plain wheel scrolls the page, as');
  lines.push('designed, and a trackpad\'s pinch arrives as Ctrl + wheel), as its own first gesture; `zoom via` says how each was zoomed.', '');
  const zoom = (name) => r.summary[name]?.[1000]?.frame_p95_ms;
  if (typeof zoom(ours) === 'number' && typeof zoom('vis-timeline') === 'number') {
    const met = zoom(ours) <= zoom('vis-timeline');
    lines.push(`Target: zoom frame p95 at 1,000 events no more than vis-timeline's: ${zoom(ours).toFixed(1)} ms against ${zoom('vis-timeline').toFixed(1)} ms, ${met ? 'met' : '**not met**'}.`, '');
  }
  for (const n of sizes) {
    const m = r.summary[ours][n];
    lines.push(`## ${Number(n).toLocaleString('en')} events`, '');
    lines.push('| compared with | render | zoom frame p95 | DOM nodes | JS heap |');
    lines.push('|---|---:|---:|---:|---:|');
    for (const peer of peers) {
      const p = r.summary[peer]?.[n];
      if (!p) continue;
      lines.push(`| ${peer} | ${ratio(m.render_ms, p.render_ms)} | ${ratio(m.frame_p95_ms, p.frame_p95_ms)} | ${ratio(m.dom_nodes, p.dom_nodes)} | ${ratio(m.js_heap_mb, p.js_heap_mb)} |`);
    }
    lines.push('');
  }
  const size = (name) => r.bytes[name]?.js_css_gzip;
  lines.push('## Size (JS + CSS loaded, gzip)', '', '| compared with | ratio |', '|---|---:|');
  for (const peer of peers) lines.push(`| ${peer} | ${ratio(size(ours), size(peer))} |`);
  lines.push('', 'The JS loaded is every script the page loaded during the run: for drawdown-timeline the single file, the',
    'file of views it loads right after the chart\'s first paint, and the adapter\'s own `wheel-at-plot.js` (`bench/BUNDLE.md`',
    'lists each of the element\'s files). In the print table, "event labels visible on screen" counts text in the page\'s own DOM: the',
    'harness does not look inside shadow roots, so the element\'s labels count 0 there, whatever it draws. The',
    'adapter\'s page lets its 700 px box grow in print media, as a page that prints a chart does: the element prints',
    'its story whole (chart, numbered table, sources), over several pages; a scroll box would print its first 700 px.');
  lines.push('', '## The harness\'s own tables', '');
  lines.push(readFileSync(`${out}/results.md`, 'utf8').split('\n').slice(1).join('\n'));
  return `${lines.join('\n')}\n`;
}
