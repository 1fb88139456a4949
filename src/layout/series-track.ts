import { nice, ticks } from 'd3-array';
import { firstInstant } from '../model/edtf.js';
import { pickText } from '../model/pick-text.js';
import type { Series, SeriesPoint } from '../model/types.js';
import { fill } from '../words/messages.js';
import type { PlotContext, SeriesDot, SeriesTrack } from './types.js';
import { APPROXIMATE, dateFlags } from './story-index.js';
import { runsForward } from './time-scale.js';

/** Vertical sizes of a series track, in CSS pixels. */
export interface TrackMetrics {
  /** The title row. */
  readonly header: number;
  /** Room above the highest value for its label. */
  readonly headroom: number;
  /** From the highest tick to zero. */
  readonly valueHeight: number;
  readonly padding: number;
}

/** How far in from the plot's edge the value axis's labels start, in pixels. */
const TICK_INSET = 8;

/** Room for the tallest script shipped: Arabic's glyphs reach further above and below the line than Latin's, and
 * the title, the top value and the value axis's top label must keep clear of each other in both. */
export const defaultTrackMetrics: TrackMetrics = { header: 22, headroom: 18, valueHeight: 52, padding: 10 };

export interface TrackOptions extends PlotContext {
  /** Where the first track starts. */
  readonly top: number;
  readonly metrics?: TrackMetrics;
}

/** Where a point's value starts to hold: a single date's middle ("c. July" is mid-July), an interval's start. */
export function pointTime({ when }: SeriesPoint): number {
  if (!when.interval) return (when.min + when.max) / 2;
  return firstInstant(when);
}

const isForecast = (point: SeriesPoint) => point.status === 'expected' || point.status === 'planned';

/**
 * Lays out each series with at least one point as a track, one under the other from `top`: a step line (a level
 * holds until the next point changes it), a dot per point, values written with Intl, and a zero-based value axis
 * whose top tick names the unit. Series are small; a track costs time in its number of points.
 */
export function layoutSeriesTracks(series: readonly Series[], options: TrackOptions): SeriesTrack[] {
  const metrics = options.metrics ?? defaultTrackMetrics;
  const tracks: SeriesTrack[] = [];
  let top = options.top;
  for (const one of series) {
    // In the order they are drawn: a month's point stands at mid-month, after a day early in that month.
    const points = one.points.filter((point) => Number.isFinite(pointTime(point))).sort((a, b) => pointTime(a) - pointTime(b));
    if (!points.length) continue;
    const height = metrics.header + metrics.headroom + metrics.valueHeight + metrics.padding;
    tracks.push(layoutTrack(one, points, top, options, metrics));
    top += height;
  }
  return tracks;
}

