import type { EventKind, EventStatus } from '../model/types.js';

/** The ways a date can be drawn, in the order a legend lists them (see layout/legend-entries.ts). */
export const DATE_FORMS = ['point', 'span', 'bar', 'approximate', 'uncertain', 'open', 'group'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

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
  /** A date and the same date in a second calendar (the `calendar` attribute's second name): `{date}`, `{other}`. */
  readonly besideCalendar: string;
  /** An amount and what it is a share or count of: `{amount}` is formatted, `{of}` the data's words. */
  readonly amountOf: string;
  /** A series in words for screen readers: `{title}` and `{points}`, the points joined by semicolons. */
  readonly seriesSummary: string;
  /** One point: `{value}` with its unit, `{date}` in words; a forecast also has `{status}` (expected, planned). */
  readonly seriesPoint: string;
  readonly seriesForecast: string;
  /** Which way the language is written: routes and lists are laid out in it wherever the element runs. */
  readonly direction: 'ltr' | 'rtl';
  /** A route as it is shown, `{from}` and `{to}` lists of place names: the arrow points from origin to destination
   * in the way the language reads ("A → B"; right to left, "A ← B"). */
  readonly route: string;
  /** The same, said (an accessible name): words, not an arrow a screen reader calls "right arrow". */
  readonly routeSpoken: string;
  /** A side of a route the data leaves open. */
  readonly unknownPlace: string;
  /** Between the items of a list of names or numbers (", "; Arabic "، "). */
  readonly listSeparator: string;
  /** The story's "as of" line: `{date}` in words. */
  readonly asOf: string;
  /** A count of events, by plural category (`Intl.PluralRules`); `{count}` slot. `other` is required. */
  readonly events: PluralForms;
  /** How many transfers a group's line stands for, likewise. */
  readonly transferCount: PluralForms;
  /** How many sources back an event, likewise. */
  readonly sourceCount: PluralForms;
  /** Legend wording for each date form. */
  readonly forms: Readonly<Record<DateForm, string>>;
  /** The route map's words (see MapMessages). English's are in words/map-messages.ts, which the after-paint file
   * holds, not the single file; Arabic's are here, in its table. A language's table may leave them out, or some of
   * them: what it leaves out is said in English. */
  readonly map?: MapMessages;
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
    /** The heading of the events' cards under a phone's overview. */
    readonly eventList: string;
    /** The button that closes pinned details. */
    readonly closeDetails: string;
    readonly loading: string;
    readonly noEvents: string;
    readonly errorTitle: string;
    /** The error's button that loads the story again. */
    readonly tryAgain: string;
    /** Over a story still shown when loading it again failed; the problems follow. */
    readonly refreshFailed: string;
    /** The summary of the warnings list: events left out, warnings, or (neither) problems; `{count}` slots. */
    readonly skippedEvents: PluralForms;
    readonly warningCount: PluralForms;
    readonly problemCount: PluralForms;
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
    /** Prints only the dates the chart shows (a window is set). */
    readonly printWindow: string;
    /** The download buttons; `{format}` is SVG or PNG. */
    readonly download: string;
    /** The data's download buttons; `{format}` is CSV or JSON. */
    readonly downloadData: string;
    /** Under a printout or an export: the page it was made from (`{address}`) and the day (`{date}`). */
    readonly madeFrom: string;
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
    /** What the keyboard says where it cannot go, or where it went, in the live region: `{lane}` a lane's name,
     * `{name}` a unit or asset, `{position}` and `{count}` numbers. */
    readonly navigation: {
      /** Up or Down past the first or last lane that has an event. */
      readonly noLaneAbove: string;
      readonly noLaneBelow: string;
      /** Shift + Up or Down on an event that moves between no lanes. */
      readonly notAMove: string;
      /** Landed in a lane where nothing else happens, so the keyboard stays. */
      readonly nothingElseAt: string;
      /** Where a jump along a move to one of its several destinations landed. */
      readonly destination: string;
      /** Backspace with no jump to go back from. */
      readonly noWayBack: string;
      /** Shift + Left or Right on an event naming no unit or asset. */
      readonly noNames: string;
      /** Following a unit or asset: where the keyboard went, and where it could go no further. */
      readonly followed: string;
      readonly noLater: string;
      readonly noEarlier: string;
    };
    /** The story outline (see storyOutline): its name and the toolbar's button; each branch's line (`{name}`,
     * `{summary}`); the top branches with `{count}`; a lane's departures and arrivals by plural category. */
    readonly outline: {
      readonly title: string;
      readonly button: string;
      readonly branch: string;
      readonly places: string;
      readonly moves: string;
      readonly names: string;
      readonly departures: PluralForms;
      readonly arrivals: PluralForms;
    };
    /** An event's place in time order, said at the end of its mark's name. */
    readonly position: string;
    /** Said when the time window shown changes, once it rests: `{span}` its dates, `{count}` the events in it. */
    readonly windowShown: PluralForms;
    /** Said when the story is read again or replaced: `{count}` events. */
    readonly storyUpdated: PluralForms;
    /** Said once when the reader opens an event's details; `{title}` slot. */
    readonly detailsShown: string;
    /** Shown the first time plain wheel scrolls over the plot; `{key}` is Ctrl or ⌘. */
    readonly wheelHint: string;
    /** The skip link before the plot, shown when it has focus: it moves focus to what follows the chart. */
    readonly skipChart: string;
  };
}


