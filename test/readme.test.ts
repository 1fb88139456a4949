import { executeServerCommand } from '@web/test-runner-commands';
import { frameAt } from './frames.js';
import { expect } from 'chai';
import { parseStory } from '../src/model/parse-story.js';

// Every example of the README, run as written (see test/readme-plugin.mjs): a reader who copies one gets what the
// README says it does, with nothing in the console.

interface Block {
  readonly lang: string;
  readonly code: string;
}

type ExampleWindow = Window & typeof globalThis & { readmeLog: string[]; readmeOut: string[] };

const blocks: Block[] = await (await fetch('/__readme/blocks.json')).json();
const of = (lang: string) => blocks.filter((block) => block.lang === lang);

/** Loads an example page in a frame; resolves once it has loaded. */
const open = (path: string) => frameAt(path, 'readme-frame', 1000, 1200);

/** Waits for frames until every timeline on the page has drawn its story or said why not. */
async function settled(doc: Document): Promise<HTMLElement[]> {
  for (;;) {
    const elements = [...doc.querySelectorAll<HTMLElement>('drawdown-timeline')];
    const done = (element: HTMLElement) => !!element.shadowRoot?.querySelector('[part~="plot"], [part~="error"]');
    if (elements.length && elements.every(done)) {
      await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      return elements;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('the README\'s examples', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe.readme-frame')) frame.remove();
  });

  it('has the examples this test expects: html, js, css and json blocks', () => {
    expect(of('html').length).to.be.at.least(3);
    expect(of('js').length).to.equal(1);
    expect(of('css').length).to.equal(2);
    expect(of('json').length).to.be.at.least(1);
  });

  for (const [n, block] of of('html').entries()) {
    it(`html block ${n} draws its story, with nothing in the console: ${(block.code.split('\n').find((line) => line.includes('<drawdown-timeline')) ?? 'one made by a script').trim()}`, async () => {
      const frame = await open(`/__readme/html-${n}.html`);
      const win = frame.contentWindow as ExampleWindow;
      const elements = await settled(frame.contentDocument!);
      for (const element of elements) {
        expect(element.shadowRoot!.querySelector('[part~="error"]'), 'no error shown').to.equal(null);
        expect(element.shadowRoot!.querySelectorAll('[part~="event"][data-primary]').length, 'events drawn').to.be.greaterThan(0);
      }
      expect(win.readmeLog).to.deep.equal([]);
    });
  }

  it('the languages block draws the toolbar and legend in the words it registers, and the rest in English', async () => {
    const n = of('html').findIndex((block) => block.code.includes('registerMessages'));
    const frame = await open(`/__readme/html-${n}.html`);
    const [element] = await settled(frame.contentDocument!);
    const buttons = [...element!.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(buttons).to.include.members(['Toute l’histoire', 'Tableau', 'Imprimer']);
    expect(element!.shadowRoot!.querySelector('[part~="legend"]')!.textContent).to.include('Retrait');
    expect(element!.shadowRoot!.querySelector('[part~="legend"]')!.textContent).to.include('Evacuation');
  });

  it('the exports block saves an SVG and a PNG of the chart, and the data as CSV', async function () {
    this.timeout(120000);
    const n = of('html').findIndex((block) => block.code.includes('exportData'));
    const frame = await open(`/__readme/html-${n}.html`);
    const win = frame.contentWindow as ExampleWindow;
    await settled(frame.contentDocument!);
    // It logs once its three exports are made: a state, reached when the line is there.
    while (!win.readmeOut.length && !win.readmeLog.length) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(win.readmeLog).to.deep.equal([]);
    const [, svg, png, lines] = /^SVG (\d+) characters, PNG (\d+) bytes, CSV (\d+) lines$/.exec(win.readmeOut[0]!)!.map(Number);
    expect(svg).to.be.greaterThan(10000);
    expect(png).to.be.greaterThan(10000);
    // A header row, then one row per event of the seed story's 15.
    expect(lines).to.be.at.least(16);
  });

  it('the js block makes a timeline from a JavaScript value and hears that it drew', async () => {
    const frame = await open('/__readme/js-0.html');
    const win = frame.contentWindow as ExampleWindow;
    const [element] = await settled(frame.contentDocument!);
    expect(element!.shadowRoot!.querySelectorAll('[part~="event"][data-primary]').length).to.equal(2);
    // The listener was added before the element was put on the page, so it heard the load.
    expect(win.readmeOut).to.deep.equal(['2 events drawn']);
    expect(win.readmeLog).to.deep.equal([]);
  });

  it('the css block themes the embed: the font and the title\'s size', async () => {
    const frame = await open('/__readme/css-0.html');
    const [element] = await settled(frame.contentDocument!);
    const win = frame.contentWindow as ExampleWindow;
    const title = element!.shadowRoot!.querySelector('[part~="title"]')!;
    expect(win.getComputedStyle(title).fontFamily).to.match(/^Georgia/);
    // 1.6em of the frame's 14 px.
    expect(win.getComputedStyle(title).fontSize).to.equal('22.4px');
    expect(win.readmeLog).to.deep.equal([]);
  });

  it('the second css block names an Arabic face first, which the labels are drawn in', async () => {
    const frame = await open('/__readme/css-1.html');
    const [element] = await settled(frame.contentDocument!);
    const win = frame.contentWindow as ExampleWindow;
    const label = element!.shadowRoot!.querySelector('[part~="plot"] text')!;
    expect(win.getComputedStyle(label).fontFamily).to.match(/^"Noto Naskh Arabic", "Noto Sans Arabic"/);
    expect(win.readmeLog).to.deep.equal([]);
  });

  it('npm start\'s server leads from / to the demo', async () => {
    const answer = await executeServerCommand('readme-front-page');
    expect(answer).to.deep.include({ status: 302, location: '/demo/', target: 200 });
    expect((answer as { title: string }).title).to.match(/^drawdown-timeline/);
  });

  it('the data format\'s json block is a valid story, with no problem', () => {
    const example = of('json').find((block) => block.code.includes('"version": 1'))!;
    const result = parseStory(JSON.parse(example.code));
    expect(result.problems).to.deep.equal([]);
    expect(result.story!.events.map((event) => event.id)).to.deep.equal(['personnel-to-benghazi']);
  });
});
