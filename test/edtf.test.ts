import { expect } from 'chai';
import { isDatePoint, parseWhen } from '../src/model/edtf.js';
import type { DatePoint, OpenBound, Precision, When } from '../src/model/types.js';

/**
 * Table-driven tests of the EDTF (ISO 8601-2 level 0/1) reader: every accepted form with the exact period it names,
 * and every rejected form with what its message must say.
 */

/** ms at a UTC calendar time for any year: Date.UTC maps years 0–99 to 1900–1999, setUTCFullYear does not. */
function at(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function show(ms: number): string {
  return Number.isNaN(ms) ? 'NaN' : `${ms} (${new Date(ms).toISOString()})`;
}

function expectMs(actual: number, expected: number, what: string): void {
  if (Number.isNaN(expected)) expect(actual, `${what}: expected NaN, got ${show(actual)}`).to.be.NaN;
  else expect(actual, `${what}: expected ${show(expected)}, got ${show(actual)}`).to.equal(expected);
}

/** What one side (or the single date) must be; flags left out must be false, calendar fields left out absent. */
interface PointCase {
  readonly precision: Precision;
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month?: number;
  readonly season?: number;
  readonly day?: number;
  readonly approximate?: boolean;
  readonly uncertain?: boolean;
  readonly unspecified?: boolean;
  readonly hasTime?: boolean;
}

interface AcceptCase {
  readonly text: string;
  readonly says: string;
  readonly min: number;
  readonly max: number;
  /** For a single date: the date. For an interval: its start side. */
  readonly start: PointCase | OpenBound;
  /** Only for intervals. */
  readonly end?: PointCase | OpenBound;
}

const day = (y: number, m: number, d: number, extra: Partial<PointCase> = {}): PointCase => ({
  precision: 'day', start: at(y, m, d), end: at(y, m, d + 1), year: y, month: m, day: d, ...extra,
});
const month = (y: number, m: number, extra: Partial<PointCase> = {}): PointCase => ({
  precision: 'month', start: at(y, m, 1), end: at(y, m + 1, 1), year: y, month: m, ...extra,
});
const year = (y: number, extra: Partial<PointCase> = {}): PointCase => ({
  precision: 'year', start: at(y, 1, 1), end: at(y + 1, 1, 1), year: y, ...extra,
});
const single = (text: string, says: string, point: PointCase): AcceptCase => ({
  text, says, min: point.start, max: point.end, start: point,
});

const accepted: readonly AcceptCase[] = [
  single('2024', 'the year 2024', year(2024)),
  single('2024-12', 'December 2024', month(2024, 12)),
  single('2024-12-16', '16 December 2024', day(2024, 12, 16)),
  single('2024-02-29', '29 February of the leap year 2024', {
    precision: 'day', start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 1), year: 2024, month: 2, day: 29,
  }),
  single('2000-02-29', '29 February 2000 (divisible by 400, so a leap year)', {
    precision: 'day', start: Date.UTC(2000, 1, 29), end: Date.UTC(2000, 2, 1), year: 2000, month: 2, day: 29,
  }),
  single('2024-12-16T14:00Z', 'the minute 14:00 UTC', {
    precision: 'minute', start: Date.UTC(2024, 11, 16, 14, 0), end: Date.UTC(2024, 11, 16, 14, 1),
    year: 2024, month: 12, day: 16, hasTime: true,
  }),
  single('2024-12-16T14:00:05Z', 'the second 14:00:05 UTC', {
    precision: 'second', start: Date.UTC(2024, 11, 16, 14, 0, 5), end: Date.UTC(2024, 11, 16, 14, 0, 6),
    year: 2024, month: 12, day: 16, hasTime: true,
  }),
  single('2024-12-16T14:00+03:00', '14:00 at UTC+3, which is 11:00 UTC', {
    precision: 'minute', start: Date.UTC(2024, 11, 16, 11, 0), end: Date.UTC(2024, 11, 16, 11, 1),
    year: 2024, month: 12, day: 16, hasTime: true,
  }),
  single('2024-12-16T14:00-0530', '14:00 at UTC−5:30 (basic offset), which is 19:30 UTC', {
    precision: 'minute', start: Date.UTC(2024, 11, 16, 19, 30), end: Date.UTC(2024, 11, 16, 19, 31),
    year: 2024, month: 12, day: 16, hasTime: true,
  }),
  single('2024-12-16T14:00:00', '14:00:00 with no zone, read as UTC', {
    precision: 'second', start: Date.UTC(2024, 11, 16, 14, 0, 0), end: Date.UTC(2024, 11, 16, 14, 0, 1),
    year: 2024, month: 12, day: 16, hasTime: true,
  }),
  single('2024-12~', 'approximate December 2024', month(2024, 12, { approximate: true })),
  single('2024-12?', 'uncertain December 2024', month(2024, 12, { uncertain: true })),
  single('2024-12%', 'approximate and uncertain December 2024', month(2024, 12, { approximate: true, uncertain: true })),
  single('2024-12-16~', 'approximate 16 December 2024', day(2024, 12, 16, { approximate: true })),
  single('2024~', 'approximate 2024', year(2024, { approximate: true })),
  {
    text: '2024-12-15/2024-12-16', says: 'the interval from 15 to 16 December 2024 inclusive',
    min: Date.UTC(2024, 11, 15), max: Date.UTC(2024, 11, 17),
    start: day(2024, 12, 15), end: day(2024, 12, 16),
  },
  {
    text: '2024-12-15~/2025-01?', says: 'an interval from about 15 December 2024 to an uncertain January 2025',
    min: Date.UTC(2024, 11, 15), max: Date.UTC(2025, 1, 1),
    start: day(2024, 12, 15, { approximate: true }), end: month(2025, 1, { uncertain: true }),
  },
  {
    text: '../2025-01-17', says: 'an interval open at the start, ending 17 January 2025 ("by")',
    min: NaN, max: Date.UTC(2025, 0, 18), start: 'open', end: day(2025, 1, 17),
  },
  {
    text: '2024-12-17/..', says: 'an interval from 17 December 2024, open at the end ("ongoing")',
    min: Date.UTC(2024, 11, 17), max: NaN, start: day(2024, 12, 17), end: 'open',
  },
  {
    text: '/2025', says: 'an interval with an unknown start, ending in 2025',
    min: NaN, max: Date.UTC(2026, 0, 1), start: 'unknown', end: year(2025),
  },
  {
    text: '2024/', says: 'an interval from 2024 with an unknown end',
    min: Date.UTC(2024, 0, 1), max: NaN, start: year(2024), end: 'unknown',
  },
  {
    text: '2024-12-16/2024-12-16', says: 'an interval of one day (start and end the same day)',
    min: Date.UTC(2024, 11, 16), max: Date.UTC(2024, 11, 17), start: day(2024, 12, 16), end: day(2024, 12, 16),
  },
  single('201X', 'some year of the 2010s, unspecified', {
    precision: 'year', start: Date.UTC(2010, 0, 1), end: Date.UTC(2020, 0, 1), year: 2010, unspecified: true,
  }),
  single('20XX', 'some year of 2000–2099, unspecified', {
    precision: 'year', start: Date.UTC(2000, 0, 1), end: Date.UTC(2100, 0, 1), year: 2000, unspecified: true,
  }),
  single('2024-XX', 'some month of 2024, unspecified', {
    precision: 'year', start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), year: 2024, unspecified: true,
  }),
  single('2024-12-XX', 'some day of December 2024, unspecified', {
    precision: 'month', start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 0, 1), year: 2024, month: 12, unspecified: true,
  }),
  single('2024-21', 'spring 2024 (March to May)', {
    precision: 'season', start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 5, 1), year: 2024, season: 21,
  }),
  single('2024-22', 'summer 2024 (June to August)', {
    precision: 'season', start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 8, 1), year: 2024, season: 22,
  }),
  single('2024-23', 'autumn 2024 (September to November)', {
    precision: 'season', start: Date.UTC(2024, 8, 1), end: Date.UTC(2024, 11, 1), year: 2024, season: 23,
  }),
  single('2024-24', 'winter 2024 (December 2024 to February 2025)', {
    precision: 'season', start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 2, 1), year: 2024, season: 24,
  }),
  single('2024-22~', 'approximate summer 2024', {
    precision: 'season', start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 8, 1), year: 2024, season: 22, approximate: true,
  }),
  single('Y-12000', 'the year 12000 BCE-ish (astronomical −12000), a long year', {
    precision: 'year', start: at(-12000), end: at(-11999), year: -12000,
  }),
  single('Y12345', 'the year 12345, a long year', {
    precision: 'year', start: at(12345), end: at(12346), year: 12345,
  }),
  single('-0044', 'the astronomical year −44', {
    precision: 'year', start: at(-44), end: at(-43), year: -44,
  }),
  single('0044-03-15', '15 March of the year 44 (not 1944)', {
    precision: 'day', start: at(44, 3, 15), end: at(44, 3, 16), year: 44, month: 3, day: 15,
  }),
  single('0000', 'the year 0 (1 BCE), not 1900', {
    precision: 'year', start: at(0), end: at(1), year: 0,
  }),
];

