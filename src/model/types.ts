/**
 * The normalised story model: what `parseStory` makes of a v1 document. Every value here has been checked;
 * optional parts that were absent or invalid are `undefined`, lists are never missing.
 */

/** Text in one language, or the same text in several, keyed by BCP 47 language tag (`{"en": …, "ar": …}`). */
export type Text = string | Readonly<Record<string, string>>;

/** How finely an EDTF date names its time: `2024` is a year, `2024-21` a season, `2024-12-16` a day. */
export type Precision = 'year' | 'season' | 'month' | 'day' | 'minute' | 'second';

/** One EDTF date or date-time (one side of an interval), with the period it names. */
export interface DatePoint {
  /** The date exactly as written, qualifier included (`"2024-12~"`). */
  readonly text: string;
  readonly precision: Precision;
  /** Start of the named period, in ms since 1970-01-01T00:00Z. Dates without a time zone are read as UTC. */
  readonly start: number;
  /** End of the named period, exclusive, in ms: `2024-12` runs to `2025-01-01T00:00Z`. */
  readonly end: number;
  /** `~` or `%`: "about", "circa". */
  readonly approximate: boolean;
  /** `?` or `%`: the source is not sure. */
  readonly uncertain: boolean;
  /** Some digits were written as `X` (`201X`, `2024-XX`): the period is widened to cover them. */
  readonly unspecified: boolean;
  /** Whether a time of day was given (`T14:00Z`). */
  readonly hasTime: boolean;
  /** The offset from UTC a time was written with, in minutes (`+14:00` is 840): the date and time are said in it,
   * as the data states them. Absent for `Z`, no zone, or no time. */
  readonly offset?: number;
  /** The calendar fields as written; `month` is 1–12, `season` 21–24; absent where not given or unspecified. */
  readonly year: number;
  readonly month?: number;
  readonly season?: number;
  readonly day?: number;
}

/** An interval side that is not a date: `..` is open ("by", "ongoing"), an empty side is unknown. */
export type OpenBound = 'open' | 'unknown';

/** A parsed `Date` field: a single date, or an interval whose sides are dates or open. */
export interface When {
  /** The value exactly as written in the document. */
  readonly text: string;
  /** True for `a/b` forms, false for a single date. */
  readonly interval: boolean;
  /** A single date, or the interval's start. */
  readonly start: DatePoint | OpenBound;
  /** A single date (the same object as `start`), or the interval's end. */
  readonly end: DatePoint | OpenBound;
  /** Earliest instant the value can mean, in ms; `NaN` when the start is open or unknown. */
  readonly min: number;
  /** Latest instant (exclusive), in ms; `NaN` when the end is open or unknown. */
  readonly max: number;
}

export const PLACE_KINDS = [
  'airbase', 'naval-base', 'base', 'airport', 'camp', 'city', 'region', 'country', 'other',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const EVENT_KINDS = [
  'withdrawal', 'transfer', 'evacuation', 'deployment', 'handover', 'statement', 'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['confirmed', 'reported', 'claimed', 'expected', 'planned', 'denied'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Fields a document carried that this version does not know: kept for forward compatibility, never shown. */
export type Extra = Readonly<Record<string, unknown>>;

export interface Source {
  readonly id: string;
  readonly name: Text;
  /** Only `http:` and `https:` addresses survive parsing. */
  readonly url?: string;
  readonly date?: When;
  /** The id of the source this one was reported through. */
  readonly via?: string;
  readonly note?: Text;
  readonly extra: Extra;
}

export interface Place {
  readonly id: string;
  readonly name: Text;
  readonly region?: Text;
  readonly country?: Text;
  readonly kind?: PlaceKind;
  readonly lat?: number;
  readonly lon?: number;
  readonly extra: Extra;
}

export interface SeriesPoint {
  readonly when: When;
  readonly value: number;
  /** The value is an estimate: "about 8,600". */
  readonly approx: boolean;
  /** How the value is known; `expected` and `planned` values are forecasts, drawn as such. */
  readonly status: EventStatus;
  readonly note?: Text;
}

/** A force level over time, e.g. troops in a country; its points are sorted by time. */
export interface Series {
  readonly id: string;
  readonly title: Text;
  /** What is counted ("troops"), in one language or several. */
  readonly unit: Text;
  readonly points: readonly SeriesPoint[];
  readonly extra: Extra;
}

export interface Era {
  readonly title: Text;
  readonly when: When;
  readonly extra: Extra;
}

export interface Amount {
  readonly value: number;
  /** What is counted ("personnel"), in one language or several; `%` makes the amount a share; `''` a bare count. */
  readonly unit: Text;
  readonly approx: boolean;
  readonly min?: number;
  readonly max?: number;
  /** What the amount is a share or count of: "Russian combat forces at Hmeimim". */
  readonly of?: Text;
}

/** One dated happening. Named `TimelineEvent` so it is never confused with the DOM's `Event`. */
export interface TimelineEvent {
  readonly id: string;
  readonly kind: EventKind;
  readonly title: Text;
  readonly text?: Text;
  readonly when: When;
  readonly status: EventStatus;
  /** Place ids, each known to the story's `places`. */
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly at: readonly string[];
  readonly amount?: Amount;
  /** Equipment moved ("S-400"), each in one language or several. */
  readonly assets: readonly Text[];
  /** Military units involved ("Fifth Corps"), each in one language or several. */
  readonly units: readonly Text[];
  /** Source ids, each known to the story's `sources`. */
  readonly sources: readonly string[];
  readonly tags: readonly string[];
  /** Position in the document's `events` array, for messages and stable ordering. */
  readonly index: number;
  readonly extra: Extra;
}

export interface Story {
  readonly version: 1;
  readonly title: Text;
  readonly subtitle?: Text;
  readonly credit?: Text;
  /** When the story was reported: the "as of" date. */
  readonly published?: When;
  readonly sources: readonly Source[];
  readonly places: readonly Place[];
  readonly series: readonly Series[];
  readonly eras: readonly Era[];
  /** The events that passed validation, in document order. */
  readonly events: readonly TimelineEvent[];
  readonly extra: Extra;
}

/**
 * Something wrong with the input. `error`: a part of the document could not be used (a skipped event, or the
 * whole document); `warning`: a value was ignored or replaced by its default, and what holds it still shows.
 */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** Where, as a JSON path from the document root: `events[3].when`; empty for the document itself. */
  readonly path: string;
  /** What was wrong and what was expected, in one sentence. */
  readonly message: string;
}
