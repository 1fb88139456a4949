import { expect } from 'chai';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { boxOf, mountArabic } from './arabic-story.js';

// Direction: routes read from origin to destination in either language, time runs as the text does or as
// axis-direction says, the keys follow what is drawn, names read in their own direction, nothing spills.

describe('routes in either direction', () => {
  afterEach(cleanup);

  /** The details' route of the transfer e2, from قاعدة حميميم الجوية to مطار بنغازي. */
  async function route(attributes: string): Promise<{ from: DOMRect; to: DOMRect; arrow: DOMRect; text: string }> {
    const element = await mountArabic(attributes);
    element.selected = 'e2';
    await element.updateComplete;
    const dd = [...shadow(element).querySelectorAll('[part~="details"] dd')].find((node) => /[←→]/.test(node.textContent!))!;
    const arrow = /[←→]/.exec(dd.textContent!)![0];
    return { from: boxOf(dd, 'قاعدة حميميم الجوية'), to: boxOf(dd, 'مطار بنغازي'), arrow: boxOf(dd, arrow), text: arrow };
  }

  it('reads from origin to destination in Arabic: the origin first on the right, the arrow pointing left to the destination', async () => {
    const { from, to, arrow, text } = await route('lang="ar" dir="rtl"');
    expect(text).to.equal('←');
    expect(from.left, 'origin right of the arrow').to.be.at.least(arrow.right - 1);
    expect(arrow.left, 'arrow right of the destination').to.be.at.least(to.right - 1);
  });

  it('reads from origin to destination in Arabic on a left-to-right page too', async () => {
    const { from, to, arrow, text } = await route('lang="ar" dir="ltr"');
    expect(text).to.equal('←');
    expect(from.left, 'origin right of the arrow').to.be.at.least(arrow.right - 1);
    expect(arrow.left, 'arrow right of the destination').to.be.at.least(to.right - 1);
  });

  it('reads from origin to destination in English, Arabic names and all: origin on the left, the arrow pointing right', async () => {
    const { from, to, arrow, text } = await route('lang="en" dir="ltr"');
    expect(text).to.equal('→');
    expect(arrow.left, 'arrow right of the origin').to.be.at.least(from.right - 1);
    expect(to.left, 'destination right of the arrow').to.be.at.least(arrow.right - 1);
  });
});


describe('direction as a choice', () => {
  afterEach(cleanup);

  /** Where e1 (16 December) and e5 (January) are drawn, and where the Right arrow key goes from e1. */
  async function timeAxis(attributes: string): Promise<{ early: number; late: number; right: string | undefined; rtlText: boolean }> {
    const element = await mountArabic(attributes);
    const root = shadow(element);
    const mark = (id: string) => root.querySelector<SVGElement>(`[part~="plot"] [part~="event"][data-id="${id}"]`)!;
    const target = (id: string) => root.querySelector<SVGElement>(`[part~="plot"] [part~="event-target"][data-primary][data-id="${id}"]`)!;
    const centre = (id: string) => { const box = mark(id).getBoundingClientRect(); return box.left + box.width / 2; };
    target('e1').focus();
    target('e1').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await element.updateComplete;
    await element.updateComplete;
    const right = (root.activeElement as SVGElement | null)?.dataset.id;
    return { early: centre('e1'), late: centre('e5'), right, rtlText: element.matches(':dir(rtl)') };
  }

  it('runs time right to left on a right-to-left page, and Right goes back in time', async () => {
    const { early, late, right } = await timeAxis('lang="ar" dir="rtl"');
    expect(late, 'January left of December').to.be.lessThan(early);
    // Right goes to the event drawn next to the right: earlier in time (e2 began 15 December).
    expect(right).to.equal('e2');
  });

  it('axis-direction="ltr" runs time left to right in an Arabic right-to-left element, and Right goes forward', async () => {
    const { early, late, right, rtlText } = await timeAxis('lang="ar" dir="rtl" axis-direction="ltr"');
    expect(rtlText, 'the text still right to left').to.equal(true);
    expect(late, 'January right of December').to.be.greaterThan(early);
    expect(right).to.equal('e4');
  });

  it('reads an Arabic lane name before its region on a left-to-right axis: the name on the right, at the time-start edge', async () => {
    const element = await mountArabic('lang="ar" dir="rtl" axis-direction="ltr"');
    const root = shadow(element);
    const label = root.querySelector<SVGTextElement>('[part~="lane-label"][data-lane="a"]')!;
    const [name, detail] = [...label.children].map((tspan) => tspan.getBoundingClientRect());
    expect(name!.left, 'the region left of the name').to.be.at.least(detail!.right - 1);
    // The label as a whole starts at the plot's left edge, where time starts.
    const plot = root.querySelector('[part~="plot"]')!.getBoundingClientRect();
    expect(detail!.left - plot.left).to.be.lessThan(20);
    // The force level's title likewise: its name right of its unit.
    const [title, unit] = [...root.querySelector('[part~="series"] text')!.children].map((tspan) => tspan.getBoundingClientRect());
    expect(title!.left, 'the unit left of the name').to.be.at.least(unit!.right - 1);
  });

  it('keeps the table inside a right-to-left element on a left-to-right page, where nothing could scroll to it', async () => {
    for (const lang of ['ar', 'en']) {
      const element = await mount(`<drawdown-timeline lang="${lang}" dir="rtl" show-table></drawdown-timeline>`, 375);
      const loaded = nextEvent(element, 'drawdown-load');
      element.src = '/data/russia-syria-2024.json';
      await loaded;
      await element.updateComplete;
      const host = element.getBoundingClientRect();
      const table = shadow(element).querySelector<HTMLElement>('[part~="table"]')!;
      const box = table.getBoundingClientRect();
      expect(box.left, `${lang}: the table's left edge`).to.be.at.least(host.left - 0.5);
      expect(box.right, `${lang}: the table's right edge`).to.be.at.most(host.right + 0.5);
      // What is wider than the element scrolls inside it, where the reader can reach it.
      if (table.scrollWidth > table.clientWidth) expect(getComputedStyle(table).overflowX, lang).to.equal('auto');
      cleanup();
    }
  });

  it('axis-direction="rtl" mirrors time on a left-to-right page', async () => {
    const { early, late, right } = await timeAxis('lang="ar" dir="ltr" axis-direction="rtl"');
    expect(late).to.be.lessThan(early);
    expect(right).to.equal('e2');
  });
});
