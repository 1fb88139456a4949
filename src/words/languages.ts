import { messagesEn } from './en.js';
import type { Messages } from './messages.js';

/** The message tables shipped, by language tag. A language is one table in a file of its own, listed here. */
const TABLES: ReadonlyMap<string, Messages> = new Map([['en', messagesEn]]);

/**
 * The words for the first of `languages` (best first) that has a table: by the whole tag (`pt-BR`), then by its
 * language alone (`pt`); English when none has.
 */
export function messagesFor(languages: readonly string[]): Messages {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    const table = TABLES.get(lower) ?? TABLES.get(lower.split('-')[0]!);
    if (table) return table;
  }
  return messagesEn;
}
