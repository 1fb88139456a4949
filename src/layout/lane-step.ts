import type { StoryIndex } from './story-index.js';

/**
 * Where the keyboard goes from an event to the lanes above (`step` -1) or below (+1): the event nearest in time in
 * the nearest lane that has one, the earlier of two equally near. An event sits in the lane of its first home (by
 * place, where it happened or left from); a lane may have none (a place that only receives transfers), and is
 * passed over. `undefined` past the first or last lane that has one, or for an id the index does not hold. O(n) a
 * lane: a key press, not a frame.
 */
export function laneStep(index: StoryIndex, id: string, step: -1 | 1): string | undefined {
  const from = index.orderIds.indexOf(id);
  if (from < 0) return undefined;
  const { homes } = index.assignment;
  const at = index.order[from]!;
  const time = index.sortKeys[at]!;
  for (let lane = homes[at]![0]! + step; lane >= 0 && lane < index.assignment.lanes.length; lane += step) {
    let best: number | undefined, bestDistance = Infinity;
    // In time order, so the first of two equally near is the earlier; NaN keys (no known date) sort nowhere.
    for (const i of index.order) {
      if (homes[i]![0] !== lane) continue;
      const distance = Math.abs(index.sortKeys[i]! - time);
      if (distance < bestDistance || (best === undefined && Number.isNaN(distance))) {
        best = i;
        bestDistance = Number.isNaN(distance) ? Infinity : distance;
      }
    }
    if (best !== undefined) return index.story.events[best]!.id;
  }
  return undefined;
}
