import type { StoryIndex } from './story-index.js';

/** Where a jump along a move lands: the lane of that end, and the event the keyboard goes to there, if any. */
export interface RouteLanding {
  readonly lane: number;
  /** The event nearest in time in that lane, or undefined when nothing else happens there. */
  readonly id: string | undefined;
  /** Which of the move's distinct ends of that side this is, from 0, and how many it has. */
  readonly nth: number;
  readonly count: number;
}

/**
 * Where the keyboard goes from a move (an event with a route between lanes) to the lane of its origin or of one of
 * its destinations (`nth`, wrapping): the event nearest in time in that lane other than the move itself, the earlier
 * of two equally near; an event that sits in the lane before one that only arrives there, which is drawn in another.
 * `undefined` for an event that moves between no lanes (lanes by kind, or a move within one place). O(n): a key
 * press, not a frame.
 */
export function routeStep(index: StoryIndex, id: string, end: 'origin' | 'destination', nth = 0): RouteLanding | undefined {
  const at = index.orderIds.indexOf(id);
  if (at < 0) return undefined;
  const self = index.order[at]!;
  const { homes, routes } = index.assignment;
  const ends = [...new Set(routes[self]!.map((route) => route[end === 'origin' ? 0 : 1]))];
  if (!ends.length) return undefined;
  const which = ((nth % ends.length) + ends.length) % ends.length;
  const lane = ends[which]!;
  const time = index.sortKeys[self]!;
  const nearest = (inLane: (i: number) => boolean) => {
    let best: number | undefined, bestDistance = Infinity;
    for (const i of index.order) {
      if (i === self || !inLane(i)) continue;
      const distance = Math.abs(index.sortKeys[i]! - time);
      if (best === undefined || distance < bestDistance) {
        best = i;
        bestDistance = Number.isNaN(distance) ? Infinity : distance;
      }
    }
    return best;
  };
  const found = nearest((i) => homes[i]!.includes(lane)) ?? nearest((i) => routes[i]!.some((route) => route[1] === lane));
  return { lane, id: found === undefined ? undefined : index.story.events[found]!.id, nth: which, count: ends.length };
}
