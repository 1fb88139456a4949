import { isDatePoint } from '../model/edtf.js';
import { isPercentUnit } from '../model/percent-unit.js';
import type { Amount, DatePoint, Precision, When } from '../model/types.js';
import { calendarDivisions, type CalendarDivisions } from './calendar.js';
import { fill, type Messages, type PluralForms } from './messages.js';

/**
 * Writes dates and amounts out in words for one locale: the date "as the data states it", uncertainty included
 * ("c. December 2024", "by 17 January 2025"). All calendar wording comes from Intl in UTC, the zone in which
 * dates are parsed.
 */
export interface Formatter {
  readonly locale: string;
  /** The calendar dates are written in (the locale's `-u-ca-`), whose months and years the axis ticks fall on. */
  readonly calendar: CalendarDivisions;
  /** The calendar written beside each date by `when`, if any. */
  readonly beside?: string;
  /** A whole `When`, with its qualifiers and open ends in words. */
  when(when: When): string;
  /** One instant at a precision, for axis ticks and series points. */
  instant(ms: number, precision: Precision): string;
  /**
   * An axis tick's label, for ticks a `level` apart: a year ("2025"), a month ("Dec"), a day ("Dec 8") or a time
   * ("02:00 PM"). `context` adds what the ticks before do not say: `year` the year ("Dec 2024", "Dec 8, 2024"),
   * `date` the day before a time ("Dec 8, 02:00 PM"), `full` both. A month tick that starts a year is the year
   * ("2025"), unless `full` ("Jan 2025").
   */
  tick(ms: number, level: TickLevel, context?: 'year' | 'date' | 'full'): string;
  /** A calendar stretch [start, end) in ms, at the precision its length calls for: "9–15 December 2024". */
  span(start: number, end: number): string;
  /** A count of events in words, with the language's plural form: "1 event", "37 events". */
  events(count: number): string;
  /** A count in words, in the plural form the language uses for it: `forms` by `Intl.PluralRules` category,
   * each with a `{count}` slot. */
  count(forms: PluralForms, count: number): string;
  number(value: number): string;
  /** A row's or a footnote's number: a whole number without grouping ("1000"), in the locale's digits. */
  ref(value: number): string;
  /** The digits the locale writes with (`latn`, `arab`…), for what Intl does not write (list markers). */
  readonly numberingSystem: string;
  amount(amount: AmountToWrite): string;
  /** Builds the Intl formats dates and ticks use, ahead of need: building one takes about a millisecond, and the
   * first drawing should not wait for a dozen of them. */
  prepare(): void;
}

/** An amount with its unit already in the reader's language (`''`: a bare number, as beside a series' dot). */
export interface AmountToWrite extends Pick<Amount, 'value' | 'approx' | 'min' | 'max'> {
  readonly unit: string;
}

const PRECISION_FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  season: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  second: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' },
};

/** A date with nothing to say about it but its period: it can join a compact Intl range. */
function isPlain(point: DatePoint): boolean {
  return !point.approximate && !point.uncertain && !point.unspecified && point.precision !== 'season' && point.offset === undefined;
}

/** 0001-01-01T00:00Z: a date before it is written with its era ("44 BC"), which Intl leaves out and which turns
 * 44 BC into AD 44, and year 0 (1 BC) into 1. */
const YEAR_ONE = -62_135_596_800_000;

/** An offset from UTC as a zone's name: `UTC+14:00`, `UTC-03:30`. */
function offsetName(minutes: number): string {
  const size = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}

/** How far apart axis ticks are: a year or more, a month or more, a day or more, or less. */
export type TickLevel = 'year' | 'month' | 'day' | 'time';
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short' };
const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
/** Tick formats by level and what they add: plain, with the year, with the day, with both. */
const TICK_FORMATS: Record<string, Intl.DateTimeFormatOptions> = {
  year: YEAR, month: MONTH, 'month year': { ...MONTH, ...YEAR }, day: DAY, 'day year': { ...DAY, ...YEAR },
  time: TIME, 'time date': { ...DAY, ...TIME }, 'time full': { ...DAY, ...YEAR, ...TIME },
};

/**
 * Creates a formatter; Intl objects are built once per precision, since building them is the slow part. The
 * calendar is the locale's (`ar-u-ca-islamic-umalqura`); `beside`, another calendar, is written after each date.
 */
