import type { MarkShape } from './types.js';

/**
 * Events that reach into the time window, before they have rows (candidates for a mark): what a layout computes
 * for each of them, in parallel typed arrays reused from one layout to the next.
 */

/** A candidate's shape and label side, packed in a byte. */
export const SHAPES: readonly MarkShape[] = ['point', 'span', 'bar'];
export const SHAPE_BITS: Readonly<Record<MarkShape, number>> = { point: 0, span: 1, bar: 2 };
export const SHAPE_MASK = 3;
export const OPEN_LEFT = 4;
export const OPEN_RIGHT = 8;
export const ALIGN_RIGHT = 16;
export const INSIDE = 32;

/** Events that reach into the window, before they have rows: parallel arrays indexed by candidate. */
export interface Candidates {
  /** Index into `story.events`. */
  readonly event: Int32Array;
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly x: Float64Array;
  readonly labelWidth: Float64Array;
  /** Shape, open ends, label side (see the bit constants). */
  readonly bits: Uint8Array;
  /** The mark with its label beside it: what stacking keeps apart. */
  readonly extentLeft: Float64Array;
  readonly extentRight: Float64Array;
  /** Scratch for the lane at hand: its row, and whether a group took it. */
  readonly rows: Int32Array;
  readonly grouped: Uint8Array;
}

let reused: Candidates | undefined;

/**
 * Buffers for up to `capacity` candidates, reused from one layout to the next: zooming lays out many times a
 * second, and fresh arrays would only feed the garbage collector. Layouts run one at a time (they are
 * synchronous), and none keeps a reference to these once it returns.
 */
export function candidates(capacity: number): Candidates {
  if (reused && reused.event.length >= capacity) return reused;
  const size = Math.max(capacity, 256);
  const floats = () => new Float64Array(size);
  reused = {
    event: new Int32Array(size), left: floats(), right: floats(), x: floats(), labelWidth: floats(),
    bits: new Uint8Array(size), extentLeft: floats(), extentRight: floats(), rows: new Int32Array(size),
    grouped: new Uint8Array(size),
  };
  return reused;
}
