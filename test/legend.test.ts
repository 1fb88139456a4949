import { expect } from 'chai';
import { legendEntries } from '../src/layout/legend-entries.js';
import { layoutOf, parsed } from './layout-helpers.js';

describe('legendEntries', () => {
  it('explains the kinds and statuses of events drawn only as part of a group', () => {
    // Forty events on one day in one lane: far more than the rows a lane may stack, so they are grouped.
    const events = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`, kind: i % 2 ? 'evacuation' : 'withdrawal', status: i === 7 ? 'denied' : 'confirmed',
      title: `Event ${i}`, when: '2024-12-16', at: 'a',
    }));
    const layout = layoutOf(parsed({ events }), { width: 400, metrics: { maxRows: 2, rowsBesideGroups: 1 } });
    const grouped = layout.groups.flatMap((group) => group.events.map((event) => event.id));
    expect(grouped, 'the denied event is in a group').to.include('e7');
    expect(layout.marks.some((mark) => mark.event.status === 'denied')).to.equal(false);
    const legend = legendEntries(layout.marks, layout.groups, layout.links);
    expect(legend.statuses).to.deep.equal(['confirmed', 'denied']);
    expect(legend.kinds).to.deep.equal(['withdrawal', 'evacuation']);
    expect(legend.forms).to.include('group');
  });
});

describe('transfers of a crowded stretch', () => {
  it('are drawn as one line from its group to each destination, as many as they are, with how many', () => {
    const events = Array.from({ length: 30 }, (_, i) => ({
      id: `t${i}`, kind: 'transfer', title: `Transfer ${i}`, when: '2024-12-16', from: 'a', to: i % 3 ? 'b' : 'a2', sources: ['s1'],
    }));
    const places = [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Bravo' }, { id: 'a2', name: 'Alpha Two' }];
    const layout = layoutOf(parsed({ places, events }), { width: 400, metrics: { maxRows: 2, rowsBesideGroups: 1 } });
    const grouped = new Set(layout.groups.flatMap((group) => group.events.map((event) => event.id)));
    expect(grouped.size).to.be.greaterThan(10);
    const aggregates = layout.links.filter((link) => link.aggregate);
    const toB = aggregates.filter((link) => link.toPlace === 'b'), toA2 = aggregates.filter((link) => link.toPlace === 'a2');
    expect(toB).to.have.length(1);
    expect(toA2).to.have.length(1);
    const expected = (to: string) => events.filter((event) => event.to === to && grouped.has(event.id)).length;
    expect(toB[0]!.aggregate).to.equal(expected('b'));
    expect(toA2[0]!.aggregate).to.equal(expected('a2'));
    expect(toB[0]!.label === '' || toB[0]!.label === `${expected('b')} transfers`).to.equal(true);
    // Every grouped transfer is counted once, and no grouped event has a line of its own.
    expect(aggregates.reduce((sum, link) => sum + link.aggregate, 0)).to.equal(grouped.size);
    expect(layout.links.filter((link) => !link.aggregate && grouped.has(link.event.id))).to.deep.equal([]);
    // Each line names the group it leaves (as the group's details do); a single transfer's names none.
    for (const link of aggregates) {
      const group = layout.groups.find((g) => g.key === link.group);
      expect(group, `group ${link.group}`).to.not.equal(undefined);
      expect(group!.events).to.include(link.event);
    }
    expect(layout.links.filter((link) => !link.aggregate).every((link) => link.group === '')).to.equal(true);
    // Wider for more.
    expect(toB[0]!.width).to.be.greaterThan(toA2[0]!.width);
  });
});
