import type { EventKind, TimelineEvent } from '../model/types.js';
import type { Formatter } from '../words/format-when.js';
import type { Messages } from '../words/messages.js';
import type { GroupBy } from './lanes.js';
import type { LinkGeometry } from './link-geometry.js';
import type { StoryIndex } from './story-index.js';
import type { TimeScale } from './time-scale.js';

// The layout's output, and what it is laid out with: positioned marks, labels, links and lanes in CSS pixels,
// ready for the render layer. Every file of layout/ may import these; this file imports nothing that imports it.

/** Sizes in CSS pixels; every one can be overridden, e.g. for print or a compact embed. */
export interface Metrics {
  readonly axisHeight: number;
  /** The strip under the axis that names the eras and the "as of" date, when the story has either. */
  readonly eraHeight: number;
  readonly laneHeader: number;
  readonly rowHeight: number;
  readonly lanePadding: number;
  /** Space kept clear at both ends of the time axis so marks at the edges are not cut. */
  readonly edgePadding: number;
  readonly pointRadius: number;
  readonly barHeight: number;
  /** The shortest bar drawn for an interval, so that it still reads as one. */
  readonly minBarWidth: number;
  /** How far an open end ("by 17 January", "ongoing") reaches beyond its known side. */
  readonly openLength: number;
  readonly labelGap: number;
  readonly labelMaxWidth: number;
  /** Rows of stacked marks one lane may use; where a lane needs more, its crowded stretches are grouped. */
  readonly maxRows: number;
  /** Rows of single marks a lane keeps once it has groups: a dense lane stays compact. */
  readonly rowsBesideGroups: number;
  /** The narrowest group: crowded marks are grouped by the finest calendar step (hour, day, week, month…) at
   * least this wide. */
  readonly minGroupWidth: number;
}

export interface LayoutOptions {
  /** The plot's width in CSS pixels. */
  readonly width: number;
  /** `rtl` runs time from right to left, for right-to-left languages. */
  readonly direction?: 'ltr' | 'rtl';
  /** Preferred languages for Text, best first. */
  readonly languages?: readonly string[];
  readonly formatter: Formatter;
  readonly messages: Messages;
  /** The rendered width of a label; the default estimates from its length. */
  readonly measureText?: (text: string) => number;
  /** The same for text drawn strong (lane names); by default `measureText`. */
  readonly measureStrong?: (text: string) => number;
  /** The time window to show, [start, end] in ms; by default the whole story, with a margin. Events wholly
   * outside it get no mark. */
  readonly window?: readonly [number, number];
  readonly metrics?: Partial<Metrics>;
  /** What the lanes stand for; by default a lane per place. */
  readonly groupBy?: GroupBy;
  /**
   * Starts every label with its event's number in time order (`EventMark.ref`), the row of the event table it
   * stands for: on paper, a reader goes from mark to row. The number always shows, even where the title has no room.
   */
  readonly numbered?: boolean;
  /** On paper: each group names the numbers of its events, in rows of their own under it, placed by this (paper
   * gives stackGroupNumbers, which loads with paper rather than with the single file). */
  readonly numberGroups?: GroupNumbering;
  /** Drawn as rows of one lane each (paper, see paperRows), each clipped to its lane: an amount is kept inside one. */
  readonly laneRows?: boolean;
}

/** Places the numbers of groups' events in rows under the groups: the shape of paper's stackGroupNumbers, which the
 * layout is given rather than imports (see LayoutOptions.numberGroups). */
export type GroupNumbering = (
  groups: readonly { readonly left: number; readonly right: number; readonly numbers: readonly number[] }[],
  context: {
    readonly width: number; readonly measure: (text: string) => number; readonly top: number; readonly rowHeight: number;
    readonly writing: { readonly format: (value: number) => string; readonly separator: string };
  },
) => {
  readonly labels: readonly { readonly label: string; readonly x: number; readonly y: number }[];
  readonly boxes: readonly { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number }[];
  readonly rows: number;
};

/** How a mark shows its date: `point` for a moment, `span` for a single date naming a period wider than a dot
 * (a month, a year), `bar` for an interval. */
export type MarkShape = 'point' | 'span' | 'bar';

export interface LaneBox {
  /** What the lane stands for: a place id, a kind or a status (see `Lane.key`). */
  readonly key: string;
  readonly label: string;
  /** Region and country of a place lane. */
  readonly detail: string;
  /** Where the name starts: from the edge time starts from, or further in, clear of the transfers' lines. */
  readonly labelX: number;
  /** The name with its region and country, whole: what a reader hovering the label is told where it is cut. */
  readonly fullLabel: string;
  readonly top: number;
  readonly height: number;
  /** How many of the lane's events in the window are drawn in groups rather than one by one. */
  readonly grouped: number;
}

