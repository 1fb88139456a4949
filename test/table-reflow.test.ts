import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { framePage, frameWhere, removeFrames } from './frames.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';

// The event table on a phone (WCAG 1.4.10 reflow): at 320 and 375 px, in both directions, the page never scrolls
// sideways; the table scrolls in a box of its own that the keys reach and scroll, named by its caption. And its
// rows are headed by the events' titles.

const SEED = '/data/russia-syria-2024.json';

describe('the event table at a phone\'s width', () => {
  afterEach(removeFrames);

  for (const width of [320, 375]) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`scrolls in its own named box, never the page, ${width} px wide, ${dir}`, async () => {
        const lang = dir === 'rtl' ? 'ar' : 'en';
        const { document: doc } = await framePage(`<!doctype html><html lang="${lang}" dir="${dir}"><head>
          <script src="/dist/drawdown-timeline.min.js"></script></head>
          <body><drawdown-timeline src="${SEED}" show-table></drawdown-timeline></body></html>`, width, 900);
        const element = doc.querySelector('drawdown-timeline')!, root = element.shadowRoot!;
        await frameWhere(() => root.querySelectorAll('[part~="table"] tbody tr').length === 15, 'the event table');
        await element.updateComplete;
        expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
        const region = root.querySelector<HTMLElement>('[part~="table"] [role="region"]')!;
        expect(region.tabIndex, 'a Tab stop').to.equal(0);
        expect(region.getAttribute('aria-label')).to.equal(root.querySelector('[part~="table"] caption')!.textContent);
        const box = region.getBoundingClientRect();
        expect([box.left >= 0, box.right <= width], 'the box within the page').to.deep.equal([true, true]);
        // At 320 px the seed story's table is wider than its box; at 375 px, in Arabic, it fits.
        const scrolls = region.scrollWidth > region.clientWidth;
        if (width === 320) expect(scrolls, 'the table is wider than its box: it scrolls').to.equal(true);
        if (!scrolls) return;
        // The keys scroll it: the arrow toward the end of the line.
        region.focus();
        await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
        await frameWhere(() => Math.abs(region.scrollLeft) > 0, 'the table scrolled by a key');
        expect(doc.documentElement.scrollWidth).to.be.at.most(width);
      });
    }
  }
});

describe('the event table\'s rows', () => {
  afterEach(cleanup);

  it('are headed by the event\'s title, not its number', async () => {
    const element = await mount(`<drawdown-timeline src="${SEED}" show-table></drawdown-timeline>`);
    if (!shadow(element).querySelector('[part~="table"]')) await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const rows = [...shadow(element).querySelectorAll<HTMLTableRowElement>('[part~="table"] tbody tr')];
    expect(rows.length).to.equal(15);
    for (const row of rows) {
      expect([...row.cells].map((cell) => cell.localName), row.dataset.id).to.deep.equal(['td', 'td', 'th', 'td', 'td', 'td', 'td']);
      expect(row.cells[2]!.getAttribute('scope')).to.equal('row');
    }
    const seed = await (await fetch(SEED)).json() as { events: { id: string; title: { en: string } }[] };
    const title = (id: string) => seed.events.find((event) => event.id === id)!.title.en;
    expect(rows.map((row) => row.querySelector('th bdi')!.textContent)).to.deep.equal(rows.map((row) => title(row.dataset.id!)));
    expect(rows.map((row) => row.cells[0]!.textContent!.trim()), 'numbered 1…n').to.deep.equal(rows.map((_, i) => String(i + 1)));
  });
});
