import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { MAX_TRANSFER_WIDTH, MIN_TRANSFER_WIDTH, transferWidth } from '../src/layout/transfer-width.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';
import { layoutOf, parsed, plain } from './layout-helpers.js';

const places = [
  { id: 'a', name: 'Alpha Base' }, { id: 'b', name: 'Bravo Airport' }, { id: 'c', name: 'Charlie Port' },
  { id: 'd', name: 'Delta Camp' }, { id: 'e', name: 'Echo Field' },
];

describe('transferWidth', () => {
  it('grows one pixel per power of ten of a count, between a readable minimum and a maximum', () => {
    const widths = [1, 10, 100, 1000, 10_000, 100_000, 10_000_000].map((value) => transferWidth({ value, unit: 'personnel', approx: false }));
    expect(widths).to.deep.equal([MIN_TRANSFER_WIDTH, 2, 3, 4, 5, 6, MAX_TRANSFER_WIDTH]);
  });
  it('keeps the minimum for a share, which has no size of its own, and for no amount', () => {
    expect(transferWidth({ value: 90, unit: '%', approx: false })).to.equal(MIN_TRANSFER_WIDTH);
    expect(transferWidth(undefined)).to.equal(MIN_TRANSFER_WIDTH);
    expect(transferWidth({ value: 0, unit: 'aircraft', approx: false })).to.equal(MIN_TRANSFER_WIDTH);
  });
});

describe('transfer links in the layout', () => {
  const moves = () => parsed({
    places,
    events: [
      { id: 'down', kind: 'transfer', title: 'Down', when: '2024-12-10', from: 'a', to: 'c', amount: { value: 1000, unit: 'personnel', approx: true } },
      { id: 'up', kind: 'withdrawal', title: 'Up', when: '2024-12-14', from: 'd', to: 'b', amount: { value: 10, unit: '%', of: 'combat forces' } },
      { id: 'fan', kind: 'transfer', title: 'Fan', when: '2024-12-18', from: 'a', to: ['b', 'e'], amount: { value: 50, unit: 'vehicles' } },
      { id: 'bare', kind: 'transfer', title: 'Bare', when: '2024-12-20', from: 'b', to: 'c' },
    ],
  });

  it('runs from the origin mark to the destination lane, the arrowhead at the destination', () => {
    const result = layoutOf(moves());
    expect(result.links.length).to.be.greaterThan(0);
    for (const link of result.links) {
      const origin = result.marks.find((mark) => mark.event === link.event && mark.lane === link.fromLane)!;
      const lane = result.lanes[link.toLane]!;
      const end = /Q[\d.-]+,[\d.-]+ ([\d.-]+),([\d.-]+)$/.exec(link.path)!;
      const [x1, y1] = [Number(end[1]), Number(end[2])];
      expect(x1, link.key).to.be.closeTo(origin.x, 0.1);
      expect(y1, link.key).to.be.within(lane.top, lane.top + lane.height);
      // The chevron's tip is the curve's end; it points the way the link travels (down or up).
      const tip = /L([\d.-]+),([\d.-]+)L/.exec(link.arrow)!;
      expect([Number(tip[1]), Number(tip[2])]).to.deep.equal([x1, y1]);
      const base = /^M([\d.-]+),([\d.-]+)/.exec(link.arrow)!;
      const goingDown = y1 > origin.y;
      expect(Number(base[2]) < y1, link.key).to.equal(goingDown);
    }
    expect(result.links.find((l) => l.event.id === 'up')!.toLane).to.be.lessThan(result.links.find((l) => l.event.id === 'up')!.fromLane);
  });

  it('fans out one link per destination, each ending in its own lane', () => {
    const result = layoutOf(moves());
    const fan = result.links.filter((link) => link.event.id === 'fan');
    expect(fan.map((link) => link.toPlace)).to.deep.equal(['b', 'e']);
    const ends = fan.map((link) => Number(/ ([\d.-]+),([\d.-]+)$/.exec(link.path)![2]));
    expect(ends[0]).to.not.equal(ends[1]);
    // Farther destinations bulge further, so branches sharing an origin stand apart.
    const bulge = (path: string) => Math.abs(Number(/Q([\d.-]+)/.exec(path)![1]) - Number(/^M([\d.-]+)/.exec(path)![1]));
    expect(bulge(fan[1]!.path)).to.be.greaterThan(bulge(fan[0]!.path));
  });

  it('is as wide as its amount allows, and labels the amount once per event', () => {
    const result = layoutOf(moves());
    const of = (id: string) => result.links.filter((link) => link.event.id === id);
    expect(of('down')[0]).to.include({ width: 4, label: '~1,000 personnel' });
    // What it is a share of is the data's, a run of its own (see isolate).
    expect(of('up')[0]!.width).to.equal(MIN_TRANSFER_WIDTH);
    expect(plain(of('up')[0]!.label)).to.equal('10% of combat forces');
    expect(of('fan').map((link) => link.label)).to.deep.equal(['50 vehicles', '']);
    expect(of('fan')[0]!.width).to.be.closeTo(2.7, 0.01);
    expect(of('fan')[1]!.width).to.equal(of('fan')[0]!.width);
    expect(of('bare')[0]).to.include({ width: MIN_TRANSFER_WIDTH, label: '' });
  });

  it('labels the amount once for an event with several origins and destinations', () => {
    const doc = parsed({
      places,
      events: [{ id: 'many', kind: 'transfer', title: 'Many', when: '2024-12-10', from: ['a', 'b'], to: ['d', 'e'], amount: { value: 200, unit: 'trucks' } }],
    });
    const links = layoutOf(doc).links;
    expect(links).to.have.length(4);
    expect(links.filter((link) => link.label).map((link) => link.label)).to.deep.equal(['200 trucks']);
  });

  it('keeps amount labels inside the plot, flipping to the other side of the curve at the edge', () => {
    const doc = parsed({
      places,
      events: [{ id: 'late', kind: 'transfer', title: 'Late', when: '2024-12-20', from: 'a', to: 'e', amount: { value: 123456, unit: 'people' } }],
    });
    for (const direction of ['ltr', 'rtl'] as const) {
      const result = layoutOf(doc, { width: 400, direction, window: [Date.UTC(2024, 11, 1), Date.UTC(2024, 11, 21)] });
      const link = result.links[0]!;
      const width = link.label.length * 7;
      const [left, right] = link.labelAlign === 'left' ? [link.labelX, link.labelX + width] : [link.labelX - width, link.labelX];
      expect(left, direction).to.be.at.least(0);
      expect(right, direction).to.be.at.most(400);
    }
  });

  it('labels an event no source backs, keeping the mark when the title is elided', () => {
    const doc = parsed({
      places,
      events: [
        { id: 'sourced', kind: 'transfer', title: 'Sourced', when: '2024-12-10', at: 'a', sources: ['s1'] },
        { id: 'bare', kind: 'transfer', title: 'Nobody said so', when: '2024-12-12', at: 'b' },
        { id: 'long', kind: 'transfer', title: 'A very long title that will not fit beside its mark at all', when: '2024-12-19', at: 'c' },
      ],
    });
    // Narrow enough that the long title fits on neither side of its mark.
    const result = layoutOf(doc, { width: 380 });
    const mark = (id: string) => result.marks.find((m) => m.event.id === id)!;
    expect(mark('sourced')).to.include({ label: 'Sourced', unattributed: false });
    expect(mark('bare')).to.include({ label: 'Nobody said so (unattributed)', unattributed: true });
    expect(mark('long').label).to.match(/…\s\(unattributed\)$/);
  });
});