export interface EventMark {
  readonly event: TimelineEvent;
  /** The event's number in time order, from 1: its row in the event table. */
  readonly ref: number;
  readonly lane: number;
  /** The event's first mark; an event placed in several lanes has further marks with `primary` false. */
  readonly primary: boolean;
  readonly shape: MarkShape;
  /** Pixel extent of the shape, left ≤ right whatever the time direction. */
  readonly left: number;
  readonly right: number;
  /** Where the mark is anchored: a point's centre, a bar's middle; links start here. */
  readonly x: number;
  readonly y: number;
  readonly approximate: boolean;
  /** Which physical side of the mark is approximate, and so feathered: only the end the data says "about" of. */
  readonly softLeft: boolean;
  readonly softRight: boolean;
  readonly uncertain: boolean;
  /** Open or unknown ends, on the physical side they are drawn on. */
  readonly openLeft: boolean;
  readonly openRight: boolean;
  /** The title as it fits beside the mark (elided with "…"), or '' where there is no room. */
  readonly label: string;
  readonly labelX: number;
  /** Which edge of the label sits at `labelX`. */
  readonly labelAlign: 'left' | 'right';
  /** The label sits inside a bar too long to leave room beside it, on a backing of its own. */
  readonly labelInside: boolean;
  /** The label's width as measured (the wider of its lines): what its backing covers. */
  readonly labelWidth: number;
  /** A second line under the first, where a label cut short had room below (see wrapLabels); absent for one line. */
  readonly label2?: string;
  /** No source backs the event: its label says so. */
  readonly unattributed: boolean;
}

export interface LinkMark {
  readonly key: string;
  readonly event: TimelineEvent;
  readonly fromLane: number;
  readonly toLane: number;
  /** The destination lane's key: a place id. */
  readonly toPlace: string;
  /** The line as drawn: the curve, interrupted where a word sits over it (`gaps`). */
  readonly path: string;
  readonly arrow: string;
  /** The curve's points, for drawing only part of it (see `curvePart`). */
  readonly curve: LinkGeometry['curve'];
  /** Height bands where the line is not drawn: a word sits there that it would run through (see gapLinks). */
  readonly gaps: readonly (readonly [number, number])[];
  /** For the transfers of a group drawn as one line (the events too crowded to draw one by one): how many; else 0.
   * `event` is then the first of them. */
  readonly aggregate: number;
  /** For such a line, the group's key (as the group's details carry it); else ''. */
  readonly group: string;
  /** Stroke width in pixels: how much moved (`transferWidth`). */
  readonly width: number;
  /** The amount moved, in words ("~1,000 personnel"), on the first link of an event only; else ''. */
  readonly label: string;
  /** Where the label sits, as `placeAmounts` chose: beside the line, clear of every other word and mark. */
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAlign: 'left' | 'right';
}

/**
 * A crowded stretch of one lane, drawn as a single bar whose height tells how many events it holds: the way a
 * map shows a cluster until one zooms in. Every event in the window is either a mark or in exactly one group
 * per lane it sits in.
 */
export interface GroupMark {
  /** Lane index and the start of its time span: stable across pans, for keyed joins. */
  readonly key: string;
  readonly lane: number;
  /** The calendar stretch the group covers, [start, end) in ms. */
  readonly start: number;
  readonly end: number;
  /** Pixel extent, left ≤ right, within the plot. */
  readonly left: number;
  readonly right: number;
  /** Vertical centre of the lane's group row. */
  readonly y: number;
  /** The events grouped here, in time order. */
  readonly events: readonly TimelineEvent[];
  /** How many of them there are of each kind, in the order of `EVENT_KINDS`, kinds with none left out. */
  readonly kinds: readonly (readonly [EventKind, number])[];
  /** `events.length` relative to a large group of the layout (the 90th percentile), in (0, 1]: the bar's height. */
  readonly level: number;
  /** On paper, the numbers of its events, as the table numbers them ("512, 520, 531–533"); else ''. */
  readonly label: string;
  /** The label's centre, when it has one (see stackGroupNumbers). */
  readonly labelX: number;
  readonly labelY: number;
}

