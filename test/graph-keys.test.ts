import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { followNames } from '../src/layout/follow-names.js';
import { routeStep } from '../src/layout/route-step.js';
import { indexStory } from '../src/layout/story-index.js';
import { parseStory } from '../src/model/parse-story.js';
import { messagesEn } from '../src/words/en.js';
import { createFormatter } from '../src/words/format-when.js';
import { GraphWalk } from '../src/element/graph-walk.js';
import type { TimelineLayout } from '../src/layout/types.js';
import { frameWhere } from './frames.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';

// The keyboard's walk along the story's graph, with real keys: Shift + Up and Down along a move to its ends and
// Backspace back, Shift + Left and Right after a unit or an asset; and what the live region says as it goes.

const SEED = '/data/russia-syria-2024.json';

/** An event's target: the button the keyboard focuses and a screen reader names. */
const markOf = (element: DrawdownTimeline, id: string) =>
  shadow(element).querySelector<SVGRectElement>(`[part~="plot"] [part~="event-target"][data-primary][data-id="${id}"]`);
const focusedId = (element: DrawdownTimeline) => (shadow(element).activeElement as SVGElement | null)?.dataset.id;
const said = (element: DrawdownTimeline) => shadow(element).querySelector('[role="status"]')!.textContent!.trim();

async function mountSeed(attributes = ''): Promise<DrawdownTimeline> {
  // Wide enough that the shipments of late December are drawn one by one, not grouped.
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, 1400);
  await nextEvent(element, 'drawdown-load');
  // The walk loads with the views after the first paint; updateComplete waits for them.
  await element.updateComplete;
  return element;
}

/** Presses `key` ("Shift+ArrowDown" with Shift held) and waits for what it does. */
async function press(element: DrawdownTimeline, key: string): Promise<void> {
  const [modifier, name] = key.includes('+') && key.length > 1 ? key.split('+') as [string, string] : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: name });
  } finally {
    if (modifier) await sendKeys({ up: modifier });
  }
  await element.updateComplete;
}

