import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { frameWhere, nextFrame, STEP_MS, steppedClock } from './frames.js';
import { betweenButtons, cleanup, mount, nextEvent, plainSpaces, shadow, story } from './helpers.js';
import { centre, handled, touchOn, wheelOn } from './input.js';
import { internals } from './internals.js';

// Zoom and pan by wheel, mouse and touch, and the keyboard's walk through the plot, with real input: the wheel and
// fingers through test/input-plugin.mjs, the mouse and keys through @web/test-runner-commands.

const SEED = '/data/russia-syria-2024.json';

async function mountSeed(attributes = '', width = 900): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

const plot = (element: DrawdownTimeline) => shadow(element).querySelector<SVGSVGElement>('[part~="plot"]')!;
const markOf = (element: DrawdownTimeline, id: string) =>
  shadow(element).querySelector<SVGPathElement>(`[part~="event"][data-primary][data-id="${id}"]`);
/** An event's target: the button the keyboard focuses and a screen reader names. */
const targetOf = (element: DrawdownTimeline, id: string) =>
  shadow(element).querySelector<SVGRectElement>(`[part~="plot"] [part~="event-target"][data-primary][data-id="${id}"]`);
const span = (element: DrawdownTimeline) => Date.parse(element.end) - Date.parse(element.start);
const focusedId = (element: DrawdownTimeline) => (shadow(element).activeElement as SVGElement | null)?.dataset.id;

type Range = { start: string; end: string };