export interface Tick {
  readonly value: number;
  readonly x: number;
  /** '' where the label has no room (the tick keeps its line). */
  readonly label: string;
  /** Where the label is centred: the tick's x, or moved in from an edge of the plot. */
  readonly labelX: number;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  /** Time → x; its range runs right to left for `rtl`. */
  readonly scale: TimeScale;
  readonly ticks: readonly Tick[];
  readonly lanes: readonly LaneBox[];
  /** Marks in time order, each event's primary mark first. */
  readonly marks: readonly EventMark[];
  /** Crowded stretches drawn as groups, lane by lane, left to right. */
  readonly groups: readonly GroupMark[];
  readonly links: readonly LinkMark[];
  /** Ids of every event, drawn or not, in time order: keyboard order, table order. */
  readonly order: readonly string[];
  /** The story's index the layout was made from: every event's lanes and place in time, drawn or not. */
  readonly index: StoryIndex;
  /** The eras in the window, drawn behind everything, and the story's "as of" date. */
  readonly eras: readonly EraBand[];
  readonly asOf: AsOfMark | undefined;
  /** The top of the strip under the axis that names eras and the "as of" date (0 high when there are none). */
  readonly eraTop: number;
  /** Force levels, as step charts between the axis and the lanes. */
  readonly tracks: readonly SeriesTrack[];
  /** Where the first lane starts. */
  readonly lanesTop: number;
  /** The metrics it was laid out with: the defaults, with the options' changes. */
  readonly metrics: Metrics;
}

/** A named period, drawn as a band behind every lane and track, with its name in the strip under the axis. */
export interface EraBand {
  /** Position in the story's `eras`: stable across zooms, and the parity that alternates the bands' tint. */
  readonly index: number;
  /** Pixel extent within the plot, left ≤ right; an open side reaches the plot's edge. */
  readonly left: number;
  readonly right: number;
  /** The name as it fits in the band's visible part (elided), or '' where nothing fits. */
  readonly label: string;
  readonly labelX: number;
  readonly labelAlign: 'left' | 'right';
  /** Where the era begins is on the plot: its edge is drawn there. False for an era begun before the window, or
   * with an open start. */
  readonly edge: boolean;
  /** The edge as a path down the plot, broken where it would cross a word; '' with no edge. */
  readonly edgePath: string;
}

/** The story's `published` date: what was known as of when. */
export interface AsOfMark {
  /** The published period's pixel extent (a day or a moment is a line: left = right). */
  readonly left: number;
  readonly right: number;
  /** Where the line stands: the period's end, the latest date the story can speak for; NaN when that is before
   * the window (everything shown came after the report). */
  readonly lineX: number;
  /** "As of 16–31 December 2024", cut short where the plot has no room for it; '' when the line is off the plot. */
  readonly label: string;
  /** The label whole, for a reader who hovers it where it is cut. */
  readonly fullLabel: string;
  readonly labelX: number;
  readonly labelAlign: 'left' | 'right';
  /** What lies after it, to the plot's edge in the direction time runs: [left, right], empty when off screen. */
  readonly after: readonly [number, number];
  /** The line as a path down the plot, broken where it would cross a word; '' when it is off the plot. */
  readonly linePath: string;
}

/** One point of a series as drawn: a dot, and its value in words where there is room. */
export interface SeriesDot {
  readonly x: number;
  readonly y: number;
  /** The value is an estimate (`approx`) or its date is approximate: drawn hollow. */
  readonly approximate: boolean;
  /** An expected or planned value: drawn as a forecast. */
  readonly forecast: boolean;
  /** "~100", "0"; '' where it would overlap the label before it. */
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAlign: 'left' | 'right';
}

/** A force level over time, laid out as a step chart on the timeline's time axis. */
export interface SeriesTrack {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  /** The whole track, header included. */
  readonly top: number;
  readonly height: number;
  /** Pixel y of the highest tick and of zero. */
  readonly valueTop: number;
  readonly valueBottom: number;
  /** SVG path data, clipped to the plot: what was reported, what is forecast (from the first expected or planned
   * value on), and the last value carried on to the window's edge (it held as far as the data knows). */
  readonly line: string;
  readonly forecast: string;
  readonly trail: string;
  /** The points in the window, in time order. */
  readonly dots: readonly SeriesDot[];
  /** Value gridlines; the highest one's label carries the unit ("100 sites"). */
  readonly ticks: readonly { readonly y: number; readonly label: string }[];
  /** Where the title and the value axis's labels start: in from the edge time starts from. */
  readonly labelX: number;
  /** Every point in words, for screen readers: "Russian military sites in Syria: ~100, c. 8 December 2024; …". */
  readonly summary: string;
}

/** What the parts laid out around the lanes (eras, "as of", force-level tracks) need to know of the plot. */
export interface PlotContext {
  readonly scale: TimeScale;
  /** Plot width: drawing is clipped to [0, width]. */
  readonly width: number;
  readonly formatter: Formatter;
  readonly messages: Messages;
  /** Preferred languages for Text, best first. */
  readonly languages: readonly string[];
  /** The rendered width of a label, and of one drawn strong. */
  readonly measure: (text: string) => number;
  readonly measureStrong?: (text: string) => number;
}
