import type { DatePoint, OpenBound, Precision, When } from './types.js';

/**
 * Parses an EDTF (ISO 8601-2) level 0 or level 1 date into the period it names. Pure and time-zone free:
 * dates without a zone are read as UTC, so the same document lays out the same everywhere.
 *
 * Accepted: `2024`, `2024-12`, `2024-12-16`, `2024-12-16T14:00Z`, `…T14:00:05+03:00`; qualifiers `~ ? %` after a
 * date; seasons `2024-21`…`2024-24`; unspecified digits from the right (`201X`, `2024-XX`, `2024-12-XX`);
 * long and negative years (`Y-12000`, `-0044`); intervals `a/b`, open `../b` and `a/..`, unknown `/b` and `a/`.
 */
export function parseWhen(text: string): { when: When } | { error: string } {
  // Stories repeat their dates (a busy day, a month named a hundred times): read each once. The parsed values
  // are immutable, so events share them, which also keeps a 100,000-event story small in memory.
  return readOnce(parsedWhens, text, parseWhenUncached);
}

/** Each text's reading, kept until a cache holds MAX_CACHED of them (then it starts again). */
function readOnce<T>(cache: Map<string, T>, text: string, read: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    value = read(text);
    cache.set(text, value);
  }
  return value;
}

const parsedWhens = new Map<string, { when: When } | { error: string }>();
/** The dates an interval is made of, read once too: a story's intervals are mostly unique, their ends are not. */
const parsedPoints = new Map<string, DatePoint | { error: string }>();
const MAX_CACHED = 50_000;

function parseWhenUncached(text: string): { when: When } | { error: string } {
  if (text.trim() !== text || text === '') return { error: 'expected an EDTF date with no spaces around it' };
  const slash = text.indexOf('/');
  if (slash < 0) {
    const point = parseDatePoint(text);
    if ('error' in point) return point;
    return { when: { text, interval: false, start: point, end: point, min: point.start, max: point.end } };
  }
  if (text.indexOf('/', slash + 1) >= 0) return { error: 'an interval has exactly one "/"' };
  const start = parseSide(text.slice(0, slash), 'start');
  if (isFailure(start)) return start;
  const end = parseSide(text.slice(slash + 1), 'end');
  if (isFailure(end)) return end;
  if (typeof start === 'string' && typeof end === 'string') {
    return { error: 'an interval needs a date on at least one side ("2024-12/..", "../2025-01")' };
  }
  if (typeof start !== 'string' && typeof end !== 'string' && start.start >= end.end) {
    return { error: `the interval ends (${end.text}) before it starts (${start.text})` };
  }
  return {
    when: {
      text,
      interval: true,
      start,
      end,
      min: typeof start === 'string' ? NaN : start.start,
      max: typeof end === 'string' ? NaN : end.end,
    },
  };
}

function isFailure<T>(value: T | { error: string }): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function parseSide(side: string, which: 'start' | 'end'): DatePoint | OpenBound | { error: string } {
  if (side === '..') return 'open';
  if (side === '') return 'unknown';
  const point = readOnce(parsedPoints, side, parseDatePoint);
  if ('error' in point) return { error: `the interval's ${which} is not a date: ${point.error}` };
  return point;
}

