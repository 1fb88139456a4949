import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimeScale } from './time-scale.js';

/** Calendar steps for grouping crowded marks, finest first: a group is always a whole hour, day, week, month… */
const STEPS: readonly (readonly [interval: TimeInterval, approximateMs: number])[] = [
  [utcMinute.every(15)!, 900_000],
  [utcHour, 3_600_000],
  [utcHour.every(6)!, 21_600_000],
  [utcDay, 86_400_000],
  [utcMonday, 604_800_000],
  [utcMonth, 2_629_746_000],
  [utcMonth.every(3)!, 7_889_238_000],
  [utcYear, 31_556_952_000],
  [utcYear.every(10)!, 315_569_520_000],
  [utcYear.every(100)!, 3_155_695_200_000],
];

/** Consecutive stretches of time, each at least a minimum width on screen, aligned to the calendar. */
export interface TimeBins {
  /** Bin boundaries in ms, ascending; bin `i` runs from `edges[i]` to `edges[i + 1]`. */
  readonly edges: Float64Array;
  /** The boundaries' x, in the same order (descending for right-to-left time). */
  readonly xs: Float64Array;
}

/**
 * Bins covering the scale's domain, using the finest calendar step whose bins are at least `minWidth` pixels
 * wide. Aligned to the calendar rather than to pixels, so a pan moves groups with the axis instead of
 * re-cutting them, and a group can be named ("week of 9 December").
 */
export function timeBins(scale: TimeScale, minWidth: number): TimeBins {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const msPerPixel = Math.abs(d1 - d0) / Math.max(1, Math.abs(r1 - r0));
  const step = STEPS.find(([, ms]) => ms / msPerPixel >= minWidth) ?? STEPS[STEPS.length - 1]!;
  const interval = step[0];
  const first = +interval.floor(new Date(d0));
  const dates = interval.range(new Date(first), new Date(d1));
  const edges = new Float64Array(dates.length + 2);
  edges[0] = first;
  let n = 1;
  for (const date of dates) if (+date > edges[n - 1]!) edges[n++] = +date;
  if (edges[n - 1]! < d1) {
    const last = +interval.offset(new Date(edges[n - 1]!), 1);
    edges[n++] = last;
  }
  const used = edges.slice(0, n);
  return { edges: used, xs: used.map((ms) => scale(ms)) };
}

/** The bin under pixel `x`, by binary search over the boundaries' x (either direction of time); positions
 * beyond the first or last boundary fall in the bin there. */
export function binAtX(bins: TimeBins, x: number): number {
  const { xs } = bins;
  const sign = xs.length > 1 && xs[xs.length - 1]! < xs[0]! ? -1 : 1;
  let low = 0, high = xs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sign * xs[mid]! <= sign * x) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, xs.length - 2);
}
