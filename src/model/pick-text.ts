import type { Text } from './types.js';

/**
 * The string to show for a Text: the first of `languages` it has (an exact tag, then the same base language,
 * so "en-GB" finds "en" and "ar" finds "ar-SY"), else its first language. Own keys only, so a tag like
 * "constructor" never reaches the object prototype.
 */
export function pickText(text: Text | undefined, languages: readonly string[] = []): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const tag = pickTag(text, languages);
  return tag === undefined ? '' : text[tag]!;
}

/**
 * The language `pickText` shows `text` in, when it is not the reader's (the first of `languages`): its tag, for a
 * `lang` attribute, so that a screen reader says an English title in an Arabic view with an English voice.
 * Undefined when it is the reader's language, or unknown (a plain string is taken to be in the page's language).
 */
export function foreignTag(text: Text | undefined, languages: readonly string[]): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const tag = pickTag(text, languages);
  return tag === undefined || tag === 'und' || baseLanguage(tag) === baseLanguage(languages[0]) ? undefined : tag;
}

/** "ar" of "ar-SY". */
function baseLanguage(tag: string | undefined): string | undefined {
  return tag?.toLowerCase().split('-')[0];
}

function pickTag(text: Readonly<Record<string, string>>, languages: readonly string[]): string | undefined {
  const tags = Object.keys(text);
  for (const wanted of languages) {
    const lower = wanted.toLowerCase();
    const exact = tags.find((tag) => tag.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const sameBase = tags.find((tag) => tag.toLowerCase().split('-')[0] === base);
    if (sameBase) return sameBase;
  }
  return tags[0];
}
