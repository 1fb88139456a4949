import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { messagesEn } from '../src/words/en.js';
import { layoutSeriesTracks, pointTime } from '../src/layout/series-track.js';
import { createTimeScale } from '../src/layout/time-scale.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story } from '../src/model/types.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';
import { formatter, layoutOf, measureText, parsed } from './layout-helpers.js';

const SEED = '/data/russia-syria-2024.json';

const sites = {
  id: 'sites', title: 'Sites held', unit: 'sites',
  points: [
    { when: '2024-12-08~', value: 100, approx: true },
    { when: '2024-12-16/2024-12-31', value: 3, approx: true },
    { when: '2025-01~', value: 0, approx: true, status: 'expected' },
  ],
};

const december = createTimeScale([Date.UTC(2024, 11, 1), Date.UTC(2025, 1, 1)], [20, 780]);

function tracksOf(doc: Story, scale = december, width = 800) {
  return layoutSeriesTracks(doc.series, { scale, width, top: 50, formatter, messages: messagesEn, languages: [], measure: measureText });
}

/** The path's points, in order: `M`, `H` and `V` commands followed from where the pen is. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = NaN, y = NaN;
  for (const [, command, args] of d.matchAll(/([MHV])([^MHV]+)/g)) {
    if (command === 'M') [x, y] = args!.split(',').map(Number) as [number, number];
    else if (command === 'H') x = Number(args);
    else y = Number(args);
    points.push([x, y]);
  }
  return points;
}

describe('layoutSeriesTracks', () => {
  it('draws a step line: each level holds until the next point, the forecast from the first expected value on', () => {
    const [track] = tracksOf(parsed({ series: [sites] }));
    const x = (ms: number) => Math.round(december(ms) * 10) / 10;
    const [p100, p3, p0] = parsed({ series: [sites] }).series[0]!.points.map(pointTime) as [number, number, number];
    const y = (value: number) => Math.round((track!.valueBottom - (value / 100) * (track!.valueBottom - track!.valueTop)) * 10) / 10;
    expect(pathPoints(track!.line)).to.deep.equal([[x(p100), y(100)], [x(p3), y(100)], [x(p3), y(3)]]);
    // The forecast runs on at 3 until the expected zero, then falls: dashed, because no one has seen it happen.
    const forecast = pathPoints(track!.forecast);
    expect(forecast[0]).to.deep.equal([x(p3), y(3)]);
    expect(forecast.at(-1)).to.deep.equal([x(p0), y(0)]);
    // The last level carries on to the window's edge.
    expect(pathPoints(track!.trail)).to.deep.equal([[x(p0), y(0)], [780, y(0)]]);
  });

  it('marks approximate and forecast points, and writes values with Intl and "~"', () => {
    const [track] = tracksOf(parsed({ series: [sites] }));
    expect(track!.dots.map((dot) => [dot.approximate, dot.forecast, dot.label])).to.deep.equal([
      [true, false, '~100'], [true, false, '~3'], [true, true, '~0'],
    ]);
    const [troops] = tracksOf(parsed({ series: [{ id: 't', title: 'Troops', unit: 'troops', points: [{ when: '2024-12-02', value: 12500 }] }] }));
    expect(troops!.dots[0]).to.include({ approximate: false, forecast: false, label: '12,500' });
  });

  it('gives the values an axis from zero, the top tick naming the unit', () => {
    const [track] = tracksOf(parsed({ series: [sites] }));
    expect(track!.ticks.map((tick) => tick.label)).to.deep.equal(['0', '50', '100 sites']);
    expect(track!.ticks[0]!.y).to.equal(track!.valueBottom);
    expect(track!.ticks.at(-1)!.y).to.equal(track!.valueTop);
    const [share] = tracksOf(parsed({ series: [{ id: 's', title: 'Share', unit: '%', points: [{ when: '2024-12-02', value: 40 }] }] }));
    expect(share!.ticks.at(-1)!.label).to.equal('40%');
  });

  it('leaves out value labels that would overlap the one before', () => {
    const close = { id: 'c', title: 'Close', unit: 'troops', points: [{ when: '2024-12-10', value: 1000 }, { when: '2024-12-11', value: 900 }, { when: '2025-01-20', value: 100 }] };
    const [track] = tracksOf(parsed({ series: [close] }));
    expect(track!.dots.map((dot) => dot.label)).to.deep.equal(['1,000', '', '100']);
  });

  it('draws points in time order even where a month (at mid-month) sorts before a day early in it', () => {
    const mixedPrecision = { id: 'm', title: 'Mixed', unit: 'troops', points: [{ when: '2024-12', value: 50 }, { when: '2024-12-03', value: 80 }] };
    const [track] = tracksOf(parsed({ series: [mixedPrecision] }));
    expect(track!.dots.map((dot) => dot.label)).to.deep.equal(['80', '50']);
    const xs = pathPoints(track!.line).map(([px]) => px);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
  });

  it('carries the last level on only forward in time, never back from a point past the window', () => {
    const narrow = createTimeScale([Date.UTC(2024, 11, 12), Date.UTC(2024, 11, 20)], [20, 780]);
    const [track] = tracksOf(parsed({ series: [sites] }), narrow);
    expect(track!.trail).to.equal('');
  });

  it('clips to the window: no point, step or trail is drawn outside the plot', () => {
    const narrow = createTimeScale([Date.UTC(2024, 11, 12), Date.UTC(2024, 11, 20)], [20, 780]);
    const [track] = tracksOf(parsed({ series: [sites] }), narrow);
    expect(track!.dots.map((dot) => dot.label)).to.deep.equal(['~3']);
    const points = [track!.line, track!.forecast, track!.trail].flatMap((d) => pathPoints(d));
    expect(points.length, 'points drawn').to.be.greaterThan(0);
    for (const [px] of points) expect(px).to.be.within(0, 800);
  });

  it('mirrors for right-to-left time: labels read leftwards from their dots', () => {
    const rtl = createTimeScale([Date.UTC(2024, 11, 1), Date.UTC(2025, 1, 1)], [780, 20]);
    const [track] = tracksOf(parsed({ series: [sites] }), rtl);
    const [first] = track!.dots;
    const xs = track!.dots.map((dot) => dot.x);
    expect(xs).to.deep.equal([...xs].sort((a, b) => b - a));
    expect(first!.labelAlign).to.equal('right');
    expect(first!.labelX).to.be.lessThan(first!.x);
  });

  it('says every point in words, forecasts with their status', () => {
    const [track] = tracksOf(parsed({ series: [sites] }));
    expect(track!.summary).to.match(/^Sites held: ~100 sites, c\. 8 December 2024; ~3 sites, 16\s?–\s?31 December 2024; ~0 sites \(expected\), c\. January 2025$/);
  });

  it('stacks tracks above the lanes, and takes no room when a story has none', () => {
    const none = layoutOf(parsed());
    expect(none.tracks).to.deep.equal([]);
    const withTrack = layoutOf(parsed({ series: [sites] }));
    expect(withTrack.tracks).to.have.length(1);
    expect(withTrack.lanesTop - none.lanesTop).to.equal(withTrack.tracks[0]!.height);
    expect(withTrack.lanes[0]!.top).to.equal(withTrack.lanesTop);
    const empty = parseStory(story({ series: [{ id: 'empty', title: 'Empty', unit: 'x', points: [] }] })).story!;
    expect(layoutOf(empty).tracks).to.deep.equal([]);
  });
});

describe('force-level track in the element', () => {
  before(() => setViewport({ width: 1200, height: 2400 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  it('draws the seed story\'s sites in Syria above the lanes, named in words for screen readers', async () => {
    const element = await mount(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`, 1000);
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    const track = root.querySelector<SVGGElement>('[part~="series"]')!;
    expect(track.dataset.series).to.equal('russian-sites-in-syria');
    expect(track.getAttribute('role')).to.equal('img');
    expect(track.getAttribute('aria-label')).to.match(/^Russian military sites in Syria: ~100 sites, .*~3 sites, .*0 sites \(expected\)/);
    expect([...track.querySelectorAll(`${internals.seriesDot} text`)].map((text) => text.textContent)).to.deep.equal(['~100', '~3', '~0']);
    const firstLane = root.querySelector('[part~="lane"]')!.getBoundingClientRect();
    expect(track.getBoundingClientRect().bottom).to.be.at.most(firstLane.top + 1);
    expect(getComputedStyle(track.querySelector(internals.forecastStep)!).strokeDasharray).to.not.equal('none');
  });

  it('mirrors for right-to-left: the track and lane names sit at the right edge, where time starts', async () => {
    const element = await mount(`<drawdown-timeline dir="rtl" src="${SEED}"></drawdown-timeline>`, 1000);
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    const plot = root.querySelector('svg[part~="plot"]')!.getBoundingClientRect();
    for (const selector of [`[part~="series"] ${internals.seriesTitle}`, '[part~="lane-label"]']) {
      const box = root.querySelector(selector)!.getBoundingClientRect();
      expect(plot.right - box.right, selector).to.be.within(0, 12);
    }
    const dots = [...root.querySelectorAll(`[part~="series"] ${internals.seriesDot} circle`)].map((dot) => Number(dot.getAttribute('cx')));
    expect(dots.length, 'points drawn').to.be.greaterThan(1);
    expect(dots).to.deep.equal([...dots].sort((a, b) => b - a));
  });
});
