import { pickText } from './pick-text.js';

/**
 * Ids for what an importer makes from names a file writes (places, sources, events): a readable slug of the name
 * (`Bagram Airfield` → `bagram-airfield`), made unique with a counter (`kabul`, `kabul-2`).
 */
export function slugOf(text: string): string {
  const slug = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  if (slug.length <= 48) return slug;
  // A long name is cut after a whole word, if it has one.
  const cut = slug.slice(0, 49);
  const end = cut.lastIndexOf('-');
  return cut.slice(0, end > 0 ? end : 48);
}

/** A function handing out ids from bases, never the same id twice. */
export function createIdMaker(): (base: string) => string {
  const taken = new Set<string>();
  // The next suffix per base, so a file repeating one id 100,000 times is not quadratic.
  const next = new Map<string, number>();
  return (base) => {
    let id = base;
    let n = next.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
    taken.add(id);
    return id;
  };
}

/** Entries (places or sources) made from names, one per distinct key, kept in the order first seen. */
export class NamedEntries {
  readonly list: { readonly id: string; readonly name: string | Readonly<Record<string, string>>; readonly url?: string }[] = [];
  private readonly ids = new Map<string, string>();
  private readonly makeId = createIdMaker();

  constructor(private readonly fallback: string) {}

  /** The id of the entry known by `key`, made from `name` (and `url`) the first time the key is seen; a name in
   * several languages takes its id from the first. */
  idOf(key: string, name: string | Readonly<Record<string, string>>, url?: string): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.makeId(slugOf(pickText(name)) || this.fallback);
      this.ids.set(key, id);
      this.list.push(url ? { id, name, url } : { id, name });
    }
    return id;
  }
}