export function createFormatter(locale: string, messages: Messages, beside?: string): Formatter {
  const calendarName = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
  // How dates are worded follows the calendar's name (Intl does the rest); its divisions, which only the axis
  // needs, may still be on their way (the Gregorian stands in until then).
  const calendar = calendarDivisions(calendarName);
  const gregorian = calendarName === 'gregory';
  const other = beside && beside !== calendarName
    ? createFormatter(new Intl.Locale(locale, { calendar: beside }).toString(), messages) : undefined;
  const formats = new Map<string, Intl.DateTimeFormat>();
  /** A format of `options`, built once; `era` says the era (for dates before year 1), `zoneless` leaves out the
   * zone's name (a time written with an offset says its own). */
  const formatOf = (key: string, options: Intl.DateTimeFormatOptions, era: boolean, zoneless = false) => {
    const id = `${key}${era ? ' era' : ''}${zoneless ? ' zoneless' : ''}`;
    let format = formats.get(id);
    if (!format) {
      const { timeZoneName, ...rest } = options;
      format = new Intl.DateTimeFormat(locale, { ...rest, ...(zoneless ? {} : { timeZoneName }), ...(era ? { era: 'short' } : {}), timeZone: 'UTC' });
      formats.set(id, format);
    }
    return format;
  };
  const dateFormat = (precision: Precision, era = false, zoneless = false) => formatOf(precision, PRECISION_FORMATS[precision], era, zoneless);
  const tickFormat = (level: string, era = false) => formatOf(`tick ${level}`, TICK_FORMATS[level]!, era);
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const refFormat = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  const refs: string[] = [];
  // A share is written as the locale writes percentages: "10%", "١٠٪".
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(locale);

  /** The format of a period of `precision`. The data's months, seasons and years are Gregorian: another calendar
   * says them as the days (or months) they cover, since December 2024 is not one Hijri month but parts of two. */
  const periodFormat = (precision: Precision, era: boolean) => dateFormat(gregorian ? precision
    : precision === 'year' ? 'month' : precision === 'month' || precision === 'season' ? 'day' : precision, era);

  /** The period a date names, before qualifiers: "December 2024", "spring 2024", "2010 – 2019", "44 BC",
   * "June 16, 2024 at 01:00 AM UTC+14:00" (a time in the offset it was written with). */
  const period = (point: DatePoint): string => {
    const era = point.start < YEAR_ONE;
    if (point.offset !== undefined) {
      return `${dateFormat(point.precision, era, true).format(point.start + point.offset * 60_000)} ${offsetName(point.offset)}`;
    }
    if (!gregorian && (point.precision === 'year' || point.precision === 'month' || point.precision === 'season')) {
      return periodFormat(point.precision, era).formatRange(point.start, point.end - 1);
    }
    if (point.precision === 'season') {
      const name = messages.seasons[(point.season ?? 21) - 21]!;
      return fill(name, { year: dateFormat('year', era).format(point.start) });
    }
    const format = dateFormat(point.precision, era);
    // 201X covers 2010 to 2019: say so with a range rather than a misleading single year.
    if (point.unspecified && point.precision === 'year' && point.end - point.start > 400 * 86_400_000) {
      return format.formatRange(point.start, point.end - 1);
    }
    return format.format(point.start);
  };

  const qualified = (point: DatePoint): string => {
    const date = period(point);
    const template = point.approximate && point.uncertain ? messages.approximateUncertain
      : point.approximate ? messages.approximate
      : point.uncertain ? messages.uncertain
      : point.unspecified ? messages.unspecified
      : '{date}';
    return fill(template, { date });
  };

  // Many events share a date; the wording depends only on its text.
  const worded = new Map<string, string>();
  const wordWhen = (when: When): string => {
    let text = worded.get(when.text);
    if (text === undefined) worded.set(when.text, (text = word(when)));
    return text;
  };

  function word(when: When): string {
    const { start, end } = when;
    if (!when.interval && isDatePoint(start)) return qualified(start);
    if (isDatePoint(start) && isDatePoint(end)) {
      // Intl writes a compact range ("15–16 December 2024") when both ends are plain dates of one precision.
      if (isPlain(start) && isPlain(end) && start.precision === end.precision) {
        return periodFormat(start.precision, start.start < YEAR_ONE).formatRange(start.start, gregorian ? end.start : end.end - 1);
      }
      return fill(messages.range, { start: qualified(start), end: qualified(end) });
    }
    if (isDatePoint(end)) return fill(start === 'open' ? messages.openStart : messages.unknownStart, { end: qualified(end) });
    if (isDatePoint(start)) return fill(end === 'open' ? messages.openEnd : messages.unknownEnd, { start: qualified(start) });
    return when.text;
  }

  return {
    locale,
    calendar,
    beside: other && beside,
    when: other ? (when) => fill(messages.besideCalendar, { date: wordWhen(when), other: other.when(when) }) : wordWhen,
    instant: (ms, precision) => dateFormat(precision, ms < YEAR_ONE).format(ms),
    tick(ms, level, context) {
      // A month tick on the first month of a year is where the year starts: it says which (named in full, it names both).
      const era = ms < YEAR_ONE;
      if (level === 'month' && calendar.fields(ms).month === 1 && context !== 'full') return tickFormat('year', era).format(ms);
      const key = level === 'year' ? 'year'
        : level === 'time' ? (context === 'full' ? 'time full' : context ? 'time date' : 'time')
        : context === 'year' || context === 'full' ? `${level} year` : level;
      return tickFormat(key, era).format(ms);
    },
    span(start, end) {
      const days = (end - start) / 86_400_000;
      const precision: Precision = days >= 365 ? 'year' : days >= 28 ? 'month' : days >= 1 ? 'day' : 'minute';
      return dateFormat(precision, start < YEAR_ONE).formatRange(start, end - 1);
    },
    events(count) {
      return this.count(messages.events, count);
    },
    count(forms, count) {
      return fill(forms[plurals.select(count)] ?? forms.other, { count: numberFormat.format(count) });
    },
    prepare() {
      // Formatting once, not only building, also loads the locale's calendar data.
      for (const precision of Object.keys(PRECISION_FORMATS) as Precision[]) dateFormat(precision).format(0);
      for (const key of Object.keys(TICK_FORMATS)) tickFormat(key).format(0);
    },
    number: (value) => numberFormat.format(value),
    // Numbered labels ask for their numbers on every zoom frame of a phone's overview: each is written once.
    ref: (value) => (refs[value] ??= refFormat.format(value)),
    numberingSystem: numberFormat.resolvedOptions().numberingSystem,
    amount(amount) {
      const percent = isPercentUnit(amount.unit);
      const format = percent ? percentFormat : numberFormat, scale = percent ? 0.01 : 1;
      const value = amount.min !== undefined && amount.max !== undefined
        ? format.formatRange(amount.min * scale, amount.max * scale)
        : format.format(amount.value * scale);
      // A count of nothing named is the number alone.
      const text = percent || !amount.unit ? value : `${value} ${amount.unit}`;
      return amount.approx ? fill(messages.approxAmount, { amount: text }) : text;
    },
  };
}
