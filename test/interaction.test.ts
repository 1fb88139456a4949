import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';

// Zoom and pan by wheel, mouse and touch, and the keyboard's walk through the plot, with real input: the wheel and
// fingers through test/input-plugin.mjs, the mouse and keys through @web/test-runner-commands.

const SEED = '/data/russia-syria-2024.json';

async function mountSeed(attributes = '', width = 900): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('svg.plot')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

const plot = (element: DrawdownTimeline) => shadow(element).querySelector<SVGSVGElement>('svg.plot')!;
const markOf = (element: DrawdownTimeline, id: string) =>
  shadow(element).querySelector<SVGPathElement>(`[part~="event"][data-primary][data-id="${id}"]`);
const span = (element: DrawdownTimeline) => Date.parse(element.end) - Date.parse(element.start);
const focusedId = (element: DrawdownTimeline) => (shadow(element).activeElement as SVGElement | null)?.dataset.id;
const wheel = (payload: { x: number; y: number; deltaX?: number; deltaY: number; modifiers?: string[] }) =>
  executeServerCommand('input-wheel', payload);
const touch = (steps: { x: number; y: number }[][]) => executeServerCommand('input-touch', { steps });

/** The centre of an element's box in the page, as the input commands take it. */
function centre(target: Element): { x: number; y: number } {
  const box = target.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/** Settles the element: the frame a gesture's window waits for, then the update it makes. */
async function settle(element: DrawdownTimeline): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

describe('zoom and pan by hand', () => {
  beforeEach(tallViewport);
  afterEach(async () => {
    window.scrollTo(0, 0);
    document.body.style.margin = '';
    await defaultViewport();
  });

  it('zooms with Ctrl + wheel around the pointer, firing drawdown-rangechange', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2025-01-31T00:00:00Z"');
    const before = span(element);
    const box = plot(element).getBoundingClientRect();
    // The pointer three quarters of the way across (the next test checks the time under it stays put).
    const at = { x: Math.round(box.left + box.width * 0.75), y: Math.round(box.top + box.height / 2) };
    const changed = nextEvent<CustomEvent>(element, 'drawdown-rangechange');
    await wheel({ ...at, deltaY: -100, modifiers: ['ctrl'] });
    const { detail } = await changed;
    await settle(element);
    expect(detail).to.deep.equal({ start: element.start, end: element.end });
    expect(span(element)).to.be.lessThan(before * 0.8);
    // Zooming out again with the wheel the other way comes back to (about) the same window.
    await wheel({ ...at, deltaY: 100, modifiers: ['ctrl'] });
    await settle(element);
    expect(span(element)).to.be.closeTo(before, before * 0.02);
  });

  it('keeps the time under the pointer under it', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2025-01-31T00:00:00Z"');
    const box = plot(element).getBoundingClientRect();
    const mark = markOf(element, 'fall-of-assad')!;
    const x = Math.round(mark.getBoundingClientRect().left + mark.getBoundingClientRect().width / 2);
    await wheel({ x, y: Math.round(box.top + box.height / 2), deltaY: -200, modifiers: ['ctrl'] });
    await settle(element);
    const after = markOf(element, 'fall-of-assad')!.getBoundingClientRect();
    expect(after.left + after.width / 2).to.be.closeTo(x, 3);
  });

  it('leaves plain wheel to the page, with a hint shown the first time', async () => {
    const element = await mountSeed();
    const spacer = document.createElement('div');
    spacer.className = 'test-container';
    spacer.style.height = '3000px';
    document.body.append(spacer);
    const at = centre(plot(element));
    await wheel({ ...at, deltaY: 120 });
    await settle(element);
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(0);
    expect([element.start, element.end]).to.deep.equal(['', '']);
    const hint = shadow(element).querySelector('.zoom-hint');
    expect(hint?.textContent).to.match(/^Use (Ctrl|⌘) \+ scroll to zoom/);
    expect(hint?.getAttribute('aria-hidden')).to.equal('true');
  });

  it('pans with a sideways wheel (a trackpad swipe)', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2024-12-31T00:00:00Z"');
    const [start, before] = [Date.parse(element.start), span(element)];
    await wheel({ ...centre(plot(element)), deltaX: 200, deltaY: 0 });
    await settle(element);
    expect(Date.parse(element.start)).to.be.greaterThan(start);
    expect(span(element)).to.be.closeTo(before, 2000);
  });

  it('pans when the mouse drags the plot, and the drag is not a click', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2024-12-31T00:00:00Z"');
    const [start, before] = [Date.parse(element.start), span(element)];
    const mark = markOf(element, 'fall-of-assad')!;
    const from = centre(mark);
    let selects = 0;
    element.addEventListener('drawdown-select', () => selects++);
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    for (const dx of [10, 40, 80]) await sendMouse({ type: 'move', position: [from.x + dx, from.y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    // Dragged right, the window moves earlier by 80 px worth of time.
    const msPerPixel = before / (plot(element).getBoundingClientRect().width);
    expect(Date.parse(element.start)).to.be.lessThan(start);
    expect(start - Date.parse(element.start)).to.be.closeTo(80 * msPerPixel, 40 * msPerPixel);
    expect(span(element)).to.be.closeTo(before, 2000);
    expect(selects, 'the drag did not select the mark it started on').to.equal(0);
    expect(element.selected).to.equal('');
  });

  it('stops at the story\'s bounds and at an hour', async () => {
    const element = await mountSeed('start="2024-12-08T00:00:00Z" end="2024-12-08T02:00:00Z"');
    await settle(element);
    // Zooming in twice as far as an hour stops at an hour (a wheel event can be lost to scroll latching right
    // after the last test's; a few more cannot go below an hour either).
    for (let i = 0; i < 3 && span(element) !== 3_600_000; i++) {
      await wheel({ ...centre(plot(element)), deltaY: -400, modifiers: ['ctrl'] });
      await settle(element);
    }
    expect(span(element)).to.equal(3_600_000);
    for (let i = 0; i < 12; i++) await wheel({ ...centre(plot(element)), deltaY: 200, modifiers: ['ctrl'] });
    await settle(element);
    expect([element.start, element.end], 'zoomed all the way out is the whole story').to.deep.equal(['', '']);
  });

  it('on a phone-wide screen, a pinch zooms into the December 2024 moves and one finger pans', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.margin = '0';
    const element = await mountSeed('', 320);
    expect(document.documentElement.scrollWidth, 'no sideways page scroll').to.be.at.most(320);
    const box = plot(element).getBoundingClientRect();
    const y = Math.round(box.top + Math.min(box.height / 2, 60));
    const mid = Math.round(box.left + box.width / 2);
    // Two fingers spread apart from 40 px to 200 px: five times closer.
    const steps = [0, 0.25, 0.5, 0.75, 1].map((t) => {
      const half = 20 + 80 * t;
      return [{ x: mid - half, y }, { x: mid + half, y }];
    });
    const changed = nextEvent(element, 'drawdown-rangechange');
    await touch(steps);
    await changed;
    await settle(element);
    const zoomed = span(element);
    expect(zoomed).to.be.greaterThan(0);
    const whole = Date.parse('2025-01-31') - Date.parse('2024-12-08');
    expect(zoomed, 'a fifth or so of the whole story').to.be.lessThan(whole / 2.5);
    const [start, end] = [Date.parse(element.start), Date.parse(element.end)];
    expect(start).to.be.at.least(Date.parse('2024-11-01'));
    expect(end).to.be.at.most(Date.parse('2025-02-28'));
    // One finger dragging left moves the window later.
    await touch([[{ x: mid + 60, y }], [{ x: mid + 30, y }], [{ x: mid, y }], [{ x: mid - 60, y }]]);
    await settle(element);
    expect(Date.parse(element.start)).to.be.greaterThan(start);
    expect(span(element)).to.be.closeTo(zoomed, 2000);
    expect(document.documentElement.scrollWidth, 'still no sideways page scroll').to.be.at.most(320);
  });
});

