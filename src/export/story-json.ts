import type {
  AmountInput, EraInput, EventInput, PlaceInput, SeriesInput, SeriesPointInput, SourceInput, StoryInput,
} from '../model/story-input.js';
import type { Amount, Era, Extra, Place, Series, SeriesPoint, Source, Story, TimelineEvent } from '../model/types.js';

/**
 * The story as a v1 JSON document, indented by two spaces, that `parseStory` reads back into the same story:
 * titles, sources (url, date, via, note), places (region, country, kind, lat, lon), series, eras, every text in
 * every language, and the fields the format does not know, kept as they came. Dates are written as they were
 * written. Only an event's `index` may differ: it is renumbered from 0 when the document the story came from had
 * events that were left out. No `$schema` is written: where the file will sit, no relative address is known.
 */
export function storyJson(story: Story): string {
  return `${JSON.stringify(storyDocument(story), null, 2)}\n`;
}

function storyDocument(story: Story): StoryInput {
  return withExtra({
    version: 1,
    title: story.title,
    subtitle: story.subtitle,
    credit: story.credit,
    published: story.published?.text,
    sources: story.sources.map(sourceInput),
    places: story.places.map(placeInput),
    series: story.series.map(seriesInput),
    eras: story.eras.map(eraInput),
    events: story.events.map(eventInput),
  }, story.extra);
}

function sourceInput(source: Source): SourceInput {
  const { id, name, url, via, note } = source;
  return withExtra({ id, name, url, date: source.date?.text, via, note }, source.extra);
}

function placeInput(place: Place): PlaceInput {
  const { id, name, region, country, kind, lat, lon } = place;
  return withExtra({ id, name, region, country, kind, lat, lon }, place.extra);
}

function seriesInput(series: Series): SeriesInput {
  const { id, title, unit } = series;
  return withExtra({ id, title, unit, points: series.points.map(pointInput) }, series.extra);
}

/** Defaults (not approximate, "reported") are left unsaid, as an author would. */
function pointInput(point: SeriesPoint): SeriesPointInput {
  return {
    when: point.when.text,
    value: point.value,
    approx: point.approx || undefined,
    status: point.status === 'reported' ? undefined : point.status,
    note: point.note,
  };
}

function eraInput(era: Era): EraInput {
  return withExtra({ title: era.title, when: era.when.text }, era.extra);
}

/** An event's status is always written, default or not: whether a claim is confirmed is the first thing checked. */
function eventInput(event: TimelineEvent): EventInput {
  const { id, kind, title, text, status } = event;
  return withExtra({
    id, kind, title, text,
    when: event.when.text,
    status,
    from: list(event.from),
    to: list(event.to),
    at: list(event.at),
    amount: event.amount && amountInput(event.amount),
    assets: list(event.assets),
    units: list(event.units),
    sources: list(event.sources),
    tags: list(event.tags),
  }, event.extra);
}

/** A list as written: left out when empty, as an author leaves it. */
function list<T>(items: readonly T[]): readonly T[] | undefined {
  return items.length ? items : undefined;
}

function amountInput(amount: Amount): AmountInput {
  const { value, unit, min, max, of } = amount;
  return { value, unit, approx: amount.approx || undefined, min, max, of };
}

/**
 * `fields` followed by the extra fields that JSON can hold. Extras come from the document, but a story handed
 * to the `data` property may carry anything (a BigInt, a cycle): what JSON cannot write is left out rather
 * than failing the whole export. Own properties throughout, so an extra named `__proto__` stays a field.
 */
function withExtra<T extends object>(fields: T, extra: Extra): T {
  const extras = Object.entries(extra).filter(([key, value]) => !Object.hasOwn(fields, key) && writableAsJson(value));
  return extras.length ? Object.fromEntries([...Object.entries(fields), ...extras]) as T : fields;
}

function writableAsJson(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined;
  } catch {
    return false;
  }
}
