import { foreignTag, pickText } from '../model/pick-text.js';
import type { Amount, Source, Story, TimelineEvent } from '../model/types.js';
import type { Formatter } from './format-when.js';
import { fill, isolate, type Messages } from './messages.js';

/** One source as a reader sees it: its name, then each source it came through. */
export interface SourceLine {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
  /** When it said so, as the data states it; '' when the data does not say. */
  readonly date: string;
  readonly note: string;
  /** Names of the `via` chain, nearest first: "Abu Amin" via ["Al-Araby Al-Jadeed"]. */
  readonly via: readonly { readonly name: string; readonly url?: string }[];
}

/** Everything the details view and the accessible name say about an event, already in words. */
export interface EventDescription {
  /** The event's id. */
  readonly id: string;
  readonly title: string;
  /** The language of the title and of the text when it is not the reader's (see foreignTag), for `lang`. */
  readonly titleLang?: string;
  readonly textLang?: string;
  /** The date as the data states it, uncertainty in words. */
  readonly date: string;
  readonly kind: string;
  readonly status: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly at: readonly string[];
  readonly amount: string;
  /** Equipment and units moved, in the reader's language. */
  readonly assets: readonly string[];
  readonly units: readonly string[];
  readonly paragraphs: readonly string[];
  readonly sources: readonly SourceLine[];
  /** How many sources back the event ("2 sources"), or that none does ("Unattributed"); '' in a story that cites
   * no source at all, where saying so of every event tells nothing. */
  readonly backing: string;
  /** How many sources it cites, in the locale's digits. */
  readonly sourceCount: string;
  /** No source backs it, in a story that cites sources. */
  readonly unattributed: boolean;
}

/**
 * Returns a function that puts events of `story` into words in the chosen languages. Place and source lookups
 * are built once, so describing every event of a large story stays linear. Pure: an event always reads the same.
 */
export function createDescriber(
  story: Story, formatter: Formatter, messages: Messages, languages: readonly string[],
): (event: TimelineEvent) => EventDescription {
  const placeNames = new Map(story.places.map((place) => [place.id, pickText(place.name, languages) || place.id]));
  const sourcesById = new Map(story.sources.map((source) => [source.id, source]));
  const placeName = (id: string) => placeNames.get(id) ?? id;
  const cites = story.sources.length > 0;
  // Each event is described once per story and language, however often it is drawn again on zoom.
  const described = new WeakMap<TimelineEvent, EventDescription>();
  return (event) => {
    let description = described.get(event);
    if (!description) described.set(event, (description = describe(event)));
    return description;
  };

  function describe(event: TimelineEvent): EventDescription {
    return {
      id: event.id,
      title: pickText(event.title, languages),
      titleLang: foreignTag(event.title, languages),
      textLang: foreignTag(event.text, languages),
      date: formatter.when(event.when),
      kind: messages.kinds[event.kind],
      status: messages.statuses[event.status],
      from: event.from.map(placeName),
      to: event.to.map(placeName),
      at: event.at.map(placeName),
      amount: describeAmount(event.amount, formatter, messages, languages),
      assets: event.assets.map((asset) => pickText(asset, languages)),
      units: event.units.map((unit) => pickText(unit, languages)),
      paragraphs: pickText(event.text, languages).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      sources: event.sources.map((id) => describeSource(sourcesById.get(id)!, sourcesById, languages, formatter)),
      sourceCount: formatter.number(event.sources.length),
      backing: event.sources.length ? formatter.count(messages.sourceCount, event.sources.length) : cites ? messages.unattributedWord : '',
      unattributed: cites && event.sources.length === 0,
    };
  }
}

/** An amount in words, with what it is a share or count of: "~1,000 personnel", "10% of Russian combat forces". */
export function describeAmount(amount: Amount | undefined, formatter: Formatter, messages: Messages, languages: readonly string[]): string {
  if (!amount) return '';
  const text = formatter.amount({ ...amount, unit: pickText(amount.unit, languages) });
  const of = pickText(amount.of, languages);
  // What it is a share of comes from the data, perhaps in another script: a run of its own.
  return of ? fill(messages.amountOf, { amount: text, of: isolate(of) }) : text;
}

/** A source in words, with the chain it came through (`byId` finds each `via`). */
export function describeSource(source: Source, byId: ReadonlyMap<string, Source>, languages: readonly string[], formatter: Pick<Formatter, 'when'>): SourceLine {
  const via: { name: string; url?: string }[] = [];
  // parseStory has already cut any loop in the chain.
  for (let next = source.via ? byId.get(source.via) : undefined; next; next = next.via ? byId.get(next.via) : undefined) {
    via.push({ name: pickText(next.name, languages), url: next.url });
  }
  return {
    id: source.id, name: pickText(source.name, languages), url: source.url, date: source.date ? formatter.when(source.date) : '',
    note: pickText(source.note, languages), via,
  };
}

/** A one-line accessible name: date, title, kind and status, the route in words, the amount, and how many sources
 * back it. Said, not shown: the route in words rather than an arrow, and its places not isolated. */
export function accessibleName(description: EventDescription, messages: Messages): string {
  const separator = messages.listSeparator;
  const [from, to] = [description.from.join(separator), description.to.join(separator)];
  const parts = [description.date, description.title, `${description.kind}${separator}${description.status}`];
  if (from && to) parts.push(fill(messages.routeSpoken, { from, to }));
  else if (description.at.length || from || to) parts.push([...description.at, from, to].filter(Boolean).join(separator));
  if (description.amount) parts.push(description.amount);
  if (description.backing) parts.push(description.backing);
  return parts.join('. ');
}