/** Every drawdown-rangechange the element fires from now on, its detail, in order. */
function rangeChanges(element: DrawdownTimeline): Range[] {
  const changes: Range[] = [];
  element.addEventListener('drawdown-rangechange', (event) => changes.push((event as CustomEvent<Range>).detail));
  return changes;
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
    const changes = rangeChanges(element);
    await wheelOn(element, { ...at, deltaY: -100, modifiers: ['ctrl'] });
    expect(changes).to.deep.equal([{ start: element.start, end: element.end }]);
    expect(span(element)).to.be.lessThan(before * 0.8);
    // Zooming out again with the wheel the other way comes back to (about) the same window.
    await wheelOn(element, { ...at, deltaY: 100, modifiers: ['ctrl'] });
    expect(changes.length).to.equal(2);
    expect(changes[1]).to.deep.equal({ start: element.start, end: element.end });
    expect(span(element)).to.be.closeTo(before, before * 0.02);
  });

  it('still zooms with Ctrl + wheel once moved to another container of the same width', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2025-01-31T00:00:00Z"');
    const container = element.parentElement!, other = container.cloneNode(false) as HTMLElement;
    container.after(other);
    other.append(element);
    await element.updateComplete;
    const before = span(element), box = plot(element).getBoundingClientRect();
    await wheelOn(element, { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2), deltaY: -100, modifiers: ['ctrl'] });
    expect(span(element)).to.be.lessThan(before * 0.8);
  });

  it('keeps the time under the pointer under it', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2025-01-31T00:00:00Z"');
    const box = plot(element).getBoundingClientRect();
    const mark = markOf(element, 'fall-of-assad')!;
    const x = Math.round(mark.getBoundingClientRect().left + mark.getBoundingClientRect().width / 2);
    const before = span(element);
    await wheelOn(element, { x, y: Math.round(box.top + box.height / 2), deltaY: -200, modifiers: ['ctrl'] });
    expect(span(element), 'zoomed in').to.be.lessThan(before / 2);
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
    // The hint shows for a moment only: taken as it is drawn.
    const hinted = new Promise<{ text: string | null; hidden: string | null }>((resolve) => {
      const observer = new MutationObserver(() => {
        const hint = shadow(element).querySelector(internals.zoomHint);
        if (!hint) return;
        observer.disconnect();
        resolve({ text: hint.textContent, hidden: hint.getAttribute('aria-hidden') });
      });
      observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
    });
    const changes = rangeChanges(element);
    await wheelOn(element, { ...at, deltaY: 120 });
    const hint = await hinted;
    expect(hint.text).to.match(/^Use (Ctrl|⌘) \+ scroll to zoom/);
    expect(hint.hidden).to.equal('true');
    // The page scrolls once the element has let the wheel go by.
    await frameWhere(() => window.scrollY > 0, 'the page scrolled');
    expect(changes, 'the window stays').to.deep.equal([]);
    expect([element.start, element.end]).to.deep.equal(['', '']);
  });

  it('pans with a sideways wheel (a trackpad swipe)', async () => {
    const element = await mountSeed('start="2024-12-01T00:00:00Z" end="2024-12-31T00:00:00Z"');
    const [start, before] = [Date.parse(element.start), span(element)];
    await wheelOn(element, { ...centre(plot(element)), deltaX: 200, deltaY: 0 });
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
    const released = handled(element, 'pointerup');
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    for (const dx of [10, 40, 80]) await sendMouse({ type: 'move', position: [from.x + dx, from.y] });
    await sendMouse({ type: 'up' });
    // The button's release comes after every move it ended (and the click after it, with it).
    await released;
    // Dragged right, the window moves earlier by 80 px worth of time.
    const msPerPixel = before / (plot(element).getBoundingClientRect().width);
    expect(Date.parse(element.start)).to.be.lessThan(start);
    expect(start - Date.parse(element.start)).to.be.closeTo(80 * msPerPixel, 40 * msPerPixel);
    expect(span(element)).to.be.closeTo(before, 2000);
    expect(selects, 'the drag did not select the mark it started on').to.equal(0);
    expect(element.selected).to.equal('');
  });

  it('stops at the story\'s bounds and at an hour', async () => {
    const HOUR = 3_600_000;
    const element = await mountSeed('start="2024-12-08T00:00:00Z" end="2024-12-08T02:00:00Z"');
    const changes = rangeChanges(element);
    const at = { ...centre(plot(element)), modifiers: ['ctrl'] };
    // A wheel that zooms in twice as far as an hour (the element takes at most 200 px of a wheel's delta at once,
    // and zooms by 2^(0.006 × delta)) stops at an hour.
    await wheelOn(element, { ...at, deltaY: -400 });
    expect(changes.length, 'the window changed once').to.equal(1);
    expect(span(element)).to.equal(HOUR);
    // Zooming in at the limit goes no closer...
    await wheelOn(element, { ...at, deltaY: -400 });
    expect(span(element)).to.equal(HOUR);
    const spans = () => changes.map((change) => Date.parse(change.end) - Date.parse(change.start));
    expect(spans(), 'every window the element told of').to.deep.equal(changes.map(() => HOUR));
    // ...not even in a window not drawn yet: zooming out by a known factor starts from an hour.
    const zoomedIn = changes.length;
    await wheelOn(element, { ...at, deltaY: 200 });
    expect(changes.length).to.equal(zoomedIn + 1);
    // (Give or take a second or two: the window drawn reaches a little past the hour asked for.) Zoomed out from
    // less than an hour, it would be under an hour and a half.
    const outOfAnHour = HOUR * 2 ** (200 * 0.006);
    expect(span(element), 'an hour zoomed out by 2^1.2').to.be.closeTo(outOfAnHour, outOfAnHour * 0.005);
    // Zooming out stops at the whole story: 2^1.2 eleven times more is past its seven weeks.
    for (let i = 0; i < 11; i++) await wheelOn(element, { ...at, deltaY: 200 });
    expect([element.start, element.end], 'zoomed all the way out is the whole story').to.deep.equal(['', '']);
    expect(changes.at(-1)).to.deep.equal({ start: '', end: '' });
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
    const changes = rangeChanges(element);
    await touchOn(element, steps);
    expect(changes.length, 'the pinch changed the window').to.be.greaterThan(0);
    const zoomed = span(element);
    expect(zoomed).to.be.greaterThan(0);
    const whole = Date.parse('2025-01-31') - Date.parse('2024-12-08');
    expect(zoomed, 'a fifth or so of the whole story').to.be.lessThan(whole / 2.5);
    const [start, end] = [Date.parse(element.start), Date.parse(element.end)];
    expect(start).to.be.at.least(Date.parse('2024-11-01'));
    expect(end).to.be.at.most(Date.parse('2025-02-28'));
    // One finger dragging left moves the window later.
    await touchOn(element, [[{ x: mid + 60, y }], [{ x: mid + 30, y }], [{ x: mid, y }], [{ x: mid - 60, y }]]);
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
    return betweenButtons(await mountSeed(attributes));
  }

  it('walks every event of the seed story in time order, and Tab leaves', async () => {
    const { element, before, after } = await mountBetweenButtons('no-controls show-table');
    // The event table lists the events in time order: the order the keyboard must walk.
    const expected = [...shadow(element).querySelectorAll('[part~="table"] tbody tr')].map((row) => row.getAttribute('data-id'));
    element.showTable = false;
    await element.updateComplete;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.textContent, 'the first Tab reaches the skip link').to.equal('Skip the chart');
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.getAttribute('part'), 'the next enters the plot').to.equal('event-target');
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

  it('exposes the selected event as pressed, and draws it apart from the focused one', async () => {
    const { element, before } = await mountBetweenButtons('no-controls');
    before.focus();
    // Past the skip link, into the plot.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const first = shadow(element).activeElement as SVGRectElement;
    const pressed = () => [...shadow(element).querySelectorAll('[part~="plot"] [part~="event-target"][aria-pressed="true"]')].map((mark) => mark.getAttribute('data-id'));
    expect(first.getAttribute('aria-pressed')).to.equal('false');
    expect(first.getAttribute('role')).to.equal('button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(pressed()).to.deep.equal([first.dataset.id]);
    // Selected: a blue ring round the mark; focused: a dark ring round its target.
    const selectedMark = markOf(element, first.dataset.id!)!;
    expect(parseFloat(getComputedStyle(selectedMark).strokeWidth), 'the selection ring').to.equal(3);
    expect(getComputedStyle(first).stroke, 'the focus ring').to.not.equal('none');
    // Focus moves on; the selection stays, drawn in its own colour.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    const focused = shadow(element).activeElement as SVGRectElement;
    expect(focused).to.not.equal(first);
    expect(getComputedStyle(first).stroke, 'no focus ring left behind').to.equal('none');
    expect(pressed()).to.deep.equal([first.dataset.id]);
    expect(getComputedStyle(focused).stroke, 'focus and selection drawn differently').to.not.equal(getComputedStyle(selectedMark).stroke);
    // Escape lets it go.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(pressed()).to.deep.equal([]);
  });

  it('never dead-ends on Up or Down: from every event of both shipped stories they move, or, from the first or last lane, say why', async () => {
    for (const src of [SEED, '/data/us-afghanistan-2020-2021.json']) {
      const element = await mount(`<drawdown-timeline src="${src}"></drawdown-timeline>`, 900);
      await nextEvent(element, 'drawdown-load');
      await element.updateComplete;
      const ids = [...shadow(element).querySelectorAll<SVGPathElement>('[part~="plot"] [part~="event"][data-primary]')].map((mark) => mark.dataset.id!);
      // Each event's lane: the band its mark's middle lies in, counted from the top.
      const bands = [...shadow(element).querySelectorAll('[part~="plot"] [part~="lane"]')].map((lane) => lane.getBoundingClientRect());
      const laneOf = (id: string) => {
        const box = markOf(element, id)!.getBoundingClientRect(), middle = box.top + box.height / 2;
        return bands.findIndex((band) => middle >= band.top && middle < band.bottom);
      };
      const lanes = ids.map(laneOf);
      const [first, last] = [Math.min(...lanes), Math.max(...lanes)];
      const stuck: string[] = [];
      for (const [i, id] of ids.entries()) {
        for (const key of ['ArrowUp', 'ArrowDown'] as const) {
          targetOf(element, id)!.focus();
          await sendKeys({ press: key });
          await element.updateComplete;
          // Only the first lane with events may stay on Up, the last on Down.
          const atEdge = key === 'ArrowUp' ? lanes[i] === first : lanes[i] === last;
          if (focusedId(element) === id && !atEdge) stuck.push(`${key} from ${id} (lane ${lanes[i]})`);
          const said = shadow(element).querySelector('[role="status"]')!.textContent!.trim();
          if (focusedId(element) === id && !said.startsWith(key === 'ArrowUp' ? 'No lane above' : 'No lane below')) stuck.push(`${key} from ${id} said "${said}"`);
        }
      }
      expect(stuck, src).to.deep.equal([]);
      cleanup();
    }
  });

  it('moves between lanes with Up and Down, to the nearest event in time', async () => {
    const element = await mountSeed();
    const top = (id: string) => markOf(element, id)!.getBoundingClientRect().top;
    // Start from the first lane's first event: Up has nowhere to go, Down goes to the next lane.
    const marks = [...shadow(element).querySelectorAll<SVGPathElement>('[part~="event"][data-primary]')];
    const first = marks.reduce((a, b) => (b.getBoundingClientRect().top < a.getBoundingClientRect().top ? b : a));
    const start = first.dataset.id!;
    targetOf(element, start)!.focus();
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

  /** Presses a key that moves the window, and waits for the move (the rangechange) and the glide to it. */
  async function pressMoving(element: DrawdownTimeline, key: string): Promise<void> {
    const changed = nextEvent(element, 'drawdown-rangechange');
    await sendKeys({ press: key });
    await changed;
    // updateComplete waits for the glide to arrive too.
    await element.updateComplete;
  }

  it('zooms with + and - around the focused event, and pans to keep the focused event in view', async () => {
    const element = await mountSeed();
    targetOf(element, 'fall-of-assad')!.focus();
    await pressMoving(element, '+');
    const zoomed = span(element);
    expect(zoomed).to.be.greaterThan(0);
    await pressMoving(element, '+');
    await pressMoving(element, '+');
    expect(span(element)).to.be.closeTo(zoomed / 4, 60_000);
    const plotBox = plot(element).getBoundingClientRect();
    const inView = (id: string) => {
      const box = markOf(element, id)!.getBoundingClientRect();
      return box.right > plotBox.left && box.left < plotBox.right;
    };
    expect(inView('fall-of-assad'), 'the focused event stays in view').to.equal(true);
    // Walking on to the last event, whose date lies outside this window, pans the window to it.
    await pressMoving(element, 'End');
    const last = focusedId(element)!;
    expect(last).to.equal('remaining-sites-to-be-vacated');
    expect(inView(last), 'the last event was brought into view').to.equal(true);
    expect(shadow(element).querySelector(internals.plotWrap)!.scrollLeft).to.equal(0);
    await pressMoving(element, '-');
    expect(span(element)).to.be.closeTo(zoomed / 2, 60_000);
  });

  it('leaves Ctrl + and Ctrl - to the browser', async () => {
    const element = await mountSeed();
    targetOf(element, 'fall-of-assad')!.focus();
    const event = new KeyboardEvent('keydown', { key: '-', ctrlKey: true, bubbles: true, cancelable: true, composed: true });
    targetOf(element, 'fall-of-assad')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('opens details with Enter, announced once and briefly; Escape closes them and returns focus, from inside the panel too', async () => {
    const element = await mountSeed();
    const status = shadow(element).querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    targetOf(element, 'personnel-hmeimim-to-benghazi')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.selected).to.equal('personnel-hmeimim-to-benghazi');
    const details = shadow(element).querySelector('[part~="details"]')!;
    expect(details.hasAttribute('aria-live'), 'the panel itself is not read out whole').to.equal(false);
    expect(status.textContent!.trim()).to.equal('Details shown: About 1,000 personnel moved from Hmeimim to Benghazi');
    // Moving on previews other events' details without a word from the live region.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(status.textContent!.trim()).to.match(/^Details shown: About 1,000/);
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
    const described = svg.getAttribute('aria-describedby')!.split(' ').map((id) => shadow(element).getElementById(id)!);
    const [summary, keys] = described.map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
    // Two sentences: the summary ends before the key help begins.
    expect(summary).to.match(/^15 events from December 2024 to January 2025 in 16 places; Russian military sites in Syria fell from about 100 sites to about 0 sites \(expected\)\.$/);
    expect(keys).to.contain('up and down between lanes');
    expect(keys).to.contain('Shift with up or down goes along a move');
    // Out of the reading order, so they are heard once, as the plot's description.
    for (const node of described) expect(node.closest('[hidden]'), node.id).to.not.equal(null);
  });

  it('gives each event a name with its date as stated, uncertainty in words, title, kind, status, route and place in time', async () => {
    const element = await mountSeed();
    const name = (id: string) => plainSpaces(targetOf(element, id)!.getAttribute('aria-label'));
    expect(name('personnel-hmeimim-to-benghazi')).to.equal('December 8 – 31, 2024. About 1,000 personnel moved from Hmeimim to ' +
      'Benghazi. Transfer, claimed. from Hmeimim Air Base to Benina Airport, Benghazi. ~1,000 personnel. 1 source. 7 of 15');
    expect(name('fighters-flee-to-lebanon-and-iraq')).to.equal('December 2024 (uncertain). Thousands of pro-Assad fighters flee ' +
      'to Lebanon and Iraq. Other, claimed. from Syria to Lebanon, Iraq. 1 source. 1 of 15');
    expect(name('combat-forces-hmeimim-to-russia')).to.match(/^December 2024 \(exact date not given\)\. 10% of Russian combat forces flown from Hmeimim to Russia\. Withdrawal, reported\. from Hmeimim Air Base to Russia\. /);
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

  /** The length of a glide (GLIDE_MS in the element). */
  const GLIDE_MS = 250;

  /** Point events three days apart through December 2024. */
  const points = story({
    events: Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`, kind: 'statement', title: `Point ${i}`, when: `2024-12-${String(1 + 3 * i).padStart(2, '0')}`,
    })),
  });

  async function mountPoints(): Promise<DrawdownTimeline> {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = points;
    await loaded;
    await element.updateComplete;
    return element;
  }

  /**
   * The distance between the marks of the events of December 10 and 16 as drawn in each frame after the toolbar's
   * zoom in, until the zoom has arrived (updateComplete waits for the glide), the first as it was. It stands for the
   * window drawn: the narrower the window, the farther apart they are.
   */
  async function framesOfZoom(element: DrawdownTimeline): Promise<number[]> {
    const x = (id: string) => {
      const box = markOf(element, id)!.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    const distance = () => x('p5') - x('p3');
    const frames = [distance()];
    const clock = steppedClock();
    try {
      shadow(element).querySelector<HTMLButtonElement>('[part~="controls"] button[title="Zoom in"]')!.click();
      const zoom = { arrived: false };
      void element.updateComplete.then(() => { zoom.arrived = true; });
      while (!zoom.arrived) {
        clock.step();
        await nextFrame();
        frames.push(distance());
      }
    } finally {
      clock.restore();
    }
    return frames;
  }

  it('glides from one window to the next', async () => {
    const element = await mountPoints();
    const frames = await framesOfZoom(element);
    const [start, end] = [frames[0]!, frames.at(-1)!];
    expect(end / start, 'twice as close, twice as far apart').to.be.closeTo(2, 0.05);
    // The glide's first frame draws where it starts from; every other frame before it arrives draws a window
    // between the two, each closer to the new one than the last.
    const between = frames.filter((distance) => distance !== start && distance !== end);
    expect(between.length, `frames between the two windows: ${frames.join(', ')}`).to.equal(GLIDE_MS / STEP_MS - 1);
    for (const distance of between) expect(distance, frames.join(', ')).to.be.within(start + 1, end - 1);
    expect(between, 'each frame a step further').to.deep.equal([...between].sort((a, b) => a - b));
  });

  it('jumps at once when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountPoints();
    const frames = await framesOfZoom(element);
    const [start, end] = [frames[0]!, frames.at(-1)!];
    expect(end / start, 'twice as close, twice as far apart').to.be.closeTo(2, 0.05);
    expect(frames.filter((distance) => distance !== start && distance !== end), 'windows drawn in between').to.deep.equal([]);
  });
});
