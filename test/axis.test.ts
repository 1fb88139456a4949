import { expect } from 'chai';
import { layoutTicks } from '../src/layout/axis-ticks.js';
import { createTimeScale } from '../src/layout/time-scale.js';
import type { Tick } from '../src/layout/types.js';
import { createFormatter } from '../src/words/format-when.js';
import { messagesEn } from '../src/words/en.js';
import { layoutOf, parsed } from './layout-helpers.js';

// The calendar-aware axis: the year where it changes, nothing finer than the story's dates, no label cut at an
// edge or run into another.

const formatter = createFormatter('en-US', messagesEn);
const measure = (text: string) => text.length * 7;
const utc = (text: string) => Date.parse(`${text}Z`);

function ticks(from: string, to: string, finest: 'year' | 'month' | 'day' | 'time' = 'time', width = 800, rtl = false): Tick[] {
  const range: [number, number] = rtl ? [width - 20, 20] : [20, width - 20];
  return layoutTicks({ scale: createTimeScale([utc(from), utc(to)], range), width, formatter, measure }, finest);
}

const labels = (list: readonly Tick[]) => list.map((tick) => tick.label).filter(Boolean);

/** Every shown label inside [0, width] and clear of the others. */
function expectPlaced(list: readonly Tick[], width: number): void {
  const boxes = list.filter((tick) => tick.label).map((tick) => [tick.labelX - measure(tick.label) / 2, tick.labelX + measure(tick.label) / 2] as const)
    .sort((a, b) => a[0] - b[0]);
  expect(boxes.length).to.be.greaterThan(1);
  for (const [left, right] of boxes) {
    expect(left).to.be.at.least(0);
    expect(right).to.be.at.most(width);
  }
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0], 'labels apart').to.be.greaterThan(boxes[i - 1]![1]);
}

describe('layoutTicks', () => {
  it('names the step a window lies inside when it crosses none of the story\'s steps', () => {
    for (const rtl of [false, true]) {
      const list = ticks('2025-01-10T00:00', '2025-01-25T00:00', 'month', 800, rtl);
      expect(labels(list), rtl ? 'right to left' : 'left to right').to.deep.equal(['Jan 2025']);
      const label = measure('Jan 2025') / 2;
      expect(list[0]!.x).to.equal(rtl ? 780 : 20);
      expect(list[0]!.labelX - label).to.be.at.least(0);
      expect(list[0]!.labelX + label).to.be.at.most(800);
    }
  });
  it('gives the first month tick its year, and a new year its number', () => {
    const list = ticks('2024-11-20T00:00', '2025-03-10T00:00');
    expect(labels(list)).to.deep.equal(['Dec 2024', '2025', 'Feb', 'Mar']);
  });

  it('gives the first day tick its year, and the first tick of a new year', () => {
    const list = ticks('2024-12-20T00:00', '2025-01-12T00:00', 'day', 1000);
    const shown = labels(list);
    expect(shown[0]).to.match(/^Dec \d+, 2024$/);
    expect(shown.find((label) => label.startsWith('Jan'))).to.match(/^Jan \d+, 2025$/);
    expect(shown.filter((label) => label.includes('20'))).to.have.length(2);
  });

  it('gives times the date on the first tick and where the day changes', () => {
    const shown = labels(ticks('2024-12-08T18:00', '2024-12-09T06:00', 'time', 1200));
    expect(shown[0]).to.match(/^Dec 8, 2024, \d\d:00 (AM|PM)$/);
    expect(shown.some((label) => /^Dec 9, \d\d:00 (AM|PM)$/.test(label))).to.equal(true);
    expect(shown.some((label) => /^\d\d:00 (AM|PM)$/.test(label))).to.equal(true);
  });

  it('never ticks finer than the story\'s finest date: a story of days zoomed to hours ticks days', () => {
    const list = ticks('2024-12-07T20:00', '2024-12-09T04:00', 'day');
    expect(list.map((tick) => new Date(tick.value).toISOString())).to.deep.equal(['2024-12-08T00:00:00.000Z', '2024-12-09T00:00:00.000Z']);
    expect(labels(list)[0]).to.equal('Dec 8, 2024');
    // A story of months zoomed to weeks ticks months.
    for (const tick of ticks('2024-11-10T00:00', '2025-01-20T00:00', 'month')) expect(new Date(tick.value).getUTCDate()).to.equal(1);
  });

  it('keeps labels inside the plot and apart, moving a label in from an edge rather than cutting it', () => {
    for (const width of [320, 375, 800]) expectPlaced(ticks('2024-11-30T12:00', '2025-02-03T00:00', 'day', width), width);
    const edge = ticks('2024-12-01T00:00', '2024-12-05T00:00', 'day', 400);
    const first = edge[0]!;
    expect(first.x).to.equal(20);
    // In from the left edge, with 2 px to spare for letters whose ink runs past their advance.
    expect(first.labelX, 'moved in from the left edge').to.equal(measure(first.label) / 2 + 2);
  });

  it('mirrors for right-to-left time, labels placed alike', () => {
    const list = ticks('2024-11-20T00:00', '2025-03-10T00:00', 'time', 800, true);
    expect(labels(list)).to.deep.equal(['Dec 2024', '2025', 'Feb', 'Mar']);
    expect(list[0]!.x).to.be.greaterThan(list.at(-1)!.x);
    expectPlaced(list, 800);
  });
});

describe('the layout\'s axis', () => {
  it('follows the story\'s finest date', () => {
    const days = parsed();
    const window: [number, number] = [utc('2024-12-15T22:00'), utc('2024-12-16T05:00')];
    const dayTicks = layoutOf(days, { window }).ticks;
    expect(dayTicks.map((tick) => new Date(tick.value).toISOString())).to.deep.equal(['2024-12-16T00:00:00.000Z']);
    const timed = parsed({ events: [{ id: 't', kind: 'other', title: 'At two', when: '2024-12-16T02:00Z' }] });
    expect(layoutOf(timed, { window }).ticks.length).to.be.greaterThan(2);
  });
});
