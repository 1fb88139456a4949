import type { EventKind, EventStatus } from '../model/types.js';
import type { DateForm } from './legend-entries.js';

/**
 * The words the timeline adds around the data, for one language. Dates and numbers come from `Intl`; these are
 * only the connecting phrases, with `{date}`-style slots so each language orders them its own way.
 */
export interface Messages {
  /** `{date}` is already formatted by Intl. */
  readonly approximate: string;
  readonly uncertain: string;
  readonly approximateUncertain: string;
  readonly unspecified: string;
  /** Interval forms; `{start}`/`{end}` are formatted dates (with their own qualifiers). */
  readonly range: string;
  readonly openStart: string;
  readonly unknownStart: string;
  readonly openEnd: string;
  readonly unknownEnd: string;
  /** Spring, summer, autumn, winter: EDTF seasons 21–24; `{year}` slot. */
  readonly seasons: readonly [string, string, string, string];
  readonly kinds: Readonly<Record<EventKind, string>>;
  readonly statuses: Readonly<Record<EventStatus, string>>;
  /** Lane names when lanes are by status (capitalised, where the language has capitals). */
  readonly statusLanes: Readonly<Record<EventStatus, string>>;
  readonly unplacedLane: string;
  /** After the label of an event no source backs. */
  readonly unattributedMark: string;
  /** The same, in an event's accessible name. */
  readonly unattributedWord: string;
  /** The name of the single lane when events are not grouped. */
  readonly allEvents: string;
  readonly approxAmount: string;
  /** An amount and what it is a share or count of: `{amount}` is formatted, `{of}` the data's words. */
  readonly amountOf: string;
  /** A series in words for screen readers: `{title}` and `{points}`, the points joined by semicolons. */
  readonly seriesSummary: string;
  /** One point: `{value}` with its unit, `{date}` in words; a forecast also has `{status}` (expected, planned). */
  readonly seriesPoint: string;
  readonly seriesForecast: string;
  /** The story's "as of" line: `{date}` in words. */
  readonly asOf: string;
  /** A count of events, by plural category (`Intl.PluralRules`); `{count}` slot. `other` is required. */
  readonly events: PluralForms;
  /** How many sources back an event, likewise. */
  readonly sourceCount: PluralForms;
  /** Legend wording for each date form. */
  readonly forms: Readonly<Record<DateForm, string>>;
  /** Headings and phrases of the details panel, the error box and the warnings list. */
  readonly ui: {
    readonly route: string;
    readonly where: string;
    readonly amount: string;
    readonly assets: string;
    readonly units: string;
    /** `{count}` slot. */
    readonly sources: string;
    readonly via: string;
    readonly unattributed: string;
    readonly hint: string;
    readonly loading: string;
    readonly noEvents: string;
    readonly errorTitle: string;
    readonly legend: string;
    /** What a transfer's line width means. */
    readonly transferWidth: string;
    /** A group's heading: `{events}` is a count in words, `{place}` the lane, `{span}` the stretch of time. */
    readonly group: string;
    readonly groupHint: string;
    readonly zoomIn: string;
    readonly zoomOut: string;
    /** Shows the whole story again after zooming. */
    readonly zoomReset: string;
    /** The toolbar's accessible name. */
    readonly controls: string;
    /** Closes a list of a group's events cut short; `{count}` slot. */
    readonly more: string;
    /** The event table: its toggle, its caption, its column heads, and the list of sources under it. */
    readonly table: string;
    readonly tableCaption: string;
    readonly columns: {
      readonly ref: string;
      readonly date: string;
      readonly event: string;
      readonly route: string;
      readonly amount: string;
      readonly status: string;
      readonly sources: string;
    };
    readonly sourceList: string;
    readonly print: string;
    /** The download buttons; `{format}` is SVG or PNG. */
    readonly download: string;
    /** The plot's accessible description (see storySummary): `{start}` and `{end}` dates, `{places}` a count in
     * words, `{series}` a force level's title, `{from}` and `{to}` its first and last values. */
    readonly summary: {
      readonly span: string;
      readonly places: string;
      readonly placeCount: PluralForms;
      readonly fell: string;
      readonly rose: string;
      readonly same: string;
      readonly about: string;
    };
    /** What the plot is, said with its name. */
    readonly timeline: string;
    /** How the keyboard works in the plot, read after the summary. */
    readonly keys: string;
    /** Said once when the reader opens an event's details; `{title}` slot. */
    readonly detailsShown: string;
    /** Shown the first time plain wheel scrolls over the plot; `{key}` is Ctrl or ⌘. */
    readonly wheelHint: string;
  };
}

