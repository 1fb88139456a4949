import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { keyAction } from '../src/element/key-action.js';
import type { DrawdownLoadEvent } from '../src/index.js';
import { frameWhere } from './frames.js';
import { cleanup, collectingWarnings, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

const SEED = '/data/russia-syria-2024.json';

interface SeedEvent { id: string; title: string; from?: string | string[]; to?: string | string[]; sources?: string[] }
type SeedText = string | Record<string, string>;
interface SeedDocument { title: SeedText; events: SeedEvent[]; places: { id: string }[]; sources: { id: string; name: SeedText; via?: string }[] }

const english = (text: SeedText) => (typeof text === 'string' ? text : text.en ?? Object.values(text)[0]!);

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function seed(): Promise<SeedDocument> {
  return (await fetch(SEED)).json();
}

async function mountLoaded(markup: string, width = 1000) {
  const element = await mount(markup, width);
  const event = await nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
  await element.updateComplete;
  return { element, root: shadow(element), detail: event.detail };
}

describe('<drawdown-timeline> with the seed story', () => {
  // A viewport taller than the plot: every mark is drawn (a taller plot draws the band in view, see vertical-band).
  before(() => setViewport({ width: 1200, height: 2400 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  it('draws one primary part="event" per event, each with its data-id', async () => {
    const doc = await seed();
    const { root, detail } = await mountLoaded(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`);
    const primaries = [...root.querySelectorAll<SVGElement>('[part~="event"][data-primary]')];
    expect(primaries.map((mark) => mark.dataset.id).sort()).to.deep.equal(doc.events.map((e) => e.id).sort());
    // Every mark, primary or not, carries the contract: found by the class it is drawn with, not by its part.
    const marks = root.querySelectorAll<SVGPathElement>(`[part~="plot"] ${internals.mark}`);
    expect(marks.length, 'marks drawn').to.be.at.least(primaries.length);
    for (const mark of marks) {
      expect(mark.getAttribute('part')).to.equal('event');
      expect(doc.events.some((e) => e.id === mark.dataset.id)).to.equal(true);
    }
    expect(detail).to.deep.include({ events: doc.events.length, skipped: 0 });
    expect(detail.problems).to.deep.equal([]);
  });

  it('draws a part="transfer" link for every origin and destination pair', async () => {
    const doc = await seed();
    const expected = doc.events.flatMap((e) => list(e.from).flatMap((from) => list(e.to).filter((to) => to !== from).map((to) => `${e.id}>${to}`)));
    expect(expected.length).to.be.greaterThan(3);
    const { root } = await mountLoaded(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`);
    const links = [...root.querySelectorAll<SVGPathElement>('[part~="transfer"]')];
    expect(links.map((link) => `${link.dataset.id}>${link.dataset.to}`).sort()).to.deep.equal(expected.sort());
    for (const link of links) {
      // The curve, then the arrowhead: a second subpath of two strokes meeting at the tip.
      expect(link.getAttribute('d')).to.match(/^M[\d.-]+,[\d.-]+Q[\d.,\s-]+M[\d.,-]+L[\d.,-]+L[\d.,-]+$/);
    }
  });

  it('draws a lane per place with events, the axis, the title and the legend', async () => {
    const doc = await seed();
    const { root } = await mountLoaded(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`);
    const lanes = [...root.querySelectorAll<SVGElement>('[part~="lane"]')];
    const placeOrder = doc.places.map((place) => place.id);
    const laneKeys = lanes.map((lane) => lane.dataset.lane!);
    expect(laneKeys.length).to.be.greaterThan(3);
    // Lanes follow the order of places.
    const positions = laneKeys.filter((key) => key !== '').map((key) => placeOrder.indexOf(key));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    expect(positions).not.to.include(-1);
    expect(root.querySelector('[part~="title"]')!.textContent).to.equal(english(doc.title));
    expect(root.querySelectorAll('[part~="axis"] text').length).to.be.greaterThan(2);
    expect(root.querySelectorAll('[part~="legend"] li').length).to.be.greaterThan(3);
  });

  it('fits the whole time range into its width on first render', async () => {
    const { element, root } = await mountLoaded(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`, 700);
    const svg = root.querySelector<SVGSVGElement>('svg[part~="plot"]')!;
    expect(Number(svg.getAttribute('width'))).to.equal(element.getBoundingClientRect().width);
    const bounds = svg.getBoundingClientRect();
    const shapes = root.querySelectorAll<SVGPathElement>('[part~="plot"] [part~="event"]');
    expect(shapes.length, 'marks drawn').to.be.greaterThan(0);
    for (const shape of shapes) {
      const box = shape.getBoundingClientRect();
      expect(box.left).to.be.at.least(bounds.left - 0.5);
      expect(box.right).to.be.at.most(bounds.right + 0.5);
    }
  });

  it('shows an event\'s details on click: date as stated, status, route, amount and sources with their via chain', async () => {
    const doc = await seed();
    const { element, root } = await mountLoaded(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`);
    const withVia = doc.events.find((e) => list(e.from).length && list(e.to).length && e.sources?.some((id) => doc.sources.find((s) => s.id === id)?.via))!;
    expect(withVia, 'a transfer whose source has a via').to.exist;
    root.querySelector<SVGElement>(`[part~="event"][data-primary][data-id="${withVia.id}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    const details = root.querySelector<HTMLElement>('[part~="details"]')!;
    expect(details.dataset.id).to.equal(withVia.id);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include(english(withVia.title));
    expect(text).to.include('→');
    const source = doc.sources.find((s) => withVia.sources!.includes(s.id) && s.via)!;
    const via = doc.sources.find((s) => s.id === source.via)!;
    expect(text).to.include(`${english(source.name)}, via ${english(via.name)}`);
    const links = details.querySelectorAll('a');
    expect(links.length, 'the sources\' links').to.be.greaterThan(0);
    for (const link of links) {
      expect(link.protocol).to.match(/^https?:$/);
      expect(link.rel).to.equal('noopener noreferrer');
    }
  });

  it('marks the clicked event as selected, and a second click clears it', async () => {
    const { element, root } = await mountLoaded(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`);
    const mark = root.querySelector<SVGElement>('[part~="event"][data-primary]')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(mark.matches(internals.selected)).to.equal(true);
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(mark.matches(internals.selected)).to.equal(false);
    expect(root.querySelector('[part~="details"]')!.hasAttribute('data-id')).to.equal(false);
  });
});

describe('<drawdown-timeline> details and keyboard', () => {
  afterEach(cleanup);

  it('previews details on hover and on focus', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    const root = shadow(element);
    const mark = root.querySelector<SVGPathElement>('[part~="event-target"][data-id="e2"][data-primary]')!;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector<HTMLElement>('[part~="details"]')!.dataset.id).to.equal('e2');
    root.querySelector('[part~="plot"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await element.updateComplete;
    expect(root.querySelector<HTMLElement>('[part~="details"]')!.dataset.id).to.equal(undefined);
    root.querySelector<SVGPathElement>('[part~="event-target"][data-id="e1"][data-primary]')!.focus();
    await element.updateComplete;
    expect(root.querySelector<HTMLElement>('[part~="details"]')!.dataset.id).to.equal('e1');
  });

  it('offers one Tab stop, and walks events in time order with the arrow keys', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    // One Tab stop in the plot (the toolbar has its own).
    const stops = () => root.querySelectorAll('[part~="plot"] [tabindex="0"]').length;
    expect(stops()).to.equal(1);
    // e3 is December 2024 (starts 1 Dec), e2 starts 15 Dec, e1 is 16 Dec.
    const focused = () => (root.activeElement as SVGPathElement | null)?.dataset.id;
    root.querySelector<SVGPathElement>('[part~="plot"] [tabindex="0"]')!.focus();
    expect(focused()).to.equal('e3');
    const press = async (key: string) => {
      root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await element.updateComplete;
      await element.updateComplete;
    };
    await press('ArrowRight');
    expect(focused()).to.equal('e2');
    await press('ArrowRight');
    expect(focused()).to.equal('e1');
    await press('ArrowRight');
    expect(focused()).to.equal('e1');
    await press('Home');
    expect(focused()).to.equal('e3');
    await press('End');
    expect(focused()).to.equal('e1');
    await press('Enter');
    expect(root.querySelector(`[part~="event"]${internals.selected}`)!.getAttribute('data-id')).to.equal('e1');
    expect(stops()).to.equal(1);
  });

  it('gives each primary mark an accessible name with date, title, kind, status, route, backing and place in time', async () => {
    const element = await mount('<drawdown-timeline lang="en-GB"></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    const name = shadow(element).querySelector('[part~="event-target"][data-id="e2"][data-primary]')!.getAttribute('aria-label');
    expect(name).to.match(/^15\s?–\s?18 December 2024\. Alpha to Bravo\. Transfer, reported\. from Alpha Base to Bravo Airport\. Unattributed\. 2 of \d+$/);
  });

  it('names marks once: a zoom does not rewrite their names, a new story does', async () => {
    const element = await mount('<drawdown-timeline lang="en-GB"></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    const mark = () => shadow(element).querySelector('[part~="event-target"][data-id="e2"][data-primary]')!;
    const renamed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) renamed.push((record.target as Element).getAttribute('data-id') ?? '');
    });
    observer.observe(shadow(element), { subtree: true, attributeFilter: ['aria-label'] });
    element.start = '2024-12-10';
    element.end = '2024-12-25';
    await element.updateComplete;
    observer.takeRecords().forEach((record) => renamed.push((record.target as Element).getAttribute('data-id') ?? ''));
    expect(renamed.filter((id) => id === 'e2'), 'e2 renamed on zoom').to.deep.equal([]);
    observer.disconnect();
    // The same event id in a new story keeps its mark node, and gets the new story's words.
    const next = story();
    (next.events as { title: string }[])[1]!.title = 'Alpha to Bravo, again';
    element.data = next;
    await nextEvent(element, 'drawdown-load');
    expect(mark().getAttribute('aria-label')).to.include('Alpha to Bravo, again');
  });

  it('renders text from the data as text, never as HTML', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    element.data = story({
      title: hostile,
      subtitle: hostile,
      events: [{ id: 'x', kind: 'other', title: hostile, text: hostile, when: '2024-12-01', sources: ['s1'] }],
    });
    await nextEvent(element, 'drawdown-load');
    const root = shadow(element);
    root.querySelector<SVGElement>('[data-id="x"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector('img, b')).to.equal(null);
    expect(root.querySelector('[part~="title"]')!.textContent).to.equal(hostile);
    expect(root.querySelector('[part~="details"]')!.textContent).to.include(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('re-lays out to the new width when its container resizes', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 900);
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    const svg = () => shadow(element).querySelector('[part~="plot"]')!;
    expect(svg().getAttribute('width')).to.equal('900');
    (element.parentElement as HTMLElement).style.width = '500px';
    // The ResizeObserver reports the new width, and the element lays the story out for it in the next frame.
    await frameWhere(() => svg().getAttribute('width') === '500', 'the plot 500 px wide');
  });

  it('says so when a story has no events', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    element.data = story({ events: [] });
    await nextEvent(element, 'drawdown-load');
    expect(shadow(element).querySelector(internals.empty)!.textContent).to.include('no events');
  });

  it('marks an event with no source as unattributed', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    const root = shadow(element);
    root.querySelector<SVGElement>('[data-id="e3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector(`[part~="details"] ${internals.unattributed}`)).to.exist;
  });
});

describe('<drawdown-timeline> start and end', () => {
  afterEach(cleanup);

  it('shows only the window they name, and follows them when they change', async () => {
    const element = await mount('<drawdown-timeline start="2024-12-16" end="2024-12-16"></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const drawn = () => [...shadow(element).querySelectorAll<SVGElement>('[part~="event"][data-primary]')].map((m) => m.dataset.id).sort();
    // 16 December: e1 (that day), e2 (15–18 December) and e3 (all of December) all reach into it.
    expect(drawn()).to.deep.equal(['e1', 'e2', 'e3']);
    element.setAttribute('start', '2024-12-02');
    element.setAttribute('end', '2024-12-05');
    await element.updateComplete;
    expect(drawn()).to.deep.equal(['e3']);
    element.removeAttribute('start');
    element.removeAttribute('end');
    await element.updateComplete;
    expect(drawn()).to.deep.equal(['e1', 'e2', 'e3']);
  });

  it('ignores a value that is not a date, with one warning that names the attribute', async () => collectingWarnings(async (warnings) => {
    const element = await mount('<drawdown-timeline start="next week"></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part~="event"][data-primary]').length).to.equal(3);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('start="next week"');
  }));
});

describe('<drawdown-timeline> lifecycle', () => {
  afterEach(cleanup);

  it('stops loading when removed, and loads again when put back', async () => {
    // The test server holds the first request for this story until the client aborts it, and says when it has it
    // and when it was aborted.
    const key = `removed-${Math.random()}`;
    const heldState = async (until: 'received' | 'aborted') => (await fetch(`/__test/held-state?key=${key}&until=${until}`)).json();
    const element = await mount(`<drawdown-timeline src="/__test/held?key=${key}"></drawdown-timeline>`);
    const parent = element.parentElement!;
    expect(await heldState('received'), 'the fetch reached the server').to.equal(true);
    element.remove();
    let loadedWhileDetached = false;
    element.addEventListener('drawdown-load', () => (loadedWhileDetached = !element.isConnected), { once: true });
    expect(await heldState('aborted'), 'the fetch was aborted').to.equal(true);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="event"]')).to.equal(null);
    const loaded = nextEvent(element, 'drawdown-load');
    parent.append(element);
    await loaded;
    expect(loadedWhileDetached).to.equal(false);
    expect(shadow(element).querySelectorAll('[part~="event"][data-primary]').length).to.be.greaterThan(5);
  });
});

describe('keyAction', () => {
  it('walks forward in time with the arrow that points the way time runs', () => {
    expect(keyAction('ArrowRight', 'ltr')).to.equal('next');
    expect(keyAction('ArrowLeft', 'ltr')).to.equal('previous');
    expect(keyAction('ArrowLeft', 'rtl')).to.equal('next');
    expect(keyAction('ArrowRight', 'rtl')).to.equal('previous');
  });
  it('maps Home, End, Enter, Space and Escape, and leaves other keys alone', () => {
    expect(['Home', 'End', 'Enter', ' ', 'Escape', 'Tab', 'a'].map((key) => keyAction(key, 'ltr')))
      .to.deep.equal(['first', 'last', 'select', 'select', 'clear', undefined, undefined]);
  });
});
