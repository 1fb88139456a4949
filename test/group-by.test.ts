import { expect } from 'chai';
import { assignLanes } from '../src/layout/lanes.js';
import { cleanup, collectingWarnings, mount, nextEvent, shadow, story } from './helpers.js';
import { layoutOf, parsed, plain } from './layout-helpers.js';

const mixed = () => parsed({
  events: [
    { id: 'w', kind: 'withdrawal', title: 'Leaves', when: '2024-12-16', at: 'a', status: 'confirmed' },
    { id: 't', kind: 'transfer', title: 'Moves', when: '2024-12-15/2024-12-18', from: 'a', to: 'b', status: 'claimed' },
    { id: 's', kind: 'statement', title: 'Says', when: '2024-12~', status: 'claimed' },
  ],
});

describe('group-by in the layout', () => {
  it('by place (the default): a lane per place used, then one for events with no place, and links between them', () => {
    const result = layoutOf(mixed());
    expect(result.lanes.map((lane) => [lane.key, lane.label, plain(lane.detail)])).to.deep.equal([
      ['a', 'Alpha Base', 'Syria'], ['b', 'Bravo Airport', 'Libya'], ['', 'No place given', ''],
    ]);
    expect(result.links.map((link) => link.key)).to.deep.equal(['t\na>b']);
  });

  it('by kind or status: a lane per value present, in the data format\'s order, and no links', () => {
    const byKind = layoutOf(mixed(), { groupBy: 'kind' });
    expect(byKind.lanes.map((lane) => lane.label)).to.deep.equal(['Withdrawal', 'Transfer', 'Statement']);
    expect(byKind.links).to.deep.equal([]);
    const byStatus = layoutOf(mixed(), { groupBy: 'status' });
    expect(byStatus.lanes.map((lane) => [lane.key, lane.label])).to.deep.equal([['confirmed', 'Confirmed'], ['claimed', 'Claimed']]);
    const lane = (id: string) => byStatus.lanes[byStatus.marks.find((mark) => mark.event.id === id)!.lane]!.key;
    expect([lane('w'), lane('t'), lane('s')]).to.deep.equal(['confirmed', 'claimed', 'claimed']);
  });

  it('none: every event in one lane, one mark each, stacked without overlap', () => {
    const result = layoutOf(mixed(), { groupBy: 'none' });
    expect(result.lanes.map((lane) => lane.label)).to.deep.equal(['All events']);
    expect(result.marks.map((mark) => mark.event.id).sort()).to.deep.equal(['s', 't', 'w']);
    expect(new Set(result.marks.map((mark) => mark.y)).size).to.equal(3);
  });

  it('places an event in one lane only when not grouped by place', () => {
    const doc = parsed({ events: [{ id: 'both', kind: 'handover', title: 'Both', when: '2024-12-16', at: ['a', 'b'] }] });
    expect(assignLanes(doc, 'place').homes[0]).to.deep.equal([0, 1]);
    expect(assignLanes(doc, 'kind').homes[0]).to.deep.equal([0]);
  });
});

describe('group-by attribute', () => {
  afterEach(cleanup);

  it('re-lays out the lanes when it changes, and ignores an unknown value with one warning', async () => collectingWarnings(async (warnings) => {
    const element = await mount('<drawdown-timeline group-by="kind"></drawdown-timeline>');
    element.data = story();
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const lanes = () => [...shadow(element).querySelectorAll<SVGGElement>('[part~="lane"]')].map((lane) => lane.dataset.lane);
    expect(lanes()).to.deep.equal(['withdrawal', 'transfer', 'statement']);
    element.setAttribute('group-by', 'status');
    await element.updateComplete;
    expect(lanes()).to.deep.equal(['reported']);
    element.setAttribute('group-by', 'colour');
    await element.updateComplete;
    element.requestUpdate('groupBy');
    await element.updateComplete;
    expect(lanes()).to.deep.equal(['a', 'b', '']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('group-by="colour"').and.include('place, kind, status, none');
    expect(shadow(element).querySelectorAll('[part~="transfer"]')).to.have.length(1);
  }));
});
