// Test commands that print: real PDFs from Chromium (page.pdf() fires beforeprint and afterprint, as a reader's
// Print does), read back as text with pdfjs-dist, and a screenshot of print media to compare with a reference.
//
//   print-pdf {path, format, landscape}  a test-server page printed in a new page: {pages: [[{str, size, x, y, width}]],
//                                        bytes}, sizes and places in points, y down from the page's top
//   print-this-page {format}             the test's own page printed: the same shape
//   print-screenshot {path, reference?}  a full-page PNG of a test-server page in print media: {png} (base64), or
//                                        {error} when test/references/<reference>.png is missing (never made
//                                        silently); UPDATE_REFERENCES=1 writes it. Without a reference, the PNG only.
//   screen-screenshot {path, width, reference}  the same on screen, at a width, against test/references/<reference>.png
//   print-wait {id}                      the answer of a command that answered {pending: id} (see answer())
//
// PRINT_PDF_DIR=<dir> also writes every PDF printed there, to look at.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const REFERENCES = new URL('./references/', import.meta.url);

/** The text of a PDF, page by page: every non-empty text item with its font size and place in points. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { items } = await page.getTextContent();
      // Where each item sits, in points from the page's top left: x and y of its baseline's start, its width.
      const height = page.view[3];
      const round = (value) => Math.round(value * 100) / 100;
      pages.push(items
        .filter((item) => 'str' in item && item.str.trim() !== '')
        .map((item) => ({
          str: item.str, size: round(Math.hypot(item.transform[2], item.transform[3])),
          x: round(item.transform[4]), y: round(height - item.transform[5]), width: round(item.width),
        })));
    }
    return { pages, bytes: bytes.length };
  } finally {
    await pdf.destroy();
  }
}

let printed = 0;
function keep(bytes, name) {
  const dir = process.env.PRINT_PDF_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${String(++printed).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '_').slice(0, 80)}.pdf`, bytes);
}

/** The test's own page, which the chrome launcher drives with puppeteer. */
function testPage(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`printing needs the puppeteer-driven Chromium, not ${session.browser.type}`);
  return session.browser.getPage(session.id);
}

/** A new page beside the test's, in its browser context, with `path` of the test server loaded and drawn. */
async function openFixture(session, path, viewport) {
  if (typeof path !== 'string' || !path.startsWith('/')) throw new Error(`a path on the test server is needed, not ${JSON.stringify(path)}`);
  const own = testPage(session);
  const page = await own.browserContext().newPage();
  try {
    await page.emulateTimezone('UTC');
    await (await page.createCDPSession()).send('Emulation.setLocaleOverride', { locale: 'en-US' });
    await page.setViewport(viewport);
    const url = new URL(path, new URL(own.url()).origin).href;
    // No deadlines of our own (puppeteer's default is 30 s): a busy machine is slow, and the test's timeout ends a
    // page that never loads or never says it is ready.
    const response = await page.goto(url, { waitUntil: 'load', timeout: 0 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForSelector('html[data-ready]', { timeout: 0 });
    const [ready, problems] = await page.evaluate(() => [document.documentElement.dataset.ready, document.documentElement.dataset.error]);
    if (ready === 'error') throw new Error(`${url} could not draw its story (drawdown-error): ${problems}`);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

async function printPdf(session, { path, format = 'A4', landscape = false } = {}) {
  const page = await openFixture(session, path, { width: 1000, height: 800 });
  try {
    // Long stories make long PDFs: past puppeteer's 30 s default is slow, not broken.
    const pdf = await page.pdf({ format, landscape, timeout: 120000 });
    keep(pdf, `${format}${landscape ? '-landscape' : ''}-${path}`);
    return await readPdf(pdf);
  } finally {
    await page.close();
  }
}

async function printThisPage(session, { format = 'A4' } = {}) {
  const pdf = await testPage(session).pdf({ format, timeout: 120000 });
  keep(pdf, `${format}-test-page`);
  return readPdf(pdf);
}

/**
 * A full-page PNG taken by `take` from a page, checked against (or, with UPDATE_REFERENCES, saved as)
 * test/references/<reference>.png: {png} (base64), or {error} when the reference is missing (never made silently).
 * Without a reference, the PNG only.
 */
async function referenceShot(reference, take) {
  if (reference !== undefined && (typeof reference !== 'string' || !/^[\w-]+$/.test(reference))) {
    throw new Error(`a reference is named with letters, digits, - and _, not ${JSON.stringify(reference)}`);
  }
  const file = reference && new URL(`${reference}.png`, REFERENCES);
  const update = Boolean(process.env.UPDATE_REFERENCES) && file;
  if (file && !update && !existsSync(file)) {
    return { error: `there is no reference test/references/${reference}.png: make it with UPDATE_REFERENCES=1, look at it, and commit it` };
  }
  const png = await take();
  if (update) {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(file, png);
    console.log(`wrote test/references/${reference}.png`);
  }
  return { png: png.toString('base64') };
}

/** The page at `path` in print media, laid out for paper as a reader's Print would. */
function printScreenshot(session, { path, reference } = {}) {
  return referenceShot(reference, async () => {
    const page = await openFixture(session, path, { width: 900, height: 800 });
    try {
      await page.emulateMediaType('print');
      await page.evaluate(async () => {
        window.dispatchEvent(new Event('beforeprint'));
        for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      });
      return Buffer.from(await page.screenshot({ type: 'png', fullPage: true }));
    } finally {
      await page.close();
    }
  });
}

/** The page at `path` on screen at `width` px, in a viewport tall enough that every lane is drawn. */
function screenScreenshot(session, { path, width, reference } = {}) {
  if (reference === undefined) throw new Error('a screen screenshot is taken against a reference');
  return referenceShot(reference, async () => {
    const page = await openFixture(session, path, { width, height: 4000 });
    try {
      return Buffer.from(await page.screenshot({ type: 'png', fullPage: true }));
    } finally {
      await page.close();
    }
  });
}

/**
 * The browser gives up on a command after 20 s (@web/dev-server-core's web socket), and a long story prints for
 * longer than that. A command answers within ANSWER_MS, or answers {pending: id} and goes on; `print-wait` waits for
 * it again. The test's side (test/print.test.ts, `command`) asks until it has the answer.
 */
const ANSWER_MS = 15000;
const PENDING = Symbol('pending');
const jobs = new Map();
let lastJob = 0;

function answer(work) {
  const id = ++lastJob;
  const job = work();
  // A job that fails while nobody waits for it is reported when print-wait asks, not as an unhandled rejection.
  job.catch(() => {});
  jobs.set(id, job);
  return waitFor(id);
}

async function waitFor(id) {
  const job = jobs.get(id);
  if (!job) throw new Error(`there is no print job ${id}`);
  let timer;
  const later = new Promise((resolve) => {
    timer = setTimeout(resolve, ANSWER_MS, PENDING);
  });
  try {
    const result = await Promise.race([job, later]);
    if (result === PENDING) return { pending: id };
    jobs.delete(id);
    return result;
  } catch (error) {
    jobs.delete(id);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export function printPlugin() {
  return {
    name: 'drawdown-print-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'print-pdf') return answer(() => printPdf(session, payload));
      if (command === 'print-this-page') return answer(() => printThisPage(session, payload));
      if (command === 'print-screenshot') return answer(() => printScreenshot(session, payload));
      if (command === 'screen-screenshot') return answer(() => screenScreenshot(session, payload));
      if (command === 'print-wait') return waitFor(payload?.id);
      return undefined;
    },
  };
}
