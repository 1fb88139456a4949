import { GROUP_BY, type GroupBy } from '../layout/lanes.js';
import { FORMATS, type Format } from '../model/read-story.js';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '../model/types.js';
import { readChoice, readDuration, readHeight, readText, readTokens, type Warned } from './attribute-values.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** Which digits the element writes: the language's own (`auto`), Latin, or Arabic-Indic. */
export const NUMERALS = ['auto', 'latn', 'arab'] as const;
export type Numerals = (typeof NUMERALS)[number];
/** Which way time runs: the element's direction (`auto`), or left to right or right to left whatever the text does. */
export const AXIS_DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type AxisDirection = (typeof AXIS_DIRECTIONS)[number];
/** The calendars the axis and dates can be in (Intl's names): Gregorian, the Hijri ones, and the Solar Hijri. */
export const CALENDARS = ['gregory', 'islamic-umalqura', 'islamic-civil', 'islamic-tbla', 'persian'] as const;
export type Calendar = (typeof CALENDARS)[number];
/** What paper and the exports hold: the whole story, or the window of time the chart shows. */
export const PRINT_RANGES = ['story', 'window'] as const;
export type PrintRange = (typeof PRINT_RANGES)[number];
/** Where the route map goes (see the `map` attribute); `none`, no map. */
export const MAP_PLACES = ['none', 'beside', 'above', 'inset'] as const;
export type MapPlace = (typeof MAP_PLACES)[number];
export const LOADINGS = ['eager', 'lazy'] as const;
export type Loading = (typeof LOADINGS)[number];

/** The element's attributes and properties as set, whatever a page or framework put in them. */
export interface OptionValues {
  readonly src: unknown;
  readonly format: unknown;
  readonly loading: unknown;
  readonly fetchTimeout: unknown;
  readonly groupBy: unknown;
  readonly kinds: unknown;
  readonly statuses: unknown;
  readonly theme: unknown;
  readonly height: unknown;
  readonly numerals: unknown;
  readonly axisDirection: unknown;
  readonly calendar: unknown;
  readonly printRange: unknown;
  readonly map: unknown;
}

/** The same, read: every value of the type the element works with, bad ones replaced by defaults. */
export interface TimelineOptions {
  readonly src: string;
  readonly format: Format;
  readonly lazy: boolean;
  readonly timeoutMs: number;
  readonly groupBy: GroupBy;
  /** Kinds and statuses to show; `undefined` shows every one. */
  readonly kinds: ReadonlySet<EventKind> | undefined;
  readonly statuses: ReadonlySet<EventStatus> | undefined;
  readonly theme: Theme;
  readonly numerals: Numerals;
  readonly axisDirection: AxisDirection;
  /** The calendar of the axis and dates (`undefined`: the one `lang` names with `-u-ca-`, else Gregorian), and the
   * one written beside dates, if any. */
  readonly calendar: Calendar | undefined;
  readonly besideCalendar: Calendar | undefined;
  /** A CSS length, or `undefined` for the height of the content. */
  readonly height: string | undefined;
  readonly printRange: PrintRange;
  readonly map: MapPlace;
}

/** The default wait for `src`, in ms. */
export const FETCH_TIMEOUT = 15_000;

/** Reads every option once, warning once per bad value (see attribute-values.ts). */
export function readOptions(values: OptionValues, warned: Warned): TimelineOptions {
  return {
    src: readText(warned, 'src', values.src, 'an address').trim(),
    format: readChoice<Format>(warned, 'format', values.format, FORMATS, 'auto'),
    lazy: readChoice<Loading>(warned, 'loading', values.loading, LOADINGS, 'eager') === 'lazy',
    timeoutMs: readDuration(warned, 'fetch-timeout', values.fetchTimeout, FETCH_TIMEOUT),
    groupBy: readChoice<GroupBy>(warned, 'group-by', values.groupBy, GROUP_BY, 'place'),
    kinds: readTokens(warned, 'kinds', values.kinds, EVENT_KINDS),
    statuses: readTokens(warned, 'statuses', values.statuses, EVENT_STATUSES),
    theme: readChoice<Theme>(warned, 'theme', values.theme, THEMES, 'light'),
    height: readHeight(warned, values.height),
    numerals: readChoice<Numerals>(warned, 'numerals', values.numerals, NUMERALS, 'auto'),
    axisDirection: readChoice<AxisDirection>(warned, 'axis-direction', values.axisDirection, AXIS_DIRECTIONS, 'auto'),
    ...readCalendars(warned, values.calendar),
    printRange: readChoice<PrintRange>(warned, 'print-range', values.printRange, PRINT_RANGES, 'story'),
    map: readChoice<MapPlace>(warned, 'map', values.map, MAP_PLACES, 'none'),
  };
}

/** `calendar`: one calendar, or two ("gregory islamic-umalqura"): the second is written beside each date. */
function readCalendars(warned: Warned, value: unknown): Pick<TimelineOptions, 'calendar' | 'besideCalendar'> {
  const [calendar, beside] = readTokens(warned, 'calendar', value, CALENDARS) ?? [];
  return { calendar, besideCalendar: beside === calendar ? undefined : beside };
}
