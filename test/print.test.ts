import { expect } from 'chai';
import { command, difference, pixels } from './pixels.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { internals } from './internals.js';
import { messagesEn } from '../src/words/en.js';

// Real printing: Chromium prints a page to PDF (firing beforeprint and afterprint, as a reader's Print does) and
// test/print-plugin.mjs reads the PDF's text back. The pages are the single built file on a host page
// (test/fixtures/print.html), so build before running these (npm run build, or npx rollup -c).

/** A run of text in a PDF: its size and place in points, y down from the page's top. */
interface TextItem { readonly str: string; readonly size: number; readonly x: number; readonly y: number; readonly width: number }
interface Printed { readonly pages: readonly (readonly TextItem[])[]; readonly bytes: number }
type Text = string | Record<string, string>;
interface Story {
  title: Text;
  events: { id: string; title: Text; text?: Text; sources?: string[] }[];
  sources: { id: string; name: Text; via?: string }[];
  places: { id: string; name: Text }[];
  series: { title: Text }[];
}

const SEED = '/data/russia-syria-2024.json';
const SELECTED = 'personnel-hmeimim-to-benghazi';
const english = (text: Text) => (typeof text === 'string' ? text : text.en!);
const squeeze = (text: string) => text.replace(/\s+/g, '');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * What `value` gives once it gives the same two frames running: the element draws what a scroll brings into view
 * in a frame after it, so a drawing that stays the same over two frames has nothing more to draw.
 */
async function settled(value: () => string): Promise<string> {
  let last = value();
  for (;;) {
    await frame();
    await frame();
    const now = value();
    if (now === last) return now;
    last = now;
  }
}


/** The print fixture's address with these attributes on its element. */
const fixture = (attributes: Record<string, string> = {}) => `/test/fixtures/print.html?${new URLSearchParams(attributes)}`;

const printPdf = (path: string, format: 'A4' | 'Letter' | 'A5', landscape = false) => command<Printed>('print-pdf', { path, format, landscape });

/** What the PDF's text says, split where the event table starts (its head: No., Date, …). */
function read(printed: Printed) {
  const items = printed.pages.flat();
  const start = items.findIndex((item, i) => item.str === 'No.' && items[i + 1]?.str === 'Date');
  return { items, chart: items.slice(0, start), table: items.slice(start), start };
}

/** A row of the event table as the element shows it on screen (show-table). */
interface Row { ref: string; date: string; title: string }

/** The event table of a story on screen, which the printed chart and table must agree with. */
async function screenTable(src: string): Promise<Row[]> {
  const element = await mount('<drawdown-timeline show-table></drawdown-timeline>');
  const loaded = nextEvent(element, 'drawdown-load');
  element.src = src;
  await loaded;
  await element.updateComplete;
  return [...shadow(element).querySelectorAll<HTMLTableRowElement>('[part~="table"] tbody tr')].map((row) => {
    const title = row.cells[2]!;
    return {
      ref: row.cells[0]!.textContent!.trim(),
      date: row.cells[1]!.textContent!.trim(),
      title: title.textContent!.replace(title.querySelector(internals.tableKind)!.textContent!, '').trim(),
    };
  });
}

/** The start of a title that a chart label keeps: up to a generated title's #number, else 12 characters; before
 * any fi/fl/ff, which the PDF holds as a ligature of its own text item. */
