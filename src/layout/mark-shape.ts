import type { When } from '../model/types.js';
import type { TimeScale } from './time-scale.js';
import type { MarkShape } from './types.js';

export interface ShapeMetrics {
  readonly pointRadius: number;
  readonly minBarWidth: number;
  readonly openLength: number;
}

export interface Shape {
  readonly shape: MarkShape;
  /** Pixel extent, left ≤ right whatever the time direction. */
  readonly left: number;
  readonly right: number;
  /** The anchor: a point's centre, a bar's middle. */
  readonly x: number;
  /** Open or unknown ends, on the physical side they are drawn on. */
  readonly openLeft: boolean;
  readonly openRight: boolean;
}

/**
 * The pixel shape of a date. `exact` dates (a day, a moment) are points however far one zooms in; periods and
 * intervals are bars at least `minBarWidth` wide, and a period narrower than that on screen becomes a point.
 * An open end reaches `openLength` past its known side, in the direction time runs (`forward` is -1 for
 * right-to-left).
 */
export function shapeOf(when: When, exact: boolean, scale: TimeScale, metrics: ShapeMetrics, forward: number): Shape {
  let startX = Number.isNaN(when.min) ? NaN : scale(when.min);
  let endX = Number.isNaN(when.max) ? NaN : scale(when.max);
  const openStart = Number.isNaN(startX), openEnd = Number.isNaN(endX);
  if (openStart) startX = endX - forward * metrics.openLength;
  if (openEnd) endX = startX + forward * metrics.openLength;
  let left = Math.min(startX, endX), right = Math.max(startX, endX);
  let shape: MarkShape = when.interval ? 'bar' : 'span';
  if (!when.interval && (exact || right - left < metrics.minBarWidth)) {
    shape = 'point';
    const centre = (left + right) / 2;
    left = centre - metrics.pointRadius;
    right = centre + metrics.pointRadius;
  } else if (right - left < metrics.minBarWidth) {
    const centre = (left + right) / 2;
    left = centre - metrics.minBarWidth / 2;
    right = centre + metrics.minBarWidth / 2;
  }
  const openLeft = forward > 0 ? openStart : openEnd;
  const openRight = forward > 0 ? openEnd : openStart;
  return { shape, left, right, x: (left + right) / 2, openLeft, openRight };
}
