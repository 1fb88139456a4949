import { expect } from 'chai';
import { layoutTicks } from '../src/layout/axis-ticks.js';
import { createTimeScale } from '../src/layout/time-scale.js';
import { parseWhen } from '../src/model/edtf.js';
import type { When } from '../src/model/types.js';
import { messagesAr } from '../src/words/ar.js';
import { calendarDivisions, calendarsReady } from '../src/words/calendar.js';
import { messagesEn } from '../src/words/en.js';
import { createFormatter } from '../src/words/format-when.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';

// Calendars: the Hijri (Umm al-Qura) months fall where Saudi Arabia's official calendar puts them, the axis ticks
// on them, the dates say the days a Gregorian month covers, and the Gregorian stays the default even for ar-SA.

const utc = (date: string) => Date.parse(`${date}T00:00Z`);
const iso = (list: readonly number[]) => list.map((ms) => new Date(ms).toISOString().slice(0, 10));
const when = (text: string): When => (parseWhen(text) as { when: When }).when;

// The code that divides calendars other than the Gregorian is loaded on demand, as a page asking for one loads it.
before(() => calendarsReady('islamic-umalqura'));

describe('calendarDivisions', () => {
  it('finds the Umm al-Qura months: 1 Jumada II 1446 on 2 December 2024, 1 Ramadan 1446 on 1 March 2025', () => {
    const hijri = calendarDivisions('islamic-umalqura');
    expect(iso(hijri.monthStarts(utc('2024-11-15'), utc('2025-03-15')))).to.deep.equal(['2024-12-02', '2025-01-01', '2025-01-31', '2025-03-01']);
    expect(hijri.fields(utc('2024-12-15'))).to.deep.equal({ year: 1446, month: 6, day: 14 });
    expect(hijri.fields(utc('2024-12-01'))).to.deep.equal({ year: 1446, month: 5, day: 29 });
  });

  it('finds the years: 1 Muharram 1446 on 7 July 2024, 1447 on 26 June 2025', () => {
    expect(iso(calendarDivisions('islamic-umalqura').yearStarts(utc('2024-01-01'), utc('2026-01-01')))).to.deep.equal(['2024-07-07', '2025-06-26']);
    // The Solar Hijri year starts at Nowruz.
    expect(iso(calendarDivisions('persian').yearStarts(utc('2024-01-01'), utc('2026-01-01')))).to.deep.equal(['2024-03-20', '2025-03-21']);
  });

  it('divides the Gregorian calendar by its own arithmetic, and falls back to it for a calendar it does not know', () => {
    const gregorian = calendarDivisions('gregory');
    expect(iso(gregorian.monthStarts(utc('2024-11-15'), utc('2025-02-01')))).to.deep.equal(['2024-12-01', '2025-01-01', '2025-02-01']);
    expect(iso(gregorian.yearStarts(utc('2023-06-01'), utc('2025-01-01')))).to.deep.equal(['2024-01-01', '2025-01-01']);
    expect(calendarDivisions('no-such-calendar').id).to.equal('gregory');
  });
});

