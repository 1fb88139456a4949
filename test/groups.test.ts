import { sendMouse } from '@web/test-runner-commands';
import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { createFormatter } from '../src/words/format-when.js';
import { groupAt, liftMark } from '../src/layout/groups.js';
import { defaultMetrics, layoutTimeline } from '../src/layout/layout-timeline.js';
import type { TimelineLayout } from '../src/layout/types.js';
import { messagesEn } from '../src/words/en.js';
import { binAtX, timeBins } from '../src/layout/time-bins.js';
import { createTimeScale } from '../src/layout/time-scale.js';
import { homePlaces } from '../src/layout/lanes.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story, TimelineEvent } from '../src/model/types.js';
import type { DrawdownLoadEvent, DrawdownTimeline } from '../src/index.js';
import type { DrawdownRangeChangeEvent } from '../src/element/events.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { internals } from './internals.js';

const formatter = createFormatter('en-GB', messagesEn);
const measureText = (text: string) => text.length * 7;
const DAY = 86_400_000;

function generated(n: number): Story {
  const result = parseStory(generateStory(n));
  expect(result.skippedEvents).to.equal(0);
  return result.story!;
}

function layout(story: Story, width: number, window?: [number, number], direction: 'ltr' | 'rtl' = 'ltr'): TimelineLayout {
  return layoutTimeline(story, { width, direction, formatter, messages: messagesEn, measureText, ...(window ? { window } : {}) });
}

