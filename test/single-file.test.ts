import { expect } from 'chai';
import { drawnMarks, framePage, frameWhere, removeFrames } from './frames.js';
import { internals } from './internals.js';

/** Loads a page in an iframe and collects the errors thrown in it. */
function loadPage(url: string): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    // Taller than the seed story's plot, so that every mark is drawn at once (see the vertical band).
    frame.style.height = '2400px';
    const errors: string[] = [];
    frame.addEventListener('load', () => resolve({ frame, errors }));
    frame.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    frame.src = url;
    document.body.append(frame);
    // Errors thrown while the page's own scripts run are caught from the first script on.
    const watch = () => {
      const win = frame.contentWindow;
      if (!win) return;
      win.addEventListener('error', (event) => errors.push(event.message));
    };
    frame.addEventListener('load', watch, { once: true });
    watch();
  });
}

describe('the single-file build', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('registers the element from a plain script tag, survives being loaded twice, and draws the seed story', async () => {
    const page = await loadPage('/test/fixtures/single-file.html');
    frame = page.frame;
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    expect(win.customElements.get('drawdown-timeline'), 'registered').to.exist;
    const element = doc.querySelector('drawdown-timeline')!;
    const seed = await (await fetch('/data/russia-syria-2024.json')).json();
    // The story drawn whole (it may be already): a mark for every event, and no more.
    await frameWhere(() => drawnMarks(element) >= seed.events.length, 'every mark of the seed story');
    expect(drawnMarks(element)).to.equal(seed.events.length);
    expect(page.errors).to.deep.equal([]);
    // The stylesheet, minified at build time, still styles: a claimed mark is hatched, a forecast dashed, and the
    // plot reads left to right whatever the page's direction.
    const style = (selector: string) => win.getComputedStyle(element.shadowRoot!.querySelector(selector)!);
    expect(style(`[part~="event"]${internals.status('claimed')}`).fill).to.match(/url\(.*#hatch-/);
    expect(style(`[part~="event"]${internals.status('expected')}`).strokeDasharray).to.match(/^4(px)?, 2/);
    expect(style('[part~="plot"]').direction).to.equal('ltr');
    // The global name exposes the public API for pages without a bundler.
    const api = (win as unknown as { DrawdownTimeline: Record<string, unknown> }).DrawdownTimeline;
    expect(api.parseStory).to.be.a('function');
    expect(api.DrawdownTimeline).to.equal(win.customElements.get('drawdown-timeline'));
  });

  it('is a classic script with no import or export left in it, and a minified stylesheet', async () => {
    const source = await (await fetch('/dist/drawdown-timeline.min.js')).text();
    const views = await (await fetch('/dist/drawdown-timeline-reading.min.js')).text();
    // Every comment of the stylesheets' sources is gone from the file and from the views loaded after it.
    const sheets = ['themes', 'frame', 'plot', 'under-plot', 'panels', 'paper'].map(async (name) => (await fetch(`/src/element/styles/${name}.ts`)).text());
    const styles = (await Promise.all(sheets)).join('\n');
    const comments = [...styles.matchAll(/\/\*([\s\S]*?)\*\//g)].map((match) => match[1]!.trim()).filter((text) => text.length > 20);
    expect(comments.length).to.be.greaterThan(3);
    for (const comment of comments) expect(source + views).not.to.include(comment.slice(0, 40));
    expect(source.length).to.be.greaterThan(10_000);
    expect(source).not.to.match(/^\s*(import|export)\s/m);
    expect(source).not.to.include('eval(');
    expect(source).not.to.include('new Function');
  });

  describe('and the importers beside it', () => {
    afterEach(removeFrames);

    const IMPORTER = 'drawdown-timeline-import.min.js';
    const page = (body: string) => `<!doctype html><html><head><script src="/dist/drawdown-timeline.min.js"></script></head><body>${body}</body></html>`;
    const loadedImporter = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(IMPORTER));

    it('loads them from beside the script when a CSV or TimelineJS file arrives, and draws it', async () => {
      const { window: win, document: doc, errors } = await framePage(page(`
        <drawdown-timeline id="csv" src="/data/withdrawals.csv"></drawdown-timeline>
        <drawdown-timeline id="tl" src="/data/timelinejs-sample.json"></drawdown-timeline>`));
      const sample = await (await fetch('/data/timelinejs-sample.json')).json();
      await frameWhere(() => drawnMarks(doc.getElementById('csv')!) > 10 && drawnMarks(doc.getElementById('tl')!) === sample.events.length, 'both imports');
      expect(loadedImporter(win)).to.equal(true);
      expect(errors).to.deep.equal([]);
    });

    it('is an ES module with no eval or new Function in it either', async () => {
      const source = await (await fetch(`/dist/${IMPORTER}`)).text();
      expect(source).to.match(/\bexport\s*\{/);
      expect(source).not.to.include('eval(');
      expect(source).not.to.include('new Function');
      const { importCsv } = await import(`/dist/${IMPORTER}`);
      const { document } = importCsv('id,kind,title,when,__proto__\na,other,A,2024,x');
      expect(document.events).to.have.length(1);
    });

    it('never loads them for a v1 story', async () => {
      const { window: win, document: doc } = await framePage(page('<drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline>'));
      await frameWhere(() => drawnMarks(doc.querySelector('drawdown-timeline')!) > 10, 'the seed story');
      expect(loadedImporter(win)).to.equal(false);
    });

    it('says what is missing when they cannot be loaded', async () => {
      // The script copied alone to another folder: the importer is not beside it, and its request is a 404.
      const { document: doc } = await framePage(`<!doctype html><html><head><script src="/__test/alone/drawdown-timeline.min.js"></script></head>
        <body><drawdown-timeline src="/data/withdrawals.csv"></drawdown-timeline></body></html>`);
      const element = doc.querySelector('drawdown-timeline')!;
      await frameWhere(() => !!element.shadowRoot?.querySelector('[part~="error"]'), 'the error');
      expect(element.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.include('drawdown-timeline-import.min.js, which belongs beside drawdown-timeline.min.js');
    });
  });

  describe('and print and export beside it', () => {
    afterEach(removeFrames);

    const EXPORT = 'drawdown-timeline-export.min.js';
    const loaded = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(EXPORT));
    type Element = HTMLElement & { exportSVG(): Promise<string> };

    it('loads them from beside the script on first use, never before', async () => {
      const { window: win, document: doc } = await framePage(`<!doctype html><html><head><script src="/dist/drawdown-timeline.min.js"></script></head>
        <body><drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline></body></html>`);
      const element = doc.querySelector<Element>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      expect(loaded(win), 'not loaded for drawing').to.equal(false);
      const svg = await element.exportSVG();
      expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(loaded(win)).to.equal(true);
    });

    it('says what is missing when they cannot be loaded', async () => {
      const { document: doc } = await framePage(`<!doctype html><html><head><script src="/__test/with-reading/drawdown-timeline.min.js"></script></head>
        <body><drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline></body></html>`);
      const element = doc.querySelector<Element>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      const message = await element.exportSVG().then(() => '', (error: Error) => error.message);
      expect(message).to.include('drawdown-timeline-export.min.js, which belongs beside drawdown-timeline.min.js');
    });

    it('says that paper is missing when the file loaded after the first paint is', async () => {
      const { document: doc } = await framePage(`<!doctype html><html><head><script src="/__test/alone/drawdown-timeline.min.js"></script></head>
        <body><drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline></body></html>`);
      const element = doc.querySelector<Element>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      const message = await element.exportSVG().then(() => '', (error: Error) => error.message);
      expect(message).to.include('printing, and zoom, pan and keys on the chart need drawdown-timeline-reading.min.js, which belongs beside drawdown-timeline.min.js');
    });
  });

  describe('and the views beside it that load after the first paint', () => {
    afterEach(removeFrames);

    const READING = 'drawdown-timeline-reading.min.js';
    const loaded = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(READING));
    type Element = HTMLElement & { updateComplete: Promise<boolean>; print(): Promise<void> };
    const page = (script: string, attributes = '') => `<!doctype html><html lang="en"><head>
      <script>window.logged = []; console.error = (...parts) => logged.push(parts.join(' '));</script>
      <script src="${script}"></script></head>
      <body><drawdown-timeline src="/data/russia-syria-2024.json" ${attributes}></drawdown-timeline></body></html>`;

    it('loads the details, the table and the paper view once the chart is drawn, and shows them', async () => {
      const { window: win, document: doc } = await framePage(page('/dist/drawdown-timeline.min.js'));
      const element = doc.querySelector<Element>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      // Not asked for, they still come, right after the chart: a reader's first click finds them there.
      await frameWhere(() => loaded(win), 'the views loaded after the first paint');
      await element.updateComplete;
      element.shadowRoot!.querySelector<SVGElement>('[part~="event"][data-primary]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      element.setAttribute('show-table', '');
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('[part~="details"] h3')?.textContent, 'the details of the event clicked').to.not.equal(undefined);
      expect(root.querySelectorAll('[part~="table"] tbody tr').length).to.be.greaterThan(10);
      // Their styles came with them: the table's cells are padded, the details framed.
      const cell = root.querySelector('[part~="table"] td')!;
      expect(win.getComputedStyle(cell).paddingTop).to.not.equal('0px');
      expect((win as unknown as { logged: string[] }).logged).to.deep.equal([]);
    });

    it('shows the table at once when the page asks for it from the start', async () => {
      const { document: doc } = await framePage(page('/dist/drawdown-timeline.min.js', 'show-table'));
      const element = doc.querySelector<Element>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('[part~="table"] tbody tr').length).to.be.greaterThan(10);
    });

    it('draws the chart without them, and says what is missing, when they cannot be loaded', async () => {
      const { window: win, document: doc } = await framePage(page('/__test/alone/drawdown-timeline.min.js', 'show-table'));
      const element = doc.querySelector<Element>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      await element.updateComplete;
      const logged = (win as unknown as { logged: string[] }).logged;
      await frameWhere(() => logged.length > 0, 'the message');
      expect(logged.join('\n')).to.include(`${READING}, which belongs beside drawdown-timeline.min.js`);
      expect(element.shadowRoot!.querySelector('[part~="table"]')).to.equal(null);
      // Said once, not for every update.
      element.setAttribute('start', '2024-12-10');
      await element.updateComplete;
      expect(logged.filter((line) => line.includes(READING))).to.have.length(1);
    });
    it('holds a click and a Ctrl + wheel made before their code arrives, keeps the wheel from the browser, and does both once it is here', async () => {
      const key = `k${Math.random().toString(36).slice(2)}`;
      const { window: win, document: doc } = await framePage(page(`/__test/gated/${key}/drawdown-timeline.min.js`));
      const element = doc.querySelector<Element & { selected: string }>('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story');
      const root = element.shadowRoot!, wrap = root.querySelector('.plot-wrap')!, box = wrap.getBoundingClientRect();
      const changes: unknown[] = [];
      element.addEventListener('drawdown-rangechange', (event) => changes.push((event as CustomEvent).detail));
      const wheel = new win.WheelEvent('wheel', { deltaY: -300, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true, composed: true });
      root.querySelector('svg.plot')!.dispatchEvent(wheel);
      expect(wheel.defaultPrevented, 'Ctrl + wheel kept from the page zoom').to.equal(true);
      const mark = root.querySelector<SVGElement>('[part~="event"][data-primary]')!;
      mark.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
      // Not updateComplete: that waits for what loads after the first paint.
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      expect(loaded(win), 'not here yet').to.equal(false);
      expect([element.selected, changes.length], 'nothing done yet').to.deep.equal(['', 0]);
      await fetch(`/__test/open?key=${key}`);
      await frameWhere(() => element.selected !== '' && changes.length > 0, 'the click and the zoom done');
      expect(element.selected).to.equal(mark.dataset.id);
      expect((win as unknown as { logged: string[] }).logged).to.deep.equal([]);
    });
  });

  describe('and the Arabic words beside it', () => {
    afterEach(removeFrames);

    const ARABIC = 'drawdown-timeline-ar.min.js';
    const loaded = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(ARABIC));
    const page = (script: string, lang: string) => `<!doctype html><html lang="${lang}"><head><script src="${script}"></script></head>
      <body><drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline></body></html>`;
    const toolbar = (element: Element) => [...element.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim());

    it('loads them from beside the script for an Arabic page, and only then', async () => {
      const arabic = await framePage(page('/dist/drawdown-timeline.min.js', 'ar'));
      const element = arabic.document.querySelector('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story in Arabic');
      expect(toolbar(element)).to.include('القصة كاملة');
      expect(loaded(arabic.window)).to.equal(true);
      removeFrames();
      const english = await framePage(page('/dist/drawdown-timeline.min.js', 'en'));
      await frameWhere(() => drawnMarks(english.document.querySelector('drawdown-timeline')!) > 10, 'the seed story in English');
      expect(loaded(english.window)).to.equal(false);
    });

    it('loads the Hijri calendar from beside the script when a page asks for it, and only then', async () => {
      const calendars = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('drawdown-timeline-calendars.min.js'));
      const hijri = await framePage(page('/dist/drawdown-timeline.min.js', 'ar').replace('<drawdown-timeline ', '<drawdown-timeline calendar="islamic-umalqura" '));
      const element = hijri.document.querySelector('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story in the Hijri calendar');
      const axis = [...element.shadowRoot!.querySelectorAll('[part~="axis"] text')].map((text) => text.textContent).join(' ');
      expect(axis).to.match(/جمادى|رجب/);
      expect(calendars(hijri.window)).to.equal(true);
      // The Arabic page before asked for none.
      removeFrames();
      const gregorian = await framePage(page('/dist/drawdown-timeline.min.js', 'ar'));
      await frameWhere(() => drawnMarks(gregorian.document.querySelector('drawdown-timeline')!) > 10, 'the seed story in Arabic');
      expect(calendars(gregorian.window)).to.equal(false);
    });

    it('draws in English when they cannot be loaded, rather than nothing', async () => {
      const { document: doc } = await framePage(page('/__test/alone/drawdown-timeline.min.js', 'ar'));
      const element = doc.querySelector('drawdown-timeline')!;
      await frameWhere(() => drawnMarks(element) > 10, 'the seed story, in English');
      expect(toolbar(element)).to.include('Whole story');
    });
  });
});
