import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { frameWhere } from './frames.js';
import { betweenButtons, cleanup, mount, nextEvent, shadow } from './helpers.js';

// The toolbar as one Tab stop walked with the arrows (WAI-ARIA toolbar pattern), and the skip link past the chart,
// with real keys (@web/test-runner-commands' sendKeys).

const SEED = '/data/russia-syria-2024.json';
/** The toolbar's buttons by name, in order. */
const NAMES = ['Zoom in', 'Zoom out', 'Whole story', 'Table', 'Outline', 'Print', 'Print this view', 'Download SVG', 'Download PNG',
  'Download the data as CSV', 'Download the data as JSON'];

async function mountSeed(attributes = '', width = 900): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

/** The element between two buttons of the page, to Tab in from and out to. */
async function mountBetweenButtons(attributes = '', width = 900) {
  return betweenButtons(await mountSeed(attributes, width));
}

const buttons = (element: DrawdownTimeline) => [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="controls"] button')];
/** A button's name as the toolbar gives it: its tooltip, else its text. */
const nameOf = (button: Element | null | undefined) => button?.getAttribute('title') ?? button?.textContent?.trim();
const focusedName = (element: DrawdownTimeline) => nameOf(shadow(element).activeElement);
/** What holds focus in the element: a toolbar button's name, the skip link, a mark, or a part. */
function focused(element: DrawdownTimeline): string | undefined {
  const active = shadow(element).activeElement;
  if (!active) return undefined;
  if (active.closest('[part~="controls"]')) return nameOf(active);
  if (active.matches('[part~="event-target"]')) return 'a mark';
  return active.getAttribute('part') ?? active.getAttribute('role') ?? active.textContent!.trim();
}

/** Presses `key` (Shift+ a key too) and waits for what it changed to be drawn. */
async function press(element: DrawdownTimeline, key: string): Promise<void> {
  const shifted = key.startsWith('Shift+');
  if (shifted) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: shifted ? key.slice('Shift+'.length) : key });
  if (shifted) await sendKeys({ up: 'Shift' });
  await element.updateComplete;
}

/** Every drawdown-rangechange the element fires from now on. */
function rangeChanges(element: DrawdownTimeline): unknown[] {
  const changes: unknown[] = [];
  element.addEventListener('drawdown-rangechange', (event) => changes.push((event as CustomEvent).detail));
  return changes;
}

