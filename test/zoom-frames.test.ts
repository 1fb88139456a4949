import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { frameWhere, nextFrame, steppedClock } from './frames.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { centre, wheelOn } from './input.js';
import { internals } from './internals.js';
import { measureQuality } from './layout-quality.js';

// The element through a reader's zoom: while the wheel turns, each frame moves the last layout (see
// src/layout/gesture-frame.ts) rather than laying the story out again; once the gesture rests, the window is laid
// out in full. Real Ctrl + wheel input (test/input.ts). A frame of the gesture is drawn in the frame that follows
// the wheel, and the check after `wheelOn` runs in that same frame, before the gesture's rest (a timer) can come.

async function mountStory(src: string, attributes: string, width: number): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${src}" ${attributes}></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

const plotOf = (element: DrawdownTimeline) => shadow(element).querySelector<SVGSVGElement>('[part~="plot"]')!;
const drawnIds = (element: DrawdownTimeline) =>
  [...plotOf(element).querySelectorAll<SVGElement>('[part~="event"][data-primary]')].map((mark) => mark.dataset.id!).sort();
const labels = (element: DrawdownTimeline) =>
  [...plotOf(element).querySelectorAll(internals.label)].map((label) => `${(label as SVGElement).dataset.id}: ${internals.labelText(label)}`).sort();
const legendOf = (element: DrawdownTimeline) => shadow(element).querySelector('[part~="legend"]')!.textContent;
const zoomAt = (element: DrawdownTimeline, deltaY: number) => wheelOn(element, { ...centre(plotOf(element)), deltaY, modifiers: ['ctrl'] });

describe('frames of a zoom by hand', () => {
  // Tall enough for every lane of the stories here: the words below the viewport are drawn too.
  beforeEach(() => setViewport({ width: 1320, height: 4000 }));
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('moves the last layout while the wheel turns, and lays the window out in full once it rests', async () => {
    // Early December, before the fall of Assad (8 December): zooming out brings it into the window.
    const element = await mountStory('/data/russia-syria-2024.json', 'start="2024-12-01" end="2024-12-05"', 1280);
    const before = drawnIds(element);
    expect(before).to.not.include('fall-of-assad');
    for (let step = 0; step < 3; step++) await zoomAt(element, 100);
    expect(Date.parse(element.end), 'the window now reaches past 8 December').to.be.greaterThan(Date.UTC(2024, 11, 9));
    // This frame moved the last layout: the marks it draws are that layout's, not yet the window's.
    expect(drawnIds(element)).to.not.include('fall-of-assad');
    await frameWhere(() => drawnIds(element).includes('fall-of-assad'), 'the full layout, once the wheel rests');
    // At rest, the drawing is the one the window gets when a page asks for it.
    const shown = labels(element), ids = drawnIds(element);
    const asked = await mountStory('/data/russia-syria-2024.json', `start="${element.start}" end="${element.end}"`, 1280);
    expect(drawnIds(asked)).to.deep.equal(ids);
    expect(labels(asked)).to.deep.equal(shown);
  });

  it('lays out in full again once put back, when it was removed while the wheel turned', async () => {
    const element = await mountStory('/data/russia-syria-2024.json', 'start="2024-12-01" end="2024-12-05"', 1280);
    await zoomAt(element, 100);
    // Removed in the frame the wheel drew, before the gesture could rest; then put back, and moved by the page.
    const container = element.parentElement!;
    element.remove();
    container.append(element);
    element.start = '2024-12-06';
    element.end = '2024-12-10';
    await element.updateComplete;
    expect(drawnIds(element), 'the page\'s window, laid out').to.include('fall-of-assad');
  });

  it('glides by the toolbar\'s zoom with moved frames too, and lays the window out in full where it arrives', async () => {
    // 3 to 7 December; zoomed out twice as wide around its middle, to 1 to 9 December, past the fall of Assad.
    const element = await mountStory('/data/russia-syria-2024.json', 'start="2024-12-03" end="2024-12-07"', 1280);
    expect(drawnIds(element)).to.not.include('fall-of-assad');
    const during: boolean[] = [];
    const clock = steppedClock();
    try {
      shadow(element).querySelector<HTMLButtonElement>('[part~="controls"] button[title="Zoom out"]')!.click();
      const zoom = { arrived: false };
      void element.updateComplete.then(() => { zoom.arrived = true; });
      for (;;) {
        clock.step();
        await nextFrame();
        if (zoom.arrived) break;
        during.push(drawnIds(element).includes('fall-of-assad'));
      }
    } finally {
      clock.restore();
    }
    expect(during.length, 'frames of the glide').to.be.greaterThan(2);
    expect(during, 'the glide\'s frames draw the last layout\'s marks').to.deep.equal(during.map(() => false));
    expect(drawnIds(element), 'where it arrived').to.include('fall-of-assad');
  });

  it('keeps the legend under the chart as it is while the fingers move', async () => {
    const element = await mountStory('/data/russia-syria-2024.json', '', 1280);
    const legend = legendOf(element), box = plotOf(element).getBoundingClientRect();
    // One notch as far as a wheel goes, into January, past every transfer: their lines leave the plot, and the
    // legend's line widths and transfers go with them. One, so that no rest comes between notches on a busy machine.
    await wheelOn(element, { x: Math.round(box.right - 30), y: Math.round(box.top + box.height / 2), deltaY: -200, modifiers: ['ctrl'] });
    expect(Date.parse(element.start), 'the window starts in January').to.be.greaterThan(Date.UTC(2025, 0, 1));
    expect(legendOf(element)).to.equal(legend);
    await frameWhere(() => legendOf(element) !== legend, 'the legend of the window, once the wheel rests');
  });

  for (const [src, width] of [['/data/russia-syria-2024.json', 1280], ['/data/russia-syria-2024.json', 375], ['/__test/generated?events=300', 1280]] as const) {
    it(`${src} at ${width} px: in every frame of a zoom in and out, no text on text, no line through text, none cut`, async () => {
      const element = await mountStory(src, '', width);
      const faults: string[] = [];
      let texts = 0;
      // In four notches, then out six: back past where it started, whatever the last layout left off the plot.
      for (const deltaY of [-100, -100, -100, -100, 100, 100, 100, 100, 100, 100]) {
        await zoomAt(element, deltaY);
        const report = measureQuality(plotOf(element));
        texts += report.texts;
        const at = `${element.start}–${element.end}`;
        faults.push(...report.overlaps.map(([a, b]) => `${at}: "${a}" on "${b}"`), ...report.crossed.map(([text, id]) => `${at}: ${id} through "${text}"`),
          ...report.outside.map((text) => `${at}: "${text}" cut`));
      }
      expect(texts, 'text measured').to.be.greaterThan(50);
      expect(faults).to.deep.equal([]);
    });
  }
});