function expectPoint(actual: DatePoint | OpenBound, expected: PointCase | OpenBound, what: string): void {
  if (typeof expected === 'string') {
    expect(actual, what).to.equal(expected);
    return;
  }
  expect(isDatePoint(actual), `${what} is a date`).to.equal(true);
  const point = actual as DatePoint;
  expect(point.precision, `${what}.precision`).to.equal(expected.precision);
  expectMs(point.start, expected.start, `${what}.start`);
  expectMs(point.end, expected.end, `${what}.end`);
  expect(point.approximate, `${what}.approximate`).to.equal(expected.approximate ?? false);
  expect(point.uncertain, `${what}.uncertain`).to.equal(expected.uncertain ?? false);
  expect(point.unspecified, `${what}.unspecified`).to.equal(expected.unspecified ?? false);
  expect(point.hasTime, `${what}.hasTime`).to.equal(expected.hasTime ?? false);
  expect(point.year, `${what}.year`).to.equal(expected.year);
  expect(point.month, `${what}.month`).to.equal(expected.month);
  expect(point.season, `${what}.season`).to.equal(expected.season);
  expect(point.day, `${what}.day`).to.equal(expected.day);
}

function parsed(text: string): When {
  const result = parseWhen(text);
  if ('error' in result) throw new Error(`parseWhen(${JSON.stringify(text)}) failed: ${result.error}`);
  return result.when;
}

