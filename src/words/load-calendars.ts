export type IntlCalendarModule = typeof import('./intl-calendar.js');

/**
 * Loads the code that divides calendars other than the Gregorian, the first time a page asks for one. The
 * single-file build replaces this module with one that loads it from the file built beside it,
 * `drawdown-timeline-calendars.min.js` (see scripts/chunks-beside-script.mjs).
 */
export function loadCalendars(): Promise<IntlCalendarModule> {
  return import('./intl-calendar.js');
}
