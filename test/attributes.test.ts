import { emulateMedia } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { frameWhere } from './frames.js';
import { cleanup, collectingWarnings, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

/**
 * Every option is an attribute: each one set in markup, changed and removed at run time (the element redraws
 * without a reload), and given a bad value (ignored, with one warning naming the attribute and what it accepts).
 */

const SEED = '/data/russia-syria-2024.json';

async function mountSeed(attributes = ''): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

/** The kinds (or statuses) of the primary marks drawn, as a sorted list of distinct values. */
function drawn(element: DrawdownTimeline, prefix: 'kind' | 'status'): string[] {
  const values = new Set<string>();
  for (const mark of shadow(element).querySelectorAll('[part~="event"][data-primary]')) {
    const value = prefix === 'kind' ? internals.kindOf(mark) : internals.statusOf(mark);
    if (value) values.add(value);
  }
  return [...values].sort();
}

async function set(element: DrawdownTimeline, name: string, value: string | null): Promise<void> {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
  await element.updateComplete;
}

function part(element: DrawdownTimeline, name: string): Element | null {
  return shadow(element).querySelector(`[part~="${name}"]`);
}

describe('kinds and statuses filters', () => {
  afterEach(cleanup);

  it('kinds shows only the kinds named, follows changes, and shows every kind again when removed', async () => {
    const element = await mountSeed();
    const every = drawn(element, 'kind');
    expect(every.length).to.be.greaterThan(3);
    await set(element, 'kinds', 'transfer withdrawal');
    expect(drawn(element, 'kind')).to.deep.equal(['transfer', 'withdrawal']);
    await set(element, 'kinds', 'evacuation');
    expect(drawn(element, 'kind')).to.deep.equal(['evacuation']);
    // A filter hides events; it does not change the time axis the others sit on.
    const axis = part(element, 'axis')!.textContent;
    await set(element, 'kinds', null);
    expect(drawn(element, 'kind')).to.deep.equal(every);
    expect(part(element, 'axis')!.textContent).to.equal(axis);
  });

  it('statuses shows only the statuses named', async () => {
    const element = await mountSeed('statuses="confirmed reported"');
    expect(drawn(element, 'status')).to.deep.equal(['confirmed', 'reported']);
    await set(element, 'statuses', 'planned,expected');
    expect(drawn(element, 'status')).to.deep.equal(['expected', 'planned']);
  });

  it('combines both filters, and says so when nothing is left', async () => {
    const element = await mountSeed('kinds="statement" statuses="confirmed"');
    expect(shadow(element).querySelectorAll('[part~="event"]').length).to.equal(0);
    expect(shadow(element).querySelector(internals.empty)?.textContent).to.match(/no events/);
  });

  it('ignores unknown kinds and statuses with one warning naming the attribute and the accepted values', () => collectingWarnings(async (warnings) => {
    const element = await mountSeed('kinds="transfer tanks" statuses="rumoured"');
    expect(drawn(element, 'kind')).to.deep.equal(['transfer']);
    // Every status of the transfers shows: no status named was known, so there is no status filter.
    expect(drawn(element, 'status').length).to.be.greaterThan(1);
    await set(element, 'start', '2024-12');
    expect(warnings.filter((w) => w.includes('kinds="tanks"'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('kinds="tanks"'))).to.include('withdrawal, transfer, evacuation');
    expect(warnings.filter((w) => w.includes('statuses="rumoured"'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('statuses='))).to.include('confirmed, reported, claimed');
  }));
});

describe('theme', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  const background = (element: DrawdownTimeline) => getComputedStyle(shadow(element).querySelector(internals.frame)!).backgroundColor;

  it('is light by default, dark with theme="dark", and follows the system with theme="auto"', async () => {
    const element = await mountSeed();
    expect(background(element)).to.equal('rgb(255, 255, 255)');
    await set(element, 'theme', 'dark');
    expect(background(element)).to.equal('rgb(22, 23, 27)');
    // Kinds get lighter colours in the dark, so marks stand out from the background.
    const mark = shadow(element).querySelector(`[part~="event"]${internals.kind('transfer')}`)!;
    expect(getComputedStyle(mark).stroke).to.equal('rgb(90, 170, 240)');
    await set(element, 'theme', 'auto');
    expect(background(element)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(element)).to.equal('rgb(22, 23, 27)');
    await set(element, 'theme', null);
    expect(background(element)).to.equal('rgb(255, 255, 255)');
  });

  it('lets the page override any colour of either theme through --drawdown-* properties', async () => {
    const element = await mountSeed('theme="dark"');
    element.style.setProperty('--drawdown-background', 'rgb(1, 2, 3)');
    element.style.setProperty('--drawdown-color-transfer', 'rgb(200, 0, 0)');
    expect(background(element)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(element).querySelector(`[part~="event"]${internals.kind('transfer')}`)!).stroke).to.equal('rgb(200, 0, 0)');
  });

  it('reflects the property to the attribute, and ignores a bad value with a warning', () => collectingWarnings(async (warnings) => {
    const element = await mountSeed();
    element.theme = 'dark';
    await element.updateComplete;
    expect(element.getAttribute('theme')).to.equal('dark');
    await set(element, 'theme', 'sepia');
    expect(background(element)).to.equal('rgb(255, 255, 255)');
    expect(warnings).to.deep.equal(['<drawdown-timeline>: ignoring theme="sepia": expected one of light, dark, auto']);
  }));
});

describe('lang', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.lang = 'en';
  });

  const bilingual = story({
    title: { en: 'Withdrawal', ar: 'الانسحاب', fr: 'Retrait' },
    events: [{ id: 'e1', kind: 'withdrawal', title: { en: 'Leaves', ar: 'يغادر' }, when: '2024-12-16' }],
  });

  async function mountBilingual(attributes = ''): Promise<DrawdownTimeline> {
    const element = await mount(`<drawdown-timeline ${attributes}></drawdown-timeline>`);
    // Drawn once the words of its language are there too (Arabic's load on first use).
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = bilingual;
    await loaded;
    await element.updateComplete;
    return element;
  }
  const title = (element: DrawdownTimeline) => part(element, 'title')!.textContent;

  /**
   * Sets the document's lang, and resolves once the element has redrawn for it: it watches the document with a
   * MutationObserver made when it was connected, and observers are told of a change in the order they were made,
   * so once one made now is told, the element's has been, and asked for the update awaited here.
   */
  async function setDocumentLang(element: DrawdownTimeline, lang: string): Promise<void> {
    const seen = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
    document.documentElement.lang = lang;
    await seen;
    await element.updateComplete;
  }

  it('shows the language named, redraws when it changes, and falls back to the document, then the first', async () => {
    const element = await mountBilingual('lang="ar"');
    expect(title(element)).to.equal('الانسحاب');
    expect(shadow(element).querySelector(internals.label)!.textContent).to.include('يغادر');
    await set(element, 'lang', 'fr');
    expect(title(element)).to.equal('Retrait');
    // The label has no French: the document's language is next.
    expect(shadow(element).querySelector(internals.label)!.textContent).to.include('Leaves');
    await set(element, 'lang', null);
    expect(title(element)).to.equal('Withdrawal');
    await setDocumentLang(element, 'ar');
    expect(title(element)).to.equal('الانسحاب');
    await setDocumentLang(element, 'de');
    expect(title(element)).to.equal('Withdrawal');
  });

  it('takes the nearest ancestor\'s lang before the document\'s', async () => {
    const element = await mountBilingual();
    element.parentElement!.lang = 'fr';
    element.lang = '';
    element.removeAttribute('lang');
    element.parentElement!.append(element);
    element.requestUpdate();
    await element.updateComplete;
    expect(title(element)).to.equal('Retrait');
  });
});

