import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { drawnMarks, framePage, frameWhere, nextFrame, removeFrames } from './frames.js';

/**
 * A good custom element: it works whatever the order the script and the markup arrive in, with several instances
 * on a page, created detached, moved, removed and put back (leaving nothing listening), and lazily.
 */

const SCRIPT = '/dist/drawdown-timeline.min.js';

/** Two instances with different data: one fetched, one inline. */
async function twoTimelines(): Promise<string> {
  const inline = await (await fetch('/data/us-afghanistan-2020-2021.json')).text();
  return `<drawdown-timeline id="fetched" src="/data/russia-syria-2024.json"></drawdown-timeline>
    <drawdown-timeline id="inline"><script type="application/json">${inline}</script></drawdown-timeline>`;
}

const LOAD_ORDERS: Record<string, (script: string, markup: string) => string> = {
  'a script before the markup': (script, markup) => `<!doctype html><html><head><script src="${script}"></script></head><body>${markup}</body></html>`,
  'a script after the markup': (script, markup) => `<!doctype html><html><head></head><body>${markup}<script src="${script}"></script></body></html>`,
  'an async script': (script, markup) => `<!doctype html><html><head><script async src="${script}"></script></head><body>${markup}</body></html>`,
  'a deferred script': (script, markup) => `<!doctype html><html><head><script defer src="${script}"></script></head><body>${markup}</body></html>`,
  'a script added once the page has loaded': (script, markup) => `<!doctype html><html><head></head><body>${markup}
    <script>addEventListener('load', () => document.head.append(Object.assign(document.createElement('script'), { src: '${script}' })));</script></body></html>`,
};

describe('load order', () => {
  afterEach(removeFrames);

  for (const [order, page] of Object.entries(LOAD_ORDERS)) {
    it(`draws two independent timelines with ${order}`, async () => {
      const seed = await (await fetch('/data/russia-syria-2024.json')).json();
      const afghanistan = await (await fetch('/data/us-afghanistan-2020-2021.json')).json();
      // Tall enough that both are in view, where the element draws every mark (below it draws as the page scrolls).
      const { document: doc, errors } = await framePage(page(SCRIPT, await twoTimelines()), 1000, 2600);
      const fetched = doc.getElementById('fetched')!, inline = doc.getElementById('inline')!;
      await frameWhere(() => drawnMarks(fetched) === seed.events.length && drawnMarks(inline) === afghanistan.events.length, 'both timelines');
      const text = (title: string | Record<string, string>) => (typeof title === 'string' ? title : title.en);
      expect(fetched.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(text(seed.title));
      expect(inline.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(text(afghanistan.title));
      expect(errors).to.deep.equal([]);
    });
  }

  it('keeps each instance\'s focus and selection its own', async () => {
    const { document: doc } = await framePage(LOAD_ORDERS['a script before the markup']!(SCRIPT, await twoTimelines()));
    const fetched = doc.getElementById('fetched')!, inline = doc.getElementById('inline')!;
    await frameWhere(() => drawnMarks(fetched) > 0 && drawnMarks(inline) > 0, 'both timelines');
    const stop = (element: Element) => element.shadowRoot!.querySelector<SVGElement>('[part~="event-target"][tabindex="0"]')!;
    const inlineStop = stop(inline).dataset.id;
    stop(fetched).focus();
    stop(fetched).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    stop(fetched).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    // The keys were handled as they were dispatched; what they changed is rendered (and reflected) by the updates
    // they asked for, of either element.
    await Promise.all([fetched, inline].map((element) => (element as unknown as { updateComplete: Promise<boolean> }).updateComplete));
    expect(fetched.getAttribute('selected')).to.be.a('string');
    expect(inline.hasAttribute('selected')).to.equal(false);
    expect(stop(inline).dataset.id).to.equal(inlineStop);
    // Both shadow roots hold the same pattern ids, each resolving in its own tree.
    expect(fetched.shadowRoot!.getElementById('hatch-transfer')).to.exist;
    expect(inline.shadowRoot!.getElementById('hatch-transfer')).to.exist;
  });
});

/** Counts what the element registers on the document and window, and what its observers observe, while it runs. */
function instrument() {
  const listeners = new Map<string, number>();
  const observing = new Map<object, number>();
  const restore: (() => void)[] = [];
  for (const target of [document, window] as EventTarget[]) {
    const add = target.addEventListener, remove = target.removeEventListener;
    const name = target === document ? 'document' : 'window';
    target.addEventListener = function (type: string, ...rest: unknown[]) {
      listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) + 1);
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    };
    target.removeEventListener = function (type: string, ...rest: unknown[]) {
      listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) - 1);
      return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
    };
    restore.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  }
  for (const Observer of [ResizeObserver, MutationObserver, IntersectionObserver]) {
    const { observe, disconnect } = Observer.prototype as unknown as { observe: (...args: unknown[]) => void; disconnect: () => void };
    Object.assign(Observer.prototype, {
      observe(this: object, ...args: unknown[]) {
        observing.set(this, (observing.get(this) ?? 0) + 1);
        return observe.apply(this, args);
      },
      disconnect(this: object) {
        observing.set(this, 0);
        return disconnect.call(this);
      },
    });
    restore.push(() => Object.assign(Observer.prototype, { observe, disconnect }));
  }
  return {
    /** Listeners still registered, and observers still observing. */
    live: () => ({
      listeners: [...listeners].filter(([, count]) => count > 0).map(([key]) => key),
      observers: [...observing.values()].filter((count) => count > 0).length,
    }),
    restore: () => restore.forEach((undo) => undo()),
  };
}

