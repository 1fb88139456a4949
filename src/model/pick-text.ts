import type { Text } from './types.js';

/**
 * The string to show for a Text: the first of `languages` it has (an exact tag, then the same base language,
 * so "en-GB" finds "en" and "ar" finds "ar-SY"), else its first language. Own keys only, so a tag like
 * "constructor" never reaches the object prototype.
 */
export function pickText(text: Text | undefined, languages: readonly string[] = []): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const tags = Object.keys(text);
  for (const wanted of languages) {
    const lower = wanted.toLowerCase();
    const exact = tags.find((tag) => tag.toLowerCase() === lower);
    if (exact) return text[exact]!;
    const base = lower.split('-')[0];
    const sameBase = tags.find((tag) => tag.toLowerCase().split('-')[0] === base);
    if (sameBase) return text[sameBase]!;
  }
  return tags.length ? text[tags[0]!]! : '';
}