describe('the toolbar from the keyboard', () => {
  beforeEach(() => setViewport({ width: 1000, height: 1400 }));
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('is one Tab stop between the page and the plot: Tab, the skip link, the plot; Shift+Tab back', async () => {
    const { element, before } = await mountBetweenButtons();
    expect(buttons(element).map(nameOf)).to.deep.equal(NAMES);
    expect(buttons(element).map((button) => button.tabIndex)).to.deep.equal(NAMES.map((_, i) => (i ? -1 : 0)));
    before.focus();
    await press(element, 'Tab');
    expect(focused(element)).to.equal('Zoom in');
    await press(element, 'Tab');
    expect(focused(element), 'the second Tab leaves the toolbar').to.equal('Skip the chart');
    await press(element, 'Tab');
    expect(focused(element)).to.equal('a mark');
    await press(element, 'Shift+Tab');
    await press(element, 'Shift+Tab');
    expect(focused(element)).to.equal('Zoom in');
    await press(element, 'Shift+Tab');
    expect(document.activeElement?.textContent).to.equal('before');
  });

  it('moves along with Left and Right, wrapping at the ends, and Home and End go to the first and last', async () => {
    const element = await mountSeed();
    buttons(element)[0]!.focus();
    const walked = [focusedName(element)];
    for (let i = 0; i < NAMES.length; i++) {
      await press(element, 'ArrowRight');
      walked.push(focusedName(element));
    }
    expect(walked, 'Right walks every button, then wraps to the first').to.deep.equal([...NAMES, NAMES[0]]);
    await press(element, 'ArrowLeft');
    expect(focusedName(element), 'Left from the first wraps to the last').to.equal('Download the data as JSON');
    await press(element, 'ArrowLeft');
    expect(focusedName(element)).to.equal('Download the data as CSV');
    await press(element, 'Home');
    expect(focusedName(element)).to.equal('Zoom in');
    await press(element, 'End');
    expect(focusedName(element)).to.equal('Download the data as JSON');
    // Up and Down are left to the page.
    await press(element, 'ArrowDown');
    expect(focusedName(element)).to.equal('Download the data as JSON');
  });

  it('keeps the Tab stop on the button last used, by key or by click', async () => {
    const { element, before, after } = await mountBetweenButtons('no-legend no-details');
    before.focus();
    await press(element, 'Tab');
    await press(element, 'End');
    await press(element, 'ArrowLeft');
    expect(focusedName(element)).to.equal('Download the data as CSV');
    const stops = () => buttons(element).filter((button) => button.tabIndex === 0).map(nameOf);
    expect(stops()).to.deep.equal(['Download the data as CSV']);
    // Out to the page and back: Shift+Tab from after the element comes back through the plot and the skip link
    // to the same button.
    after.focus();
    await press(element, 'Shift+Tab');
    expect(focused(element)).to.equal('a mark');
    await press(element, 'Shift+Tab');
    expect(focused(element)).to.equal('Skip the chart');
    await press(element, 'Shift+Tab');
    expect(focused(element)).to.equal('Download the data as CSV');
    // A click is a use too.
    buttons(element)[3]!.click();
    buttons(element)[3]!.focus();
    await element.updateComplete;
    expect(stops()).to.deep.equal(['Table']);
  });

  it('swaps Left and Right right to left, where the buttons run from the right', async () => {
    const element = await mountSeed('dir="rtl"');
    const [first, second] = buttons(element);
    expect(second!.getBoundingClientRect().right, 'the second button lies left of the first').to.be.at.most(first!.getBoundingClientRect().left);
    first!.focus();
    await press(element, 'ArrowLeft');
    expect(focusedName(element)).to.equal('Zoom out');
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(focusedName(element), 'Right from the first wraps to the last').to.equal('Download the data as JSON');
    await press(element, 'Home');
    expect(focusedName(element)).to.equal('Zoom in');
  });

  it('reaches a button that can do nothing now, announced so, and does nothing with it', async () => {
    const element = await mountSeed();
    const changes = rangeChanges(element);
    buttons(element)[0]!.focus();
    await press(element, 'ArrowRight');
    const zoomOut = shadow(element).activeElement as HTMLButtonElement;
    expect(nameOf(zoomOut)).to.equal('Zoom out');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    await press(element, 'Enter');
    await press(element, ' ');
    zoomOut.click();
    await element.updateComplete;
    expect(changes, 'nothing to zoom out to').to.deep.equal([]);
    expect([element.start, element.end]).to.deep.equal(['', '']);
    // Zoomed in, it can; and Whole story, which then has nothing left to do, keeps focus.
    await press(element, 'Home');
    await press(element, 'Enter');
    expect(changes.length).to.equal(1);
    expect(buttons(element).map((button) => button.getAttribute('aria-disabled'))).to.deep.equal(NAMES.map(() => null));
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(focusedName(element)).to.equal('Whole story');
    await press(element, 'Enter');
    expect(changes.at(-1)).to.deep.equal({ start: '', end: '' });
    expect(focusedName(element), 'focus stays on the button').to.equal('Whole story');
    expect(shadow(element).activeElement!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('gives each button one name and no description repeating it (Chromium\'s accessibility tree)', async () => {
    const element = await mountSeed();
    type AXNode = { role: string; name?: string; description?: string; disabled?: boolean; pressed?: boolean | 'mixed'; children?: AXNode[] };
    // Puppeteer's snapshot of what a screen reader is given: the page's tree, shadow roots flattened, the nodes a
    // reader stops at (the toolbar's own node is left out: it has no name or state of its own to check here).
    const tree = await executeServerCommand<AXNode, Record<string, never>>('a11y-snapshot', {});
    const flat = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(flat)];
    const nodes = flat(tree), first = nodes.findIndex((node) => node.role === 'button' && node.name === NAMES[0]);
    const toolbar = nodes.slice(first, first + NAMES.length);
    expect(toolbar.map((node) => `${node.role}: ${node.name}`)).to.deep.equal(NAMES.map((name) => `button: ${name}`));
    expect(toolbar.filter((node) => node.description).map((node) => `${node.name}: ${node.description}`), 'descriptions').to.deep.equal([]);
    // Unzoomed: Zoom out, Whole story and Print this view have nothing to do.
    expect(toolbar.map((node) => !!node.disabled), 'unavailable').to.deep.equal(NAMES.map((name) => ['Zoom out', 'Whole story', 'Print this view'].includes(name)));
    expect(toolbar[3]!.pressed).to.equal(false);
    expect(toolbar[4]!.pressed, 'the outline').to.equal(false);
    expect(nodes[first + NAMES.length], 'after the toolbar').to.include({ role: 'button', name: 'Skip the chart' });
    expect(shadow(element).querySelector('[part~="controls"]')!.getAttribute('aria-label')).to.equal('Timeline controls');
  });
});

describe('the skip link past the chart', () => {
  afterEach(cleanup);

  /** Tabs from the toolbar to the skip link, which shows while it has focus, and follows it. */
  async function skip(element: DrawdownTimeline): Promise<void> {
    buttons(element)[0]!.focus();
    await press(element, 'Tab');
    const link = shadow(element).activeElement!;
    expect(link.textContent).to.equal('Skip the chart');
    const box = link.getBoundingClientRect();
    expect(box.width > 20 && box.height > 10, 'shown while it has focus').to.equal(true);
    expect(box.bottom, 'over the top of the plot').to.be.at.most(shadow(element).querySelector('[part~="plot"]')!.getBoundingClientRect().top + box.height + 1);
    await press(element, 'Enter');
  }

  it('is out of sight until it has focus', async () => {
    const element = await mountSeed();
    const link = [...shadow(element).querySelectorAll('button')].find((button) => button.textContent === 'Skip the chart')!;
    const box = link.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
  });

  it('lands on the event table when it shows, and Tab goes on from there', async () => {
    const { element } = await mountBetweenButtons('show-table');
    await skip(element);
    expect(focused(element)).to.equal('region');
    expect(shadow(element).activeElement!.closest('[part~="table"]'), 'the table\'s').to.not.equal(null);
    await press(element, 'Tab');
    expect(shadow(element).activeElement!.closest('.source-notes'), 'on to the links of the sources under it').to.not.equal(null);
  });

  it('lands on the legend under the plot when the table does not show', async () => {
    const { element } = await mountBetweenButtons();
    await skip(element);
    expect(focused(element)).to.equal('legend');
    await press(element, 'Tab');
    expect(document.activeElement?.textContent, 'on to the page').to.equal('after');
    // The legend is no Tab stop of its own.
    await press(element, 'Shift+Tab');
    expect(focused(element)).to.equal('a mark');
  });

  it('lands on the credit without legend or details, on the cards on a phone, and is not there with nowhere to land', async () => {
    const credited = await mountSeed('no-legend no-details');
    expect(shadow(credited).querySelector('[part~="credit"]'), 'the seed story has a credit').to.not.equal(null);
    await skip(credited);
    expect(focused(credited)).to.equal('credit');
    cleanup();
    const phone = await mountSeed('no-legend', 400);
    await frameWhere(() => !!shadow(phone).querySelector('[part~="cards"]'), 'the phone\'s cards');
    await skip(phone);
    expect(focused(phone)).to.equal('cards');
    cleanup();
    const element = await mount('<drawdown-timeline no-legend no-details></drawdown-timeline>');
    element.data = { version: 1, title: 'Bare', places: [], sources: [], events: [{ id: 'e', kind: 'statement', title: 'Said', when: '2024-12-16' }] };
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    expect([...shadow(element).querySelectorAll('button')].map((button) => button.textContent)).to.not.include('Skip the chart');
  });
});
