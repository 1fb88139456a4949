import { LitElement, type PropertyDeclarations } from 'lit';
import type { GroupBy } from '../layout/lanes.js';
import type { Format } from '../model/read-story.js';
import type { EventKind, EventStatus, Story } from '../model/types.js';
import { readDate, type Warned } from './attribute-values.js';
import type { AxisDirection, Calendar, Loading, MapPlace, Numerals, PrintRange, Theme } from './timeline-options.js';

/** Whether a story has been read and drawn: nothing yet, on its way, unreadable, or shown. */
export type Status = 'empty' | 'loading' | 'error' | 'ready';

/**
 * Text attributes: a removed attribute is the empty string (Lit's default would be `null`, which a property typed
 * as a string must never hold), and an empty reflected value removes the attribute rather than leaving `start=""`.
 */
const emptyAsAbsent = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };

/**
 * The page's side of the element: its reactive properties and the attributes they reflect, each documented where
 * it is declared, with the values it accepts. DrawdownTimeline extends it with what it does with them.
 */
export class TimelineProperties extends LitElement {
  /**
   * The reactive properties, each documented where it is declared below. Declared here rather than with
   * decorators: browsers do not run decorators yet, and compiled for them, decorators cost 2 KB gzip of the
   * single file. Lit wraps each `accessor` below so that setting it updates the element.
   */
  static override properties: PropertyDeclarations = {
    // Every setting is heard, the same address too: set again after a failure, it is a retry (see StoryLoader).
    src: { converter: emptyAsAbsent, hasChanged: () => true },
    data: { attribute: false },
    format: { converter: emptyAsAbsent },
    loading: { converter: emptyAsAbsent },
    fetchTimeout: { type: Number, attribute: 'fetch-timeout' },
    start: { reflect: true, converter: emptyAsAbsent },
    end: { reflect: true, converter: emptyAsAbsent },
    groupBy: { attribute: 'group-by', converter: emptyAsAbsent },
    kinds: { converter: emptyAsAbsent },
    statuses: { converter: emptyAsAbsent },
    height: { converter: emptyAsAbsent },
    theme: { reflect: true, converter: emptyAsAbsent },
    numerals: { converter: emptyAsAbsent },
    axisDirection: { attribute: 'axis-direction', converter: emptyAsAbsent },
    calendar: { converter: emptyAsAbsent },
    printRange: { attribute: 'print-range', converter: emptyAsAbsent },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noDetails: { type: Boolean, attribute: 'no-details' },
    noControls: { type: Boolean, attribute: 'no-controls' },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    showOutline: { type: Boolean, reflect: true, attribute: 'show-outline' },
    showWarnings: { type: Boolean, attribute: 'show-warnings' },
    selected: { reflect: true, converter: emptyAsAbsent },
    map: { converter: emptyAsAbsent },
    status: { state: true },
    story: { state: true },
  };

  /**
   * Address of a story file: JSON in the data format v1, CSV or TimelineJS (see `format`). Relative addresses
   * resolve against the page. Fetched without cookies, so any server that allows cross-origin requests works;
   * refused past 20 MB.
   */
  accessor src = '';

  /**
   * A story as a JavaScript value (a `StoryInput`, the data format v1 as TypeScript types it) or a file's text,
   * for applications; validated exactly like a fetched one. Setting it takes precedence over `src` until `src`
   * changes again. With neither, the element reads an inline `<script type="application/json">` (or
   * `type="text/csv"`) child.
   */
  accessor data: unknown = undefined;

  /**
   * The data's format: `auto` (default: told by the file's type, name and content), `json` (data format v1),
   * `csv` (one event per row, headers named like v1 fields) or `timelinejs` (a TimelineJS3 JSON file).
   */
  accessor format: Format = 'auto';

  /** `lazy` waits until the element nears the viewport before fetching `src`; `eager` (default) fetches at once. */
  accessor loading: Loading = 'eager';

  /** How long to wait for `src` before giving up, in milliseconds. */
  accessor fetchTimeout = 15_000;

  /**
   * The start of the time window shown, as a date in the data format (`2024-12`, `2024-12-16`): where that date's
   * period starts. Set as a `Date`, it reads back as one in the data format, to the second. Empty: the story's
   * first date, with a margin. Reflected: when the reader zooms, it holds the new window.
   */
  get start(): string {
    return this.#start;
  }
  set start(value: string | Date) {
    this.#start = readDate(this.warned, 'start', value, this.#start);
  }

  /** The end of the time window shown: where that date's period ends; a `Date` too. Empty: the story's last date,
   * with a margin. */
  get end(): string {
    return this.#end;
  }
  set end(value: string | Date) {
    this.#end = readDate(this.warned, 'end', value, this.#end);
  }

