import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { internals } from './internals.js';
import { measureQuality } from './layout-quality.js';

// The layout's words, measured on the drawing as a reader sees it (see test/layout-quality.ts): for every shipped
// story and a generated one of 300 events, at a phone's, a tablet's and a desktop's width, on screen and on paper,
// no text overlaps other text and no transfer's line runs through any text.

const STORIES = [
  '/data/russia-syria-2024.json', '/data/us-afghanistan-2020-2021.json', '/data/timelinejs-sample.json',
  '/data/withdrawals.csv', '/__test/generated?events=300',
];
const WIDTHS = [320, 375, 768, 1280];

/** A story drawn at `width` in a viewport tall enough that every lane is drawn. */
async function drawn(src: string, width: number, attributes = ''): Promise<DrawdownTimeline> {
  await setViewport({ width: width + 40, height: 8000 });
  const element = await mount(`<drawdown-timeline src="${src}" ${attributes}></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

const plotOf = (element: DrawdownTimeline) => shadow(element).querySelector<SVGSVGElement>('[part~="plot"]')!;

describe('the layout\'s words', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const src of STORIES) {
    it(`${src}: no text on text and no line through text at ${WIDTHS.join(', ')} px`, async () => {
      for (const width of WIDTHS) {
        const element = await drawn(src, width);
        const report = measureQuality(plotOf(element));
        expect(report.texts, `${width} px: text measured`).to.be.greaterThan(10);
        expect(report.overlaps, `${width} px: overlapping text`).to.deep.equal([]);
        expect(report.crossed, `${width} px: text a line runs through`).to.deep.equal([]);
        expect(report.outside, `${width} px: text cut at the plot's edge`).to.deep.equal([]);
        cleanup();
      }
    });

    it(`${src}: the same on paper, row by row`, async () => {
      const element = await drawn(src, 900);
      // Paper's view shows in print media only; measured where the browser lays it out for print.
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      try {
        const rows = [...shadow(element).querySelectorAll<SVGSVGElement>(internals.paperRow)];
        expect(rows.length).to.be.greaterThan(2);
        let texts = 0;
        for (const row of rows) {
          const report = measureQuality(row);
          texts += report.texts;
          expect(report.overlaps, `paper row ${row.dataset.band}: overlapping text`).to.deep.equal([]);
          expect(report.crossed, `paper row ${row.dataset.band}: text a line runs through`).to.deep.equal([]);
          expect(report.outside, `paper row ${row.dataset.band}: text cut at the edge`).to.deep.equal([]);
        }
        expect(texts).to.be.greaterThan(10);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('a 1,000-event story on paper, where crowded stretches print as groups with their events\' numbers', async () => {
    const element = await drawn('/__test/generated?events=1000', 900);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    try {
      const rows = [...shadow(element).querySelectorAll<SVGSVGElement>(internals.paperRow)];
      const numbers = rows.flatMap((row) => [...row.querySelectorAll(internals.groupNumbers)]);
      expect(numbers.length, 'groups numbered').to.be.greaterThan(10);
      for (const row of rows) {
        const report = measureQuality(row);
        expect(report.overlaps, `paper row ${row.dataset.band}: overlapping text`).to.deep.equal([]);
        expect(report.crossed, `paper row ${row.dataset.band}: text a line runs through`).to.deep.equal([]);
        expect(report.outside, `paper row ${row.dataset.band}: text cut at the edge`).to.deep.equal([]);
      }
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
  });

  it('right to left, in English and in Arabic, the seed story keeps clear too', async () => {
    for (const attributes of ['dir="rtl"', 'dir="rtl" lang="ar"']) {
      for (const width of [375, 1280]) {
        const report = measureQuality(plotOf(await drawn(STORIES[0]!, width, attributes)));
        expect(report.overlaps, `${attributes} ${width} px`).to.deep.equal([]);
        expect(report.crossed, `${attributes} ${width} px`).to.deep.equal([]);
        expect(report.outside, `${attributes} ${width} px`).to.deep.equal([]);
        cleanup();
      }
    }
  });

  it('shows at least 90% of the seed story\'s titles in full at 1280 px', async () => {
    const element = await drawn(STORIES[0]!, 1280);
    const seed = await (await fetch(STORIES[0]!)).json() as { events: { id: string; title: string | Record<string, string> }[] };
    const titles = new Map(seed.events.map((event) => [event.id, typeof event.title === 'string' ? event.title : event.title.en!]));
    const labels = [...plotOf(element).querySelectorAll<SVGTextElement>(internals.label)];
    expect(labels.length).to.be.at.least(seed.events.length);
    const whole = labels.filter((label) => internals.labelText(label) === titles.get(label.dataset.id!));
    const share = whole.length / labels.length;
    console.info(`titles in full at 1280 px: ${whole.length} of ${labels.length} labels (${Math.round(share * 100)}%)`);
    expect(share).to.be.at.least(0.9);
  });
});