describe('parseWhen: accepted forms', () => {
  for (const c of accepted) {
    it(`parseWhen('${c.text}') is ${c.says}`, () => {
      const when = parsed(c.text);
      expect(when.text).to.equal(c.text);
      expectMs(when.min, c.min, 'min');
      expectMs(when.max, c.max, 'max');
      if (c.end === undefined) {
        expect(when.interval, 'interval').to.equal(false);
        expectPoint(when.start, c.start, 'start');
        expect(when.end, 'a single date is both start and end').to.equal(when.start);
        expect((when.start as DatePoint).text).to.equal(c.text);
      } else {
        expect(when.interval, 'interval').to.equal(true);
        expectPoint(when.start, c.start, 'start');
        expectPoint(when.end, c.end, 'end');
        const [startText, endText] = c.text.split('/');
        if (isDatePoint(when.start)) expect(when.start.text).to.equal(startText);
        if (isDatePoint(when.end)) expect(when.end.text).to.equal(endText);
      }
    });
  }
});

describe('parseWhen: open and unknown sides', () => {
  it("parseWhen('../2025-01-17') has NaN min and a real max", () => {
    const when = parsed('../2025-01-17');
    expect(when.min).to.be.NaN;
    expect(Number.isFinite(when.max)).to.equal(true);
    expect(isDatePoint(when.start)).to.equal(false);
  });
  it("parseWhen('2024-12-17/..') has a real min and NaN max", () => {
    const when = parsed('2024-12-17/..');
    expect(Number.isFinite(when.min)).to.equal(true);
    expect(when.max).to.be.NaN;
    expect(isDatePoint(when.end)).to.equal(false);
  });
  it("parseWhen('/2025') and parseWhen('2024/') tell unknown apart from open", () => {
    expect(parsed('/2025').start).to.equal('unknown');
    expect(parsed('2024/').end).to.equal('unknown');
    expect(parsed('../2025').start).to.equal('open');
    expect(parsed('2024/..').end).to.equal('open');
  });
  it("parseWhen('2024-12-16') gives the very same object as start and end", () => {
    const when = parsed('2024-12-16');
    expect(when.start).to.equal(when.end);
    expect(when.start === when.end).to.equal(true);
  });
  it('an interval side qualifier stays on its own side', () => {
    const when = parsed('2024-12-15~/2025-01?');
    const start = when.start as DatePoint;
    const end = when.end as DatePoint;
    expect([start.approximate, start.uncertain]).to.deep.equal([true, false]);
    expect([end.approximate, end.uncertain]).to.deep.equal([false, true]);
  });
  it('gives intervals that share an end the very same object for it, and the same error for a bad end', () => {
    const [a, b] = [parsed('2024-12-01/2024-12-16'), parsed('2024-11-20/2024-12-16')];
    expect(a.end === b.end).to.equal(true);
    expect(a.start === b.start).to.equal(false);
    // A bad end is said of each interval that has it, with that interval's side named.
    const [c, d] = [parseWhen('2024/2025-13'), parseWhen('../2025-13')];
    expect('error' in c && c.error).to.match(/interval's end is not a date: .*month 13/);
    expect('error' in d && d.error).to.match(/interval's end is not a date: .*month 13/);
  });
  it('does not depend on the order of parsing (no shared state)', () => {
    const first = parsed('2024-12');
    parsed('1900');
    const again = parsed('2024-12');
    expect(again.min).to.equal(first.min);
    expect(again.max).to.equal(first.max);
  });
});

interface RejectCase {
  readonly text: string;
  readonly why: string;
  /** Each must appear in the message: a string (case-insensitive) or a pattern. */
  readonly mentions: readonly (string | RegExp)[];
}

const rejected: readonly RejectCase[] = [
  { text: '', why: 'it is empty', mentions: ['EDTF'] },
  { text: ' 2024', why: 'it has a leading space', mentions: [/space/i] },
  { text: '2024 ', why: 'it has a trailing space', mentions: [/space/i] },
  { text: 'Dec 2024', why: 'it is English, not EDTF', mentions: ['Dec 2024', 'EDTF'] },
  { text: '24-12-16', why: 'the year has two digits', mentions: ['24-12-16'] },
  { text: '2024-1-5', why: 'month and day need two digits', mentions: ['2024-1-5'] },
  { text: '2024-13', why: 'there is no month 13', mentions: ['month 13', '01–12'] },
  { text: '2024-00', why: 'there is no month 00', mentions: ['month 00'] },
  { text: '2024-12-32', why: 'December has 31 days', mentions: ['day 32', '31 days'] },
  { text: '2023-02-29', why: '2023 is not a leap year', mentions: ['day 29', '28 days'] },
  { text: '1900-02-29', why: '1900 is divisible by 100 but not 400, so not a leap year', mentions: ['day 29', '28 days'] },
  { text: '2024-04-31', why: 'April has 30 days', mentions: ['day 31', '30 days'] },
  { text: '2024-12-16T24:00Z', why: 'there is no hour 24', mentions: ['24:00', 'time of day'] },
  { text: '2024-12-16T14:60Z', why: 'there is no minute 60', mentions: ['14:60', 'time of day'] },
  { text: '2024-12-16T14:00:60Z', why: 'there is no second 60', mentions: ['14:00:60', 'time of day'] },
  { text: '2024-12-16T14:00Z~', why: 'a qualifier cannot follow a time', mentions: ['date-time', 'qualif'] },
  { text: '2024-12-16T14:00+15:00', why: 'no time zone is 15 hours ahead', mentions: ['offset'] },
  { text: '2024-13-01T14:00Z', why: 'a date-time needs a real month', mentions: ['month 13'] },
  { text: '../..', why: 'an interval needs a date on at least one side', mentions: ['at least one side'] },
  { text: '/', why: 'both sides are unknown', mentions: ['at least one side'] },
  { text: '../', why: 'one side open, the other unknown', mentions: ['at least one side'] },
  { text: '2025/2024', why: 'it ends before it starts', mentions: ['before it starts', '2025', '2024'] },
  { text: '2024-12-16/2024-12-15', why: 'it ends the day before it starts', mentions: ['before it starts', '2024-12-15', '2024-12-16'] },
  { text: '2024/2025/2026', why: 'an interval has one "/"', mentions: ['one "/"'] },
  { text: '2024-13/2025', why: 'its start is not a date', mentions: ['start', 'month 13'] },
  { text: '2024/2025-13', why: 'its end is not a date', mentions: ['end', 'month 13'] },
  { text: '2024-XX-12', why: 'a day cannot follow an unspecified month', mentions: ['unspecified month'] },
  { text: '201X-05', why: 'a month cannot follow an unspecified year', mentions: ['unspecified digits', 'month'] },
  { text: '2024-21-05', why: 'a season has no days', mentions: ['season', 'day'] },
  { text: '2024-12-16~?', why: 'only one qualifier is allowed', mentions: ['2024-12-16~?'] },
  { text: 'Y123', why: 'a Y-year needs more than four digits', mentions: ['Y123'] },
  { text: '2024-12-16 14:00', why: 'date and time are joined by T, not a space', mentions: ['2024-12-16 14:00'] },
  { text: '2024-12-16t14:00Z', why: 'the time separator is an upper-case T', mentions: ['2024-12-16t14:00Z'] },
  { text: '2024-25', why: 'there is no season 25', mentions: ['month 25'] },
];

describe('parseWhen: rejected forms', () => {
  for (const c of rejected) {
    it(`parseWhen(${JSON.stringify(c.text)}) is an error because ${c.why}`, () => {
      const result = parseWhen(c.text);
      expect('error' in result, `expected an error, got ${JSON.stringify(result)}`).to.equal(true);
      expect('when' in result).to.equal(false);
      const message = (result as { error: string }).error;
      expect(message).to.be.a('string');
      expect(message.trim().length).to.be.greaterThan(10);
      for (const wanted of c.mentions) {
        if (typeof wanted === 'string') {
          expect(message.toLowerCase(), `message ${JSON.stringify(message)}`).to.include(wanted.toLowerCase());
        } else {
          expect(message, `message ${JSON.stringify(message)}`).to.match(wanted);
        }
      }
    });
  }
});

describe('parseWhen: limits', () => {
  it('accepts offsets from −12:00 to +14:00, the ones in use, and no further', () => {
    expect('when' in parseWhen('2024-12-16T14:00-12:00')).to.equal(true);
    expect('when' in parseWhen('2024-12-16T14:00+14:00')).to.equal(true);
    const west = parseWhen('2024-12-16T14:00-13:00');
    expect('error' in west && west.error).to.include('−12:00 to +14:00');
  });
  it('quotes at most 40 characters of a bad date in its message', () => {
    const result = parseWhen(`2024-12-16${'x'.repeat(10_000)}`);
    expect('error' in result).to.equal(true);
    if ('error' in result) {
      expect(result.error.length).to.be.below(300);
      expect(result.error).to.include('2024-12-16xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…');
    }
  });
});
