/**
 * How a calendar divides time into days, months and years, in UTC (the zone dates are read in). The Gregorian one
 * is the Date object's own arithmetic; any other (the Hijri calendars, the Solar Hijri) is read from Intl, since
 * their months follow the moon or the sun and no arithmetic rule (Umm al-Qura is a table) gives them.
 */
export interface CalendarDivisions {
  /** Intl's name: `gregory`, `islamic-umalqura`, `persian`… */
  readonly id: string;
  /** The year, month (1 to 12, or 13) and day of month of the UTC day holding `ms`. */
  fields(ms: number): CalendarDate;
  /** The first instants (UTC midnights) of the months that begin in [start, end], in order. */
  monthStarts(start: number, end: number): number[];
  /** The same for years. */
  yearStarts(start: number, end: number): number[];
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}
