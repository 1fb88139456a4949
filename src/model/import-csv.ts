import { csvParseRows } from 'd3-dsv';
import { unguardFormula } from './formula-guard.js';
import type { ImportResult } from './import-result.js';
import { NamedEntries, slugOf } from './name-ids.js';
import { pickText } from './pick-text.js';
import { ProblemLog } from './problems.js';
import { EVENT_KINDS } from './types.js';

export interface CsvImportOptions {
  /** Story title when the file carries none (e.g. from the file name). */
  readonly title?: string;
}

const PLACE_LISTS = ['from', 'to', 'at'];
const LISTS = [...PLACE_LISTS, 'assets', 'units', 'sources', 'tags'];
const COLUMNS = [
  'id', 'kind', 'title', 'text', 'when', 'status', ...LISTS,
  'amount', 'amount.value', 'amount.unit', 'amount.approx', 'amount.min', 'amount.max', 'amount.of',
];
/** Columns a reader reads, which may come once per language: `title:ar` beside `title` (or `title:en`). */
const TRANSLATABLE = ['title', 'text', 'amount.unit', 'amount.of', 'assets', 'units', ...PLACE_LISTS];
const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/;
/** The key of a column without a language beside columns with one: "undetermined", first, so a reader whose
 * language no column names is shown it. */
const UNTAGGED = 'und';

/**
 * Reads a spreadsheet exported as CSV, one event per row, its header naming v1 fields (`when`, `from`, `amount.unit`…),
 * into a v1 document. Places and sources are made from the names the cells write. Never throws; a bad row is
 * reported by row number and column and does not stop the others.
 */
export function importCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const log = new ProblemLog();
  const places = new NamedEntries('place');
  const sources = new NamedEntries('source');
  const events: Record<string, unknown>[] = [];
  const eventRows: number[] = [];
  const columns = new Map<string, number>();
  const document = { version: 1, title: options.title?.trim() || 'Untitled', sources: sources.list, places: places.list, events };
  const sourcePath = (path: string): string => {
    const m = /^events\[(\d+)\](.*)$/.exec(path);
    const row = m && eventRows[Number(m[1])];
    if (!row) return '';
    // `events[3].from[1]` → `row 5.from`; `amount.value`, or a part of the amount written in the amount cell → `amount`.
    let field = m[2]!.replace(/\[\d+\]/g, '').slice(1);
    // `title.ar` of a field written in languages → `title:ar`, the column it came from.
    const dot = field.lastIndexOf('.');
    const [base, tag] = [field.slice(0, dot), field.slice(dot + 1)];
    // The untagged column is the field's own name.
    if (translations.get(base)?.has(tag)) return `row ${row}.${tag === UNTAGGED ? base : `${base}:${tag}`}`;
    while (field.includes('.') && !columns.has(field)) field = field.slice(0, field.lastIndexOf('.'));
    return field ? `row ${row}.${field}` : `row ${row}`;
  };
  const result = { document, problems: log.problems, sourcePath };

  // A cell the exporter guarded against being read as a formula (`'=…`) is read as the value it guards.
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''), (row) => row.map(unguardFormula));
  const header = rows[0] ?? [];
  const ignored: string[] = [];
  /** For each translatable column written in languages, its columns by language tag. */
  const translations = new Map<string, Map<string, number>>();
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    const [base = '', tag] = name.split(':').map((part) => part.trim());
    if (tag !== undefined && TRANSLATABLE.includes(base) && LANGUAGE_TAG.test(tag)) {
      const byTag = translations.get(base) ?? new Map<string, number>();
      translations.set(base, byTag);
      if (!byTag.has(tag)) byTag.set(tag, i);
    } else if (COLUMNS.includes(name) && !columns.has(name)) columns.set(name, i);
    else if (name) ignored.push(JSON.stringify(cell.trim()));
  });
  // A field's untagged column beside tagged ones is one more language, which no tag names.
  for (const [base, byTag] of translations) {
    const untagged = columns.get(base);
    if (untagged !== undefined) translations.set(base, new Map([[UNTAGGED, untagged], ...byTag]));
    // Else its first language stands for the field: problems are reported at that column.
    else columns.set(base, byTag.values().next().value!);
  }
  const missing = ['title', 'when'].filter((name) => !columns.has(name));
  if (missing.length) {
    log.error('row 1', `${header.some((cell) => cell.trim()) ? `the first row names no "${missing.join('" or "')}" column` : 'the file is empty'}; ` +
      'expected a header row such as "kind,title,when,from,to,amount", then one event per row');
    return result;
  }
  if (ignored.length) {
    log.warn('row 1', `the columns ${ignored.join(', ')} are not fields of an event and are ignored; expected ${COLUMNS.join(', ')}`);
  }
  if (!columns.has('kind')) log.warn('row 1', `there is no "kind" column, so every event is read as "other"; expected one of ${EVENT_KINDS.join(', ')}`);

  rows.forEach((cells, r) => {
    const row = `row ${r + 1}`;
    if (r === 0 || cells.every((cell) => cell.trim() === '')) return;
    if (cells.slice(header.length).some((cell) => cell.trim())) {
      log.warn(row, `has ${cells.length} cells but the header names ${header.length} columns; the extra cells are ignored ` +
        '(a cell holding a comma needs double quotes around it)');
    }
    const cell = (name: string) => (cells[columns.get(name) ?? -1] ?? '').trim();
    // A translatable field: one string, or an object of its languages' cells (those not empty).
    const textCell = (name: string): string | Record<string, string> => {
      const byTag = translations.get(name);
      if (!byTag) return cell(name);
      const entries = [...byTag].map(([tag, i]) => [tag, (cells[i] ?? '').trim()] as const).filter(([, value]) => value);
      return inLanguages(entries);
    };
    // A list written in languages: the nth item of each language's cell is the nth item. An empty place keeps
    // the count ("Hmeimim; Benghazi" beside "; بنغازي"), so an item missing in one language does not shift the rest.
    const listItems = (name: string): (string | Record<string, string>)[] => {
      const byTag = translations.get(name);
      if (!byTag) return splitList(cell(name));
      const lists = [...byTag].map(([tag, i]) => [tag, splitKeepingEmpty(cells[i] ?? '')] as const);
      const length = Math.max(0, ...lists.map(([, items]) => items.length));
      return Array.from({ length }, (_, n) => {
        const entries = lists.filter(([, items]) => items[n]).map(([tag, items]) => [tag, items[n]!] as const);
        return inLanguages(entries);
      }).filter((item) => item !== '');
    };
    const kind = cell('kind').toLowerCase();
    if (!kind && columns.has('kind')) log.warn(`${row}.kind`, `is empty; expected one of ${EVENT_KINDS.join(', ')}; read as "other"`);
    const event: Record<string, unknown> = { id: cell('id') || `row-${r + 1}`, kind: kind || 'other' };
    for (const name of ['title', 'text']) {
      const value = textCell(name);
      if (value) event[name] = value;
    }
    if (cell('when')) event.when = cell('when');
    if (cell('status')) event.status = cell('status').toLowerCase();
    for (const name of LISTS) {
      const items = listItems(name);
      if (!items.length) continue;
      // A place or source is known by its name in the first language written (pickText with no reader's language).
      event[name] = name === 'sources' ? items.map((item) => sourceId(sources, pickText(item)))
        : PLACE_LISTS.includes(name) ? items.map((item) => places.idOf(slugOf(pickText(item)) || pickText(item), item))
        : items;
    }
    const amount = readAmount(log, `${row}.amount`, cell, textCell);
    if (amount) event.amount = amount;
    events.push(event);
    eventRows.push(r + 1);
  });
  return result;
}