function layoutTrack(
  series: Series, points: readonly SeriesPoint[], top: number, options: TrackOptions, metrics: TrackMetrics,
): SeriesTrack {
  const { scale, width, formatter, measure } = options;
  const values = points.map((point) => point.value);
  const [low, high] = nice(Math.min(0, ...values), Math.max(1, ...values), 2);
  const valueTop = top + metrics.header + metrics.headroom;
  const valueBottom = valueTop + metrics.valueHeight;
  const y = (value: number) => valueBottom - ((value - low) / (high - low)) * metrics.valueHeight;
  const xs = points.map((point) => scale(pointTime(point)));
  const ys = points.map((point) => y(point.value));
  const windowEnd = scale(scale.domain()[1]);

  // Steps: each value runs from its point to the next, then rises or falls to the next value. From the last point
  // before the first expected or planned value on, the line is a forecast: how long that level lasts is projected
  // too.
  const firstForecast = points.findIndex(isForecast);
  const line = new PathBuilder(width), forecast = new PathBuilder(width), trail = new PathBuilder(width);
  for (let i = 0; i < points.length; i++) {
    const target = firstForecast >= 0 && i >= firstForecast ? forecast : line;
    if (i > 0) {
      target.horizontal(xs[i - 1]!, xs[i]!, ys[i - 1]!);
      target.vertical(xs[i]!, ys[i - 1]!, ys[i]!);
    }
  }
  const lastX = xs[xs.length - 1]!;
  if (runsForward(scale) ? lastX < windowEnd : lastX > windowEnd) trail.horizontal(lastX, windowEnd, ys[ys.length - 1]!);

  const unit = pickText(series.unit, options.languages);
  const tickValues = ticks(low, high, 2);
  const forward = runsForward(scale);

  // A value beside its dot goes without the unit, which the axis and the title name.
  const valueText = (point: SeriesPoint) => formatter.amount({ value: point.value, unit: '', approx: point.approx });
  const dots: SeriesDot[] = [];
  const valueBoxes: { left: number; right: number; top: number; bottom: number }[] = [];
  let labelsEnd = -Infinity;
  points.forEach((point, i) => {
    const x = xs[i]!, dotY = ys[i]!;
    if (x < 0 || x > width) return;
    let label = valueText(point);
    const labelWidth = measure(label);
    // Labels read forward from their dot, and are left out where they would run into the one before.
    const labelAlign = forward ? 'left' : 'right';
    const labelX = forward ? x + 4 : x - 4;
    const [left, right] = forward ? [labelX, labelX + labelWidth] : [labelX - labelWidth, labelX];
    const order = forward ? left : -right;
    const labelY = dotY - 8;
    if (order < labelsEnd + 4 || left < 0 || right > width) label = '';
    else {
      labelsEnd = forward ? right : -left;
      valueBoxes.push({ left, right, top: labelY - 8.5, bottom: labelY + 8.5 });
    }
    const approximate = point.approx || (dateFlags(point.when) & APPROXIMATE) !== 0;
    dots.push({ x, y: dotY, approximate, forecast: isForecast(point), label, labelX, labelY, labelAlign });
  });

  // The value axis's labels sit over their lines at the edge time starts from (see renderSeries); one that a value
  // would overlap gives way to it (its line stays, and the title names the unit).
  const tickX = forward ? TICK_INSET : width - TICK_INSET;
  const tickMarks = tickValues.map((value, i) => {
    const label = formatter.amount({ value, unit: i === tickValues.length - 1 ? unit : '', approx: false });
    const labelWidth = measure(label), tickY = y(value);
    const [left, right] = forward ? [tickX, tickX + labelWidth] : [tickX - labelWidth, tickX];
    const covered = valueBoxes.some((box) => left < box.right + 2 && box.left < right + 2 && tickY - 17 < box.bottom && box.top < tickY);
    return { y: tickY, label: covered ? '' : label };
  });

  const { title, summary } = describeSeries(series, points, options);
  return {
    id: series.id, title, unit, top, height: valueBottom + metrics.padding - top, valueTop, valueBottom,
    line: line.toString(), forecast: forecast.toString(), trail: trail.toString(), dots,
    ticks: tickMarks, labelX: tickX, summary,
  };
}

/** What each series was last put into words for: the words do not change with the window, so a zoom reuses them. */
const described = new WeakMap<Series, { readonly for: readonly unknown[]; readonly title: string; readonly summary: string }>();

/** The series' title and every point in words ("~100 sites, c. 8 December 2024"), forecasts with their status. */
function describeSeries(series: Series, points: readonly SeriesPoint[], options: TrackOptions): { title: string; summary: string } {
  const { formatter, messages, languages } = options;
  const key = [formatter, messages, languages.join(',')];
  const cached = described.get(series);
  if (cached && cached.for.every((value, i) => value === key[i])) return cached;
  const title = pickText(series.title, languages);
  const summary = fill(messages.seriesSummary, {
    title,
    points: points.map((point) => fill(isForecast(point) ? messages.seriesForecast : messages.seriesPoint, {
      value: formatter.amount({ value: point.value, unit: pickText(series.unit, languages), approx: point.approx }),
      date: formatter.when(point.when),
      status: messages.statuses[point.status],
    })).join('; '),
  });
  described.set(series, { for: key, title, summary });
  return { title, summary };
}

/** Horizontal and vertical segments as path data, clipped to the plot's x range [0, width]. */
class PathBuilder {
  #parts: string[] = [];
  #atX = NaN;
  #atY = NaN;
  constructor(readonly width: number) {}

  horizontal(x0: number, x1: number, y: number): void {
    const left = Math.max(0, Math.min(x0, x1)), right = Math.min(this.width, Math.max(x0, x1));
    if (left > right) return;
    // Drawn in the direction of time, so that dashes start where the segment does.
    const [from, to] = x0 <= x1 ? [left, right] : [right, left];
    this.#moveTo(from, y);
    this.#parts.push(`H${round(to)}`);
    this.#atX = to;
  }

  vertical(x: number, y0: number, y1: number): void {
    if (x < 0 || x > this.width || y0 === y1) return;
    this.#moveTo(x, y0);
    this.#parts.push(`V${round(y1)}`);
    this.#atY = y1;
  }

  #moveTo(x: number, y: number): void {
    if (round(x) !== round(this.#atX) || round(y) !== round(this.#atY)) this.#parts.push(`M${round(x)},${round(y)}`);
    this.#atX = x;
    this.#atY = y;
  }

  toString(): string {
    return this.#parts.join('');
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