  /**
   * What the lanes stand for: `place` (default; a lane per place, transfers drawn as links between them), `kind`,
   * `status`, or `none` (one lane).
   */
  accessor groupBy: GroupBy = 'place';

  /**
   * Show only events of these kinds, space-separated (`withdrawal transfer`) or as an array; empty shows every
   * kind. Kinds: withdrawal, transfer, evacuation, deployment, handover, statement, other.
   */
  accessor kinds: string | readonly EventKind[] = '';

  /**
   * Show only events with these statuses, space-separated (`confirmed reported`) or as an array; empty shows
   * every status. Statuses: confirmed, reported, claimed, expected, planned, denied.
   */
  accessor statuses: string | readonly EventStatus[] = '';

  /**
   * The plot's height: a number of pixels (`480`) or a CSS length (`70vh`); the lanes scroll inside it, and the
   * title, toolbar, legend and details take their own room around it. Empty (default): as tall as its lanes.
   */
  accessor height: string | number = '';

  /** Colours: `light` (default), `dark`, or `auto`, which follows the reader's system setting. Reflected. */
  accessor theme: Theme = 'light';

  /** The digits of every number the element writes (axis, labels, amounts, table, footnotes, counts, "%"): `auto`
   * (default: the language's own), `latn` (0–9) or `arab` (٠–٩). */
  accessor numerals: Numerals = 'auto';

  /** Which way time runs along the axis: `auto` (default) as the text does, the element's direction (so a
   * right-to-left page runs time right to left); `ltr` or `rtl` whatever the text does, for desks that keep time
   * left to right in Arabic. The keys follow the axis: Right goes right. */
  accessor axisDirection: AxisDirection = 'auto';

  /** The calendar of the axis and of every date: `gregory`, `islamic-umalqura`, `islamic-civil`, `islamic-tbla` or
   * `persian`; the axis ticks fall on that calendar's months and years. Empty (default): the one `lang` names
   * (`ar-u-ca-islamic-umalqura`) if it is one of these, else the Gregorian, even for `ar-SA`, whose own calendar is
   * the Hijri. A second name (`"gregory islamic-umalqura"`) is written beside each date in the details, the table
   * and what a screen reader hears. */
  accessor calendar: string | readonly Calendar[] = '';

  /** What Ctrl+P, `print()` and the exports hold: `story` (default), the whole story whatever the zoom, or
   * `window`, the dates the chart shows. The toolbar offers both. */
  accessor printRange: PrintRange = 'story';

  /** Hides the legend. */
  accessor noLegend = false;

  /** Hides the details panel (the hovered or selected event's text and sources). */
  accessor noDetails = false;

  /** Hides the toolbar (zoom, the table toggle, print and download). */
  accessor noControls = false;

  /**
   * Shows the event table under the chart: every event in time order with its date as stated, route, amount,
   * status and sources as footnote numbers, then the sources. Paper always has it. Reflected: the toolbar's
   * Table button toggles it.
   */
  accessor showTable = false;

  /**
   * Shows the story outline under the chart: a tree to walk by keyboard and screen reader, of the places (each lane
   * with its events), the movements (from, to, what, how much, when, on whose word) and the units and assets (each
   * with the events naming it, in time order). Enter on an event selects it on the chart. Reflected: the toolbar's
   * Outline button toggles it.
   */
  accessor showOutline = false;

  /**
   * Lists, above the chart, the problems found in a story that was drawn anyway (events left out, values
   * ignored), for the story's author. Off by default: readers see the story, and the console and
   * `drawdown-load`'s `detail.problems` tell the author.
   */
  accessor showWarnings = false;

  /**
   * The id of the selected event, whose details show; empty for none. Reflected: a reader's click, Enter or Escape
   * updates it and fires `drawdown-select`.
   */
  accessor selected = '';

  /**
   * A map of the moves beside the timeline, loaded from `drawdown-timeline-map.min.js` beside the single file when
   * asked for: `none` (default), `beside` (at the chart's inline end; above it under 720 px), `above` (between the
   * title and the chart) or `inset` (small, beside the title; above the chart under 560 px). It draws each move
   * between places with `lat` and `lon` as an arrow from origin to destination, for the window the chart shows, and
   * lights up what the reader points at or focuses on in both. It prints above the chart and is part of the exports.
   */
  accessor map: MapPlace = 'none';

  /** Whether a story has been read and drawn, and the story as read with what was wrong in it. */
  protected accessor status: Status = 'empty';
  protected accessor story: Story | null = null;

  /** Bad attribute and property values already warned about. */
  protected readonly warned: Warned = new Set();
  #start = '';
  #end = '';
}