describe('transfer links in the element', () => {
  before(() => setViewport({ width: 1200, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  it('draws each link with its width and the amount beside it, under the marks', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    element.data = story({
      places,
      events: [
        { id: 'big', kind: 'transfer', title: 'Big', when: '2024-12-10', from: 'a', to: 'c', amount: { value: 1000, unit: 'personnel', approx: true } },
        { id: 'small', kind: 'transfer', title: 'Small', when: '2024-12-14', from: 'b', to: 'd' },
      ],
    });
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    const width = (id: string) => Number(getComputedStyle(root.querySelector(`[part~="transfer"][data-id="${id}"]`)!).strokeWidth.replace('px', ''));
    expect(width('big')).to.equal(4);
    expect(width('small')).to.equal(MIN_TRANSFER_WIDTH);
    const labels = [...root.querySelectorAll('[part~="transfer-label"]')];
    expect(labels.map((label) => label.textContent)).to.deep.equal(['~1,000 personnel']);
    // Links never take the pointer from the marks they cross, and are painted before them.
    const link = root.querySelector('[part~="transfer"]')!;
    expect(getComputedStyle(link).pointerEvents).to.equal('none');
    const mark = root.querySelector('[part~="event"]')!;
    expect(link.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // A new story with the same ids redraws what changed, width and status included.
    element.data = story({
      places,
      events: [{ id: 'big', kind: 'transfer', title: 'Big', when: '2024-12-10', from: 'a', to: 'c', status: 'claimed', amount: { value: 10, unit: 'personnel' } }],
    });
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    expect(width('big')).to.equal(2);
    expect(root.querySelector('[part~="transfer"][data-id="big"]')!.matches(internals.status('claimed'))).to.equal(true);
  });

  it('names how many sources back each event, or that none does, in its accessible name', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const name = (id: string) => shadow(element).querySelector(`[part~="event-target"][data-primary][data-id="${id}"]`)!.getAttribute('aria-label');
    expect(name('e1')).to.match(/\. 1 source\. \d+ of \d+$/);
    expect(name('e3')).to.match(/\. Unattributed\. \d+ of \d+$/);
    expect(shadow(element).querySelector(`${internals.label}[data-id="e3"]`)!.textContent).to.include('(unattributed)');
  });
});
