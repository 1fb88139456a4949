import type { Text, TimelineEvent } from './types.js';

/** The units and assets an event names. */
export function namesOf(event: TimelineEvent): readonly Text[] {
  return [...event.units, ...event.assets];
}

/**
 * Whether two names of units or assets are the same: any of their writings, case aside, matches, so a name written
 * in two languages in one event and in one of them in another is one name ("S-400" and {en: "S-400", ar: "إس-400"}).
 */
export function sameName(a: Text, b: Text): boolean {
  const keys = new Set(writings(a));
  return writings(b).some((key) => keys.has(key));
}

/** Every way a name is written, folded. */
function writings(text: Text): string[] {
  return (typeof text === 'string' ? [text] : Object.values(text)).map((value) => value.trim().toLocaleLowerCase('en')).filter(Boolean);
}
