import { expect } from 'chai';
import { registerMessages } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { arabicStory, latinIn, mountArabic, textsMatching } from './arabic-story.js';
import { internals } from './internals.js';
import { messagesEn } from '../src/words/en.js';

// Every word the element adds is the reader's: with lang="ar" and a story written in Arabic, nothing the element
// shows, prints into its table, or gives a screen reader is in Latin letters.

describe('in Arabic', () => {
  afterEach(cleanup);

  // First in this file: the Arabic words are loaded once a page, and this must see them arrive.
  it('is drawn in Arabic from the first frame: no English on the way while the Arabic words load', async () => {
    const element = await mount('<drawdown-timeline lang="ar"></drawdown-timeline>', 1000);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(...latinIn(shadow(element))));
    observer.observe(shadow(element), { subtree: true, childList: true, characterData: true, attributes: true });
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = arabicStory;
    await loaded;
    await element.updateComplete;
    observer.disconnect();
    expect(seen).to.deep.equal([]);
    expect(shadow(element).textContent).to.include('القصة كاملة');
  });

  it('says nothing in Latin letters: plot, legend, toolbar, summary, table and details', async () => {
    const element = await mountArabic('lang="ar" dir="rtl" show-table');
    const root = shadow(element);
    expect(root.querySelector('[part~="plot"]'), 'drawn').to.not.equal(null);
    expect(latinIn(root)).to.deep.equal([]);
    // The details of a transfer with an amount, two sources and an approximate date.
    element.selected = 'e2';
    await element.updateComplete;
    expect(root.querySelector('[part~="details"]')!.getAttribute('data-id')).to.equal('e2');
    expect(latinIn(root)).to.deep.equal([]);
    // And with the words it adds to a transfer: "نحو" before the amount.
    expect(root.querySelector('[part~="details"]')!.textContent).to.include('نحو');
  });

});

