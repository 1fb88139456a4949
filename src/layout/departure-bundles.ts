import type { TimelineEvent } from '../model/types.js';
import type { GroupDeparture } from './link-layout.js';

/**
 * How many lines may leave the groups of one plot, per pixel of its width. A 10,000-event story zoomed out has a
 * thousand groups, each sending a line to each lane its transfers went to: 2,800 lines at 1,280 px, 20,000 with
 * 100,000 events, drawn over one another into a solid mat that shows nothing and that every label must be kept
 * clear of. Half a line a pixel still draws every lane's traffic to every other.
 */
const LINES_PER_PIXEL = 0.5;
/** Fewer lines than this are always drawn one a group, however narrow the plot. */
const FEWEST = 100;
/** However many lines that leaves, a line stands for no more than this share of the plot's width: when the
 * transfers left stays readable off the axis, to within a quarter of the time shown. */
const WIDEST_SHARE = 1 / 4;

/**
 * The departures of groups as drawn: one line from each group to each lane, unless that makes more lines than the
 * plot's width holds (see LINES_PER_PIXEL). Then the departures from one lane to another within a stretch of time
 * twice a group's width, then four times, and so on, until few enough or a quarter of the plot wide, are one line:
 * from the stretch's group that sent the most of them (of those that sent as many, the one nearest its middle), as
 * wide as they are many, with the events of that group first. Every transfer is still counted once, by the line
 * that carries it.
 */
export function bundleDepartures(departures: readonly GroupDeparture[], width: number, groupWidth: number): readonly GroupDeparture[] {
  const budget = Math.max(FEWEST, Math.round(width * LINES_PER_PIXEL));
  if (departures.length <= budget) return departures;
  // Stretches are counted from the first group.
  let first = Infinity, last = -Infinity, lanes = 0;
  for (const { group, toLane } of departures) {
    first = Math.min(first, group.left);
    last = Math.max(last, group.left);
    lanes = Math.max(lanes, group.lane + 1, toLane + 1);
  }
  const widest = Math.max(groupWidth * 2, width * WIDEST_SHARE);
  for (let stretch = groupWidth * 2; ; stretch *= 2) {
    const bundles = bundleWithin(departures, first, stretch, lanes, Math.floor((last - first) / stretch) + 1);
    if (bundles.length <= budget || stretch * 2 > widest || stretch > last - first) return bundles;
  }
}

/** One line for each origin lane, destination lane and stretch of `stretch` pixels from `first`, of `lanes` lanes
 * and `stretches` stretches. */
function bundleWithin(departures: readonly GroupDeparture[], first: number, stretch: number, lanes: number, stretches: number): GroupDeparture[] {
  // Keyed by one number, (origin × lanes + destination) × stretches + stretch: thousands of departures, each looked up.
  const bundles = new Map<number, { lead: GroupDeparture; parts: GroupDeparture[] }>();
  for (const departure of departures) {
    const at = Math.floor((departure.group.left - first) / stretch);
    const key = (departure.group.lane * lanes + departure.toLane) * stretches + at;
    const bundle = bundles.get(key);
    if (!bundle) bundles.set(key, { lead: departure, parts: [departure] });
    else {
      bundle.parts.push(departure);
      // Of groups that sent as many, the one nearest the stretch's middle: no stretch leans to its start.
      const middle = first + (at + 0.5) * stretch, sent = departure.events.length, most = bundle.lead.events.length;
      if (sent > most || (sent === most && Math.abs(departure.group.left - middle) < Math.abs(bundle.lead.group.left - middle))) bundle.lead = departure;
    }
  }
  return [...bundles.values()].map(({ lead, parts }) => {
    if (parts.length === 1) return lead;
    const events: TimelineEvent[] = [...lead.events];
    for (const part of parts) if (part !== lead) events.push(...part.events);
    return { group: lead.group, toLane: lead.toLane, events };
  });
}
