import { messagesEn } from './en.js';
import { loadArabic } from './load-arabic.js';
import { merged } from './merge-tables.js';
import type { Messages } from './messages.js';

/** A message table in which any key, at any depth, may be left out: what is missing is said in English. */
export type PartialMessages = DeepPartial<Messages>;
type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends string | readonly string[] ? T[K] : DeepPartial<T[K]> };

/** Tables shipped as files of their own, loaded the first time a page asks for their language. */
const SHIPPED: ReadonlyMap<string, () => Promise<Messages | undefined>> = new Map([['ar', () => loadArabic().then((module) => module.messagesAr)]]);
/** How long a shipped table may take before English stands in (it still takes over when it arrives). */
const LOAD_PATIENCE_MS = 8_000;

/** Shipped tables by language, once loaded; English is always here. */
const shipped = new Map<string, Messages>([['en', messagesEn]]);
/** What pages registered, by lower-case tag: laid over the shipped table of that language, or English. */
const registered = new Map<string, PartialMessages>();
/** The tables made of those, by tag, until a table changes. */
const made = new Map<string, Messages>();
/** Shipped tables on their way, and the languages whose table failed or is late (English stands in for them). */
const loading = new Map<string, Promise<void>>();
const standIn = new Set<string>();
/** Told when a table arrives, fails, is late or is registered: each element reads its words again and redraws. */
const listeners = new Set<() => void>();
/** Calls `listener` whenever a table changes, until the returned function is called. */
export function onTablesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  made.clear();
  for (const listener of listeners) listener();
}

/**
 * Adds (or replaces) the words for a language, for every element on the page, including those already drawn, which
 * redraw in them. Any key may be left out: what is missing is said in the language's shipped table (Arabic), else
 * in English. A tag with a region (`pt-BR`) is found before its language alone (`pt`).
 */
export function registerMessages(tag: string, messages: PartialMessages): void {
  registered.set(tag.toLowerCase(), messages);
  changed();
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
 * loading, and English stands in until it arrives (`pending`), or for good if it fails or is late (then it takes
 * over when it does arrive).
 */
export function messagesFor(languages: readonly string[]): MessagesChoice {
  for (const tag of languages) {
    const lower = tag.toLowerCase(), language = lower.split('-')[0]!;
    const load = SHIPPED.get(language);
    const waiting = load && !shipped.has(language) && !standIn.has(language);
    for (const key of lower === language ? [lower] : [lower, language]) {
      const own = registered.get(key);
      // A page's table for a shipped language is laid over the shipped one, once that is here.
      if (own && !waiting) return { messages: tableFor(key, own, shipped.get(language) ?? messagesEn) };
    }
    const table = shipped.get(language);
    if (table) return { messages: table };
    if (!waiting) continue;
    let pending = loading.get(language);
    if (!pending) {
      pending = loadShipped(language, load);
      loading.set(language, pending);
    }
    return { messages: messagesEn, pending };
  }
  return { messages: messagesEn };
}

/** A page's table over `base`, made once until a table changes (elements compare tables by identity). */
function tableFor(key: string, own: PartialMessages, base: Messages): Messages {
  let table = made.get(key);
  if (!table) made.set(key, (table = merged(base, own) as Messages));
  return table;
}

/** Loads a shipped table; late or failed, English stands in and the console says which file is missing. */
function loadShipped(language: string, load: () => Promise<Messages | undefined>): Promise<void> {
  const file = `drawdown-timeline-${language}.min.js`;
  const arrived = load().then((messages) => {
    if (!messages?.ui) throw new Error(`${file} holds no message table`);
    shipped.set(language, messages);
    standIn.delete(language);
    changed();
  });
  arrived.catch((error: unknown) => {
    console.warn(`<drawdown-timeline>: the words for "${language}" could not be loaded, so English is shown. In the ` +
      `single-file build they are in ${file}, which belongs beside drawdown-timeline.min.js.`, error);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => { timer = setTimeout(resolve, LOAD_PATIENCE_MS); });
  return Promise.race([arrived, late]).catch(() => undefined).then(() => {
    clearTimeout(timer);
    if (shipped.has(language)) return;
    standIn.add(language);
    changed();
  });
}
