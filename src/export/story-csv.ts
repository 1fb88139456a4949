import { csvFormatRow } from 'd3-dsv';
import { guardFormula } from '../model/formula-guard.js';
import { pickText } from '../model/pick-text.js';
import type { Story, Text, TimelineEvent } from '../model/types.js';

/**
 * The story's events as CSV, one row per event, in the columns the CSV importer reads (src/model/import-csv.ts),
 * so that `importCsv` makes the same events of it: ids, kinds, titles and texts in every language, dates as
 * written, statuses, places and sources by name, amounts, assets, units and tags. Only the columns the story uses
 * are written; a field written in several languages gets a column per language (`title:ar`), and a plain string
 * beside them the untagged column (`title`).
 *
 * What CSV cannot hold, and so does not come back from it:
 * - the story's title (the importer takes it from the file name), subtitle, credit, published date, series and eras;
 * - of sources: the id, url, date, via, note, and names in other languages than the first;
 * - of places: the id (remade from the name), region, country, kind, lat and lon; places (or sources) whose names
 *   make the same slug come back as one;
 * - the fields a document carried that the format does not know (`extra`);
 * - whitespace at either end of a value, and `;` or `|` inside a list item (both separate items);
 * - the case of language tags (`en-GB` comes back `en-gb`), the order of a text's languages (the columns' order
 *   is used), and the tag of a text whose one language is `und` (it comes back a plain string);
 * - a source named by an http(s) address comes back named by its host.
 * A spreadsheet cell holds 32,767 characters: a longer event text is cut when a spreadsheet saves the file again.
 */
export function storyCsv(story: Story): string {
  const columns = columnsOf(story);
  const rows = [columns.map((column) => column.header)];
  for (const event of story.events) rows.push(columns.map((column) => guardFormula(column.cell(event))));
  // The byte-order mark is how Excel knows the file is UTF-8; without it Arabic opens as mojibake. The importer
  // skips it. Lines end in CRLF, as RFC 4180 says (d3's csvFormatRows joins with LF).
  return `\uFEFF${rows.map(csvFormatRow).join('\r\n')}\r\n`;
}

interface Column {
  readonly header: string;
  readonly cell: (event: TimelineEvent) => string;
}

/** The key of a text's untagged writing: the importer reads the column without a language as "und". */
const UNTAGGED = 'und';
/** Between the items of a list cell; the importer also splits on `|`. */
const SEPARATOR = '; ';

function columnsOf(story: Story): Column[] {
  const placeNames = new Map(story.places.map((place) => [place.id, place.name]));
  const sourceNames = new Map(story.sources.map((source) => [source.id, source.name]));
  const places = (ids: readonly string[]) => ids.map((id) => placeNames.get(id) ?? id);
  const events = story.events;

  const columns: Column[] = [
    { header: 'id', cell: (event) => event.id },
    // Always written: without it the importer reads every event as "other" and says so.
    { header: 'kind', cell: (event) => event.kind },
    ...textColumns(events, 'title', (event) => [event.title]),
    { header: 'when', cell: (event) => event.when.text },
    { header: 'status', cell: (event) => event.status },
    ...textColumns(events, 'from', (event) => places(event.from)),
    ...textColumns(events, 'to', (event) => places(event.to)),
    ...textColumns(events, 'at', (event) => places(event.at)),
    { header: 'amount.value', cell: (event) => plainNumber(event.amount?.value) },
    ...textColumns(events, 'amount.unit', (event) => optional(event.amount?.unit)),
    { header: 'amount.approx', cell: (event) => (event.amount?.approx ? 'true' : '') },
    { header: 'amount.min', cell: (event) => plainNumber(event.amount?.min) },
    { header: 'amount.max', cell: (event) => plainNumber(event.amount?.max) },
    ...textColumns(events, 'amount.of', (event) => optional(event.amount?.of)),
    ...textColumns(events, 'assets', (event) => event.assets),
    ...textColumns(events, 'units', (event) => event.units),
    // The importer reads a source's name in one language only: the first, as it shows when no language is asked for.
    { header: 'sources', cell: (event) => event.sources.map((id) => pickText(sourceNames.get(id) ?? id)).join(SEPARATOR) },
    { header: 'tags', cell: (event) => event.tags.join(SEPARATOR) },
    ...textColumns(events, 'text', (event) => optional(event.text)),
  ];
  const always = new Set(['id', 'kind', 'title', 'when']);
  // A status column of nothing but the default says nothing.
  const used = (column: Column) => always.has(column.header) ||
    (column.header === 'status' ? events.some((event) => event.status !== 'reported') : events.some((event) => column.cell(event) !== ''));
  return columns.filter(used);
}

/**
 * The columns of a field holding Texts (one, or a list): the field's own column for plain strings, and one
 * `field:tag` column per language the field is written in. A list cell keeps an empty place for an item missing in
 * its language, so that the importer pairs the nth items of each language's cell.
 */
function textColumns(events: readonly TimelineEvent[], field: string, textsOf: (event: TimelineEvent) => readonly Text[]): Column[] {
  const tags = new Set<string>();
  for (const event of events) {
    for (const text of textsOf(event)) {
      if (typeof text === 'string') tags.add(UNTAGGED);
      else for (const tag of Object.keys(text)) tags.add(tag.toLowerCase());
    }
  }
  // The importer reads header names in lower case; the untagged column comes first, as it does in its reading.
  const ordered = tags.has(UNTAGGED) ? [UNTAGGED, ...[...tags].filter((tag) => tag !== UNTAGGED)] : [...tags];
  return ordered.map((tag) => ({
    header: tag === UNTAGGED ? field : `${field}:${tag}`,
    cell: (event) => {
      const writings = textsOf(event).map((text) => writingIn(text, tag));
      return writings.some(Boolean) ? writings.join(SEPARATOR) : '';
    },
  }));
}

/** A text's writing in one language (compared in lower case), or '' when it has none; a plain string is untagged. */
function writingIn(text: Text, tag: string): string {
  if (typeof text === 'string') return tag === UNTAGGED ? text : '';
  const written = Object.keys(text).find((key) => key.toLowerCase() === tag);
  return written === undefined ? '' : text[written]!;
}

/** An optional Text as a list of none or one, as the columns of a field take it. */
function optional(text: Text | undefined): Text[] {
  return text === undefined ? [] : [text];
}

/**
 * A number as the importer reads it: digits and a decimal point, never an exponent (`1e-7` is written
 * `0.0000001`). Amounts are never negative, and never as large as 1e21, where JavaScript starts writing exponents.
 */
function plainNumber(value: number | undefined): string {
  if (value === undefined) return '';
  const written = String(value);
  const small = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(written);
  return small ? `0.${'0'.repeat(Number(small[3]) - 1)}${small[1]}${small[2] ?? ''}` : written;
}
