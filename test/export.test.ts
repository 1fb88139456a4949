import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { cleanup, mount, nextEvent, seedElement as seededElement, story } from './helpers.js';
import { internals } from './internals.js';
import type { DrawdownTimeline } from '../src/index.js';

interface Seed {
  events: { id: string; title: string | Record<string, string> }[];
  sources: { id: string; name: string | Record<string, string> }[];
}
const english = (text: string | Record<string, string>) => (typeof text === 'string' ? text : text.en!);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The seed story drawn, typed as these tests read it. */
const seedElement = (markup?: string) => seededElement<Seed>(markup);

/** The titles an exported SVG does not hold in full, its lines of text joined (a title may wrap). */
function missingTitles(svg: Element, titles: readonly string[]): string[] {
  const words = squeeze([...svg.querySelectorAll('text')].map((text) => text.textContent).join(''));
  return titles.filter((title) => !words.includes(squeeze(title)));
}

/** A PNG's chunks: type and data. */
function pngChunks(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const chunks: { type: string; data: Uint8Array }[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    chunks.push({ type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

describe('the event table', () => {
  afterEach(cleanup);

  it('shows on screen with show-table or the toolbar: every event in time order, sources as numbers into one list', async () => {
    const { element, seed, root } = await seedElement();
    expect(root.querySelector('[part~="table"]')).to.equal(null);
    const toggle = [...root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((button) => button.textContent === 'Table')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(element.hasAttribute('show-table')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('[part~="table"] tbody tr')];
    expect(rows.map((row) => row.dataset.id).sort()).to.deep.equal(seed.events.map((event) => event.id).sort());
    // Numbered 1…n in the keyboard's (time) order.
    expect(rows.map((row) => row.cells[0]!.textContent!.trim())).to.deep.equal(rows.map((_, i) => String(i + 1)));
    const byId = new Map(seed.events.map((event) => [event.id, event]));
    for (const row of rows) expect(row.cells[2]!.textContent).to.include(english(byId.get(row.dataset.id!)!.title));
    // Every footnote number resolves to a listed source, numbered from 1 in the order first cited; then the sources
    // no event cites (The New Arab, named in the credit) follow, so every source of the story is listed.
    const notes = [...root.querySelectorAll<HTMLLIElement>('[part~="table"] ol > li')];
    const cited = new Set(rows.flatMap((row) => row.cells[6]!.textContent!.split(',').map((n) => n.trim()).filter((n) => /^\d+$/.test(n))));
    const listed = notes.map((note) => note.value);
    expect(listed).to.deep.equal(listed.map((_, i) => i + 1));
    expect([...cited].map(Number).sort((a, b) => a - b)).to.deep.equal(listed.slice(0, cited.size));
    expect(notes).to.have.length(seed.sources.length);
    const names = notes.map((note) => note.textContent!).join(' ');
    for (const source of seed.sources) expect(names).to.include(english(source.name));
    const uncited = notes.slice(cited.size).map((note) => note.textContent!.trim());
    expect(uncited.some((text) => text.startsWith('The New Arab')), uncited.join(' | ')).to.equal(true);
    // A source's date is written beside its name.
    const dated = seed.sources.find((source) => (source as { date?: string }).date)!;
    expect(notes.find((note) => note.textContent!.trim().startsWith(english(dated.name)))!.textContent!.replace(/\s+/g, ' ')).to.match(/, December (8|16) – 31, 2024/);
    element.removeAttribute('show-table');
    await element.updateComplete;
    expect(root.querySelector('[part~="table"]')).to.equal(null);
  });
});

describe('export', () => {
  afterEach(cleanup);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('exportSVG() gives a standalone SVG of the whole story: valid XML, no foreignObject or outside reference, every title', async () => {
    // The plot wholly in view: the element draws all of it at once, and nothing is added once the page is idle
    // (which would change the screen while the export is on its way).
    await setViewport({ width: 1000, height: 1400 });
    const { element, seed, root } = await seedElement();
    expect(root.querySelector('[part~="plot"]')!.getBoundingClientRect().bottom, 'the plot in view').to.be.at.most(innerHeight);
    const screen = root.querySelector('[part~="plot"]')!.innerHTML;
    const text = await element.exportSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).to.be.greaterThan(600);
    expect(svg.querySelector('title')!.textContent).to.equal("Russia's drawdown from Syria after the fall of Assad");
    expect(svg.querySelectorAll('foreignObject').length).to.equal(0);
    // Only references into the file itself.
    for (const node of svg.querySelectorAll('*')) {
      for (const { name, value } of node.attributes) {
        // A link to a source's address; every other reference is into the file.
        if (/href/.test(name)) expect(value, name).to.match(node.localName === 'a' ? /^https?:\/\// : /^#/);
        for (const [, target] of value.matchAll(/url\(([^)]*)\)/g)) expect(svg.querySelector(target!.replace(/["']/g, '')), target).to.exist;
      }
    }
    // Styles are written onto the shapes: no class is needed to draw it.
    expect(svg.querySelector('[class]')).to.equal(null);
    expect(svg.querySelector('path[fill]')).to.exist;
    // The whole story, whatever the zoom: every event's title in full (in the table) and numbered on the chart
    // (where labels are cut to fit, so its start), the sources and the credit, as text.
    const words = squeeze(svg.textContent!);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent!);
    expect(missingTitles(svg, seed.events.map((event) => english(event.title)))).to.deep.equal([]);
    for (const event of seed.events) {
      const title = english(event.title);
      expect(labels.some((label) => new RegExp(`^\\d+ ${title.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(label)), title).to.equal(true);
    }
    for (const source of seed.sources) expect(words).to.include(squeeze(english(source.name)));
    expect(words).to.include(squeeze('Reporting: Al-Araby Al-Jadeed'));
    expect(words).to.include('Withdrawal');
    // The screen is as it was.
    expect(element.start).to.equal('2024-12-10');
    expect(root.querySelector('[part~="plot"]')!.innerHTML === screen).to.equal(true);
    expect(root.querySelector(internals.printout)).to.equal(null);
  });

  it('exportSVG() is well-formed XML whatever the text holds: control characters and broken surrogates are dropped', async () => {
    const element = await mount('<drawdown-timeline lang="en"></drawdown-timeline>');
    const loaded = nextEvent<CustomEvent<{ problems: { path: string }[] }>>(element, 'drawdown-load');
    element.data = story({
      title: 'Moves\u0001javascript:alert(1)\u0008',
      places: [{ id: 'a', name: 'Alpha\uD800 Base' }, { id: 'b', name: 'Bravo\u001F' }],
      events: [{ id: 'e1', kind: 'transfer', title: { en: 'Out\uFFFE of Alpha' }, when: '2024-12-16', from: 'a', to: 'b', assets: ['S-\u0000400'] }],
    });
    const { detail } = await loaded;
    expect(detail.problems.map((problem) => problem.path)).to.include.members(['title', 'places[0].name', 'places[1].name', 'events[0].title.en', 'events[0].assets[0]']);
    const doc = new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('Movesjavascript:alert(1)');
    expect(doc.documentElement.textContent).to.include('Out of Alpha');
  });

  it('exportPNG() draws that SVG into a PNG at 2× by default, or the scale asked', async () => {
    const { element } = await seedElement();
    const svg = new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml').documentElement;
    const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const png = await element.exportPNG();
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    expect([image.width, image.height]).to.deep.equal([width * 2, height * 2]);
    // Drawn, not blank: the title's dark text is in the top band, on the light background.
    const canvas = new OffscreenCanvas(image.width, 80);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, 80).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 80 && pixels[i + 3]! > 200) dark++;
    expect(dark, 'dark title pixels').to.be.greaterThan(500);
    const one = await createImageBitmap(await element.exportPNG({ scale: 1 }));
    expect([one.width, one.height]).to.deep.equal([width, height]);
    // It says its resolution (192 dpi: 7559 pixels a metre) and carries the story's title and credit.
    const chunks = pngChunks(new Uint8Array(await png.arrayBuffer()));
    const phys = chunks.find((chunk) => chunk.type === 'pHYs')!.data;
    expect(new DataView(phys.buffer, phys.byteOffset).getUint32(0)).to.equal(7559);
    const texts = Object.fromEntries(chunks.filter((chunk) => chunk.type === 'tEXt').map((chunk) => {
      const text = new TextDecoder('latin1').decode(chunk.data), nul = text.indexOf('\0');
      return [text.slice(0, nul), text.slice(nul + 1)];
    }));
    expect(texts.Title).to.equal("Russia's drawdown from Syria after the fall of Assad");
    expect(texts.Author).to.match(/^Reporting: Al-Araby Al-Jadeed/);
  });

  it('exports the chart alone, for a paper, in the light theme whatever the element\'s', async () => {
    const { element } = await seedElement('<drawdown-timeline theme="dark"></drawdown-timeline>');
    const parse = async (options: Parameters<DrawdownTimeline['exportSVG']>[0]) =>
      new DOMParser().parseFromString(await element.exportSVG(options), 'image/svg+xml').documentElement;
    const whole = await parse({});
    const chart = await parse({ content: 'chart', theme: 'light' });
    const wide = await parse({ content: 'chart', paper: 'letter', landscape: true });
    // The story has the table; the chart alone has none, and its labels are not numbered (nothing to point into).
    expect(whole.textContent).to.include('Every event, in time order');
    expect(chart.textContent).to.not.include('Every event, in time order');
    const labels = [...chart.querySelectorAll('text')].map((text) => text.textContent!);
    expect(labels.some((label) => label.startsWith('About 1,000 personnel'))).to.equal(true);
    // Light whatever the theme: the background is white; the page's theme, dark, by default.
    expect(chart.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('rgb(255, 255, 255)');
    expect(whole.querySelector(':scope > rect')!.getAttribute('fill')).to.not.equal('rgb(255, 255, 255)');
    // Landscape lays the chart out wider: 960 px, where portrait A4 is 680.
    expect(Number(wide.getAttribute('width')) - Number(chart.getAttribute('width'))).to.equal(960 - 680);
  });

  it('offers the SVG, the PNG and the data as CSV and JSON, as files named after the story, from the toolbar', async () => {
    const { root, seed } = await seedElement();
    const offered: { name: string; blob: Blob }[] = [];
    const labels = ['Download SVG', 'Download PNG', 'Download the data as CSV', 'Download the data as JSON'];
    let allOffered!: () => void;
    const all = new Promise<void>((resolve) => (allOffered = resolve));
    // The link the element clicks: caught on its way, its file read back, and the browser's download prevented.
    const catchDownload = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      void fetch(link.href).then((response) => response.blob()).then((blob) => {
        offered.push({ name: link.download, blob });
        if (offered.length === labels.length) allOffered();
      });
    };
    document.addEventListener('click', catchDownload, true);
    try {
      for (const label of labels) root.querySelector<HTMLButtonElement>(`[part~="controls"] button[title="${label}"]`)!.click();
      await all;
    } finally {
      document.removeEventListener('click', catchDownload, true);
    }
    offered.sort((a, b) => a.name.localeCompare(b.name));
    const stem = 'russias-drawdown-from-syria-after-the-fall-of-assad';
    expect(offered.map((file) => file.name)).to.deep.equal(['csv', 'json', 'png', 'svg'].map((extension) => `${stem}.${extension}`));
    const [csv, json, png, svg] = offered as [typeof offered[0], typeof offered[0], typeof offered[0], typeof offered[0]];
    expect(png.blob.type).to.equal('image/png');
    expect((await createImageBitmap(png.blob)).width).to.be.greaterThan(1000);
    expect(await svg.blob.text()).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*Russia's drawdown/s);
    expect(csv.blob.type).to.match(/^text\/csv/);
    // The downloads read back: the CSV by the element's own CSV import, to the same events; the JSON is the story.
    const csvElement = await mount('<drawdown-timeline format="csv" show-table></drawdown-timeline>');
    const csvLoaded = nextEvent(csvElement, 'drawdown-load');
    csvElement.data = await csv.blob.text();
    await csvLoaded;
    await csvElement.updateComplete;
    const titles = [...csvElement.shadowRoot!.querySelectorAll('[part~="table"] tbody th bdi')].map((title) => title.textContent);
    expect(titles.sort()).to.deep.equal(seed.events.map((event) => english(event.title)).sort());
    const back = JSON.parse(await json.blob.text()) as Seed;
    expect(back.events.map((event) => event.id)).to.deep.equal(seed.events.map((event) => event.id));
    expect(back.sources.map((source) => source.id)).to.deep.equal(seed.sources.map((source) => source.id));
  });

  it('exportData() gives the data as CSV or JSON, and refuses other formats with a clear message', async () => {
    const { element, seed } = await seedElement();
    const csv = await element.exportData('csv');
    expect(csv.split('\r\n')[0]).to.match(/^\uFEFFid,kind,title/);
    expect(JSON.parse(await element.exportData('json')).events).to.have.length(seed.events.length);
    const message = await element.exportData('xml' as 'csv').then(() => '', (error: Error) => error.message);
    expect(message).to.match(/writes "csv" or "json", not "xml"/);
  });

  it('rejects with a clear message before a story has loaded', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>') as DrawdownTimeline;
    let message = '';
    await element.exportSVG().catch((error: Error) => { message = error.message; });
    expect(message).to.match(/no story to print or export yet/);
  });
});

describe('print()', () => {
  afterEach(cleanup);

  it('prints the timeline alone from a frame holding its paper view, its stylesheet and its theme, and cleans up', async () => {
    const { element, seed, root } = await seedElement('<drawdown-timeline theme="dark"></drawdown-timeline>');
    element.style.setProperty('--drawdown-color-transfer', 'rgb(1, 2, 3)');
    // The frame is made, filled and printed in one go. The frame's window is there from the moment the frame is in the shadow root (an
    // iframe with no src loads about:blank as it is inserted, firing load at once), so the test takes its print()
    // then: the frame stays as it was asked to print until the test says the dialog closed (afterprint).
    const printed = new Promise<HTMLIFrameElement>((resolve) => {
      const takePrint = (event: Event) => {
        const frame = event.target;
        if (!(frame instanceof HTMLIFrameElement) || !frame.matches(internals.printFrame)) return;
        root.removeEventListener('load', takePrint, true);
        // As a browser whose print() returns while its dialog is still open: it has begun (beforeprint).
        frame.contentWindow!.print = () => {
          frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
          resolve(frame);
        };
      };
      root.addEventListener('load', takePrint, true);
    });
    const printing = element.print();
    const frame = await printed;
    expect(frame.isConnected, 'the print frame is in the element').to.equal(true);
    const doc = frame.contentDocument!;
    const host = doc.body.firstElementChild as HTMLElement;
    expect(host.getAttribute('theme')).to.equal('dark');
    expect(host.style.getPropertyValue('--drawdown-color-transfer').trim()).to.equal('rgb(1, 2, 3)');
    const shadow = host.shadowRoot!;
    // The element's rules, carried into a sheet of the frame's own, print rules included.
    const rules = shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.length).to.equal(root.adoptedStyleSheets.reduce((count, sheet) => count + sheet.cssRules.length, 0));
    expect(rules.some((rule) => rule.startsWith('@media print'))).to.equal(true);
    // Only the timeline: its paper view, whole, with a row per event and its drawing resources.
    expect(doc.body.children.length).to.equal(1);
    const rows = shadow.querySelectorAll('[part~="table"] tbody tr');
    expect(rows.length).to.equal(seed.events.length);
    expect(shadow.querySelectorAll(`${internals.printout} ${internals.paperRow} [part~="event"]`).length).to.be.greaterThan(seed.events.length - 1);
    expect(shadow.querySelector(`${internals.defs} pattern`)).to.exist;
    // The frame's own window resolves the masks and clips: the copied marks are styled there. Paper draws a
    // status fill as lines clipped to the mark (see render/render-paper.ts), not as a pattern.
    const mark = shadow.querySelector<SVGElement>(`${internals.paperRow} [part~="event"]${internals.status('claimed')}`)!;
    const hatching = mark.parentElement!.querySelector<SVGElement>('.texture')!;
    expect(frame.contentWindow!.getComputedStyle(hatching).clipPath).to.match(/url\(.*#texture-/);
    expect(frame.contentWindow!.getComputedStyle(hatching.querySelector('.ink-lines')!).stroke).to.match(/^rgb/);
    // And so is the legend's sample of a claimed event.
    const sample = shadow.querySelector<SVGElement>('[part~="legend"] li[data-status="claimed"] path')!;
    expect(frame.contentWindow!.getComputedStyle(sample).fill).to.match(/url\(.*#hatch-/);
    // The element's own view is untouched, and once the dialog closes (afterprint) the frame goes.
    expect(root.querySelector(internals.printout)).to.equal(null);
    frame.contentWindow!.dispatchEvent(new Event('afterprint'));
    await printing;
    expect(root.querySelector('iframe')).to.equal(null);
  });

  it('resolves at once, its frame gone, when the browser printed nothing and fired no print event', async () => {
    const { element, root } = await seedElement();
    // As some headless modes do: print() returns, no dialog, neither beforeprint nor afterprint.
    root.addEventListener('load', (event) => {
      const frame = event.target;
      if (frame instanceof HTMLIFrameElement && frame.matches(internals.printFrame)) frame.contentWindow!.print = () => {};
    }, true);
    await element.print();
    expect(root.querySelector('iframe')).to.equal(null);
  });

  it('prints the window shown with print-range="window" or the toolbar\'s Print this view, the whole story otherwise', async () => {
    const { element, seed, root } = await seedElement('<drawdown-timeline start="2024-12-16" end="2024-12-31"></drawdown-timeline>');
    let tableRows = -1;
    const rowsPrinted = async (print: () => Promise<void>) => {
      let rows = -1;
      const taken = (event: Event) => {
        const frame = event.target;
        if (!(frame instanceof HTMLIFrameElement) || !frame.matches(internals.printFrame)) return;
        frame.contentWindow!.print = () => {
          const shadow = (frame.contentDocument!.body.firstElementChild as HTMLElement).shadowRoot!;
          rows = new Set([...shadow.querySelectorAll('[data-paper="medium"] [part~="event"]')].map((mark) => mark.closest('[data-id]')?.getAttribute('data-id'))).size;
          tableRows = shadow.querySelectorAll('[part~="table"] tbody tr').length;
        };
      };
      root.addEventListener('load', taken, true);
      await print();
      root.removeEventListener('load', taken, true);
      return rows;
    };
    const whole = await rowsPrinted(() => element.print());
    expect(whole, 'every event on the whole story\'s chart').to.equal(seed.events.length);
    element.printRange = 'window';
    await element.updateComplete;
    const windowed = await rowsPrinted(() => element.print());
    expect(windowed, 'fewer events in the window').to.be.within(1, seed.events.length - 1);
    expect(tableRows, 'the table lists the events the chart shows').to.equal(windowed);
    element.printRange = 'story';
    await element.updateComplete;
    const button = [...root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((b) => b.textContent === 'Print this view')!;
    expect(button.getAttribute('aria-disabled')).to.equal(null);
    expect(await rowsPrinted(async () => {
      const done = new Promise((resolve) => root.addEventListener('load', () => requestAnimationFrame(resolve), { capture: true, once: true }));
      button.click();
      await done;
    })).to.equal(windowed);
  });
});

describe('exportSVG() of every shipped story', () => {
  afterEach(cleanup);

  for (const src of ['/data/russia-syria-2024.json', '/data/us-afghanistan-2020-2021.json', '/data/timelinejs-sample.json', '/data/withdrawals.csv']) {
    it(`holds every title of ${src} in full`, async () => {
      const element = await mount('<drawdown-timeline></drawdown-timeline>');
      const loaded = nextEvent(element, 'drawdown-load');
      element.src = src;
      await loaded;
      await element.updateComplete;
      // The titles as the element reads them (a CSV or TimelineJS file is imported first): the table on screen.
      element.showTable = true;
      await element.updateComplete;
      const titles = [...element.shadowRoot!.querySelectorAll('[part~="table"] tbody th bdi')].map((title) => title.textContent!);
      expect(titles.length, 'events').to.be.greaterThan(5);
      const svg = new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml').documentElement;
      expect(missingTitles(svg, titles)).to.deep.equal([]);
      // Nothing runs off the image: every line of text starts inside it.
      const width = Number(svg.getAttribute('width'));
      const outside = [...svg.querySelectorAll(':scope > text')].filter((text) => Number(text.getAttribute('x')) < 0 || Number(text.getAttribute('x')) > width);
      expect(outside.map((text) => text.textContent)).to.deep.equal([]);
    });
  }
});

describe('exportSVG() in Arabic', () => {
  afterEach(cleanup);

  it('holds every Arabic title and source name of the seed story, right to left, with no English word of the element\'s', async () => {
    const { element, seed } = await seedElement('<drawdown-timeline lang="ar" dir="rtl"></drawdown-timeline>');
    const svg = new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml').documentElement;
    const arabic = (text: string | Record<string, string>) => (typeof text === 'string' ? text : text.ar!);
    // Isolates around names from the data are no ink: compared without them.
    const plain = (text: string) => squeeze(text.replace(/[\u2066-\u2069]/g, ''));
    const words = plain([...svg.querySelectorAll('text')].map((text) => text.textContent).join(''));
    expect(seed.events.map((event) => arabic(event.title)).filter((title) => !words.includes(plain(title)))).to.deep.equal([]);
    expect(seed.sources.map((source) => arabic(source.name)).filter((name) => !words.includes(plain(name)))).to.deep.equal([]);
    // The table's lines are written right to left; the element's words are Arabic.
    expect(svg.querySelectorAll('text[direction="rtl"]').length).to.be.greaterThan(30);
    for (const word of ['Sources', 'Every event, in time order', 'Withdrawal', 'From ']) expect(words).to.not.include(squeeze(word));
  });
});
