import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { drawnMarks, frameAt, frameWhere, removeFrames } from './frames.js';
import { internals } from './internals.js';

// Under a strict Content-Security-Policy with Trusted Types required (demo/strict.html: scripts and styles only
// from the site, no inline ones, only Lit's "lit-html" policy allowed), every feature works and the page sees
// no violation; where the page allows no policy for Lit, the console says which directive to change.

type StrictWindow = Window & typeof globalThis & { cspViolations: string[] };

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(removeFrames);

  it('draws, shows details and the table, zooms, prints, exports SVG and PNG, loads CSV, Arabic and a calendar: 0 violations', async () => {
    const frame = await frameAt('/demo/strict.html');
    const win = frame.contentWindow as StrictWindow;
    const [seed, arabic] = [...frame.contentDocument!.querySelectorAll('drawdown-timeline')] as DrawdownTimeline[];
    await frameWhere(() => drawnMarks(seed!) > 10, 'the seed story');
    await frameWhere(() => drawnMarks(arabic!) > 3, 'the CSV story in Arabic, in two calendars');
    const buttons = (element: DrawdownTimeline) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')];
    // The table, from the toolbar.
    buttons(seed!).find((button) => button.textContent!.trim() === 'Table')!.click();
    await seed!.updateComplete;
    expect(seed!.shadowRoot!.querySelectorAll('[part~="table"] tbody tr').length).to.be.greaterThan(10);
    // Zoom in by the toolbar, and the details of an event.
    buttons(seed!)[0]!.click();
    seed!.selected = 'personnel-hmeimim-to-benghazi';
    await seed!.updateComplete;
    expect(seed!.shadowRoot!.querySelector('[part~="details"]')!.textContent).to.include('1,000');
    // The exports, loaded on demand; the PNG through a data: image, since the page allows no blob: images.
    const svg = await seed!.exportSVG();
    expect(svg).to.match(/^<svg/);
    const png = await seed!.exportPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(10_000);
    // print(): the frame it prints from, made and filled under the page's policy. A headless browser's print() is
    // over before it returns, so the frame's print is taken as the frame appears, and the dialog closed by hand.
    const root = seed!.shadowRoot!;
    const printed = new Promise<HTMLIFrameElement>((resolve) => {
      const takePrint = (event: Event) => {
        const target = event.target;
        if (!(target instanceof win.HTMLIFrameElement) || !target.matches(internals.printFrame)) return;
        root.removeEventListener('load', takePrint, true);
        // As a browser whose print() returns with its dialog open: begun (beforeprint), afterprint to come.
        target.contentWindow!.print = () => {
          target.contentWindow!.dispatchEvent(new win.Event('beforeprint'));
          resolve(target);
        };
      };
      root.addEventListener('load', takePrint, true);
    });
    const printing = seed!.print();
    const printFrame = await printed;
    expect(printFrame.contentDocument!.body.firstElementChild!.shadowRoot!.querySelectorAll('[part~="table"] tbody tr').length).to.be.greaterThan(10);
    printFrame.contentWindow!.dispatchEvent(new Event('afterprint'));
    await printing;
    // The Arabic words and the Hijri dates beside the Gregorian, each loaded on demand.
    arabic!.selected = 'fall-of-assad';
    await arabic!.updateComplete;
    expect(arabic!.shadowRoot!.querySelector('[part~="details"]')!.textContent).to.match(/هـ/);
    expect(win.cspViolations).to.deep.equal([]);
    expect(frame.contentDocument!.getElementById('violations')!.textContent).to.equal('0');
  });

  it('says which directive to change where the page allows no policy for Lit, rather than a silent blank', async () => {
    const frame = await frameAt('/test/fixtures/trusted-types-none.html');
    const win = frame.contentWindow as StrictWindow & { consoleErrors: string[] };
    await frameWhere(() => win.consoleErrors.length > 0, 'an error in the console');
    expect(win.consoleErrors.join('\n')).to.include('"trusted-types lit-html"');
    expect(win.customElements.get('drawdown-timeline')).to.equal(undefined);
  });
});
