import { messagesEn } from './en.js';
import { loadArabic } from './load-arabic.js';
import type { Messages } from './messages.js';

/** A message table in which any key, at any depth, may be left out: what is missing is said in English. */
export type PartialMessages = DeepPartial<Messages>;
type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends string | readonly string[] ? T[K] : DeepPartial<T[K]> };

/** The tables at hand, by lower-case language tag: English, those shipped once loaded, and those a page registered. */
const tables = new Map<string, Messages>([['en', messagesEn]]);
/** Tables shipped as files of their own, loaded the first time a page asks for their language. */
const SHIPPED: ReadonlyMap<string, () => Promise<Messages>> = new Map([['ar', () => loadArabic().then((module) => module.messagesAr)]]);
/** Shipped tables on their way, and the languages whose table failed to load (English stands in for them). */
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
let version = 0;

/** Bumped whenever a table arrives, fails to, or is registered: the elements read their words again. */
export function tablesVersion(): number {
  return version;
}

/**
 * Adds (or replaces) the words for a language, for every element on the page, including those already drawn (they
 * redraw at their next update). Any key may be left out; what is missing is said in English. A tag with a region
 * (`pt-BR`) is found before its language alone (`pt`).
 */
export function registerMessages(tag: string, messages: PartialMessages): void {
  tables.set(tag.toLowerCase(), merged(messagesEn, messages) as Messages);
  version++;
}

/** What the element says things in for `languages` (best first) now, and whether a better table is on its way. */
export interface MessagesChoice {
  readonly messages: Messages;
  /** Resolves when a shipped table for one of the languages before the one chosen has arrived (or failed to). */
  readonly pending?: Promise<void>;
}

/**
 * The words for the first of `languages` (best first) that has a table: by the whole tag (`pt-BR`), then by its
 * language alone (`pt`); English when none has. A language whose table is shipped but not yet loaded starts its
 * loading, and English stands in until it arrives (`pending`).
 */
export function messagesFor(languages: readonly string[]): MessagesChoice {
  for (const tag of languages) {
    const lower = tag.toLowerCase(), language = lower.split('-')[0]!;
    const table = tables.get(lower) ?? tables.get(language);
    if (table) return { messages: table };
    const load = SHIPPED.get(language);
    if (!load || failed.has(language)) continue;
    let pending = loading.get(language);
    if (!pending) {
      pending = load().then(
        (messages) => {
          tables.set(language, messages);
          version++;
        },
        (error: unknown) => {
          failed.add(language);
          version++;
          console.warn(`<drawdown-timeline>: the words for "${language}" could not be loaded, so English is shown. In the ` +
            `single-file build they are in drawdown-timeline-${language}.min.js, which belongs beside drawdown-timeline.min.js.`, error);
        },
      );
      loading.set(language, pending);
    }
    return { messages: messagesEn, pending };
  }
  return { messages: messagesEn };
}

/** `base` with `over`'s keys laid over it, nested tables key by key. */
function merged(base: object, over: object): object {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = (base as Record<string, unknown>)[key];
    result[key] = isTable(value) && isTable(old) ? merged(old, value) : value;
  }
  return result;
}

function isTable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