export const messagesEn: Messages = {
  approximate: 'c. {date}',
  uncertain: '{date} (uncertain)',
  approximateUncertain: 'c. {date} (uncertain)',
  unspecified: '{date} (exact date not given)',
  range: 'from {start} to {end}',
  openStart: 'by {end}',
  unknownStart: 'until {end} (start unknown)',
  openEnd: 'from {start}, ongoing',
  unknownEnd: 'from {start} (end unknown)',
  seasons: ['spring {year}', 'summer {year}', 'autumn {year}', 'winter {year}'],
  kinds: {
    withdrawal: 'Withdrawal',
    transfer: 'Transfer',
    evacuation: 'Evacuation',
    deployment: 'Deployment',
    handover: 'Handover',
    statement: 'Statement',
    other: 'Other',
  },
  statuses: {
    confirmed: 'confirmed',
    reported: 'reported',
    claimed: 'claimed',
    expected: 'expected',
    planned: 'planned',
    denied: 'denied',
  },
  statusLanes: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    claimed: 'Claimed',
    expected: 'Expected',
    planned: 'Planned',
    denied: 'Denied',
  },
  unplacedLane: 'No place given',
  unattributedMark: '(unattributed)',
  unattributedWord: 'Unattributed',
  allEvents: 'All events',
  approxAmount: '~{amount}',
  amountOf: '{amount} of {of}',
  seriesSummary: '{title}: {points}',
  seriesPoint: '{value}, {date}',
  seriesForecast: '{value} ({status}), {date}',
  asOf: 'As of {date}',
  events: { one: '{count} event', other: '{count} events' },
  sourceCount: { one: '{count} source', other: '{count} sources' },
  forms: {
    point: 'exact date',
    span: 'month or year',
    bar: 'interval',
    approximate: 'approximate (~)',
    uncertain: 'uncertain (?)',
    open: 'open-ended ("by", "ongoing")',
    group: 'events too close to draw apart: the taller, the more',
  },
  ui: {
    route: 'Route',
    where: 'Where',
    amount: 'Amount',
    assets: 'Assets',
    units: 'Units',
    sources: 'Sources ({count})',
    via: 'via',
    unattributed: 'Unattributed: no source is given for this event.',
    hint: 'Select an event to see its details and sources.',
    loading: 'Loading timeline…',
    noEvents: 'This story has no events to show.',
    errorTitle: 'This timeline could not be shown',
    legend: 'Legend',
    transferWidth: 'line width: amount moved',
    group: '{events} · {place} · {span}',
    groupHint: 'Too close together to draw one by one at this zoom. Zoom in, or pick one:',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Whole story',
    controls: 'Timeline controls',
    more: 'and {count} more',
    table: 'Table',
    tableCaption: 'Every event, in time order, numbered as on the printed chart; its sources are listed below.',
    columns: {
      ref: 'No.',
      date: 'Date',
      event: 'Event',
      route: 'Route',
      amount: 'Amount',
      status: 'Status',
      sources: 'Sources',
    },
    sourceList: 'Sources',
    print: 'Print',
    download: 'Download {format}',
    summary: {
      span: 'from {start} to {end}',
      places: 'in {places}',
      placeCount: { one: '{count} place', other: '{count} places' },
      fell: '{series} fell from {from} to {to}',
      rose: '{series} rose from {from} to {to}',
      same: '{series} stayed at {to}',
      about: 'about {value}',
    },
    timeline: 'timeline',
    keys: 'Left and right arrow keys move through the events in time, up and down arrow keys between lanes, Home and End to the first and last; Enter shows an event\'s details and Escape closes them; plus and minus zoom.',
    detailsShown: 'Details shown below: {title}',
    wheelHint: 'Use {key} + scroll to zoom the timeline',
  },
};

/** Words for a count by plural category (`Intl.PluralRules`), each with a `{count}` slot; `other` is required. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** Fills `{name}` slots; a slot with no value is left as is so a missing word is visible, not silent. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