const labelStart = (title: string) => (title.match(/^.*?#\d+/)?.[0] ?? title.slice(0, 12)).replace(/f[fil].*$/, '');

/**
 * The rows whose number on paper disagrees with the screen's table: in the printed table, the row's number is
 * followed by its date and its title; in the printed chart, a label starts with the number and the title.
 */
function disagreements(printed: Printed, rows: readonly Row[]): string[] {
  const { chart, table } = read(printed);
  const wrong: string[] = [];
  for (const row of rows) {
    const inTable = table.some((item, i) => item.str === row.ref
      && squeeze(table.slice(i + 1, i + 10).map((next) => next.str).join('')).startsWith(squeeze(`${row.date}${row.title}`)));
    if (!inTable) wrong.push(`table: no row ${row.ref} | ${row.date} | ${row.title}`);
    // A label is the number, then as much of the title as has room (cut with "…"), or the number alone.
    const labelled = chart.some((item) => {
      if (item.str === row.ref) return true;
      if (!item.str.startsWith(`${row.ref} `)) return false;
      const kept = item.str.slice(row.ref.length + 1).replace(/\s*\(unattributed\)$/, '').replace(/…$/, '');
      return kept.length > 0 && squeeze(row.title).startsWith(squeeze(kept));
    });
    if (!labelled) wrong.push(`chart: no label for ${row.ref} "${labelStart(row.title)}…"`);
  }
  return wrong;
}

/** Text items under 7 pt, the least a printed chart can be read at. */
const tooSmall = (printed: Printed) => printed.pages.flat().filter((item) => item.size < 7).map((item) => `${item.str} (${item.size} pt)`);

/**
 * Runs of text printed over one another, page by page: boxes from the baseline up by ¾ of the size and down by a
 * fifth, overlapping by more than 2 pt each way (a comma set against a name's isolated run touches it by less).
 */
function overlapping(printed: Printed): string[] {
  const found: string[] = [];
  printed.pages.forEach((page, number) => {
    const boxes = page.map((item) => ({ str: item.str, left: item.x, right: item.x + item.width, top: item.y - item.size * 0.75, bottom: item.y + item.size * 0.2 }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2) {
          found.push(`page ${number + 1}: "${a.str}" over "${b.str}"`);
        }
      }
    }
  });
  return found;
}

/** Headings left at the foot of a page, parted from what they head: the table's introduction or its column heads
 * (whose last is Sources), or the source list's heading (Sources). */
const orphanedHeads = (printed: Printed) => printed.pages.slice(0, -1).flatMap((page, number) => {
  const last = page.at(-1)?.str.trim() ?? '';
  return last === 'Sources' || last.startsWith('Every event, in time order') ? [`page ${number + 1} ends with "${last}"`] : [];
});

/** The screen's controls and prompts, none of which belongs on paper. */
function controlText(printed: Printed): string[] {
  const controls = ['Whole story', '−', '+', 'Table', 'Outline', 'Print', 'SVG', 'PNG', 'Skip the chart'];
  return printed.pages.flat().map((item) => item.str.trim())
    .filter((str) => controls.includes(str) || str.includes('Select an event to see its details'));
}

/** Titles (or names) not found in this text, compared with all whitespace removed. */
const missing = (names: readonly string[], items: readonly TextItem[]) => {
  const text = squeeze(items.map((item) => item.str).join(''));
  return names.filter((name) => !text.includes(squeeze(name)));
};

/** The seed story printed: everything a reader needs, in words, and none of the screen's controls. */
async function checkSeed(printed: Printed, pages: [number, number]) {
  const seed = await (await fetch(SEED)).json() as Story;
  const { items, chart, table, start } = read(printed);
  expect(start, 'the event table is printed').to.be.greaterThan(0);
  // The host page prints around the element.
  expect(items[0]!.str).to.equal('Where the forces went');
  // Every title in the table, whatever the screen's zoom (which shows only December 10 to 14), and every source of
  // the story in the list under it, cited or not (The New Arab, which no event cites, is named in the credit).
  expect(missing(seed.events.map((event) => english(event.title)), table)).to.deep.equal([]);
  expect(missing(seed.sources.map((source) => english(source.name)), table)).to.deep.equal([]);
  // The chart has the whole story too (the callers check every label): December 8 is before the zoomed window.
  expect(chart.some((item) => /^5\b/.test(item.str)), 'the fall of Assad, numbered 5').to.equal(true);
  // The selected event's details panel does not print: its text is nowhere.
  const selected = seed.events.find((event) => event.id === SELECTED)!;
  expect(missing([english(selected.text!).slice(0, 40)], items), 'the details panel printed').to.have.length(1);
  expect(tooSmall(printed)).to.deep.equal([]);
  expect(overlapping(printed)).to.deep.equal([]);
  expect(orphanedHeads(printed)).to.deep.equal([]);
  expect(controlText(printed)).to.deep.equal([]);
  expect(printed.pages.length).to.be.within(...pages);
}

describe('printing', function () {
  this.timeout(60000);
  afterEach(cleanup);

  // Page counts: the host's heading and two paragraphs, the story's title and legend, a chart of 10 lanes (each
  // break-inside: avoid, so a lane that does not fit moves whole to the next page, leaving a gap), a table of 15
  // rows of two or three lines and a list of 5 sources. A4 portrait is 3 pages today (chart 1½ pages, table 1½);
  // US Letter landscape is 4 (the chart is scaled up to the wider page and is 2½ pages). One page less or more
  // allows for a change of rows or wording; more than that means lanes or rows no longer share pages.
  const seedPath = fixture({ start: '2024-12-10', end: '2024-12-14', selected: SELECTED });

  it('prints the seed story on A4 portrait: every title and source, numbers that agree, no control, nothing under 7 pt', async () => {
    const printed = await printPdf(seedPath, 'A4');
    await checkSeed(printed, [2, 4]);
    expect(disagreements(printed, await screenTable(SEED))).to.deep.equal([]);
  });

  it('prints the seed story on US Letter landscape the same way', async () => {
    const printed = await printPdf(seedPath, 'Letter', true);
    await checkSeed(printed, [3, 5]);
    expect(disagreements(printed, await screenTable(SEED))).to.deep.equal([]);
  });

  it('prints the seed story on A5 the same way, its chart laid out for the narrower page rather than shrunk', async () => {
    const printed = await printPdf(seedPath, 'A5');
    await checkSeed(printed, [4, 7]);
    // The chart's numbers agree with the table's (the table's rows are read in order only where its columns are wide
    // enough to keep each cell on few lines: on A5 the lines of neighbouring cells interleave in the PDF's text).
    expect(disagreements(printed, await screenTable(SEED)).filter((wrong) => wrong.startsWith('chart:'))).to.deep.equal([]);
    // The chart's labels print at the size the table's text does or larger: 12 px laid out, scaled up to fill.
    const label = read(printed).chart.find((item) => item.str.startsWith('7 About 1,000 personnel'))!;
    expect(label.size).to.be.within(9, 11);
  });

  for (const src of ['/data/us-afghanistan-2020-2021.json', '/data/timelinejs-sample.json', '/data/withdrawals.csv']) {
    it(`prints ${src} on A5: every title and source, nothing under 7 pt, nothing over anything`, async () => {
      const printed = await printPdf(fixture({ src }), 'A5');
      const rows = await screenTable(src);
      const { table } = read(printed);
      expect(rows.length, 'events').to.be.greaterThan(5);
      expect(missing(rows.map((row) => row.title), table)).to.deep.equal([]);
      expect(tooSmall(printed)).to.deep.equal([]);
      expect(overlapping(printed)).to.deep.equal([]);
      expect(orphanedHeads(printed)).to.deep.equal([]);
      expect(controlText(printed)).to.deep.equal([]);
    });
  }

  for (const [format, landscape] of [['A5', false], ['Letter', true]] as const) {
    it(`prints a 300-event story on ${format}${landscape ? ' landscape' : ''}: the axis atop every page of the chart, a lane going on under its name`, async function () {
      this.timeout(120000);
      const src = '/__test/generated?events=300';
      const story = await (await fetch(src)).json() as Story;
      const printed = await printPdf(fixture({ src }), format, landscape);
      const { table } = read(printed);
      expect(missing(story.events.map((event) => english(event.title)), table)).to.deep.equal([]);
      expect(tooSmall(printed)).to.deep.equal([]);
      expect(overlapping(printed)).to.deep.equal([]);
      // The generated story's axis: its years. The chart's pages are those before the table's.
      const ticks = ['2023', '2024', '2025'];
      // The rows that start a page: a lane's name, or the force-level track's title atop the first.
      const lanes = new Set(story.places.map((place) => english(place.name)));
      lanes.add('No place given');
      const starts = new Set([...lanes, ...story.series.map((series) => english(series.title))]);
      const tableStart = printed.pages.findIndex((page) => page.some((item, i) => item.str === 'No.' && page[i + 1]?.str === 'Date'));
      const chartPages = printed.pages.slice(0, tableStart + 1).map((page, number) => {
        const headEnd = page.findIndex((item, i) => item.str === 'No.' && page[i + 1]?.str === 'Date');
        const chart = page.slice(0, headEnd < 0 ? page.length : headEnd);
        const axis = chart.filter((item) => ticks.includes(item.str));
        const axisY = axis[0]?.y ?? Infinity;
        const under = chart.filter((item) => item.y > axisY + 1);
        return { number: number + 1, axis, axisY, under };
      }).filter((page) => page.under.length);
      expect(chartPages.length, 'pages of chart').to.be.greaterThan(2);
      for (const page of chartPages) {
        // The axis, whole, on one line above everything else of the chart on the page.
        expect(page.axis.map((item) => item.str), `page ${page.number}: the axis`).to.deep.equal(ticks);
        expect(new Set(page.axis.map((item) => item.y)).size, `page ${page.number}: one line`).to.equal(1);
        // Under it, first, a lane's name: a lane that goes on from the page before says which it is.
        const first = page.under.reduce((top, item) => (item.y < top.y ? item : top));
        expect(starts.has(first.str), `page ${page.number} starts with "${first.str}", not a lane's name`).to.equal(true);
      }
      // Some lane of this story is too tall for a page: its name prints on two pages.
      const named = chartPages.flatMap((page) => page.under.filter((item) => lanes.has(item.str)).map((item) => item.str));
      expect(named.length, 'a lane named again on the next page').to.be.greaterThan(new Set(named).size);
    });
  }

  it('prints a 300-event story on A4: every title, nothing under 6 pt, the chart and table numbered alike', async function () {
    // Slow: Chromium takes about 25 s to print this story (a 116 MB PDF, most of it the links' dashes drawn again in
    // every lane's row they cross) and pdfjs about 6 s to read it.
    this.timeout(120000);
    const src = '/__test/generated?events=300';
    const story = await (await fetch(src)).json() as Story;
    const rows = await screenTable(src);
    const printed = await printPdf(fixture({ src }), 'A4');
    const { table } = read(printed);
    expect(story.events).to.have.length(300);
    expect(missing(story.events.map((event) => english(event.title)), table)).to.deep.equal([]);
    expect(tooSmall(printed)).to.deep.equal([]);
    expect(controlText(printed)).to.deep.equal([]);
    // 19 pages today: 8 of chart (40 lanes, most with several rows of labels) and 11 of table (300 rows of two
    // lines, about 27 to an A4 page). The range allows a lane or a few rows per page more or less.
    expect(printed.pages.length).to.be.within(16, 22);
    // Numbered in time order, 1 to 300, and 20 events spread over the story carry the same number on the chart
    // as in the table.
    expect(rows.map((row) => row.ref)).to.deep.equal(rows.map((_, i) => String(i + 1)));
    expect(disagreements(printed, rows.filter((_, i) => i % 15 === 7))).to.deep.equal([]);
  });

  it('prints the screen\'s chart of the whole story when printed the moment it is drawn, before paper arrives', async () => {
    // print-early.html holds back what loads after the first paint, paper included, and is ready at drawdown-load.
    const printed = await printPdf('/test/fixtures/print-early.html', 'A4');
    const items = printed.pages.flat(), text = squeeze(items.map((item) => item.str).join(''));
    // The same story drawn here: the lanes' names it prints.
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(element, 'drawdown-load');
    element.setAttribute('src', SEED);
    await loaded;
    await element.updateComplete;
    const lanes = [...shadow(element).querySelectorAll('.lane-label .name')].map((name) => name.textContent!.replace(/…$/, ''));
    expect(lanes.length, 'lanes on screen').to.be.greaterThan(5);
    expect(lanes.filter((name) => !text.includes(squeeze(name))), 'every lane printed').to.deep.equal([]);
    const seed = await (await fetch(SEED)).json() as Story;
    expect(text).to.include(squeeze(english(seed.title)));
    // None of the screen's controls and prompts, and each label once (no halo printed as a second copy).
    expect(controlText(printed)).to.deep.equal([]);
    const label = items.find((item) => item.str.startsWith('About 1,000 personnel'))!.str;
    expect(items.filter((item) => item.str === label), label).to.have.length(1);
    expect(tooSmall(printed)).to.deep.equal([]);
  });

  it('prints the page it is on without touching the screen: zoom, selection, plot, scroll and focus stay', async () => {
    const seed = await (await fetch(SEED)).json() as Story;
    const element = await mount('<drawdown-timeline start="2024-12-10" end="2024-12-14"></drawdown-timeline>');
    const container = element.parentElement!;
    // Room to scroll.
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    container.append(spacer);
    const loaded = nextEvent(element, 'drawdown-load');
    element.src = SEED;
    await loaded;
    element.selected = SELECTED;
    await element.updateComplete;
    await frame();
    await frame();
    const root = shadow(element);
    root.querySelector<SVGElement>(`[part~="plot"] [part~="event-target"][data-primary][data-id="${SELECTED}"]`)!.focus();
    const scrolled = new Promise((resolve) => document.addEventListener('scroll', resolve, { once: true }));
    window.scrollTo(0, 140);
    await scrolled;
    const state = () => ({
      start: element.getAttribute('start'),
      end: element.getAttribute('end'),
      selected: element.getAttribute('selected'),
      scrollY: window.scrollY,
    });
    const focused = () => [document.activeElement, root.activeElement];
    const screenPlot = () => root.querySelector('[part~="plot"]')!.innerHTML;
    // What each layer of the plot draws, piece by piece: once the page is idle the plot draws a margin beyond the
    // viewport too, which may come while the page prints; what was drawn must stay as it was.
    const drawnPieces = () => [...root.querySelectorAll('[part~="plot"] > g > *')].map((piece) => piece.outerHTML);
    // The element draws the lanes the scroll brings into view in a frame after the scroll event.
    await settled(screenPlot);
    const pieces = drawnPieces();
    const before = state(), focus = focused();
    expect(before).to.deep.equal({ start: '2024-12-10', end: '2024-12-14', selected: SELECTED, scrollY: 140 });
    expect(focus[0]).to.equal(element);
    expect(focus[1]!.getAttribute('data-id')).to.equal(SELECTED);
    expect(root.querySelector(internals.printout)).to.equal(null);

    const printed = await command<Printed>('print-this-page', { format: 'A4' });
    expect(missing(seed.events.map((event) => english(event.title)), read(printed).table)).to.deep.equal([]);
    expect(controlText(printed)).to.deep.equal([]);

    await element.updateComplete;
    await frame();
    await frame();
    expect(root.querySelector(internals.printout), 'the paper view is gone').to.equal(null);
    expect(state()).to.deep.equal(before);
    const [active, activeInside] = focused();
    expect(active === focus[0] && activeInside === focus[1], 'the focus stays on the selected mark').to.equal(true);
    // Compared as strings, never diffed: the markup is tens of kilobytes.
    const after = new Set(drawnPieces());
    expect(pieces.length, 'pieces drawn').to.be.greaterThan(20);
    expect(pieces.filter((piece) => !after.has(piece)).length, 'pieces of the screen plot changed or gone').to.equal(0);
  });

  it('prints the seed story in Arabic, right to left, with none of the element\'s English words, and as it did (test/references/print-seed-ar.png)', async () => {
    const arabic = fixture({ lang: 'ar', dir: 'rtl' });
    const printed = await printPdf(arabic, 'A4');
    // Chromium's PDF maps Arabic's joined letter forms to no text (pdf.js reads them as U+0000), so the words
    // printed are checked on the picture below; the text can say that no English word of the element's is there.
    const englishWords = [...Object.values(messagesEn.ui.columns), ...Object.values(messagesEn.kinds), messagesEn.ui.sourceList,
      messagesEn.forms.point, messagesEn.forms.bar, messagesEn.ui.transferWidth, messagesEn.ui.tableCaption];
    const words = printed.pages.flat().map((item) => item.str.trim());
    expect(words.filter((word) => englishWords.includes(word))).to.deep.equal([]);
    expect(controlText(printed)).to.deep.equal([]);
    expect(tooSmall(printed)).to.deep.equal([]);
    const shot = await screenshot(arabic, 'print-seed-ar');
    const reference = await (await fetch('/test/references/print-seed-ar.png', { cache: 'no-store' })).blob();
    expect(difference(shot, await pixels(reference)), 'against the reference (UPDATE_REFERENCES=1 remakes it)').to.be.below(0.005);
  });

  it('looks as it did in print media (test/references/print-seed.png), and the same whatever the theme, zoom and selection', async () => {
    const shot = await screenshot(fixture(), 'print-seed');
    const reference = await (await fetch('/test/references/print-seed.png', { cache: 'no-store' })).blob();
    expect(difference(shot, await pixels(reference)), 'against the reference (UPDATE_REFERENCES=1 remakes it)').to.be.below(0.005);
    // Paper is light and shows the whole story whatever the element's theme, window, selection and height.
    const other = await screenshot(fixture({ theme: 'dark', start: '2024-12-10', end: '2024-12-14', selected: SELECTED, height: '300' }));
    expect(difference(other, shot), 'dark, zoomed, selected and 300 px high against plain').to.be.below(0.005);
  });
});

/** A full-page screenshot of a fixture in print media, checked against (or with UPDATE_REFERENCES, saved as) a reference. */
async function screenshot(path: string, reference?: string): Promise<ImageData> {
  const shot = await command<{ png?: string; error?: string }>('print-screenshot', { path, reference });
  if (shot.error) throw new Error(shot.error);
  return pixels(await (await fetch(`data:image/png;base64,${shot.png}`)).blob());
}


