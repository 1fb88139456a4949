import { firstInstant, lastInstant } from '../model/edtf.js';
import type { Story } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { fill, type Messages } from './messages.js';

/** What a screen reader hears once a zoom or pan rests: the dates shown and how many events they hold ("Showing
 * Dec 2024 – Feb 2025: 9 events."); an event counts if any of its span is in view. */
export function windowSaid(story: Story, [start, end]: readonly [number, number], formatter: Formatter, messages: Messages): string {
  let count = 0;
  for (const { when } of story.events) {
    if (lastInstant(when) >= start && firstInstant(when) <= end) count++;
  }
  return fill(formatter.count(messages.ui.windowShown, count), { span: formatter.span(start, end) });
}