describe('height', () => {
  afterEach(cleanup);

  it('fixes the plot\'s height, scrolling the lanes inside, the rest around it, and follows changes', () => collectingWarnings(async (warnings) => {
    const element = await mountSeed('height="300"');
    const wrap = shadow(element).querySelector(internals.plotWrap)!;
    const plotHeight = () => wrap.getBoundingClientRect().height;
    expect(plotHeight()).to.equal(300);
    // The header and legend take their own room: the element is taller than its plot.
    const header = shadow(element).querySelector('[part~="title"]')!.getBoundingClientRect();
    expect(header.bottom).to.be.at.most(wrap.getBoundingClientRect().top);
    expect(shadow(element).querySelector('[part~="legend"]')!.getBoundingClientRect().top).to.be.at.least(wrap.getBoundingClientRect().bottom);
    expect(wrap.scrollHeight).to.be.greaterThan(wrap.clientHeight);
    expect(getComputedStyle(wrap).overflowY).to.equal('auto');
    await set(element, 'height', '50vh');
    expect(Math.round(plotHeight())).to.equal(Math.round(innerHeight / 2));
    await set(element, 'height', null);
    const natural = plotHeight();
    expect(natural).to.be.greaterThan(300);
    await set(element, 'height', '-20px');
    expect(plotHeight()).to.equal(natural);
    await set(element, 'height', 'tall');
    expect(plotHeight()).to.equal(natural);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^<drawdown-timeline>: ignoring height="-20px": expected a positive length/);
  }));

  it('draws the marks the reader scrolls to inside a fixed height', async () => {
    const seed = await (await fetch(SEED)).json();
    const events = Array.from({ length: 400 }, (_, i) => ({
      id: `e${i}`, kind: 'transfer', title: `Event ${i}`, when: `2024-12-${String(1 + (i % 28)).padStart(2, '0')}`,
      at: `p${i % 60}`,
    }));
    const places = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, name: `Place ${i}` }));
    const element = await mount('<drawdown-timeline height="400"></drawdown-timeline>');
    element.data = { ...seed, series: [], eras: [], places, events };
    await element.updateComplete;
    const wrap = shadow(element).querySelector(internals.plotWrap)!;
    const labels = () => new Set([...shadow(element).querySelectorAll('[part~="lane-label"]')].map((label) => label.textContent));
    const before = labels();
    expect(before.size, 'only the lanes near the view are drawn').to.be.lessThan(60);
    const scrolledTo = () => [...labels()].filter((label) => !before.has(label)).length;
    wrap.scrollTop = wrap.scrollHeight;
    // The element draws the lanes a scroll brings into view in a frame after the scroll event.
    await frameWhere(() => scrolledTo() > 5, 'the lanes scrolled to');
    expect(scrolledTo(), 'lanes scrolled to are drawn').to.be.greaterThan(5);
  });
});

