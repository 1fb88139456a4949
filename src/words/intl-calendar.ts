import type { CalendarDate, CalendarDivisions } from './calendar-divisions.js';

const DAY = 86_400_000;

/**
 * The divisions of a calendar other than the Gregorian, read from Intl: the day, month and year of each day, and
 * from them where months and years start. Undefined for a calendar this browser does not know.
 */
export function intlCalendar(calendar: string): CalendarDivisions | undefined {
  let format: Intl.DateTimeFormat;
  try {
    // Latin digits and English only to read the numbers back; no reader sees this format.
    format = new Intl.DateTimeFormat('en', { calendar, numberingSystem: 'latn', timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  } catch {
    return undefined;
  }
  if (format.resolvedOptions().calendar !== calendar) return undefined;
  // The axis asks for the same days on every zoom frame: each is read from Intl once (about 3 µs a day).
  const known = new Map<number, CalendarDate>();
  const fields = (ms: number): CalendarDate => {
    const day = Math.floor(ms / DAY);
    let date = known.get(day);
    if (!date) {
      if (known.size > 20_000) known.clear();
      const parts = format.formatToParts(day * DAY);
      const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      // A year before an era's start ("1 BC") does not occur in the stories' calendars; relatedYear is for
      // calendars that name their years (Chinese), which are not offered.
      known.set(day, (date = { year: part('year'), month: part('month'), day: part('day') }));
    }
    return date;
  };
  /** The first day of the month holding `ms`. */
  const monthStart = (ms: number) => (Math.floor(ms / DAY) - fields(ms).day + 1) * DAY;
  /** The first day of the month after the one starting at `start`: 28 days on, then the day that is a first. */
  const nextMonth = (start: number) => {
    let at = start + 28 * DAY;
    while (fields(at).day !== 1) at += DAY;
    return at;
  };
  return {
    id: calendar,
    fields,
    monthStarts(start, end) {
      const found: number[] = [];
      for (let at = monthStart(start); at <= end; at = nextMonth(at)) if (at >= start) found.push(at);
      return found;
    },
    yearStarts(start, end) {
      const found: number[] = [];
      // From the year's first month, eleven months on, then month by month to the next first month.
      let at = monthStart(start);
      while (fields(at).month !== 1) at = monthStart(at - DAY);
      for (; at <= end; ) {
        if (at >= start) found.push(at);
        const year = fields(at).year;
        at += 11 * 29 * DAY;
        while (fields(at).year === year) at = nextMonth(monthStart(at));
        at = monthStart(at);
      }
      return found;
    },
  };
}
