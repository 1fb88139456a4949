import type { EventKind, EventStatus, Story } from '../model/types.js';

/** Which events to show: `undefined` for a field means every value. */
export interface StoryFilter {
  readonly kinds?: ReadonlySet<EventKind>;
  readonly statuses?: ReadonlySet<EventStatus>;
}

/**
 * The story with only the events the filter lets through; the same object when it lets everything through, so
 * that what is cached per story (the index, the domain) is kept. Places, sources, series and eras stay whole.
 */
export function filterStory(story: Story, { kinds, statuses }: StoryFilter): Story {
  if (!kinds && !statuses) return story;
  const events = story.events.filter((event) => (!kinds || kinds.has(event.kind)) && (!statuses || statuses.has(event.status)));
  return events.length === story.events.length ? story : { ...story, events };
}