// Year: 4 digits (some trailing X), or Y + 5 or more digits; either may be negative.
const DATE = /^(?:(-?\d{4}|-?\d{3}X|-?\d{2}XX)|Y(-?\d{5,}))(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([~?%])?$/;
const DATE_TIME = /^(-?\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/** The largest span JavaScript dates can hold is about ±273,000 years around 1970. */
const MAX_YEAR = 270000;

const SEASON_MONTHS: Record<number, readonly [startMonth: number, months: number]> = {
  21: [3, 3], // spring: March–May (northern hemisphere, as EDTF level 1 defines it)
  22: [6, 3], // summer
  23: [9, 3], // autumn
  24: [12, 3], // winter: December to February of the next year
};

function parseDatePoint(text: string): DatePoint | { error: string } {
  if (text.includes('T')) return parseDateTime(text);
  const m = DATE.exec(text);
  if (!m) {
    return {
      error: `"${quoted(text)}" is not an EDTF date: expected a year, year-month or year-month-day such as "2024", ` +
        `"2024-12" or "2024-12-16", optionally followed by ~ (approximate), ? (uncertain) or % (both)`,
    };
  }
  const [, shortYear, longYear, monthText, dayText, qualifier] = m;
  const yearText = (shortYear ?? longYear)!;
  const qualified = { approximate: qualifier === '~' || qualifier === '%', uncertain: qualifier === '?' || qualifier === '%' };
  const yearX = yearText.length - yearText.replace(/X+$/, '').length;
  if (yearX > 0 && monthText !== undefined) return { error: `"${quoted(text)}": a year with unspecified digits cannot have a month` };
  if (monthText === 'XX' && dayText !== undefined && dayText !== 'XX') {
    return { error: `"${quoted(text)}": a day cannot follow an unspecified month; unspecified digits run from the right` };
  }
  const year = Number(yearText.replace(/X/g, '0'));
  if (Math.abs(year) > MAX_YEAR) return { error: `"${quoted(text)}": years beyond ±${MAX_YEAR} cannot be placed on a time axis` };
  const base = { text, ...qualified, hasTime: false };

  if (yearX > 0) {
    // 201X: 2010 to 2019; for negative years the unspecified digits widen towards the past.
    const span = 10 ** yearX;
    const first = year < 0 ? year - span + 1 : year;
    return { ...base, precision: 'year', unspecified: true, year, start: utc(first, 1, 1), end: utc(first + span, 1, 1) };
  }
  if (monthText === undefined) {
    return { ...base, precision: 'year', unspecified: false, year, start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
  }
  if (monthText === 'XX') {
    return { ...base, precision: 'year', unspecified: true, year, start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
  }
  const month = Number(monthText);
  if (month >= 21 && month <= 24) {
    if (dayText !== undefined) return { error: `"${quoted(text)}": a season (21–24) cannot have a day` };
    const [first, months] = SEASON_MONTHS[month]!;
    return {
      ...base, precision: 'season', unspecified: false, year, season: month,
      start: utc(year, first, 1), end: utc(year, first + months, 1),
    };
  }
  if (month < 1 || month > 12) {
    return { error: `"${quoted(text)}": month ${monthText} does not exist; expected 01–12, or 21–24 for a season` };
  }
  if (dayText === undefined) {
    return { ...base, precision: 'month', unspecified: false, year, month, start: utc(year, month, 1), end: utc(year, month + 1, 1) };
  }
  if (dayText === 'XX') {
    return { ...base, precision: 'month', unspecified: true, year, month, start: utc(year, month, 1), end: utc(year, month + 1, 1) };
  }
  const day = Number(dayText);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { error: `"${quoted(text)}": day ${dayText} does not exist in that month, which has ${last} days` };
  return {
    ...base, precision: 'day', unspecified: false, year, month, day,
    start: utc(year, month, day), end: utc(year, month, day + 1),
  };
}

function parseDateTime(text: string): DatePoint | { error: string } {
  if (/[~?%]$/.test(text)) return { error: `"${quoted(text)}": ~, ? and % qualify dates, not date-times; drop the time or the qualifier` };
  const m = DATE_TIME.exec(text);
  if (!m) {
    return { error: `"${quoted(text)}" is not an EDTF date-time: expected "2024-12-16T14:00Z", "2024-12-16T14:00:00" or "2024-12-16T14:00+03:00"` };
  }
  const [, y, mo, d, h, mi, s, zulu, sign, offsetHours, offsetMins] = m;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s ?? 0);
  if (month < 1 || month > 12) return { error: `"${quoted(text)}": month ${mo} does not exist; expected 01–12` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { error: `"${quoted(text)}": day ${d} does not exist in that month, which has ${last} days` };
  if (hour > 23 || minute > 59 || second > 59) return { error: `"${quoted(text)}": ${h}:${mi}${s ? ':' + s : ''} is not a time of day` };
  let offsetMinutes = 0;
  if (sign && !zulu) {
    const oh = Number(offsetHours), om = Number(offsetMins ?? 0);
    if (oh > (sign === '-' ? 12 : 14) || om > 59) {
      return { error: `"${quoted(text)}": the time-zone offset is out of range; expected −12:00 to +14:00` };
    }
    offsetMinutes = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const start = utc(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
  const precision: Precision = s === undefined ? 'minute' : 'second';
  return {
    text, precision, start, end: start + (precision === 'minute' ? 60_000 : 1000),
    approximate: false, uncertain: false, unspecified: false, hasTime: true, year, month, day,
    ...(sign && !zulu ? { offset: offsetMinutes } : {}),
  };
}

/**
 * Milliseconds at a UTC calendar time in the proleptic Gregorian calendar, as `Date` counts them; months past 12
 * and days past a month's end roll over. Arithmetic rather than `Date` (H. Hinnant's days-from-civil): it is
 * called for every date of a story, and exact for years 0–99 and below, which `Date.UTC` maps to 1900–1999.
 */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const y = year + Math.floor((month - 1) / 12) - (((month - 1) % 12 + 12) % 12 < 2 ? 1 : 0);
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date as written, cut short for a message: a 10,000-character string is not worth repeating. */
function quoted(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * An instant as an EDTF date-time to the second in UTC (`2024-12-09T00:00:00Z`), for writing a window back into
 * `start`/`end`; undefined for years outside 0–9999, which EDTF writes in another form.
 */
export function formatInstant(ms: number): string | undefined {
  const date = new Date(Math.round(ms / 1000) * 1000);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return undefined;
  return `${String(year).padStart(4, '0')}${date.toISOString().slice(-20, -5)}Z`;
}

/** Whether an interval side or single date is a real date rather than an open or unknown bound. */
export function isDatePoint(bound: DatePoint | OpenBound): bound is DatePoint {
  return typeof bound !== 'string';
}

/** A date's first known instant: its start, or for an open start ("by 2023") its end. NaN when neither is known. */
export function firstInstant(when: When): number {
  return Number.isNaN(when.min) ? when.max : when.min;
}

/** A date's last known instant: its end, or for an open end ("2024-12/..") its start. */
export function lastInstant(when: When): number {
  return Number.isNaN(when.max) ? when.min : when.max;
}

/**
 * Where a date sorts in time: its earliest instant, or for an open or unknown start the start of its end's
 * period ("by 2023" sorts with 2023, before January 2024).
 */
export function whenSortKey(when: When): number {
  if (!Number.isNaN(when.min)) return when.min;
  return isDatePoint(when.end) ? when.end.start : NaN;
}