/** A field's cells by language as Text: a string for the untagged column alone (or nothing), else an object that
 * keeps each value's language, so a title written only in Arabic is still known to be Arabic. */
function inLanguages(entries: readonly (readonly [string, string])[]): string | Record<string, string> {
  if (entries.length === 0) return '';
  return entries.length === 1 && entries[0]![0] === UNTAGGED ? entries[0]![1] : Object.fromEntries(entries);
}

/** A cell holding several values, separated by `;` (or `|`). */
function splitList(value: string): string[] {
  return splitKeepingEmpty(value).filter(Boolean);
}

/** A list cell's items, trimmed, empty ones kept in their places. */
function splitKeepingEmpty(value: string): string[] {
  return value.split(/[;|]/).map((item) => item.trim());
}

/** A source named in a cell: an http(s) address becomes a source named by its host, anything else a name. */
function sourceId(sources: NamedEntries, item: string): string {
  if (/^https?:\/\//i.test(item)) {
    try {
      const url = new URL(item);
      return sources.idOf(url.href, url.hostname.replace(/^www\./, ''), url.href);
    } catch {
      // Not a usable address after all: the text is the source's name.
    }
  }
  return sources.idOf(slugOf(item) || item, item);
}

const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
// "1,000", "~1,000", "about 1,000 personnel", "more than 100 sites", "10%": a qualifier, a number, a unit.
const AMOUNT = new RegExp(`^(?:(~|about|around|approx\\.?|approximately|c\\.|some|nearly)|(more than|over|at least)|(up to|under))?\\s*${NUMBER}(?![\\d.,])\\s*(.*)$`, 'is');
const BOUND = new RegExp(`^${NUMBER}$`);

/**
 * The amount cells of a row as a v1 amount, or undefined when there are none. Parts that are not what they
 * should be are passed on as written, for parseStory to report at their column.
 */
function readAmount(
  log: ProblemLog, path: string, cell: (name: string) => string, text: (name: string) => string | Record<string, string>,
): Record<string, unknown> | undefined {
  const amount: Record<string, unknown> = {};
  const written = cell('amount') || cell('amount.value');
  let unit = text('amount.unit');
  if (written) {
    const m = AMOUNT.exec(written);
    if (!m) {
      log.warn(path, `${JSON.stringify(written)} is not an amount; expected a number such as "1,000", "~1,000", ` +
        '"about 1,000 personnel" or "10%"; it is left out');
      return undefined;
    }
    const value = Number(m[4]!.replace(/,/g, ''));
    amount.value = value;
    if (m[1]) amount.approx = true;
    if (m[2]) amount.min = value;
    if (m[3]) amount.max = value;
    unit ||= m[5]!.trim();
  }
  const flag = cell('amount.approx');
  if (flag) amount.approx = /^(?:true|yes|y|1|x|~)$/i.test(flag) ? true : /^(?:false|no|n|0)$/i.test(flag) ? false : flag;
  for (const name of ['min', 'max'] as const) {
    const bound = cell(`amount.${name}`);
    if (bound) amount[name] = BOUND.test(bound) ? Number(bound.replace(/,/g, '')) : bound;
  }
  const of = text('amount.of');
  if (of) amount.of = of;
  if (!unit && !Object.keys(amount).length) return undefined;
  if (!unit && written) {
    log.warn(path, `${JSON.stringify(written)} has no unit; expected one after the number ("1,000 troops") or in an ` +
      '"amount.unit" column; the amount is left out');
    return undefined;
  }
  if (unit) amount.unit = unit;
  return amount;
}