describe('no-legend, no-details, no-controls', () => {
  afterEach(cleanup);

  for (const [attribute, name] of [['no-legend', 'legend'], ['no-details', 'details'], ['no-controls', 'controls']] as const) {
    it(`${attribute} hides part="${name}", and removing it brings it back`, async () => {
      const element = await mountSeed(attribute);
      expect(part(element, name)).to.equal(null);
      expect(part(element, 'plot')).to.exist;
      await set(element, attribute, null);
      expect(part(element, name)).to.exist;
      await set(element, attribute, '');
      expect(part(element, name)).to.equal(null);
    });
  }
});

describe('selected', () => {
  afterEach(cleanup);

  const details = (element: DrawdownTimeline) => part(element, 'details')!;

  it('selects the event it names once the story has loaded, and follows changes and removal', async () => {
    const element = await mountSeed('selected="personnel-hmeimim-to-benghazi"');
    expect(details(element).getAttribute('data-id')).to.equal('personnel-hmeimim-to-benghazi');
    expect(shadow(element).querySelector(`[part~="event"]${internals.selected}`)!.getAttribute('data-id')).to.equal('personnel-hmeimim-to-benghazi');
    await set(element, 'selected', 'fall-of-assad');
    expect(details(element).getAttribute('data-id')).to.equal('fall-of-assad');
    await set(element, 'selected', null);
    expect(details(element).hasAttribute('data-id')).to.equal(false);
    expect(shadow(element).querySelector(`[part~="event"]${internals.selected}`)).to.equal(null);
  });

  it('is set by a click, which fires drawdown-select; a second click clears both', async () => {
    const element = await mountSeed();
    const id = shadow(element).querySelector<SVGElement>('[part~="event"][data-primary]')!.dataset.id!;
    const click = () => shadow(element).querySelector(`[part~="event"][data-id="${id}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const selecting = nextEvent<CustomEvent>(element, 'drawdown-select');
    click();
    expect((await selecting).detail).to.deep.equal({ id });
    await element.updateComplete;
    expect(element.getAttribute('selected')).to.equal(id);
    const clearing = nextEvent<CustomEvent>(element, 'drawdown-select');
    click();
    expect((await clearing).detail).to.deep.equal({ id: null });
    await element.updateComplete;
    expect(element.hasAttribute('selected')).to.equal(false);
  });

  it('does not fire drawdown-select when the page sets it', async () => {
    const element = await mountSeed();
    let fired = 0;
    element.addEventListener('drawdown-select', () => fired++);
    await set(element, 'selected', 'fall-of-assad');
    element.selected = '';
    await element.updateComplete;
    expect(fired).to.equal(0);
  });

  it('warns once about an id the story does not have, and shows no details for it', () => collectingWarnings(async (warnings) => {
    const element = await mountSeed('selected="no-such-event"');
    expect(details(element).hasAttribute('data-id')).to.equal(false);
    await set(element, 'start', '2024-12');
    expect(warnings).to.deep.equal(['<drawdown-timeline>: ignoring selected="no-such-event": expected the id of an event in the story']);
  }));

  it('shows no details for a selected event the filters hide', async () => {
    const element = await mountSeed('selected="fall-of-assad" kinds="transfer"');
    expect(details(element).hasAttribute('data-id')).to.equal(false);
    await set(element, 'kinds', null);
    expect(details(element).getAttribute('data-id')).to.equal('fall-of-assad');
  });
});

describe('controls', () => {
  afterEach(cleanup);

  const buttons = (element: DrawdownTimeline) => [...part(element, 'controls')!.querySelectorAll('button')];

  it('zooms in and out around the middle, through start and end, firing drawdown-rangechange', async () => {
    const element = await mountSeed();
    const [zoomIn, zoomOut, whole] = buttons(element);
    expect(zoomIn!.title).to.equal('Zoom in');
    // Unavailable, not disabled: they keep their place in the toolbar's keys (see toolbar-keys.test.ts).
    expect([zoomOut, whole].map((button) => button!.getAttribute('aria-disabled')), 'nothing to zoom out to yet').to.deep.equal(['true', 'true']);
    const ticks = part(element, 'axis')!.textContent;
    const changed = nextEvent<CustomEvent>(element, 'drawdown-rangechange');
    zoomIn!.click();
    const { start, end } = (await changed).detail;
    await element.updateComplete;
    expect(element.getAttribute('start')).to.equal(start);
    expect(element.getAttribute('end')).to.equal(end);
    expect(part(element, 'axis')!.textContent).not.to.equal(ticks);
    const inSpan = Date.parse(end) - Date.parse(start);
    zoomIn!.click();
    await element.updateComplete;
    expect(Date.parse(element.end) - Date.parse(element.start)).to.be.closeTo(inSpan / 2, 10_000);
    buttons(element)[1]!.click();
    await element.updateComplete;
    expect(Date.parse(element.end) - Date.parse(element.start)).to.be.closeTo(inSpan, 10_000);
    // Zoomed out to the whole story, the window is cleared, as before any zoom.
    buttons(element)[1]!.click();
    await element.updateComplete;
    expect([element.start, element.end]).to.deep.equal(['', '']);
    expect(part(element, 'axis')!.textContent).to.equal(ticks);
  });

  it('goes back to the whole story', async () => {
    const element = await mountSeed('start="2024-12-10" end="2024-12-20"');
    const changed = nextEvent<CustomEvent>(element, 'drawdown-rangechange');
    buttons(element)[2]!.click();
    expect((await changed).detail).to.deep.equal({ start: '', end: '' });
    await element.updateComplete;
    expect(element.hasAttribute('start') || element.hasAttribute('end')).to.equal(false);
    expect(buttons(element)[2]!.getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('format and loading', () => {
  afterEach(cleanup);

  it('ignore bad values with a warning each, and load as auto and eager', () => collectingWarnings(async (warnings) => {
    const element = await mountSeed('format="xml" loading="soon"');
    expect(part(element, 'plot')).to.exist;
    expect(warnings).to.include('<drawdown-timeline>: ignoring format="xml": expected one of auto, json, csv, timelinejs');
    expect(warnings).to.include('<drawdown-timeline>: ignoring loading="soon": expected one of eager, lazy');
  }));
});

describe('removing attributes', () => {
  afterEach(cleanup);

  it('goes back to each default, one attribute at a time, and keeps drawing', async () => {
    const all = 'group-by="kind" kinds="transfer" statuses="claimed" start="2024-12" end="2025-01" height="400" ' +
      'theme="dark" lang="en" selected="fall-of-assad" format="json" loading="lazy" fetch-timeout="9000" no-legend no-details no-controls';
    const element = await mountSeed(all);
    for (const name of [...element.getAttributeNames()].filter((n) => n !== 'src')) {
      const reloading = name === 'format' ? nextEvent(element, 'drawdown-load') : undefined;
      await set(element, name, null);
      // A new format reads the file anew.
      await reloading;
      await element.updateComplete;
      expect(part(element, 'plot'), `after removing ${name}`).to.exist;
    }
    expect([element.groupBy, element.kinds, element.theme, element.format, element.height]).to.deep.equal(['', '', '', '', '']);
    expect(drawn(element, 'kind').length).to.be.greaterThan(3);
  });
});