/** Tall enough for the seed story's every lane: marks far below the viewport are drawn only as it scrolls. */
async function tallViewport(): Promise<void> {
  await setViewport({ width: 1000, height: 1400 });
}

async function defaultViewport(): Promise<void> {
  cleanup();
  await setViewport({ width: 800, height: 600 });
}

describe('the keyboard', () => {
  beforeEach(tallViewport);
  afterEach(defaultViewport);

  /** A button before the element and one after it, to Tab in from and out to. */
  async function mountBetweenButtons(attributes = ''): Promise<{ element: DrawdownTimeline; before: HTMLButtonElement; after: HTMLButtonElement }> {
    const element = await mountSeed(attributes);
    const before = document.createElement('button'), after = document.createElement('button');
    before.textContent = 'before';
    after.textContent = 'after';
    element.before(before);
    element.after(after);
    return { element, before, after };
  }

  it('walks every event of the seed story in time order, and Tab leaves', async () => {
    const { element, before, after } = await mountBetweenButtons('no-controls show-table');
    // The event table lists the events in time order: the order the keyboard must walk.
    const expected = [...shadow(element).querySelectorAll('[part~="table"] tbody tr')].map((row) => row.getAttribute('data-id'));
    element.showTable = false;
    await element.updateComplete;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.getAttribute('part'), 'one Tab enters the plot').to.equal('event');
    const walked = [focusedId(element)];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      const id = focusedId(element);
      if (id === walked.at(-1)) break;
      walked.push(id);
    }
    expect(expected.length).to.equal(15);
    expect(walked).to.deep.equal(expected);
    // Home and End go to the ends, the other way back.
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(focusedId(element)).to.equal(walked[0]);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(focusedId(element)).to.equal(walked.at(-1));
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(focusedId(element)).to.equal(walked.at(-2));
    // Tab leaves the widget: no trap, whatever else in it takes focus on the way.
    for (let i = 0; i < 10 && document.activeElement !== after; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'Tab reached the button after the timeline').to.equal(after);
  });

  it('moves between lanes with Up and Down, to the nearest event in time', async () => {
    const element = await mountSeed();
    const top = (id: string) => markOf(element, id)!.getBoundingClientRect().top;
    // Start from the first lane's first event: Up has nowhere to go, Down goes to the next lane.
    const marks = [...shadow(element).querySelectorAll<SVGPathElement>('[part~="event"][data-primary]')];
    const first = marks.reduce((a, b) => (b.getBoundingClientRect().top < a.getBoundingClientRect().top ? b : a));
    const start = first.dataset.id!;
    first.focus();
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(focusedId(element), 'Up from the first lane stays').to.equal(start);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    const below = focusedId(element)!;
    expect(top(below)).to.be.greaterThan(top(start));
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(top(focusedId(element)!)).to.be.greaterThan(top(below));
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(focusedId(element)).to.equal(below);
  });

  it('zooms with + and - around the focused event, and pans to keep the focused event in view', async () => {
    const element = await mountSeed();
    markOf(element, 'fall-of-assad')!.focus();
    const changed = nextEvent(element, 'drawdown-rangechange');
    await sendKeys({ press: '+' });
    await changed;
    await element.updateComplete;
    const zoomed = span(element);
    expect(zoomed).to.be.greaterThan(0);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await element.updateComplete;
    expect(span(element)).to.be.closeTo(zoomed / 4, 60_000);
    const plotBox = plot(element).getBoundingClientRect();
    const inView = (id: string) => {
      const box = markOf(element, id)!.getBoundingClientRect();
      return box.right > plotBox.left && box.left < plotBox.right;
    };
    expect(inView('fall-of-assad'), 'the focused event stays in view').to.equal(true);
    // Walking on to the last event, whose date lies outside this window, pans the window to it.
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const last = focusedId(element)!;
    expect(last).to.equal('remaining-sites-to-be-vacated');
    expect(inView(last), 'the last event was brought into view').to.equal(true);
    expect(shadow(element).querySelector('.plot-wrap')!.scrollLeft).to.equal(0);
    await sendKeys({ press: '-' });
    await element.updateComplete;
    expect(span(element)).to.be.closeTo(zoomed / 2, 60_000);
  });

  it('leaves Ctrl + and Ctrl - to the browser', async () => {
    const element = await mountSeed();
    markOf(element, 'fall-of-assad')!.focus();
    const event = new KeyboardEvent('keydown', { key: '-', ctrlKey: true, bubbles: true, cancelable: true, composed: true });
    markOf(element, 'fall-of-assad')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('opens details with Enter, announced once and briefly; Escape closes them and returns focus, from inside the panel too', async () => {
    const element = await mountSeed();
    const status = shadow(element).querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    markOf(element, 'personnel-hmeimim-to-benghazi')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.selected).to.equal('personnel-hmeimim-to-benghazi');
    const details = shadow(element).querySelector('[part~="details"]')!;
    expect(details.hasAttribute('aria-live'), 'the panel itself is not read out whole').to.equal(false);
    expect(status.textContent!.trim()).to.equal('Details shown below: About 1,000 personnel moved from Hmeimim to Benghazi');
    // Moving on previews other events' details without a word from the live region.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(status.textContent!.trim()).to.match(/^Details shown below: About 1,000/);
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    // Into the panel (a source's link), then Escape: closed, and focus back on the event.
    const link = details.querySelector('a');
    expect(link, 'the panel has a source link').to.exist;
    link!.focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.selected).to.equal('');
    expect(focusedId(element)).to.equal('personnel-hmeimim-to-benghazi');
    expect(status.textContent!.trim()).to.equal('');
  });
});