describe('a formatter in the Hijri calendar', () => {
  let hijri: ReturnType<typeof createFormatter>;
  before(() => { hijri = createFormatter('ar-u-ca-islamic-umalqura', messagesAr); });

  it('writes a day as its Hijri day, and a Gregorian month as the Hijri days it covers, not as one Hijri month', () => {
    expect(hijri.when(when('2024-12-15'))).to.equal('14 جمادى الآخرة 1446 هـ');
    // December 2024 runs from 29 Jumada I to 29 Jumada II: naming it "Jumada I" (where it starts) would be wrong.
    const december = hijri.when(when('2024-12'));
    expect(december).to.include('29 جمادى الأولى').and.include('30 جمادى الآخرة');
    expect(hijri.when(when('2024-12~'))).to.equal(`نحو ${december}`);
  });

  it('writes a second calendar beside the first when asked', () => {
    const both = createFormatter('en-u-ca-gregory', messagesEn, 'islamic-umalqura');
    expect(both.when(when('2024-12-15'))).to.match(/^December 15, 2024 \(Jumada II 14, 1446 AH\)$/);
    expect(both.beside).to.equal('islamic-umalqura');
  });

  it('ticks the axis on Hijri month starts, each named, and a new Hijri year with its number', () => {
    const scale = createTimeScale([utc('2024-11-01'), utc('2025-08-01')], [20, 980]);
    const ticks = layoutTicks({ scale, width: 1000, formatter: hijri, measure: (text) => text.length * 6 }, 'day');
    const values = ticks.map((tick) => tick.value);
    for (const value of values) expect(hijri.calendar.fields(value).day, new Date(value).toISOString()).to.equal(1);
    // Room for eight labels over nine months: every other month, on the same months each year (Muharram, Rabi I…).
    expect(iso(values)).to.deep.equal(['2024-11-03', '2025-01-01', '2025-03-01', '2025-04-29', '2025-06-26']);
    // Muharram starts 1447 on 26 June 2025: its tick says the year.
    const newYear = ticks.find((tick) => tick.value === utc('2025-06-26'));
    expect(newYear?.label).to.match(/1447/);
    expect(ticks.find((tick) => tick.value === utc('2025-03-01'))?.label).to.equal('رمضان');
  });

  it('ticks days in a window of days, as in the Gregorian calendar, each named in Hijri', () => {
    const scale = createTimeScale([utc('2024-12-14'), utc('2024-12-17')], [20, 980]);
    const ticks = layoutTicks({ scale, width: 1000, formatter: hijri, measure: (text) => text.length * 6 }, 'day');
    expect(iso(ticks.map((tick) => tick.value))).to.deep.equal(['2024-12-14', '2024-12-15', '2024-12-16', '2024-12-17']);
    expect(ticks[1]!.label).to.include('14 جمادى الآخرة');
  });

  it('ticks years on Hijri year starts over a long window', () => {
    const scale = createTimeScale([utc('2000-01-01'), utc('2025-01-01')], [0, 600]);
    const ticks = layoutTicks({ scale, width: 600, formatter: hijri, measure: (text) => text.length * 6 }, 'day');
    expect(ticks.length).to.be.greaterThan(2);
    for (const tick of ticks) expect(hijri.calendar.fields(tick.value)).to.include({ month: 1, day: 1 });
  });
});

describe('the calendar attribute', () => {
  afterEach(cleanup);

  async function axisLabels(attributes: string): Promise<string[]> {
    const element = await mount(`<drawdown-timeline ${attributes} start="2024-11-01" end="2025-04-01"></drawdown-timeline>`, 1000);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story();
    await loaded;
    await element.updateComplete;
    return [...shadow(element).querySelectorAll('[part~="axis"] text')].map((text) => text.textContent ?? '').filter(Boolean);
  }

  it('keeps the Gregorian calendar for ar-SA, whose own calendar may be the Hijri', async () => {
    const labels = await axisLabels('lang="ar-SA" dir="rtl"');
    expect(labels.join(' ')).to.include('ديسمبر');
    expect(labels.join(' ')).not.to.include('جمادى');
  });

  it('calendar="islamic-umalqura" ticks and names the Hijri months', async () => {
    const labels = await axisLabels('lang="ar" dir="rtl" calendar="islamic-umalqura"');
    expect(labels).to.include('رجب');
    expect(labels.join(' ')).not.to.include('ديسمبر');
  });

  it('calendar="gregory islamic-umalqura" writes the Hijri date beside the Gregorian in the details', async () => {
    const element = await mount('<drawdown-timeline lang="en" calendar="gregory islamic-umalqura"></drawdown-timeline>', 1000);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story();
    await loaded;
    element.selected = 'e1';
    await element.updateComplete;
    const details = shadow(element).querySelector('[part~="details"]')!.textContent!;
    expect(details).to.include('December 16, 2024 (Jumada II 15, 1446 AH)');
  });
});
