import { pickText } from '../model/pick-text.js';
import { namesOf, sameName } from '../model/same-name.js';
import type { StoryIndex } from './story-index.js';

/** The next event naming the same unit or asset, and where it stands among that name's events. */
export interface NameStep {
  /** The unit or asset followed, in the reader's language. */
  readonly name: string;
  /** The event to go to, or undefined when there is none further that way. */
  readonly id: string | undefined;
  /** Its place among the events naming it, from 1, and how many name it. */
  readonly position: number;
  readonly count: number;
}

/**
 * Follows a unit or an asset from event to event, as a reader follows "the S-400" from base to base: from `id`, the
 * next (`step` 1) or previous (-1) event in time that names the same unit or asset. With several, the first the
 * event names that another event names too; names compare as `sameName` says. `undefined` when the event names no
 * unit or asset.
 */
export function followNames(index: StoryIndex, id: string, step: -1 | 1, languages: readonly string[]): NameStep | undefined {
  const at = index.orderIds.indexOf(id);
  if (at < 0) return undefined;
  const events = index.story.events, event = events[index.order[at]!]!;
  const names = namesOf(event);
  if (!names.length) return undefined;
  // Per name, the ranks of the events naming it, in time order.
  const naming = names.map((name) => {
    const ranks: number[] = [];
    index.order.forEach((i, rank) => {
      if (namesOf(events[i]!).some((other) => sameName(name, other))) ranks.push(rank);
    });
    return { name, ranks };
  });
  const followed = naming.find(({ ranks }) => ranks.length > 1) ?? naming[0]!;
  const here = followed.ranks.indexOf(at), next = here + step;
  const inRange = next >= 0 && next < followed.ranks.length;
  return {
    name: pickText(followed.name, languages),
    id: inRange ? index.orderIds[followed.ranks[next]!] : undefined,
    position: (inRange ? next : here) + 1,
    count: followed.ranks.length,
  };
}
