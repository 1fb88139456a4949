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
