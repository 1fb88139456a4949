import { utcMonth, utcYear } from 'd3-time';
import type { CalendarDivisions } from './calendar-divisions.js';
import { loadCalendars } from './load-calendars.js';

export type { CalendarDate, CalendarDivisions } from './calendar-divisions.js';

/** The Gregorian calendar, by the Date object's arithmetic (d3-time's UTC intervals). */
const gregorian: CalendarDivisions = {
  id: 'gregory',
  fields(ms) {
    const date = new Date(ms);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  },
  monthStarts: (start, end) => utcMonth.range(new Date(start), new Date(end + 1)).map(Number),
  yearStarts: (start, end) => utcYear.range(new Date(start), new Date(end + 1)).map(Number),
};

const made = new Map<string, CalendarDivisions>([['gregory', gregorian]]);
/** Reads another calendar from Intl; in a file of its own (src/words/intl-calendar.ts), loaded when one is asked for. */
let readIntl: ((calendar: string) => CalendarDivisions | undefined) | undefined;
let loading: Promise<void> | undefined;

/**
 * The divisions of `calendar` (an Intl calendar name). Another than the Gregorian needs `calendarsReady` first;
 * the Gregorian stands in until then, and for a calendar this browser does not know.
 */
export function calendarDivisions(calendar: string): CalendarDivisions {
  let divisions = made.get(calendar);
  if (!divisions && readIntl) made.set(calendar, (divisions = readIntl(calendar) ?? gregorian));
  return divisions ?? gregorian;
}

/**
 * Undefined when `calendar` can be divided now; else the promise of the code that divides it, loaded once (a page
 * in the Gregorian calendar never loads it). A failed load leaves the Gregorian standing in, and says so.
 */
export function calendarsReady(calendar: string): Promise<void> | undefined {
  if (made.has(calendar) || readIntl) return undefined;
  return (loading ??= loadCalendars().then(
    (module) => { readIntl = module.intlCalendar; },
    (error: unknown) => {
      readIntl = () => undefined;
      console.warn(`<drawdown-timeline>: drawdown-timeline-calendars.min.js, beside drawdown-timeline.min.js, could not be loaded: dates are Gregorian, not ${calendar}.`, error);
    },
  ));
}
