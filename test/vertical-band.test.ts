import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { createFormatter } from '../src/words/format-when.js';
import { defaultMetrics, layoutTimeline } from '../src/layout/layout-timeline.js';
import { messagesEn } from '../src/words/en.js';
import { bandHolds, groupsInBand, lanesInBand, linksInBand, marksInBand, visibleBand } from '../src/layout/vertical-band.js';
import { parseStory } from '../src/model/parse-story.js';
import type { DrawdownLoadEvent } from '../src/index.js';
import { frameWhere } from './frames.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { internals } from './internals.js';


describe('visibleBand and bandHolds', () => {
  it('is the part of the plot in the viewport, widened by the margin and clipped to the plot', () => {
    // Plot starting 100 px down a 600 px viewport, 3000 px tall.
    expect(visibleBand(100, 3000, 600, 0)).to.deep.equal([0, 500]);
    expect(visibleBand(100, 3000, 600, 300)).to.deep.equal([0, 800]);
    // Scrolled 1000 px past the plot's top.
    expect(visibleBand(-1000, 3000, 600, 300)).to.deep.equal([700, 1900]);
    // Near its foot the band stops at the plot's height.
    expect(visibleBand(-2800, 3000, 600, 300)).to.deep.equal([2500, 3000]);
  });

  it('is empty for a plot wholly outside the viewport and its margin', () => {
    const [below0, below1] = visibleBand(2000, 3000, 600, 300);
    expect(below1 - below0).to.equal(0);
    const [above0, above1] = visibleBand(-5000, 3000, 600, 300);
    expect(above1 - above0).to.equal(0);
  });

  it('holds a band inside it, and any empty band', () => {
    expect(bandHolds([0, 800], [100, 500])).to.equal(true);
    expect(bandHolds([0, 800], [600, 900])).to.equal(false);
    expect(bandHolds([300, 800], [200, 400])).to.equal(false);
    expect(bandHolds([300, 800], [1000, 1000])).to.equal(true);
  });
});

describe('marksInBand and linksInBand', () => {
  const story = parseStory(generateStory(400)).story!;
  const layout = layoutTimeline(story, {
    width: 1000, formatter: createFormatter('en-GB', messagesEn), messages: messagesEn, measureText: (text) => text.length * 7,
  });
  const half = defaultMetrics.rowHeight / 2;

  it('keeps exactly the marks that reach into the band', () => {
    expect(layout.height).to.be.greaterThan(2000);
    const band = [800, 1400] as const;
    const inside = marksInBand(layout.marks, band, half);
    expect(inside.length).to.be.greaterThan(0);
    expect(inside.length).to.be.lessThan(layout.marks.length);
    for (const mark of layout.marks) {
      const reaches = mark.y + half > band[0] && mark.y - half < band[1];
      expect(inside.includes(mark), `${mark.event.id} at y ${mark.y}`).to.equal(reaches);
    }
  });

  it('keeps the run of lanes that reach into the band, and the groups whose row does', () => {
    const band = [800, 1400] as const;
    const [first, end] = lanesInBand(layout.lanes, band);
    expect(end).to.be.greaterThan(first);
    layout.lanes.forEach((lane, i) => {
      const reaches = lane.top + lane.height > band[0] && lane.top < band[1];
      expect(i >= first && i < end, `lane ${i}`).to.equal(reaches);
    });
    expect(layout.groups.length, 'groups in the story').to.be.greaterThan(1);
    // This band, which none of the story's groups reaches, and one around the first group's row.
    const firstGroup = layout.groups[0]!;
    const bands: (readonly [number, number])[] = [band, [firstGroup.y - 1, firstGroup.y + 1]];
    for (const [from, to] of bands) {
      const groups = groupsInBand(layout.groups, [from, to], half);
      for (const group of layout.groups) {
        expect(groups.includes(group), `group at y ${group.y}, band ${from}–${to}`).to.equal(group.y + half > from && group.y - half < to);
      }
    }
    expect(groupsInBand(layout.groups, bands[1]!, half)).to.include(firstGroup);
    expect(lanesInBand(layout.lanes, [layout.height + 10, layout.height + 20])).to.deep.equal([layout.lanes.length, layout.lanes.length]);
  });

  it('keeps a link whose lanes lie on both sides of the band: it crosses it', () => {
    const lanes = layout.lanes;
    const long = layout.links.find((link) => Math.abs(link.fromLane - link.toLane) >= 4);
    expect(long, 'a link spanning four lanes').to.exist;
    const [upper, lower] = [Math.min(long!.fromLane, long!.toLane), Math.max(long!.fromLane, long!.toLane)];
    // A band between the two lanes, touching neither.
    const band = [lanes[upper]!.top + lanes[upper]!.height + 1, lanes[lower]!.top - 1] as const;
    expect(linksInBand(layout.links, lanes, band)).to.include(long);
    // A band wholly below both lanes misses it.
    const below = [lanes[lower]!.top + lanes[lower]!.height + 1, lanes[lower]!.top + lanes[lower]!.height + 50] as const;
    expect(linksInBand(layout.links, lanes, below)).not.to.include(long);
  });
});

