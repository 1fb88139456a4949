import type { ImportResult } from './import-result.js';
import { isTimelineJs } from './import-timelinejs.js';
import { loadImporters, type Importers } from './load-importers.js';
import { parseStory, type ParseResult } from './parse-story.js';
import type { Problem } from './types.js';

/** The formats a story can come in: `json` is the v1 format; `auto` tells them apart by their content. */
export const FORMATS = ['auto', 'json', 'csv', 'timelinejs'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReadOptions {
  readonly format?: Format;
  /** The file's address: tells CSV by its extension, names the input in messages, and titles a CSV story. */
  readonly address?: string;
  /** What the input is called in messages when it has no address ("the inline data"). */
  readonly name?: string;
  /** The media type the server gave, which tells CSV from JSON before the content does. */
  readonly contentType?: string;
}

/**
 * Reads a story from a file's text or from a value already parsed (the `data` property), in any format the
 * element imports; every route ends in `parseStory`, so the same validation applies to all. Problems found in an
 * imported file point into that file (`row 5.when`, `events[3].start_date`), not into the v1 document made of it.
 * A v1 story is read at once; CSV and TimelineJS wait for their importers to load, the first time.
 */
export function readStory(
  input: unknown, { format = 'auto', address = '', name = 'the data', contentType = '' }: ReadOptions = {},
): ParseResult | Promise<ParseResult> {
  let value = input;
  if (address) name = `"${address}"`;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    if (format === 'csv' || (format === 'auto' && looksLikeCsv(text, address, contentType))) {
      return imported((importers) => importers.importCsv(text, { title: fileTitle(address) }));
    }
    try {
      value = JSON.parse(text);
    } catch (error) {
      const hint = /^\s*</.test(text) ? ' (it looks like an HTML page: is the address right?)' : '';
      const message = `${name} is not valid JSON${hint}: ${(error as Error).message}`;
      // Where it goes wrong is found by code loaded with the importers: the document as a whole if they cannot be.
      return loadImporters().then((importers) => importers.jsonErrorPlace(text), () => '$').then((place) => fatal(message, place));
    }
  } else if (format === 'csv') {
    return fatal(`format="csv" reads text, but ${name} is already a parsed value; pass the CSV file's text`);
  }
  if (format === 'timelinejs' || (format === 'auto' && isTimelineJs(value))) return imported((importers) => importers.importTimelineJs(value));
  return parseStory(value);
}

/** A CSV file by its media type or name, or by a first line that is not JSON but has commas in it. */
function looksLikeCsv(text: string, address: string, contentType: string): boolean {
  if (/csv/i.test(contentType) || /\.csv$/i.test(address.replace(/[?#].*$/, ''))) return true;
  const first = text.trimStart();
  return !/^[[{<]/.test(first) && /^[^\n]*,/.test(first);
}

/** "withdrawals" for `https://example.org/data/withdrawals.csv?v=2`. */
function fileTitle(address: string): string | undefined {
  const file = address.replace(/[?#].*$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(file.replace(/\.[a-z]+$/i, '')) || undefined;
  } catch {
    return file || undefined;
  }
}

/** Converts with the importers once they are loaded, then validates what they made like any v1 document. */
async function imported(convert: (importers: Importers) => ImportResult): Promise<ParseResult> {
  let importers: Importers;
  try {
    importers = await loadImporters();
  } catch (error) {
    return fatal(`Could not load the CSV and TimelineJS importer (drawdown-timeline-import.min.js, which belongs beside ` +
      `drawdown-timeline.min.js): ${(error as Error).message}`);
  }
  const conversion = convert(importers);
  const result = parseStory(conversion.document);
  return {
    ...result,
    problems: [...conversion.problems, ...result.problems.map((problem) => ({ ...problem, path: conversion.sourcePath(problem.path) }))],
  };
}

/** A file that cannot be read at all: the problem is at `path` (the whole document, `$`, unless a place is known). */
function fatal(message: string, path = '$'): ParseResult {
  return failedRead({ severity: 'error', path, message });
}

/** What reading makes of a file it could not read at all: no story, and why. */
export function failedRead(problem: Problem): ParseResult {
  return { story: null, problems: [problem], skippedEvents: 0 };
}
