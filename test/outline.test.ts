import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, plainSpaces, shadow } from './helpers.js';

// The story outline (show-outline): a tree a screen reader and a keyboard walk from the story to any place, move
// or unit, with real keys.

const SEED = '/data/russia-syria-2024.json';

async function mountOutline(attributes = ''): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${SEED}" show-outline ${attributes}></drawdown-timeline>`, 1000);
  await nextEvent(element, 'drawdown-load');
  // The outline loads with the views after the first paint; updateComplete waits for them.
  await element.updateComplete;
  return element;
}

const tree = (element: DrawdownTimeline) => shadow(element).querySelector<HTMLElement>('[part~="outline"][role="tree"]')!;
const active = (element: DrawdownTimeline) => shadow(element).activeElement as HTMLElement;
/** What a screen reader says of an item: its line (its name, from its content), level and position. */
function spoken(item: Element): string {
  return `${plainSpaces(item.textContent).trim()} [${item.getAttribute('aria-level')}: ${item.getAttribute('aria-posinset')} of ${item.getAttribute('aria-setsize')}]`;
}

/** The items of the tree, in reading order, and those under an open branch (the next level, up to the branch's end). */
const items = (element: DrawdownTimeline) => [...tree(element).querySelectorAll<HTMLElement>('[role="treeitem"]')];
function childrenOf(element: DrawdownTimeline, branch: Element): HTMLElement[] {
  const all = items(element), level = Number(branch.getAttribute('aria-level'));
  const after = all.slice(all.indexOf(branch as HTMLElement) + 1);
  const end = after.findIndex((item) => Number(item.getAttribute('aria-level')) <= level);
  return (end < 0 ? after : after.slice(0, end)).filter((item) => Number(item.getAttribute('aria-level')) === level + 1);
}

async function press(element: DrawdownTimeline, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await element.updateComplete;
  }
}

describe('the story outline', () => {
  before(() => setViewport({ width: 1100, height: 1200 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  it('is one Tab stop over places, movements, and units and assets, each branch saying what it holds', async () => {
    const element = await mountOutline();
    expect(tree(element).getAttribute('aria-label')).to.equal('Story outline: places, movements, units and assets');
    const top = items(element);
    expect(top.map(spoken)).to.deep.equal(['Places: 16 [1: 1 of 3]', 'Movements: 8 [1: 2 of 3]', 'Units and assets: 8 [1: 3 of 3]']);
    expect(top.map((item) => item.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
    expect(shadow(element).querySelectorAll('[part~="outline"] [tabindex="0"]')).to.have.length(1);
    // Hidden by default: the attribute shows it.
    element.showOutline = false;
    await element.updateComplete;
    expect(tree(element)).to.equal(null);
  });

  it('walks from the story to a place to its events by keyboard, and selects one on the chart with Enter', async () => {
    const element = await mountOutline();
    tree(element).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await press(element, 'ArrowRight');
    expect(items(element)[0]!.getAttribute('aria-expanded')).to.equal('true');
    await press(element, 'ArrowRight');
    expect(spoken(active(element))).to.equal('Hmeimim Air Base: 4 events, 2 departures, December 2024 – January 2025 [2: 1 of 16]');
    await press(element, 'ArrowRight', 'ArrowRight');
    const event = active(element);
    expect(spoken(event)).to.match(/^Alwan: Russia determined to keep Tartus and Hmeimim\. .*\[3: 1 of 4\]$/);
    await press(element, 'ArrowDown');
    expect(spoken(active(element))).to.match(/^from Hmeimim Air Base to Russia\. 10% of Russian combat forces flown .* Withdrawal, reported\. .*\[3: 2 of 4\]$/);
    const selected = nextEvent(element, 'drawdown-select');
    await press(element, 'Enter');
    await selected;
    expect(element.selected).to.equal('combat-forces-hmeimim-to-russia');
    expect(shadow(element).querySelector('[part~="details"][data-id="combat-forces-hmeimim-to-russia"]')).to.not.equal(null);
    // The keyboard stays in the outline; Left goes up to the lane, Left again closes it, Home to the top.
    expect(active(element).dataset.key).to.equal(event.nextElementSibling!.getAttribute('data-key'));
    expect(items(element).filter((item) => item.tabIndex === 0)).to.deep.equal([active(element)]);
    await press(element, 'ArrowLeft');
    expect(spoken(active(element))).to.match(/^Hmeimim Air Base: /);
    await press(element, 'ArrowLeft');
    expect(active(element).getAttribute('aria-expanded')).to.equal('false');
    await press(element, 'Home');
    expect(spoken(active(element))).to.equal('Places: 16 [1: 1 of 3]');
    await press(element, 'End');
    expect(spoken(active(element))).to.equal('Units and assets: 8 [1: 3 of 3]');
  });

  it('lists what arrives at a place that only receives, and follows a unit or asset from event to event in time', async () => {
    const element = await mountOutline();
    const open = async (key: string) => {
      tree(element).querySelector<HTMLElement>(`[data-key="${key}"]`)!.click();
      await element.updateComplete;
    };
    await open('places');
    const benina = childrenOf(element, tree(element).querySelector('[data-key="places"]')!)[9]!;
    expect(spoken(benina)).to.equal('Benina Airport, Benghazi: 2 arrivals, December 8 – 31, 2024 [2: 10 of 16]');
    await open(benina.getAttribute('data-key')!);
    const arrivals = childrenOf(element, tree(element).querySelector(`[data-key="${benina.dataset.key}"]`)!).map(spoken);
    expect(arrivals).to.have.length(2);
    expect(arrivals.every((line) => /to Benina Airport, Benghazi/.test(line)), arrivals.join('\n')).to.equal(true);
    await open('names');
    const equipment = items(element).find((item) => item.dataset.key!.startsWith('name/') && spoken(item).startsWith('military equipment'))!;
    expect(spoken(equipment)).to.match(/^military equipment: 3 events \[2: \d+ of 8\]$/);
    await open(equipment.getAttribute('data-key')!);
    const moves = childrenOf(element, tree(element).querySelector(`[data-key="${equipment.dataset.key}"]`)!).map((item) => item.dataset.key!.split('/').pop());
    expect(moves).to.deep.equal(['combat-forces-hmeimim-to-russia', 'shipments-to-libyan-bases', 'ilyushin-airlift-to-libya']);
  });

  it('speaks Arabic and opens with Left where text runs right to left', async () => {
    const element = await mountOutline('lang="ar" dir="rtl"');
    expect(tree(element).getAttribute('aria-label')).to.equal('مخطط القصة: الأماكن والتحرّكات والوحدات والمعدّات');
    tree(element).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await press(element, 'ArrowLeft');
    expect(items(element)[0]!.getAttribute('aria-expanded')).to.equal('true');
    await press(element, 'ArrowLeft');
    expect(spoken(active(element))).to.match(/^قاعدة حميميم الجوية: /);
    expect(spoken(active(element)).replace(/ \[.*\]$/, ''), 'no Latin letter').to.not.match(/[A-Za-z]/);
  });
});