describe('<drawdown-timeline> taller than the viewport', () => {
  before(() => setViewport({ width: 1100, height: 600 }));
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });

  /** Marks' centres relative to the viewport's top. */
  const centres = (root: ShadowRoot) => [...root.querySelectorAll<SVGGraphicsElement>('[part~="plot"] [part~="event"]')].map((mark) => {
    const box = mark.getBoundingClientRect();
    const target = root.querySelector(`[part~="plot"] [part~="event-target"][data-primary][data-id="${CSS.escape(mark.dataset.id!)}"]`);
    return { id: mark.dataset.id!, y: box.top + box.height / 2, focusable: mark.hasAttribute('data-primary') && target?.getAttribute('tabindex') === '0' };
  });
  /** Marks in the viewport (600 px high, or `height` for a scrolling box's). */
  const inView = (root: ShadowRoot, height = 600) => centres(root).filter((m) => m.y > 0 && m.y < height);
  /** Marks below the band a new layout draws first (the viewport, placed from the element's top, a header above the
   * plot's), the one holding the Tab stop aside: the margin, drawn once the layout has rested and the page is idle. */
  const below = (root: ShadowRoot) => centres(root).filter((m) => !m.focusable && m.y > 600 + 100 + defaultMetrics.rowHeight);
  /** Waits for the element to widen what it drew to the margin: a frame with marks drawn below the first band. */
  const widened = (root: ShadowRoot) => frameWhere(() => below(root).length > 0, 'the margin below the view drawn');

  /** The element at the top of the page with a generated story far taller than the viewport, drawn with its margin. */
  async function tall() {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    const loaded = nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
    element.data = generateStory(400);
    await loaded;
    await element.updateComplete;
    const root = shadow(element);
    const plot = root.querySelector<SVGSVGElement>('[part~="plot"]')!;
    expect(plot.getBoundingClientRect().height).to.be.greaterThan(2000);
    await widened(root);
    return { element, root, plot };
  }

  it('draws only the marks in view and half a viewport around it, and more as the page scrolls', async () => {
    const { root, plot } = await tall();
    // Half the 600 px viewport, a row, and the header above the plot (the first band is placed from the element's top).
    const margin = 300 + defaultMetrics.rowHeight + 100;
    const first = centres(root);
    expect(first.length).to.be.greaterThan(5);
    // The one mark holding the Tab stop is drawn wherever it is; every other lies in the band.
    for (const mark of first.filter((m) => !m.focusable)) expect(mark.y, mark.id).to.be.within(-margin, 600 + margin);

    const plotTop = plot.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, plotTop + 1500);
    // The element draws the band around the view in a frame after the scroll event.
    await frameWhere(() => inView(root).length > 5, 'marks in view after scrolling');
    const later = centres(root);
    expect(inView(root).length, 'marks in view after scrolling').to.be.greaterThan(5);
    for (const mark of later.filter((m) => !m.focusable)) expect(mark.y, mark.id).to.be.within(-margin, 600 + margin);
  });

  it('draws what is in view first, and the margin around it once the page is idle', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    const loaded = nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
    element.data = generateStory(400);
    await loaded;
    const root = shadow(element);
    expect(centres(root).length, 'marks in view').to.be.greaterThan(5);
    expect(below(root), 'nothing below the viewport at first').to.deep.equal([]);
    // Later (once the layout has rested and the page is idle), the margin below.
    await widened(root);
    expect(below(root).length, 'the margin below, once idle').to.be.greaterThan(0);
  });

  it('draws more as a scrolling box around the element scrolls, not only the page', async () => {
    const { element, root, plot } = await tall();
    const box = element.parentElement!;
    Object.assign(box.style, { height: '500px', overflow: 'auto' });
    box.scrollTop = 1800;
    const plotTop = plot.getBoundingClientRect().top;
    expect(plotTop).to.be.below(-1000);
    // The element draws the band around the view in a frame after the box's scroll event.
    await frameWhere(() => inView(root, 500).length > 5, 'marks in view after scrolling the box');
    expect(inView(root, 500).length, 'marks in view after scrolling the box').to.be.greaterThan(5);
  });

  it('lays the whole story out for paper while printing, and leaves the screen as it was', async () => {
    const { element, root } = await tall();
    // The screen plot's markup, compared as one string: a diff of two long strings would take chai minutes.
    const screen = () => [...root.querySelectorAll('[part~="plot"] > g')].map((layer) => layer.innerHTML).join('\n');
    const before = screen();
    window.dispatchEvent(new Event('beforeprint'));
    // Drawn before the event returns: the browser lays out for print right after it.
    const paper = root.querySelector(internals.printout)!;
    expect(paper, 'the paper view').to.exist;
    const printed = new Set([...paper.querySelectorAll<SVGElement>('[part~="event"][data-primary]')].map((mark) => mark.dataset.id));
    expect(printed.size, 'every event has a mark on paper').to.equal(400);
    // Laid out for each class of page; each chart's rows hold a lane's name or a part of its rows, one lane a row,
    // a lane's rows one after another: the browser breaks pages between rows, so never through a mark.
    const charts = [...paper.querySelectorAll<HTMLElement>('[data-paper]')];
    expect(charts.map((chart) => chart.dataset.paper)).to.deep.equal(['narrow', 'medium', 'wide']);
    for (const chart of charts) {
      const rows = [...chart.querySelectorAll<SVGSVGElement>(internals.paperRow)];
      const laneRows = rows.filter((row) => row.querySelector(`:scope > ${internals.lanesLayer}`));
      const lanes = laneRows.map((row) => [...row.querySelectorAll<SVGGElement>('[part~="lane"][data-lane]')].map((lane) => lane.dataset.lane));
      expect(lanes.every((keys) => keys.length === 1), 'one lane a row').to.equal(true);
      const order = lanes.flat().filter((key, i, all) => key !== all[i - 1]);
      expect(new Set(order).size, 'every lane').to.be.greaterThan(30);
      expect(order.length, 'a lane\'s rows together').to.equal(new Set(order).size);
      expect(lanes.length, 'tall lanes in several rows').to.be.greaterThan(order.length);
      // Stacked, the rows are the whole plot: each band starts where the one before it ends.
      const bands = rows.map((row) => row.dataset.band!.split(' ').map(Number));
      expect(bands[0]![0]).to.equal(0);
      bands.slice(1).forEach((band, i) => expect(band[0], `${chart.dataset.paper}: row ${i + 1}`).to.equal(bands[i]![1]));
    }
    expect(screen() === before, 'the screen plot untouched').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(root.querySelector(internals.printout)).to.equal(null);
    expect(screen() === before, 'the screen plot as it was').to.equal(true);
  });

  it('draws and shows the event the keyboard reaches, wherever it is', async () => {
    const { element, root } = await tall();
    root.querySelector<SVGElement>('[part~="event-target"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    // The focus scrolled the last event into view, and the element draws the band around it in a frame after.
    await frameWhere(() => inView(root).length > 1, 'marks around the focused one');
    const focused = root.activeElement as SVGGraphicsElement | null;
    expect(focused?.getAttribute('part')).to.equal('event-target');
    expect(focused!.hasAttribute('data-primary')).to.equal(true);
    const box = focused!.getBoundingClientRect();
    expect(box.top, 'scrolled into view').to.be.within(0, 600);
    // Once there, the marks around it are drawn too.
    expect(inView(root).length).to.be.greaterThan(1);
  });
});
