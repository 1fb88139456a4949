/**
 * Readers for the values of attributes an editor types by hand, and of properties a framework sets (React, Vue
 * and Svelte set properties: arrays, dates and numbers as well as strings). A bad value never breaks the element:
 * it is ignored, with one console warning per attribute and value that names the attribute and what it accepts.
 */
import { formatInstant } from '../model/edtf.js';

/** What has been warned about already, per element: `attribute=value`. */
export type Warned = Set<string>;

export function warnAttribute(warned: Warned, attribute: string, value: unknown, expected: string): void {
  const shown = describeValue(value);
  const key = `${attribute}=${shown}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<drawdown-timeline>: ignoring ${attribute}=${shown}: expected ${expected}`);
}

/** A value as the warning shows it: a string in quotes, as an attribute reads; anything else as a script wrote it. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return `Date(${Number.isNaN(+value) ? 'invalid' : value.toISOString()})`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).slice(0, 3).join(', ')}}`;
  return String(value);
}

/** A string value: strings as they are, numbers as their digits; `undefined` and `null` are empty. */
export function readText(warned: Warned, attribute: string, value: unknown, expected: string): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof URL) return value.href;
  warnAttribute(warned, attribute, value, expected);
  return '';
}

/** One of `allowed`; anything else (after trimming, any case) is `fallback`, with a warning. */
export function readChoice<T extends string>(
  warned: Warned, attribute: string, value: unknown, allowed: readonly T[], fallback: T,
): T {
  const expected = `one of ${allowed.join(', ')}`;
  const token = readText(warned, attribute, value, expected).trim().toLowerCase();
  if (!token) return fallback;
  if ((allowed as readonly string[]).includes(token)) return token as T;
  warnAttribute(warned, attribute, value, expected);
  return fallback;
}

/**
 * A subset of `allowed`: space-separated in a string (commas are taken as spaces too), or an array of them;
 * `undefined` for an empty value, meaning "no filter". Unknown tokens are dropped with a warning; if none is left,
 * there is no filter rather than an empty timeline.
 */
export function readTokens<T extends string>(
  warned: Warned, attribute: string, value: unknown, allowed: readonly T[],
): ReadonlySet<T> | undefined {
  const expected = `space-separated values among ${allowed.join(', ')}`;
  const list = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(' ')
    : readText(warned, attribute, value, `${expected}, or an array of them`);
  const tokens = list.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  const known = tokens.filter((token): token is T => (allowed as readonly string[]).includes(token));
  const unknown = tokens.filter((token) => !known.includes(token as T));
  if (unknown.length) warnAttribute(warned, attribute, unknown.join(' '), expected);
  return known.length ? new Set(known) : undefined;
}

/**
 * A CSS length for `height`: a number is pixels (`480`, or the attribute `"480"`), or any length or percentage
 * CSS accepts (`60vh`, `30rem`); empty is `undefined` (the height of the content). Negative or unreadable values
 * are ignored.
 */
export function readHeight(warned: Warned, value: unknown): string | undefined {
  const expected = 'a positive length such as 480 (pixels), 480px or 70vh';
  const text = readText(warned, 'height', value, expected).trim();
  if (!text) return undefined;
  const length = /^\d+(\.\d+)?$/.test(text) ? `${text}px` : text;
  if (!text.startsWith('-') && !/^(auto|inherit|initial|unset|revert)/i.test(text) && CSS.supports('height', length)) return length;
  warnAttribute(warned, 'height', value, expected);
  return undefined;
}

/** A date for `start` or `end` as the data format writes it: a string as it is, a `Date` (as a framework may pass)
 * to the second; anything else is ignored with a warning, and `old` kept. */
export function readDate(warned: Warned, attribute: string, value: unknown, old: string): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  const text = value instanceof Date ? formatInstant(+value) : undefined;
  if (text === undefined) warnAttribute(warned, attribute, value, 'a date in the data format, such as 2024-12-16, or a Date');
  return text ?? old;
}

/** A positive number of milliseconds, from a number or its digits; `fallback` otherwise, with a warning. */
export function readDuration(warned: Warned, attribute: string, value: unknown, fallback: number): number {
  const ms = typeof value === 'string' && value.trim() ? Number(value) : value;
  if (typeof ms === 'number' && ms > 0 && Number.isFinite(ms)) return ms;
  warnAttribute(warned, attribute, value, 'a positive number of milliseconds');
  return fallback;
}