describe('the data in the reader\'s language', () => {
  afterEach(cleanup);

  /** A story whose units, assets, military units, regions and countries are written in both languages. */
  const bilingual = story({
    title: { en: 'Moves', ar: 'التحركات' },
    sources: [],
    places: [
      { id: 'a', name: { en: 'Alpha Base', ar: 'قاعدة ألفا' }, region: { en: 'Latakia', ar: 'اللاذقية' }, country: { en: 'Syria', ar: 'سوريا' } },
      { id: 'b', name: { en: 'Bravo Airport', ar: 'مطار برافو' }, country: { en: 'Libya', ar: 'ليبيا' } },
    ],
    series: [{ id: 'sites', title: { en: 'Sites held', ar: 'المواقع' }, unit: { en: 'sites', ar: 'موقعًا' }, points: [
      { when: '2024-12-08', value: 100 }, { when: '2024-12-20', value: 3 },
    ] }],
    events: [
      { id: 'e2', kind: 'transfer', title: { en: 'Alpha to Bravo', ar: 'من ألفا إلى برافو' }, when: '2024-12-15', from: 'a', to: 'b',
        amount: { value: 1000, approx: true, unit: { en: 'personnel', ar: 'عنصر' } },
        assets: [{ en: 'S-400', ar: 'إس-400' }], units: [{ en: 'Fifth Corps', ar: 'الفيلق الخامس' }] },
      { id: 'e1', kind: 'withdrawal', title: { en: 'Leaves Alpha', ar: 'مغادرة ألفا' }, when: '2024-12-16', at: 'a',
        amount: { value: 10, unit: '%', of: { en: 'combat forces', ar: 'القوات القتالية' } } },
    ],
  });

  async function shown(lang: string, dir: string): Promise<{ root: ShadowRoot; text: () => string }> {
    const element = await mount(`<drawdown-timeline lang="${lang}" dir="${dir}" show-table></drawdown-timeline>`, 1000);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = bilingual;
    await loaded;
    element.selected = 'e2';
    await element.updateComplete;
    const root = shadow(element);
    const parts = ['details', 'plot', 'table'];
    // Without the isolates around the data's words ("10% of ⁨combat forces⁩").
    return { root, text: () => parts.map((part) => root.querySelector(`[part~="${part}"]`)!.textContent!).join(' ').replace(/[\u2066-\u2069]/g, '') };
  }

  it('shows units, assets, military units, regions and countries in Arabic to an Arabic reader, and no Latin letter', async () => {
    const { root, text } = await shown('ar', 'rtl');
    for (const word of ['عنصر', 'إس-400', 'الفيلق الخامس', 'اللاذقية', 'سوريا', 'موقعًا', 'القوات القتالية']) expect(text()).to.include(word);
    expect(latinIn(root)).to.deep.equal([]);
  });

  it('shows them in English to an English reader', async () => {
    const { text } = await shown('en', 'ltr');
    for (const word of ['~1,000 personnel', 'S-400', 'Fifth Corps', 'Latakia', 'Syria', 'sites', '10% of combat forces']) expect(text()).to.include(word);
    expect(text()).not.to.match(/[\u0600-\u06FF]/);
  });

  it('marks a title or text in another language than the reader\'s with its own lang, for a screen reader\'s voice', async () => {
    const element = await mount('<drawdown-timeline lang="ar" dir="rtl" show-table></drawdown-timeline>', 1000);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story({ events: [
      { id: 'e1', kind: 'withdrawal', title: { en: 'Leaves Alpha' }, text: { en: 'Only in English.' }, when: '2024-12-16', at: 'a' },
      { id: 'e2', kind: 'withdrawal', title: { en: 'Leaves Bravo', ar: 'مغادرة برافو' }, when: '2024-12-18', at: 'b' },
    ] });
    await loaded;
    element.selected = 'e1';
    await element.updateComplete;
    const root = shadow(element);
    expect(root.querySelector('[part~="details"] h3')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('[part~="details"] h3 ~ p[dir="auto"]')!.getAttribute('lang')).to.equal('en');
    const titles = [...root.querySelectorAll('[part~="table"] bdi')].map((bdi) => [bdi.textContent, bdi.getAttribute('lang')]);
    expect(titles).to.deep.include(['Leaves Alpha', 'en']);
    // In the reader's own language: nothing to mark.
    expect(titles).to.deep.include(['مغادرة برافو', null]);
  });

  it('leaves no Latin letter in the seed story in Arabic: the table, and every event\'s details', async () => {
    const element = await mount('<drawdown-timeline lang="ar" dir="rtl" show-table></drawdown-timeline>', 1280);
    const loaded = nextEvent(element, 'drawdown-load');
    element.src = '/data/russia-syria-2024.json';
    await loaded;
    await element.updateComplete;
    const root = shadow(element);
    expect(latinIn(root)).to.deep.equal([]);
    const ids = [...root.querySelectorAll<SVGElement>('[part~="plot"] [part~="event"]')].map((mark) => mark.dataset.id!);
    expect(ids.length).to.be.greaterThan(10);
    for (const id of ids) {
      element.selected = id;
      await element.updateComplete;
      expect(latinIn(root), id).to.deep.equal([]);
    }
  });
});

describe('numerals', () => {
  afterEach(cleanup);

  it('numerals="arab" writes every digit the element writes in Arabic-Indic: axis, labels, amounts, table, counts', async () => {
    const element = await mountArabic('lang="ar" dir="rtl" numerals="arab" show-table');
    element.selected = 'e2';
    await element.updateComplete;
    const root = shadow(element);
    expect(root.textContent, 'some digits written').to.match(/[٠-٩]/);
    expect(textsMatching(root, /[0-9]/)).to.deep.equal([]);
    // The source list's numbers are the browser's: in the same digits.
    expect(getComputedStyle(root.querySelector('.source-notes')!).listStyleType).to.equal('arabic-indic');
    // A share: in the locale's digits and percent sign.
    element.selected = 'e1';
    await element.updateComplete;
    expect(root.querySelector('[part~="details"]')!.textContent).to.include('١٠٪');
    expect(textsMatching(root, /[0-9%]/)).to.deep.equal([]);
  });

  it('numerals="latn" writes Latin digits in Arabic', async () => {
    const element = await mountArabic('lang="ar" dir="rtl" numerals="latn" show-table');
    expect(textsMatching(shadow(element), /[٠-٩۰-۹]/)).to.deep.equal([]);
    expect(shadow(element).textContent).to.match(/[0-9]/);
  });
});