/** Per lane: how often each event appears as a mark and inside groups. */
function appearances(result: TimelineLayout): Map<string, number> {
  const seen = new Map<string, number>();
  const add = (event: TimelineEvent, lane: number) => {
    const key = `${event.id}@${lane}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  };
  for (const mark of result.marks) add(mark.event, mark.lane);
  for (const group of result.groups) for (const event of group.events) add(event, group.lane);
  return seen;
}

/** Whether an event's date reaches into [start, end]. */
function reaches(event: TimelineEvent, start: number, end: number): boolean {
  // An open end is drawn a fixed distance past its known side, so only the known side counts here.
  const min = Number.isNaN(event.when.min) ? event.when.max : event.when.min;
  const max = Number.isNaN(event.when.max) ? event.when.min : event.when.max;
  return min < end && max > start;
}

describe('groups of crowded marks', () => {
  const story = generated(3000);

  it('count every event once per lane it sits in: as a mark or in exactly one group', () => {
    const result = layout(story, 1000);
    expect(result.groups.length).to.be.greaterThan(0);
    const seen = appearances(result);
    const expected = story.events.reduce((sum, event) => sum + Math.max(1, homePlaces(event).length), 0);
    expect(seen.size).to.equal(expected);
    for (const [key, count] of seen) expect(count, key).to.equal(1);
    // Each group's kind counts add up to its events.
    for (const group of result.groups) {
      expect(group.kinds.reduce((sum, [, n]) => sum + n, 0)).to.equal(group.events.length);
      expect(group.level).to.be.within(0, 1);
    }
  });

  it('never drop an event that reaches into the window, whatever the zoom, and place none far outside it', () => {
    const width = 900;
    for (const [start, end] of [[Date.UTC(2023, 5, 1), Date.UTC(2023, 7, 1)], [Date.UTC(2024, 0, 10), Date.UTC(2024, 0, 12)]] as const) {
      const result = layout(story, width, [start, end]);
      const placed = new Set([...appearances(result).keys()].map((key) => key.split('@')[0]));
      // Marks have a size: one just outside the window may still show at its edge, within the edge padding.
      const slack = ((end - start) / (width - 2 * defaultMetrics.edgePadding)) * (defaultMetrics.edgePadding + defaultMetrics.openLength);
      for (const event of story.events) {
        if (reaches(event, start, end)) expect(placed.has(event.id), `${event.id} (${event.when.text}) reaches in`).to.equal(true);
        else if (!reaches(event, start - slack, end + slack)) expect(placed.has(event.id), `${event.id} (${event.when.text}) is outside`).to.equal(false);
      }
    }
  });

  it('leave room: marks that stay single still stack without overlapping, within maxRows', () => {
    const result = layout(story, 1000);
    expect(result.lanes.length).to.be.greaterThan(0);
    for (const lane of result.lanes) {
      const rows = new Set(result.marks.filter((m) => result.lanes[m.lane] === lane).map((m) => m.y));
      expect(rows.size).to.be.at.most(defaultMetrics.maxRows);
    }
  });

  it('are laid out lane by lane, left to right, on the calendar, in right-to-left time too', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const result = layout(story, 1000, undefined, direction);
      result.groups.forEach((group, i) => {
        expect(group.left).to.be.lessThan(group.right);
        const next = result.groups[i + 1];
        if (next && next.lane === group.lane) expect(next.left).to.be.at.least(group.right - 0.01);
        if (next) expect(next.lane).to.be.at.least(group.lane);
        const edges = [result.scale(group.start), result.scale(group.end)].sort((a, b) => a - b);
        expect(group.left).to.be.at.least(edges[0]! - 0.01);
        expect(group.right).to.be.at.most(edges[1]! + 0.01);
      });
    }
  });

  it('groupAt finds the group under a point, and nothing between groups or outside their row', () => {
    const result = layout(story, 1000);
    expect(result.groups.length).to.be.greaterThan(0);
    for (const group of result.groups) {
      expect(groupAt(result, (group.left + group.right) / 2, group.y, defaultMetrics.rowHeight)).to.equal(group);
      expect(groupAt(result, group.left + 0.1, group.y + defaultMetrics.rowHeight / 2 - 1, defaultMetrics.rowHeight)).to.equal(group);
    }
    const first = result.groups[0]!;
    expect(groupAt(result, (first.left + first.right) / 2, first.y + defaultMetrics.rowHeight, defaultMetrics.rowHeight)).to.not.equal(first);
    expect(groupAt(result, 5, first.y, defaultMetrics.rowHeight)).to.equal(undefined);
    expect(groupAt(result, 500, 2, defaultMetrics.rowHeight)).to.equal(undefined);
  });

  it('liftMark gives a grouped event a mark on its group\'s row at its date; none for an event with its own mark', () => {
    const result = layout(story, 1000);
    const group = result.groups.find((g) => g.events.some((e) => !Number.isNaN(e.when.min) && !e.when.interval))!;
    const event = group.events.find((e) => !Number.isNaN(e.when.min) && !e.when.interval)!;
    const mark = liftMark(result, event, defaultMetrics)!;
    expect(mark.y).to.equal(group.y);
    expect(mark.lane).to.equal(group.lane);
    expect(mark.x).to.be.closeTo(result.scale((event.when.min + event.when.max) / 2), 6);
    const single = result.marks.find((m) => m.primary)!;
    expect(liftMark(result, single.event, defaultMetrics)).to.equal(undefined);
  });

  it('a lane of same-day events becomes one group that holds them all', () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, kind: 'other', title: `Same day ${i}`, when: '2024-12-10', at: 'a' }));
    const doc = parseStory({ version: 1, title: 'T', places: [{ id: 'a', name: 'A' }], events }).story!;
    const result = layout(doc, 600);
    expect(result.marks.length + result.groups.reduce((sum, g) => sum + g.events.length, 0)).to.equal(30);
    expect(result.groups.length).to.be.greaterThan(0);
  });
});

describe('timeBins', () => {
  it('cuts the domain at calendar boundaries, each bin at least the minimum width', () => {
    const scale = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 1000]);
    const bins = timeBins(scale, 24);
    // A year over 1000 px: days are 2.7 px, weeks 19 px, months 83 px: months it is.
    for (const edge of bins.edges) expect(new Date(edge).getUTCDate()).to.equal(1);
    for (let i = 1; i < bins.xs.length; i++) expect(bins.xs[i]! - bins.xs[i - 1]!).to.be.at.least(24);
    expect(bins.edges[0]).to.be.at.most(Date.UTC(2024, 0, 1));
    expect(bins.edges.at(-1)).to.be.at.least(Date.UTC(2025, 0, 1));
    expect(binAtX(bins, scale(Date.UTC(2024, 2, 15)))).to.equal(2);
    expect(binAtX(bins, -500)).to.equal(0);
    expect(binAtX(bins, 5000)).to.equal(bins.edges.length - 2);
  });
  it('finds bins by x whichever way time runs', () => {
    const domain = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)] as const;
    const rtl = timeBins(createTimeScale(domain, [1000, 0]), 24);
    const rtlScale = createTimeScale(domain, [1000, 0]);
    for (const month of [0, 2, 6, 11]) {
      const mid = Date.UTC(2024, month, 15);
      const bin = binAtX(rtl, rtlScale(mid));
      expect(rtl.edges[bin]!, `month ${month}`).to.be.at.most(mid);
      expect(rtl.edges[bin + 1]!, `month ${month}`).to.be.above(mid);
    }
  });
  it('uses days, then hours, as the window narrows', () => {
    const days = timeBins(createTimeScale([0, 20 * DAY], [0, 1000]), 24);
    expect(days.edges[1]! - days.edges[0]!).to.equal(DAY);
    const hours = timeBins(createTimeScale([0, DAY], [0, 1000]), 24);
    expect(hours.edges[1]! - hours.edges[0]!).to.equal(3_600_000);
  });
});

describe('<drawdown-timeline> with a crowded story', () => {
  afterEach(cleanup);

  async function crowded(n = 3000): Promise<{ element: DrawdownTimeline; root: ShadowRoot }> {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    const loaded = nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
    element.data = generateStory(n);
    await loaded;
    await element.updateComplete;
    return { element, root: shadow(element) };
  }

  /** The centre, in the viewport, of the tallest segment of any group bar, scrolled into view: where a reader would click. */
  function firstBar(root: ShadowRoot): { x: number; y: number } {
    let best = { x: 0, y: 0, height: 0 };
    for (const path of root.querySelectorAll<SVGPathElement>(`[part~="groups"] ${internals.groupBar}`)) {
      for (const [, x, y, w, h] of path.getAttribute('d')!.matchAll(/M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)/g)) {
        if (Number(h) > best.height) best = { x: Number(x) + Number(w) / 2, y: Number(y) + Number(h) / 2, height: Number(h) };
      }
    }
    const plot = root.querySelector('[part~="plot"]')!;
    window.scrollBy(0, plot.getBoundingClientRect().top + best.y - window.innerHeight / 2);
    const box = plot.getBoundingClientRect();
    return { x: Math.round(box.left + best.x), y: Math.round(box.top + best.y) };
  }

  it('draws groups as one path per kind, and every drawn mark keeps the part="event" contract', async () => {
    const { root } = await crowded();
    const paths = [...root.querySelectorAll(`[part~="groups"] ${internals.groupBar}`)];
    expect(paths.length).to.be.within(1, 7);
    const kinds = paths.map(internals.kindOf);
    expect(kinds.every(Boolean), 'each path of a kind').to.equal(true);
    expect(new Set(kinds).size).to.equal(paths.length);
    // Found by the class they are drawn with, not by their part.
    const marks = root.querySelectorAll<SVGElement>(`[part~="plot"] ${internals.mark}`);
    expect(marks.length, 'marks drawn beside the groups').to.be.greaterThan(0);
    for (const mark of marks) {
      expect(mark.getAttribute('part')).to.equal('event');
      expect(mark.dataset.id).to.match(/^e\d+$/);
    }
    expect(root.querySelector('[part~="legend"]')!.textContent).to.include(messagesEn.forms.group);
  });

  it('shows a group\'s count, kinds and first events under the pointer, and zooms into it on request', async () => {
    const { element, root } = await crowded();
    const bar = firstBar(root);
    await sendMouse({ type: 'click', position: [bar.x, bar.y] });
    await element.updateComplete;
    const details = root.querySelector<HTMLElement>('[part~="details"]')!;
    expect(details.dataset.group, `no group at ${bar.x},${bar.y}`).to.be.a('string');
    expect(details.querySelector('h3')!.textContent).to.match(/^\d+ events? · /);
    // The group's first events, each a button that picks it (with its data-id), then the one that zooms in.
    const picks = [...details.querySelectorAll<HTMLButtonElement>('button[data-id]')];
    expect(picks.length).to.be.within(1, 8);

    const changed = nextEvent<DrawdownRangeChangeEvent>(element, 'drawdown-rangechange');
    [...details.querySelectorAll('button')].find((button) => button.textContent!.trim() === messagesEn.ui.zoomIn)!.click();
    const { detail } = await changed;
    expect(element.getAttribute('start')).to.equal(detail.start);
    expect(element.getAttribute('end')).to.equal(detail.end);
    expect(Date.parse(detail.end) - Date.parse(detail.start)).to.be.lessThan(120 * DAY);
  });

  it('gives an event picked from a group a mark of its own, selected and focusable', async () => {
    const { element, root } = await crowded();
    const bar = firstBar(root);
    await sendMouse({ type: 'click', position: [bar.x, bar.y] });
    await element.updateComplete;
    const pick = root.querySelector<HTMLButtonElement>('[part~="details"] button[data-id]');
    expect(pick, `no group at ${bar.x},${bar.y}`).to.exist;
    const id = pick!.dataset.id!;
    expect(root.querySelector(`[part~="event"][data-id="${id}"]`)).to.equal(null);
    pick!.click();
    await element.updateComplete;
    const mark = root.querySelector<SVGElement>(`[part~="event"][data-id="${id}"][data-primary]`);
    expect(mark).to.exist;
    expect(mark!.matches(internals.selected)).to.equal(true);
    expect(root.querySelector(`[part~="event-target"][data-id="${id}"][data-primary]`)!.getAttribute('tabindex')).to.equal('0');
    expect(root.querySelector('[part~="details"]')!.getAttribute('data-id')).to.equal(id);
  });
});
