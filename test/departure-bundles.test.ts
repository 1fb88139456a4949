import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { bundleDepartures } from '../src/layout/departure-bundles.js';
import type { GroupDeparture } from '../src/layout/link-layout.js';
import { parseStory } from '../src/model/parse-story.js';
import type { TimelineEvent } from '../src/model/types.js';
import { layoutOf } from './layout-helpers.js';

/** Stand-in events: bundling reads only which array holds them. */
const eventsNamed = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}` }) as unknown as TimelineEvent);

/** Every group of `lanes` lanes, 24 px wide along `width` px, sending `sent(lane, g)` events to each other lane. */
function departuresOf(lanes: number, width: number, sent: (lane: number, g: number) => number): GroupDeparture[] {
  const departures: GroupDeparture[] = [];
  for (let lane = 0; lane < lanes; lane++) {
    for (let g = 0; g * 24 < width; g++) {
      const group = { key: `${lane}:${g}`, lane, left: g * 24, right: g * 24 + 20, y: 0 };
      for (let toLane = 0; toLane < lanes; toLane++) {
        if (toLane !== lane) departures.push({ group, toLane, events: eventsNamed(`${group.key}>${toLane}`, sent(lane, g)) });
      }
    }
  }
  return departures;
}

describe('lines leaving groups', () => {
  it('are one a group and destination while the plot holds them', () => {
    const departures = departuresOf(3, 600, () => 2);
    expect(departures).to.have.length(150);
    expect(bundleDepartures(departures, 600, 24)).to.equal(departures);
  });

  it('past half a line a pixel, are one a stretch of time, carrying every transfer once, from the group that sent the most', () => {
    const departures = departuresOf(3, 2400, (lane, g) => 1 + ((lane * 7 + g) % 5));
    expect(departures).to.have.length(600);
    const bundles = bundleDepartures(departures, 400, 24);
    // 200 lines a 400 px plot holds.
    expect(bundles.length).to.be.at.most(200);
    expect(bundles.length).to.be.greaterThan(6);
    const carried = bundles.flatMap((bundle) => bundle.events.map((event) => event.id));
    const sent = departures.flatMap((departure) => departure.events.map((event) => event.id));
    expect(carried.length).to.equal(sent.length);
    expect(new Set(carried)).to.deep.equal(new Set(sent));
    for (const bundle of bundles) {
      // One origin and one destination, each event from a group of that lane to that lane.
      for (const event of bundle.events) {
        const [origin, toLane] = event.id.split('-')[0]!.split('>');
        expect(Number(origin!.split(':')[0])).to.equal(bundle.group.lane);
        expect(Number(toLane)).to.equal(bundle.toLane);
      }
      // It leaves the group whose events come first, which sent at least as many as any other it carries.
      const lead = bundle.events[0]!.id.split('>')[0];
      expect(lead).to.equal(bundle.group.key);
      const counts = new Map<string, number>();
      for (const event of bundle.events) counts.set(event.id.split('>')[0]!, (counts.get(event.id.split('>')[0]!) ?? 0) + 1);
      expect(counts.get(lead!)).to.equal(Math.max(...counts.values()));
    }
  });

  it('never stand for more than a quarter of the plot, however many that leaves', () => {
    const departures = departuresOf(20, 2400, () => 1);
    const bundles = bundleDepartures(departures, 800, 24);
    // 38,000 departures over 400 the plot holds: stretches of 48, 96, then 192 px, the last under a quarter of 800.
    expect(departures).to.have.length(38_000);
    const stretchOf = (key: string) => Math.floor(Number(key.split('>')[0]!.split(':')[1]) * 24 / 192);
    const pairs = new Set(departures.map((departure) => `${departure.group.lane}>${departure.toLane}>${stretchOf(departure.group.key)}`));
    expect(bundles).to.have.length(pairs.size);
    for (const bundle of bundles) {
      const stretches = new Set(bundle.events.map((event) => stretchOf(event.id)));
      expect([...stretches]).to.deep.equal([stretchOf(bundle.group.key)]);
    }
    expect(bundles.reduce((sum, bundle) => sum + bundle.events.length, 0)).to.equal(departures.length);
  });

  it('keep a 10,000-event story zoomed out to what its plot holds, every grouped transfer counted', () => {
    const story = parseStory(generateStory(10_000)).story!;
    const layout = layoutOf(story, { width: 1280 });
    const aggregates = layout.links.filter((link) => link.aggregate);
    // Fewer lines than groups and destinations they sent to, which is what was drawn before.
    const sentTo = new Set(layout.groups.flatMap((group) => group.events.flatMap((event) => event.to.map((to) => `${group.key}>${to}`))));
    expect(aggregates.length).to.be.lessThan(sentTo.size * 0.95);
    // Each grouped transfer is carried once for each of its destinations in another lane.
    const grouped = layout.groups.flatMap((group) => group.events.map((event) => ({ event, lane: group.lane })));
    const expected = grouped.reduce((sum, { event, lane }) => sum + event.to.filter((to) => layout.lanes.findIndex((l) => l.key === to) !== lane).length, 0);
    expect(aggregates.reduce((sum, link) => sum + link.aggregate, 0)).to.equal(expected);
    for (const link of aggregates) {
      const group = layout.groups.find((g) => g.key === link.group);
      expect(group!.events).to.include(link.event);
    }
  });
});
