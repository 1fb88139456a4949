import { utcTicks } from 'd3-time';

/**
 * A linear map from time (ms) to x (px), the part of d3's scaleUtc this project uses. Written here because
 * scaleUtc pulls in d3-interpolate, d3-color and d3-time-format (about 26 KB minified) for features not used;
 * it keeps the shape of a d3 scale (callable, `domain`, `range`, `copy`), with ticks from d3-time.
 */
export interface TimeScale {
  (ms: number | Date): number;
  /** [start, end] in ms. */
  domain(): [number, number];
  /** [x at start, x at end]; the first is the larger for right-to-left time. */
  range(): [number, number];
  invert(x: number): number;
  ticks(count: number): Date[];
  copy(): TimeScale;
}

export function createTimeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((ms: number | Date) => r0 + (+ms - d0) * k) as TimeScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = (x) => (k === 0 ? d0 : d0 + (x - r0) / k);
  scale.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count);
  scale.copy = () => createTimeScale(domain, range);
  return scale;
}

/** Whether time runs left to right on this scale (false for right-to-left languages). */
export function runsForward(scale: TimeScale): boolean {
  const [r0, r1] = scale.range();
  return r1 >= r0;
}