describe('mixed directions on the chart', () => {
  afterEach(cleanup);

  it('slants no Arabic: a forecast\'s Arabic label is upright and muted, an English one italic', async () => {
    const element = await mountArabic();
    const labelOf = (id: string) => shadow(element).querySelector<SVGTextElement>(`[part~="plot"] ${internals.label}[data-id="${id}"]`)!;
    // e5 is expected, e1 confirmed.
    expect(getComputedStyle(labelOf('e5')).fontStyle).to.equal('normal');
    expect(getComputedStyle(labelOf('e5')).fill).to.not.equal(getComputedStyle(labelOf('e1')).fill);
    cleanup();
    const english = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    const loaded = nextEvent(english, 'drawdown-load');
    english.data = story({ events: [{ id: 'f', kind: 'withdrawal', title: 'Leaves by spring', when: '2025-03', at: 'a', status: 'expected' }] });
    await loaded;
    await english.updateComplete;
    const forecast = shadow(english).querySelector<SVGTextElement>(`[part~="plot"] ${internals.label}[data-id="f"]`)!;
    expect(getComputedStyle(forecast).fontStyle).to.equal('italic');
  });

  /** For each label cut short ("…"), whether the "…" is drawn at the end the text reads towards. */
  function ellipses(root: ShadowRoot): { text: string; atEnd: boolean }[] {
    return [...root.querySelectorAll<SVGTextElement>('[part~="plot"] text')].filter((node) => node.textContent!.endsWith('…')
      && node.children.length === 0).map((node) => {
      const text = node.textContent!, last = node.getExtentOfChar(text.length - 1);
      const xs = Array.from({ length: text.length }, (_, i) => node.getExtentOfChar(i)).filter((box) => box.width > 0);
      // It reads the way its first letter outside isolated runs does.
      const readsRtl = /[\u0600-\u06ff]/.test(/\p{L}/u.exec(text.replace(/\u2068[^\u2069]*\u2069/g, ''))?.[0] ?? '');
      const atEnd = readsRtl ? last.x <= Math.min(...xs.map((box) => box.x)) + 0.5 : last.x + last.width >= Math.max(...xs.map((box) => box.x + box.width)) - 0.5;
      return { text, atEnd };
    });
  }

  it('cuts an Arabic label at its own end in a left-to-right chart, and an English one in a right-to-left chart', async () => {
    // Arabic titles in an English, left-to-right chart, narrow enough that labels are cut.
    const arabic = await mountArabic('lang="en" dir="ltr"', 420);
    const cutArabic = ellipses(shadow(arabic));
    expect(cutArabic.length, 'Arabic labels cut').to.be.greaterThan(0);
    expect(cutArabic.filter((cut) => !cut.atEnd)).to.deep.equal([]);
    cleanup();
    // English titles in a right-to-left chart.
    const element = await mount('<drawdown-timeline dir="rtl" lang="en"></drawdown-timeline>', 420);
    const loaded = nextEvent(element, 'drawdown-load');
    element.src = '/data/russia-syria-2024.json';
    await loaded;
    await element.updateComplete;
    const cutEnglish = ellipses(shadow(element));
    expect(cutEnglish.length, 'English labels cut').to.be.greaterThan(0);
    expect(cutEnglish.filter((cut) => !cut.atEnd)).to.deep.equal([]);
  });
});

describe('registerMessages', () => {
  afterEach(cleanup);

  it('adds a language, any key left out said in English, and redraws elements already drawn', async () => {
    const element = await mount('<drawdown-timeline lang="fr"></drawdown-timeline>', 1000);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = arabicStory;
    await loaded;
    await element.updateComplete;
    const reset = () => [...shadow(element).querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(reset()).to.include(messagesEn.ui.zoomReset);
    // Drawn already: it redraws in the words registered, by itself.
    const redrawn = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!reset().includes('Tableau')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(shadow(element), { subtree: true, childList: true, characterData: true });
    });
    registerMessages('fr', { ui: { zoomReset: 'Toute l\'histoire', table: 'Tableau' }, kinds: { withdrawal: 'Retrait' } });
    await redrawn;
    await element.updateComplete;
    expect(reset()).to.include.members(['Toute l\'histoire', 'Tableau', messagesEn.ui.print]);
    expect(shadow(element).querySelector('[part~="legend"]')!.textContent).to.include('Retrait');
  });
});

// Last in this file: it changes the Arabic words for the rest of the page.
describe('registerMessages for a shipped language', () => {
  afterEach(cleanup);

  it('lays the page\'s words over the shipped Arabic, not over English', async () => {
    const element = await mountArabic();
    registerMessages('ar', { ui: { table: 'جدول الأحداث' } });
    await element.updateComplete;
    const buttons = [...shadow(element).querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(buttons).to.include.members(['جدول الأحداث', 'القصة كاملة', 'طباعة']);
  });
});
