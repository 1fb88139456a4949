/**
 * Readers for attribute values an editor types by hand. A bad value never breaks the element: it is ignored, with
 * one console warning per attribute and value that names the attribute and what it accepts.
 */

/** What has been warned about already, per element: `attribute=value`. */
export type Warned = Set<string>;

export function warnAttribute(warned: Warned, attribute: string, value: string, expected: string): void {
  const key = `${attribute}=${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<drawdown-timeline>: ignoring ${attribute}="${value}": expected ${expected}`);
}

/** One of `allowed`; anything else (after trimming, any case) is `fallback`, with a warning. */
export function readChoice<T extends string>(
  warned: Warned, attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T,
): T {
  const token = (value ?? '').trim().toLowerCase();
  if (!token) return fallback;
  if ((allowed as readonly string[]).includes(token)) return token as T;
  warnAttribute(warned, attribute, value!, `one of ${allowed.join(', ')}`);
  return fallback;
}

/**
 * A space-separated subset of `allowed` (commas are taken as spaces too); `undefined` for an empty value, meaning
 * "no filter". Unknown tokens are dropped with a warning; if none is left, there is no filter rather than an
 * empty timeline.
 */
export function readTokens<T extends string>(
  warned: Warned, attribute: string, value: string | null | undefined, allowed: readonly T[],
): ReadonlySet<T> | undefined {
  const tokens = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const known = tokens.filter((token): token is T => (allowed as readonly string[]).includes(token));
  const unknown = tokens.filter((token) => !known.includes(token as T));
  if (unknown.length) warnAttribute(warned, attribute, unknown.join(' '), `space-separated values among ${allowed.join(', ')}`);
  return known.length ? new Set(known) : undefined;
}

/**
 * A CSS length for `height`: a bare number is pixels (`480`), or any length or percentage CSS accepts (`60vh`,
 * `30rem`); empty is `undefined` (the height of the content). Negative or unreadable values are ignored.
 */
export function readHeight(warned: Warned, value: string | null | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  const length = /^\d+(\.\d+)?$/.test(text) ? `${text}px` : text;
  if (!text.startsWith('-') && !/^(auto|inherit|initial|unset|revert)/i.test(text) && CSS.supports('height', length)) return length;
  warnAttribute(warned, 'height', value!, 'a positive length such as 480 (pixels), 480px or 70vh');
  return undefined;
}