/** A story of three places and a unit that moves twice, then stays. */
function graphStory() {
  return parseStory({
    version: 1, title: 'Graph',
    places: [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Bravo' }, { id: 'c', name: 'Charlie' }, { id: 'd', name: 'Delta' }],
    events: [
      { id: 'm1', kind: 'transfer', title: 'A to B and C', when: '2024-12-01', from: 'a', to: ['b', 'c'], units: [{ en: 'Fifth Corps', ar: 'الفيلق الخامس' }] },
      { id: 'b1', kind: 'statement', title: 'At Bravo', when: '2024-12-03', at: 'b' },
      { id: 'b2', kind: 'statement', title: 'At Bravo later', when: '2024-12-20', at: 'b' },
      { id: 'm2', kind: 'transfer', title: 'B to D', when: '2024-12-10', from: 'b', to: 'd', units: ['fifth corps'] },
      { id: 'x', kind: 'statement', title: 'Elsewhere', when: '2024-12-05', at: 'a', assets: ['S-400'] },
    ],
  }).story!;
}

describe('the walk along moves and units, as functions', () => {
  const index = indexStory(graphStory(), { languages: ['en'], measure: (text) => text.length * 6, messages: messagesEn, groupBy: 'place' });
  const lanes = index.laneLabels.map((lane) => lane.label);

  it('goes from a move to the event nearest in time in each destination lane, then the next destination, and to its origin', () => {
    const first = routeStep(index, 'm1', 'destination', 0)!;
    expect([lanes[first.lane], first.id, first.count]).to.deep.equal(['Bravo', 'b1', 2]);
    // Charlie has nothing of its own: nothing else happens there.
    const second = routeStep(index, 'm1', 'destination', 1)!;
    expect([lanes[second.lane], second.id]).to.deep.equal(['Charlie', undefined]);
    expect(routeStep(index, 'm1', 'destination', 2)!.nth, 'wraps').to.equal(0);
    const origin = routeStep(index, 'm1', 'origin')!;
    expect([lanes[origin.lane], origin.id]).to.deep.equal(['Alpha', 'x']);
    expect(routeStep(index, 'b1', 'destination'), 'not a move').to.equal(undefined);
  });

  it('cycles a move\'s destinations with the same key, past one where nothing happens, and goes back', () => {
    const walk = new GraphWalk(), words = { languages: ['en'], messages: messagesEn, formatter: createFormatter('en-US', messagesEn) };
    // The walk reads only the layout's index.
    const layout = { index } as unknown as TimelineLayout;
    expect(walk.step('destination', layout, 'm1', words)).to.deep.equal({ to: 'b1', say: 'Destination 1 of 2: Bravo.' });
    expect(walk.step('destination', layout, 'b1', words)).to.deep.equal({ say: 'Nothing else happens at Charlie.' });
    expect(walk.step('destination', layout, 'b1', words), 'round again').to.deep.equal({ to: 'b1', say: 'Destination 1 of 2: Bravo.' });
    expect(walk.step('back', layout, 'b1', words)).to.deep.equal({ to: 'm1' });
    expect(walk.step('back', layout, 'm1', words)).to.deep.equal({ say: 'No move to go back to.' });
  });

  it('follows a unit written in two languages and in one, case aside, and says where it stands', () => {
    expect(followNames(index, 'm1', 1, ['en'])).to.deep.equal({ name: 'Fifth Corps', id: 'm2', position: 2, count: 2 });
    expect(followNames(index, 'm2', 1, ['en'])).to.deep.equal({ name: 'fifth corps', id: undefined, position: 2, count: 2 });
    expect(followNames(index, 'm2', -1, ['ar'])!.id).to.equal('m1');
    expect(followNames(index, 'm1', 1, ['ar'])!.name).to.equal('الفيلق الخامس');
    expect(followNames(index, 'b1', 1, ['en']), 'names nothing').to.equal(undefined);
  });
});

describe('the walk along moves and units, by keyboard', () => {
  // Tall enough that every lane of the seed story is drawn (the plot draws the lanes in view).
  before(() => setViewport({ width: 1440, height: 3000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });

  it('goes with Shift + Down from a move to its destination, says what is not there, and Backspace comes back', async () => {
    const element = await mountSeed();
    markOf(element, 'personnel-hmeimim-to-benghazi')!.focus();
    await press(element, 'Shift+ArrowDown');
    const landed = focusedId(element);
    expect(landed, 'moved to another event').to.not.equal('personnel-hmeimim-to-benghazi');
    // Where it landed involves the destination, Benina (Benghazi).
    expect(markOf(element, landed!)!.getAttribute('aria-label')).to.match(/Benina|Benghazi/);
    await press(element, 'Backspace');
    expect(focusedId(element)).to.equal('personnel-hmeimim-to-benghazi');
    await press(element, 'Backspace');
    expect(said(element)).to.equal('No move to go back to.');
    // An event that moves between no lanes says so, and the keyboard stays.
    markOf(element, 'fall-of-assad')!.focus();
    await press(element, 'Shift+ArrowDown');
    expect(focusedId(element)).to.equal('fall-of-assad');
    expect(said(element)).to.equal('This event does not move between lanes.');
  });

  it('follows military equipment from event to event with Shift + Right and Left, and says where it stands', async () => {
    const element = await mountSeed();
    const start = 'combat-forces-hmeimim-to-russia';
    markOf(element, start)!.focus();
    await press(element, 'Shift+ArrowRight');
    const second = focusedId(element)!;
    expect(second).to.not.equal(start);
    expect(said(element)).to.equal('military equipment: 2 of 3.');
    await press(element, 'Shift+ArrowRight');
    expect(said(element)).to.equal('military equipment: 3 of 3.');
    await press(element, 'Shift+ArrowRight');
    expect(said(element)).to.equal('No later event names military equipment.');
    // Said again when pressed again: a live region speaks when its text changes.
    const before = shadow(element).querySelector('[role="status"]')!.textContent;
    await press(element, 'Shift+ArrowRight');
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.not.equal(before);
    await press(element, 'Shift+ArrowLeft');
    expect(focusedId(element)).to.equal(second);
    await press(element, 'Shift+ArrowLeft');
    expect(focusedId(element)).to.equal(start);
    expect(said(element)).to.equal('military equipment: 1 of 3.');
    markOf(element, 'fall-of-assad')!.focus();
    await press(element, 'Shift+ArrowRight');
    expect(said(element)).to.equal('This event names no unit or asset.');
  });

  it('says where the window rests after a zoom, and that the story was updated when it is read again', async () => {
    const element = await mountSeed();
    markOf(element, 'fall-of-assad')!.focus();
    await press(element, '+');
    await frameWhere(() => said(element).startsWith('Showing '), 'the window said');
    expect(said(element)).to.match(/^Showing .+2024.*: \d+ events?\.$/);
    await element.reload();
    await frameWhere(() => said(element) === 'The story was updated: 15 events.', 'the update said');
  });

  it('walks and speaks in Arabic too, time running right to left', async () => {
    const element = await mountSeed('lang="ar" dir="rtl" numerals="arab"');
    markOf(element, 'combat-forces-hmeimim-to-russia')!.focus();
    // Time runs right to left: Shift + Left goes forward in time.
    await press(element, 'Shift+ArrowLeft');
    expect(said(element)).to.equal('معدات عسكرية: ٢ من ٣.');
    expect(markOf(element, 'fall-of-assad')!.getAttribute('aria-label')).to.match(/ [٠-٩]+ من ١٥$/);
  });
});