describe('lifecycle', () => {
  afterEach(cleanup);

  it('leaves nothing listening or observing once removed, however often it is put back', async () => {
    const probe = instrument();
    try {
      const element = await mount('<drawdown-timeline src="/data/russia-syria-2024.json" loading="lazy"></drawdown-timeline>');
      await nextEvent(element, 'drawdown-load');
      const parent = element.parentElement!;
      expect(probe.live().listeners.length, 'listening while on the page').to.be.greaterThan(0);
      for (let i = 0; i < 3; i++) {
        element.remove();
        expect(probe.live()).to.deep.equal({ listeners: [], observers: 0 });
        parent.append(element);
        await element.updateComplete;
      }
      element.remove();
      expect(probe.live()).to.deep.equal({ listeners: [], observers: 0 });
    } finally {
      probe.restore();
    }
  });

  it('created detached, fetches only once attached', async () => {
    const key = `detached-${Math.random()}`;
    const element = document.createElement('drawdown-timeline');
    element.src = `/__test/counted?key=${key}`;
    // The element reads its properties (and so fetches) only in an update, and Lit holds an element's updates until
    // it is first connected: one is waiting, none has run, frames later still.
    await nextFrame();
    await nextFrame();
    expect(element.isUpdatePending, 'an update waits for the element to be connected').to.equal(true);
    expect(element.hasUpdated, 'no update ran while detached').to.equal(false);
    expect(await (await fetch(`/__test/count?key=${key}`)).json()).to.equal(0);
    const container = document.createElement('div');
    container.className = 'test-container';
    document.body.append(container);
    const loaded = nextEvent(element, 'drawdown-load');
    container.append(element);
    await loaded;
    expect(await (await fetch(`/__test/count?key=${key}`)).json()).to.equal(1);
  });

  it('moved to another container, keeps its story and takes the new width', async () => {
    const key = `moved-${Math.random()}`;
    const element = await mount(`<drawdown-timeline src="/__test/counted?key=${key}"></drawdown-timeline>`, 900);
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const narrow = document.createElement('div');
    narrow.className = 'test-container';
    narrow.style.width = '500px';
    document.body.append(narrow);
    narrow.append(element);
    await frameWhere(() => shadow(element).querySelector('[part~="plot"]')?.getAttribute('width') === '500', 'the new width');
    expect(shadow(element).querySelectorAll('[part~="event"][data-primary]').length).to.be.greaterThan(5);
    expect(await (await fetch(`/__test/count?key=${key}`)).json()).to.equal(1);
  });
});

describe('loading="lazy"', () => {
  before(() => setViewport({ width: 900, height: 600 }));
  afterEach(cleanup);

  it('fetches only when the element nears the viewport', async () => {
    const key = `lazy-${Math.random()}`;
    const element = await mount(`<div style="height: 4000px"></div>
      <drawdown-timeline loading="lazy" src="/__test/counted?key=${key}"></drawdown-timeline>`);
    // The element made its IntersectionObserver in its first update, before this one, and observers are told in the
    // order they were made: once this one has its first entry, the element has had its own and decided whether to
    // fetch.
    const entry = await new Promise<IntersectionObserverEntry>((resolve) => {
      const observer = new IntersectionObserver(([first]) => {
        observer.disconnect();
        resolve(first!);
      }, { rootMargin: '100% 0px' });
      observer.observe(element);
    });
    expect(entry.isIntersecting, 'the element is more than a screen away from the view').to.equal(false);
    await element.updateComplete;
    expect(shadow(element).querySelector('[aria-busy]')!.getAttribute('aria-busy'), 'not loading far from view').to.equal('false');
    expect(await (await fetch(`/__test/count?key=${key}`)).json(), 'not fetched far from view').to.equal(0);
    expect(shadow(element).querySelector('[part~="plot"]')).to.equal(null);
    const loaded = nextEvent(element, 'drawdown-load');
    element.scrollIntoView();
    await loaded;
    expect(await (await fetch(`/__test/count?key=${key}`)).json()).to.equal(1);
    scrollTo(0, 0);
  });

  it('fetches at once when it is already in view', async () => {
    const element = await mount('<drawdown-timeline loading="lazy" src="/data/russia-syria-2024.json"></drawdown-timeline>');
    if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="plot"]')).to.exist;
  });
});

describe('sizing', () => {
  afterEach(cleanup);

  it('fits a 320 px container with no horizontal overflow, the toolbar beside or under the title', async () => {
    const element = await mount('<drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline>', 320);
    if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    expect(root.querySelector('[part~="plot"]')!.getAttribute('width')).to.equal('320');
    expect(element.scrollWidth).to.be.at.most(320);
    for (const selector of ['header', '[part~="controls"]', '[part~="legend"]', '[part~="details"]']) {
      const box = root.querySelector(selector)!.getBoundingClientRect();
      const host = element.getBoundingClientRect();
      expect(box.right, selector).to.be.at.most(host.right + 0.5);
      expect(box.left, selector).to.be.at.least(host.left - 0.5);
    }
    expect(root.querySelectorAll('[part~="event"][data-primary]').length).to.be.greaterThan(5);
  });
});