describe('for screen readers', () => {
  beforeEach(tallViewport);
  afterEach(defaultViewport);

  it('names the plot after the story and describes it in a generated sentence', async () => {
    const element = await mountSeed();
    const svg = plot(element);
    expect(svg.getAttribute('role')).to.equal('group');
    expect(svg.getAttribute('aria-label')).to.equal('Russia\'s drawdown from Syria after the fall of Assad');
    const description = shadow(element).getElementById(svg.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(description).to.match(/^15 events from December 2024 to January 2025 in 16 places; Russian military sites in Syria fell from about 100 sites to about 0 sites \(expected\)/);
    expect(description).to.contain('up and down arrow keys between lanes');
  });

  it('gives each event a name with its date as stated, uncertainty in words, title, kind, status and route', async () => {
    const element = await mountSeed();
    const name = (id: string) => markOf(element, id)!.getAttribute('aria-label');
    expect(name('personnel-hmeimim-to-benghazi')).to.equal('December 8 – 31, 2024. About 1,000 personnel moved from Hmeimim to ' +
      'Benghazi. Transfer, claimed. Hmeimim Air Base → Benina Airport, Benghazi. ~1,000 personnel. 1 source');
    expect(name('fighters-flee-to-lebanon-and-iraq')).to.equal('December 2024 (uncertain). Thousands of pro-Assad fighters flee ' +
      'to Lebanon and Iraq. Other, claimed. Syria → Lebanon, Iraq. 1 source');
    expect(name('combat-forces-hmeimim-to-russia')).to.match(/^December 2024 \(exact date not given\)\. 10% of Russian combat forces flown from Hmeimim to Russia\. Withdrawal, reported\. Hmeimim Air Base → Russia\. /);
    expect(name('naval-vessels-leave-coast')).to.match(/^by December 31, 2024\. Russian naval vessels leave the Syrian coast\. Withdrawal, reported\. Syrian coast\. /);
    expect(name('tartus-hmeimim-to-be-kept')).to.match(/^c\. December 2024\. Alwan: /);
  });
});

describe('motion', () => {
  beforeEach(tallViewport);
  afterEach(async () => {
    await defaultViewport();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** The axis as drawn in each frame after a toolbar zoom, until the element settles, the first as it was. */
  async function framesOfZoom(element: DrawdownTimeline): Promise<string[]> {
    const axis = () => shadow(element).querySelector('[part~="axis"]')!.innerHTML;
    const frames = [axis()];
    shadow(element).querySelector<HTMLButtonElement>('[part~="controls"] button')!.click();
    const settled = { done: false };
    void element.updateComplete.then(() => { settled.done = true; });
    while (!settled.done) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frames.push(axis());
    }
    return frames;
  }

  it('glides from one window to the next', async () => {
    const element = await mountSeed();
    const frames = await framesOfZoom(element);
    const [start, end] = [frames[0], frames.at(-1)];
    expect(end).to.not.equal(start);
    const between = new Set(frames.filter((axis) => axis !== start && axis !== end));
    expect(between.size, `axes drawn between the two windows, in ${frames.length} frames`).to.be.greaterThan(2);
  });

  it('jumps at once when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountSeed();
    const frames = await framesOfZoom(element);
    const [start, end] = [frames[0], frames.at(-1)];
    expect(end).to.not.equal(start);
    expect(frames.filter((axis) => axis !== start && axis !== end).length, 'axes drawn in between').to.equal(0);
  });
});
