import { isDatePoint } from '../model/edtf.js';
import { pickText } from '../model/pick-text.js';
import type { Series, SeriesPoint, Story } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { fill, type Messages } from './messages.js';

const MONTH = 30 * 86_400_000;
const YEAR = 365 * 86_400_000;

/**
 * The story in a sentence, for the plot's accessible description: how many events, from when to when, in how many
 * places, and how each force level changed ("15 events from December 2024 to January 2025 in 9 places; Russian
 * military sites in Syria fell from about 100 sites to about 0 sites (expected)"). A screen reader hears it on
 * entering the plot, before walking the events one by one.
 */
export function storySummary(story: Story, formatter: Formatter, messages: Messages, languages: readonly string[]): string {
  const { summary } = messages.ui;
  let first = Infinity, last = -Infinity;
  const places = new Set<string>();
  for (const { when, at, from, to } of story.events) {
    // The periods as stated, not widened for "about": "c. January 2025" ends the story in January, not February.
    if (isDatePoint(when.start) && when.start.start < first) first = when.start.start;
    if (isDatePoint(when.end) && when.end.end - 1 > last) last = when.end.end - 1;
    for (const place of [...at, ...from, ...to]) places.add(place);
  }
  const parts = [formatter.events(story.events.length)];
  if (first <= last) {
    // As precise as the story's length calls for: days for a month, months for a few years, years beyond.
    const precision = last - first > 3 * YEAR ? 'year' : last - first > 2 * MONTH ? 'month' : 'day';
    parts.push(fill(summary.span, { start: formatter.instant(first, precision), end: formatter.instant(last, precision) }));
  }
  if (places.size) parts.push(fill(summary.places, { places: formatter.count(summary.placeCount, places.size) }));
  const changes = story.series.map((series) => seriesChange(series, formatter, messages, languages)).filter(Boolean);
  return [parts.join(' '), ...changes].join('; ');
}

/** How a force level went from its first point to its last, in words; '' for a series of fewer than two. */
function seriesChange(series: Series, formatter: Formatter, messages: Messages, languages: readonly string[]): string {
  const { points } = series;
  const start = points[0], end = points.at(-1);
  if (!start || !end || start === end) return '';
  const { summary } = messages.ui;
  const value = (point: SeriesPoint) => {
    const text = formatter.amount({ value: point.value, unit: pickText(series.unit, languages), approx: false });
    const about = point.approx ? fill(summary.about, { value: text }) : text;
    // A forecast is said to be one: a level expected to fall to 0 has not fallen yet.
    return point.status === 'expected' || point.status === 'planned' ? `${about} (${messages.statuses[point.status]})` : about;
  };
  const template = end.value < start.value ? summary.fell : end.value > start.value ? summary.rose : summary.same;
  return fill(template, { series: pickText(series.title, languages), from: value(start), to: value(end) });
}
