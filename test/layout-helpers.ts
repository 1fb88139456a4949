import { expect } from 'chai';
import { createFormatter } from '../src/words/format-when.js';
import { layoutTimeline } from '../src/layout/layout-timeline.js';
import type { LayoutOptions, TimelineLayout } from '../src/layout/types.js';
import { messagesEn } from '../src/words/en.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story } from '../src/model/types.js';
import { story as storyDocument } from './helpers.js';

export const formatter = createFormatter('en-GB', messagesEn);
/** Text without the bidi isolates the words put around names from the data (see `isolate`), which draw nothing. */
export const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
/** A deterministic measure: 7 px a character (isolates none, as in any font), so tests do not depend on fonts. */
export const measureText = (text: string) => plain(text).length * 7;

/** The test story with any part overridden, parsed; fails the test on any error. */
export function parsed(overrides: Record<string, unknown> = {}): Story {
  const result = parseStory(storyDocument(overrides));
  expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  return result.story!;
}

/** The pure layout of a story, in English, with the deterministic measure. */
export function layoutOf(story: Story, options: Partial<LayoutOptions> = {}): TimelineLayout {
  return layoutTimeline(story, { width: 800, formatter, messages: messagesEn, measureText, ...options });
}
