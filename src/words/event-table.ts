import { eventById } from '../model/event-by-id.js';
import type { Story, TimelineEvent } from '../model/types.js';
import { describeSource, type EventDescription, type SourceLine } from './describe-event.js';
import type { Formatter } from './format-when.js';
import { fill, listOf, type Messages } from './messages.js';

/** One event as a row of the table: every value already in words. */
export interface TableRow {
  /** The event's number in time order, from 1: the number its mark carries on paper. */
  readonly ref: number;
  /** The same, in the locale's digits. */
  readonly refText: string;
  readonly id: string;
  /** The date as the data states it, uncertainty in words. */
  readonly date: string;
  readonly title: string;
  /** Its language when not the reader's, for `lang`. */
  readonly titleLang?: string;
  readonly kind: string;
  readonly status: string;
  /** "Hmeimim → Al-Khadim" for a move; the places it happened at otherwise; '' for none. */
  readonly route: string;
  readonly amount: string;
  /** Its sources, as numbers into the table's source list; empty for an unattributed event. */
  readonly sources: readonly number[];
  /** The same in words: the numbers in the locale's digits, as a list ("1, 3"); '' for none. */
  readonly sourcesText: string;
  /** No source backs it, in a story that cites sources. */
  readonly unattributed: boolean;
}

/** A source as a footnote: its number in the list, and the source in words. */
export interface SourceNote extends SourceLine {
  readonly ref: number;
}

export interface EventTable {
  readonly rows: readonly TableRow[];
  /** Every source a row cites, once each, numbered in the order rows first cite them; then the story's sources
   * no row cites (a source only reported through, one the story names in its credit), so none is lost on paper. */
  readonly sources: readonly SourceNote[];
}

/**
 * The event table: every event of `story` in the order given (time order, as the layout's `order`), each with
 * its sources as footnote numbers, and the sources they resolve to, then the sources cited by none. The same
 * table prints under the chart and shows on screen. Linear in the number of events and citations.
 */
export function eventTable(
  story: Story, order: readonly string[], describe: (event: TimelineEvent) => EventDescription, messages: Messages,
  formatter: Pick<Formatter, 'ref' | 'when'>, languages: readonly string[],
): EventTable {
  const notes = new Map<string, SourceNote>();
  const rows = order.map((id, i): TableRow => {
    const event = eventById(story, id)!;
    const description = describe(event);
    const sources = description.sources.map((source) => {
      let note = notes.get(source.id);
      if (!note) notes.set(source.id, (note = { ...source, ref: notes.size + 1 }));
      return note.ref;
    });
    return {
      ref: i + 1,
      refText: formatter.ref(i + 1),
      id,
      date: description.date,
      title: description.title,
      titleLang: description.titleLang,
      kind: description.kind,
      status: description.status,
      route: routeText(description, messages),
      amount: description.amount,
      unattributed: description.unattributed,
      sources,
      sourcesText: sources.map(formatter.ref).join(messages.listSeparator),
    };
  });
  const byId = new Map(story.sources.map((source) => [source.id, source]));
  for (const source of story.sources) {
    if (!notes.has(source.id)) notes.set(source.id, { ...describeSource(source, byId, languages, formatter), ref: notes.size + 1 });
  }
  return { rows, sources: [...notes.values()] };
}

/** Where an event went, in one line: origin → destination (the arrow as the language reads), with "?" for a side the
 * data leaves open; each name an isolated run, so that names in another script keep their order and the arrow's. */
export function routeText(description: Pick<EventDescription, 'from' | 'to' | 'at'>, messages: Messages): string {
  const { from, to, at } = description;
  if (from.length || to.length) {
    return fill(messages.route, { from: listOf(from, messages) || messages.unknownPlace, to: listOf(to, messages) || messages.unknownPlace });
  }
  return listOf(at, messages);
}
