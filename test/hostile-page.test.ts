import { expect } from 'chai';
import { drawnMarks, framePage, frameWhere, removeFrames, type FramePage } from './frames.js';
import { internals } from './internals.js';

/**
 * The host page's CSS is the page's: on a page with aggressive global CSS the element draws exactly as on a clean
 * page, and the page's own elements style exactly as they would without it.
 */

const HOSTILE_CSS = `
  * { all: revert; }
  html { font-size: 40px; }
  body { direction: rtl; font: italic 700 32px/3 serif; letter-spacing: 4px; word-spacing: 12px; text-transform: uppercase;
    color: red; text-align: justify; white-space: pre; text-shadow: 2px 2px blue; cursor: wait; }
  svg { display: inline; max-width: 100%; height: auto; }
  div, p, h2, ul, li, section, header, button { margin: 40px !important; padding: 30px !important; border: 5px solid lime; }
  drawdown-timeline { line-height: 5; font-size: 50px; }
  text { font-size: 30px; fill: red; }
`;

/** Elements of the page's own, next to the timeline, whose styles must not change when it is there. */
const PROBES = '<h2 id="probe-h2">Heading</h2><p id="probe-p">Para</p><svg id="probe-svg" width="10" height="10"></svg><button id="probe-button">B</button>';

function page(css: string, withTimeline: boolean): string {
  return `<!doctype html><html lang="en"><head><style>${css}</style>
    ${withTimeline ? '<script src="/dist/drawdown-timeline.min.js"></script>' : ''}</head>
    <body>${PROBES}<div id="box" style="width: 800px">
    ${withTimeline ? '<drawdown-timeline src="/data/russia-syria-2024.json"></drawdown-timeline>' : ''}</div></body></html>`;
}

/** The page with the seed story drawn whole, every event's mark, across the box's 800 px. */
async function drawn(css: string): Promise<{ page: FramePage; element: HTMLElement }> {
  const seed = await (await fetch('/data/russia-syria-2024.json')).json() as { events: unknown[] };
  const loaded = await framePage(page(css, true));
  const element = loaded.document.querySelector<HTMLElement>('drawdown-timeline')!;
  await frameWhere(() => drawnMarks(element) === seed.events.length &&
    element.shadowRoot!.querySelector('[part~="plot"]')!.getAttribute('width') === '800', 'the seed story drawn whole, 800 px wide');
  return { page: loaded, element };
}

/** What a reader sees of the element, as numbers and strings that must match between pages. */
function geometry(element: HTMLElement) {
  const root = element.shadowRoot!;
  const win = element.ownerDocument.defaultView!;
  const style = (selector: string, property: string) => win.getComputedStyle(root.querySelector(selector)!).getPropertyValue(property);
  const plot = root.querySelector('[part~="plot"]')!;
  return {
    plot: [plot.getAttribute('width'), plot.getAttribute('height')],
    marks: [...root.querySelectorAll('[part~="event"][data-primary]')].slice(0, 12).map((mark) => mark.getAttribute('d')),
    labels: [...root.querySelectorAll(internals.label)].slice(0, 12).map((label) => [label.getAttribute('x'), label.textContent]),
    title: ['font-size', 'font-style', 'font-weight', 'letter-spacing', 'text-transform', 'color', 'direction', 'line-height']
      .map((property) => style('[part~="title"]', property)),
    label: ['font-size', 'fill', 'letter-spacing', 'word-spacing', 'text-transform'].map((property) => style(internals.label, property)),
    legend: ['display', 'margin-top', 'padding-left', 'border-top-width'].map((property) => style('[part~="legend"]', property)),
    height: Math.round(element.getBoundingClientRect().height),
  };
}

function probeStyles(doc: Document) {
  const win = doc.defaultView!;
  return ['probe-h2', 'probe-p', 'probe-svg', 'probe-button'].map((id) => {
    const style = win.getComputedStyle(doc.getElementById(id)!);
    return [style.fontSize, style.margin, style.display, style.color, style.direction, style.maxWidth].join(' ');
  });
}

describe('on a hostile host page', () => {
  afterEach(removeFrames);

  it('draws exactly as on a clean page', async () => {
    const clean = await drawn('');
    const expected = geometry(clean.element);
    expect(expected.marks.length, 'marks compared').to.be.greaterThan(0);
    expect(expected.labels.length, 'labels compared').to.be.greaterThan(0);
    removeFrames();
    const hostile = await drawn(HOSTILE_CSS);
    expect(geometry(hostile.element)).to.deep.equal(expected);
    expect(hostile.page.errors).to.deep.equal([]);
  });

  it('lays out from its own width even when a reset makes the host inline', async () => {
    const hostile = await drawn(HOSTILE_CSS);
    expect(hostile.page.window.getComputedStyle(hostile.element).display, 'the page reset the host').to.equal('inline');
    expect(hostile.element.shadowRoot!.querySelector('[part~="plot"]')!.getAttribute('width')).to.equal('800');
    hostile.page.document.getElementById('box')!.style.width = '500px';
    await frameWhere(() => hostile.element.shadowRoot!.querySelector('[part~="plot"]')!.getAttribute('width') === '500', 'the new width');
  });

  it('leaves the page\'s own elements styled as they were', async () => {
    const without = await framePage(page(HOSTILE_CSS, false));
    const expected = probeStyles(without.document);
    removeFrames();
    const { page: withTimeline } = await drawn(HOSTILE_CSS);
    expect(probeStyles(withTimeline.document)).to.deep.equal(expected);
    // Its styles live in its shadow root: nothing is added to the page's head or its adopted sheets.
    expect(withTimeline.document.querySelectorAll('style').length).to.equal(1);
    expect(withTimeline.document.adoptedStyleSheets.length).to.equal(0);
  });
});