/** Words for a count by plural category (`Intl.PluralRules`), each with a `{count}` slot; `other` is required. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/**
 * Text from the data inside words of the element, as a run of its own direction (first strong isolate … pop
 * directional isolate): an Arabic place name in an English route, or an English one in an Arabic route, neither
 * reorders the arrow or the commas around it, and each name keeps its own order.
 */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}

/** Names as a list in the language's punctuation, each isolated (see `isolate`). */
export function listOf(names: readonly string[], messages: Pick<Messages, 'listSeparator'>): string {
  return names.map(isolate).join(messages.listSeparator);
}

/** Fills `{name}` slots; a slot with no value is left as is so a missing word is visible, not silent. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/**
 * The route map's own words, for one language, under `map` in its table (see Messages.map). English's are not in the
 * single file (see words/map-messages.ts); a page's own table for another language may give them under `map` (see
 * `registerMessages`), and what it leaves out is said in English.
 */
export interface MapMessages {
  /** The map's accessible name. */
  readonly title: string;
  /** A count of routes, by plural category: `{count}`. */
  readonly routes: PluralForms;
  /** One line of the summary: `{routes}` counted, from `{from}` (a country or a place), then `{to}`, the
   * destinations with their counts: "3 routes from Syria: 2 to Libya, 1 to Russia". */
  readonly routesFrom: string;
  /** One destination of a summary line: `{count}` (a bare number) to `{to}`. */
  readonly countTo: string;
  /** The same, for routes that stay in the country they leave from: `{count}` within `{to}`. */
  readonly countWithin: string;
  /** When the window holds no move between places with coordinates. */
  readonly noRoutes: string;
  /** A dense map draws only its busiest pairs of places: `{shown}` of `{all}` (bare numbers). */
  readonly busiest: string;
  /** Places the moves shown name without coordinates, which the map does not guess: `{places}`. */
  readonly unplaced: string;
  /** A place's accessible name: `{place}`, and `{moves}` counted with the story's event forms. */
  readonly place: string;
  /** The accessible name of a place too far to fit, drawn at the map's edge in its direction: `{place}`. */
  readonly beyond: string;
  /** The outlines' source, and whose borders they draw. */
  readonly credit: string;
  /** The same in a few words, under a small map beside the title (the whole credit is its tooltip, and what a
   * screen reader reads). */
  readonly creditShort: string;
  /** How the keyboard moves through the map, said once when it enters. */
  readonly keys: string;
  /** Said in place of the map when its file could not be loaded. */
  readonly missing: string;
}
