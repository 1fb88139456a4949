// What printing costs: the generated 300-event story and the seed story printed to PDF by Chromium on A4, US Letter
// landscape and A5, through the print fixture (test/fixtures/print.html). Writes the PDF's size, the time
// page.pdf() takes (median of RUNS, default 3) and the pages to stdout and bench/PRINT.md. Needs dist/: run it as
// `npm run build && node bench/print.mjs`.
import puppeteer from 'puppeteer-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromeArgs, findChrome } from '../scripts/browser.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { generateStory } from './generate.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const PAPERS = [['A4', false], ['Letter', true], ['A5', false]];
mkdirSync(new URL('.data/', import.meta.url), { recursive: true });
writeFileSync(new URL('.data/print-300.json', import.meta.url), JSON.stringify(generateStory(300)));
const STORIES = { 'generated, 300 events': '/bench/.data/print-300.json', 'seed (russia-syria-2024)': '/data/russia-syria-2024.json' };

const server = await startStaticServer(undefined, 0);
const chrome = await findChrome();
const browser = await puppeteer.launch({ executablePath: chrome.path, args: chromeArgs, headless: true });
const rows = [];
try {
  for (const [story, src] of Object.entries(STORIES)) {
    for (const [format, landscape] of PAPERS) {
      const times = [];
      let size = 0, pages = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        await page.emulateTimezone('UTC');
        await page.setViewport({ width: 1000, height: 800 });
        await page.goto(`http://127.0.0.1:${server.address().port}/test/fixtures/print.html?src=${src}`, { waitUntil: 'load' });
        await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
        const start = performance.now();
        const pdf = await page.pdf({ format, landscape, timeout: 0 });
        times.push(performance.now() - start);
        size = pdf.length;
        pages = Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
        await page.close();
      }
      const paper = `${format}${landscape ? ' landscape' : ''}`;
      const ms = Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
      rows.push({ story, paper, mb: (size / 1e6).toFixed(2), ms, pages });
      console.log(`${story}, ${paper}: ${(size / 1e6).toFixed(2)} MB, ${ms} ms, ${pages} pages`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const version = await (async () => {
  const probe = await puppeteer.launch({ executablePath: chrome.path, args: chromeArgs, headless: true });
  try { return await probe.version(); } finally { await probe.close(); }
})();
writeFileSync(new URL('PRINT.md', import.meta.url), `# Print benchmark

\`node bench/print.mjs\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}: ${version} (${chrome.source}),
Node ${process.version}. The print fixture's page, 1000 × 800, printed by \`page.pdf()\`; time is the median of ${RUNS}
runs of that call alone, each on a fresh page.

| Story | Paper | PDF | Time | Pages |
| --- | --- | ---: | ---: | ---: |
${rows.map((row) => `| ${row.story} | ${row.paper} | ${row.mb} MB | ${row.ms} ms | ${row.pages} |`).join('\n')}
`);
