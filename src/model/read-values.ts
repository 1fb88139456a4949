import { parseWhen } from './edtf.js';
import { childPath, describeValue, type ProblemLog } from './problems.js';
import { UNWRITABLE } from './unwritable.js';
import type { Extra, Text, When } from './types.js';

/**
 * Readers for the value types the format shares (Text, Date, id lists…). Each checks one value at one JSON path,
 * logs what was wrong there, and returns `undefined` for a value that cannot be used.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** `value` without the characters XML cannot hold, with a warning when there were any. */
function writable(log: ProblemLog, path: string, value: string): string {
  UNWRITABLE.lastIndex = 0;
  if (!UNWRITABLE.test(value)) return value;
  log.warn(path, 'holds control characters or broken surrogates, which no text shows; they are removed');
  return value.replace(UNWRITABLE, '');
}

/** How long a title or name may be, in characters, a note, and an event's text (a report's worth, not a book's). */
export const NAME_LIMIT = 1_000;
export const NOTE_LIMIT = 10_000;
export const TEXT_LIMIT = 100_000;

/** `text` cut to `limit` characters (never between the halves of a surrogate pair), with a warning when it was. */
function bounded(log: ProblemLog, path: string, text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
  log.warn(path, `is ${text.length.toLocaleString('en')} characters long; it is cut to ${limit.toLocaleString('en')}, ` +
    'the most this field holds (the schema says so)');
  return `${text.slice(0, cut)}…`;
}

/** A string as a field holds it: without what XML cannot hold, and at most `limit` characters. */
function cleaned(log: ProblemLog, path: string, value: string, limit: number): string {
  return bounded(log, path, writable(log, path, value), limit);
}

/** Text: a non-empty string, or an object of language tag → non-empty string; at most `limit` characters. */
export function readText(log: ProblemLog, path: string, value: unknown, limit = NAME_LIMIT): Text | undefined {
  if (typeof value === 'string') {
    const text = cleaned(log, path, value, limit);
    if (text.trim() === '') {
      log.warn(path, 'expected text, got an empty string');
      return undefined;
    }
    return text;
  }
  if (!isObject(value)) {
    log.warn(path, `expected text: a string, or an object such as {"en": "…", "ar": "…"}; got ${describeValue(value)}`);
    return undefined;
  }
  const entries: [string, string][] = [];
  for (const [tag, text] of Object.entries(value)) {
    const written = typeof text === 'string' && LANGUAGE_TAG.test(tag) ? cleaned(log, childPath(path, tag), text, limit) : '';
    if (!LANGUAGE_TAG.test(tag)) {
      log.warn(childPath(path, tag), `"${tag}" is not a language tag such as "en" or "ar"; this entry is ignored`);
    } else if (written.trim() === '') {
      log.warn(childPath(path, tag), `expected a non-empty string, got ${describeValue(text)}`);
    } else {
      entries.push([tag, written]);
    }
  }
  if (entries.length === 0) {
    log.warn(path, 'expected text in at least one language, e.g. {"en": "…"}');
    return undefined;
  }
  return Object.freeze(Object.fromEntries(entries));
}

export function readWhen(log: ProblemLog, path: string, value: unknown, severity: 'error' | 'warning'): When | undefined {
  const report = severity === 'error' ? log.error.bind(log) : log.warn.bind(log);
  if (typeof value !== 'string') {
    report(path, `expected an EDTF date string such as "2024-12-16", "2024-12~" or "2024-12-15/2024-12-16"; got ${describeValue(value)}`);
    return undefined;
  }
  const parsed = parseWhen(value);
  if ('error' in parsed) {
    report(path, parsed.error);
    return undefined;
  }
  return parsed.when;
}

export function readString(log: ProblemLog, path: string, value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return writable(log, path, value);
  log.warn(path, `expected a non-empty string, got ${describeValue(value)}`);
  return undefined;
}

/** A finite number within optional bounds. */
export function readNumber(log: ProblemLog, path: string, value: unknown, min = -Infinity, max = Infinity): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  const range = Number.isFinite(min) || Number.isFinite(max) ? ` from ${min} to ${max}` : '';
  log.warn(path, `expected a number${range}, got ${describeValue(value)}`);
  return undefined;
}

export function readBoolean(log: ProblemLog, path: string, value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  log.warn(path, `expected true or false, got ${describeValue(value)}; read as false`);
  return false;
}

/** A list of non-empty strings; a lone string is accepted as a list of one. Bad entries are dropped. */
export function readStringList(log: ProblemLog, path: string, value: unknown): string[] {
  return readListEntries(log, path, value).map(([item]) => item);
}

/** The usable strings of a list with the JSON path of each, so later checks report the document's own index. */
function readListEntries(log: ProblemLog, path: string, value: unknown): [item: string, path: string][] {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    if (value.trim() !== '') return [[writable(log, path, value), path]];
    log.warn(path, 'expected a non-empty string, got an empty string; this entry is ignored');
    return [];
  }
  if (!Array.isArray(value)) {
    log.warn(path, `expected a list of strings, got ${describeValue(value)}`);
    return [];
  }
  const entries: [string, string][] = [];
  value.forEach((item, i) => {
    const itemPath = childPath(path, i);
    if (typeof item === 'string' && item.trim() !== '') entries.push([writable(log, itemPath, item), itemPath]);
    else log.warn(itemPath, `expected a non-empty string, got ${describeValue(item)}; this entry is ignored`);
  });
  return entries;
}

/** A list of Texts (each a string or `{"en": …, "ar": …}`); a lone Text is a list of one. Bad entries are dropped. */
export function readTextList(log: ProblemLog, path: string, value: unknown): Text[] {
  if (!Array.isArray(value)) {
    const text = readText(log, path, value);
    return text === undefined ? [] : [text];
  }
  const texts: Text[] = [];
  value.forEach((item, i) => {
    const text = readText(log, childPath(path, i), item);
    if (text !== undefined) texts.push(text);
  });
  return texts;
}

/** Ids that must name an entry of `known` (`places` or `sources`); unknown ones are reported and dropped. */
export function readReferences(
  log: ProblemLog, path: string, value: unknown, known: ReadonlySet<string>, list: 'places' | 'sources',
): string[] {
  const ids = new Set<string>();
  for (const [id, itemPath] of readListEntries(log, path, value)) {
    if (known.has(id)) ids.add(id);
    else log.warn(itemPath, `no entry of ${list} has the id ${JSON.stringify(id)}; this reference is ignored`);
  }
  return [...ids];
}

/** The fields of `object` not in `known`: kept, never shown, so newer documents survive an older reader. */
export function extraFields(object: JsonObject, known: ReadonlySet<string>): Extra {
  let extra: [string, unknown][] | undefined;
  for (const key in object) {
    if (Object.hasOwn(object, key) && !known.has(key)) (extra ??= []).push([key, object[key]]);
  }
  return extra ? Object.freeze(Object.fromEntries(extra)) : NO_EXTRA;
}

const NO_EXTRA: Extra = Object.freeze({});

/** An `http:` or `https:` URL, or undefined: data never gets to choose `javascript:` or `data:`. */
export function toSafeUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
