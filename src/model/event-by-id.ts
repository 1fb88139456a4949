import type { Story, TimelineEvent } from './types.js';

const indexes = new WeakMap<Story, Map<string, TimelineEvent>>();

/**
 * The event of a story with this id, from an index built once per story: the element looks events up on every
 * hover and focus, and a linear search of a 100,000-event story each time would be felt.
 */
export function eventById(story: Story, id: string): TimelineEvent | undefined {
  let index = indexes.get(story);
  if (!index) indexes.set(story, (index = new Map(story.events.map((event) => [event.id, event]))));
  return index.get(id);
}
