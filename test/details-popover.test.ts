import { sendMouse, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';

// The details open next to the event they tell of, not under the whole plot, a screen away.

const SEED = '/data/russia-syria-2024.json';
const ID = 'personnel-hmeimim-to-benghazi';

async function mountSeed(width: number, attributes = ''): Promise<DrawdownTimeline> {
  await setViewport({ width: width + 40, height: 3000 });
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

const markOf = (element: DrawdownTimeline, id: string) =>
  shadow(element).querySelector<SVGElement>(`[part~="plot"] [part~="event"][data-primary][data-id="${id}"]`)!;
const details = (element: DrawdownTimeline) => shadow(element).querySelector<HTMLElement>('[part~="details"]')!;

describe('details next to the event', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [375, 1280]) {
    it(`open right under the selected event's row, inside the element, at ${width} px`, async () => {
      const element = await mountSeed(width);
      element.selected = ID;
      await element.updateComplete;
      const panel = details(element), mark = markOf(element, ID).getBoundingClientRect();
      const box = panel.getBoundingClientRect(), frame = element.getBoundingClientRect();
      expect(panel.dataset.id).to.equal(ID);
      expect(box.top - mark.bottom, 'under the mark').to.be.within(0, 20);
      expect(box.left).to.be.at.least(frame.left);
      expect(box.right).to.be.at.most(frame.right);
      // Pinned, it takes the pointer: its links and its close button work.
      expect(getComputedStyle(panel).pointerEvents).to.equal('auto');
    });
  }

  it('shown by the pointer, lets the pointer through to the marks under it; pinned, closes with its button', async () => {
    const element = await mountSeed(1000);
    const mark = markOf(element, ID).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(mark.left + 4), Math.round(mark.top + mark.height / 2)] });
    await element.updateComplete;
    expect(details(element).dataset.id).to.equal(ID);
    expect(getComputedStyle(details(element)).pointerEvents).to.equal('none');
    expect(details(element).querySelector('button[aria-label="Close details"]')).to.equal(null);
    await sendMouse({ type: 'click', position: [Math.round(mark.left + 4), Math.round(mark.top + mark.height / 2)] });
    await element.updateComplete;
    expect(element.selected).to.equal(ID);
    const close = details(element).querySelector<HTMLButtonElement>('button[aria-label="Close details"]')!;
    expect(close).to.exist;
    const closeBox = close.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(closeBox.left + closeBox.width / 2), Math.round(closeBox.top + closeBox.height / 2)] });
    await element.updateComplete;
    expect(element.selected).to.equal('');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('of an event outside the window shown, sit under the plot rather than float where its mark was', async () => {
    const element = await mountSeed(1000);
    element.selected = 'fall-of-assad';
    await element.updateComplete;
    expect(details(element).classList.contains('popover'), 'next to its mark').to.equal(true);
    element.setAttribute('start', '2025-01-10');
    element.setAttribute('end', '2025-01-31');
    await element.updateComplete;
    const panel = details(element), plot = shadow(element).querySelector('[part~="plot"]')!.getBoundingClientRect();
    expect(panel.dataset.id).to.equal('fall-of-assad');
    expect(panel.classList.contains('popover'), 'no place on the plot').to.equal(false);
    expect(panel.getBoundingClientRect().top).to.be.at.least(plot.bottom);
  });

  it('line up with the edge time starts from: the left, or the right in a right-to-left plot', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const element = await mountSeed(1280, `dir="${dir}"`);
      element.selected = ID;
      await element.updateComplete;
      const mark = markOf(element, ID).getBoundingClientRect(), box = details(element).getBoundingClientRect();
      if (dir === 'ltr') expect(box.left - mark.left, dir).to.be.within(-3, 3);
      else expect(box.right - mark.right, dir).to.be.within(-3, 3);
      cleanup();
    }
  });
});
