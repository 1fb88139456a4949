import type { Story } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { fill, type Messages } from './messages.js';

/** What a screen reader hears once a zoom or pan rests: the dates shown and how many events they hold ("Showing
 * Dec 2024 – Feb 2025: 9 events."); an event counts if any of its span is in view. */
export function windowSaid(story: Story, [start, end]: readonly [number, number], formatter: Formatter, messages: Messages): string {
  let count = 0;
  for (const { when } of story.events) {
    const min = Number.isNaN(when.min) ? when.max : when.min, max = Number.isNaN(when.max) ? when.min : when.max;
    if (max >= start && min <= end) count++;
  }
  return fill(formatter.count(messages.ui.windowShown, count), { span: formatter.span(start, end) });
}
