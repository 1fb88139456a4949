import type { Story, When } from '../model/types.js';

/**
 * The time span a story covers, [start, end] in ms, with a margin of 4% on each side so the first and last marks
 * are not on the edge; null for a story with no dates. Open ends add nothing: they are drawn from their known side.
 */
export function storyDomain(story: Story): readonly [number, number] | null {
  // A story does not change once read; a zoom asks again every frame.
  let domain = domains.get(story);
  if (domain === undefined) domains.set(story, (domain = computeDomain(story)));
  return domain;
}

const domains = new WeakMap<Story, readonly [number, number] | null>();

function computeDomain(story: Story): readonly [number, number] | null {
  let min = Infinity, max = -Infinity;
  const add = (when: When | undefined) => {
    if (!when) return;
    for (const ms of [when.min, when.max]) {
      if (Number.isNaN(ms)) continue;
      if (ms < min) min = ms;
      if (ms > max) max = ms;
    }
  };
  for (const event of story.events) add(event.when);
  if (min > max) return null;
  const day = 86_400_000;
  const margin = Math.max((max - min) * 0.04, day / 2);
  return [min - margin, max + margin];
}
