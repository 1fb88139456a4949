import { ALIGN_RIGHT, INSIDE, type Candidates } from './candidates.js';
import type { Metrics } from './types.js';

/**
 * Gives each label cut short in a crowded lane the free room beside it, up to the next mark or label in its row
 * (or the plot's edge): stacking reserved less for it, but the row may hold more. `order` is the lane's stacked
 * candidates, left to right by extent, with their rows in `rows`; `fullOf` is a candidate's whole label width.
 * Updates `c.labelWidth` and the extents; never narrows a label, never reaches a neighbour (taken left to right, a
 * label widened first leaves the rest of the free room to the next).
 */
export function widenIntoRows(
  order: ArrayLike<number>, c: Candidates, rows: Int32Array, width: number, metrics: Pick<Metrics, 'labelGap' | 'edgePadding'>,
  fullOf: (k: number) => number,
): void {
  const gap = metrics.labelGap;
  // The extent before each candidate in its row, and after it: its neighbours.
  const previous = new Map<number, number>(), next = new Map<number, number>();
  const lastInRow = new Map<number, number>();
  for (let j = 0; j < order.length; j++) {
    const k = order[j]!, row = rows[k]!;
    if (row < 0) continue;
    const before = lastInRow.get(row);
    if (before !== undefined) {
      previous.set(k, before);
      next.set(before, k);
    }
    lastInRow.set(row, k);
  }
  for (let j = 0; j < order.length; j++) {
    const k = order[j]!;
    const bits = c.bits[k]!;
    if (rows[k]! < 0 || bits & INSIDE || c.labelWidth[k]! >= fullOf(k)) continue;
    let room: number;
    if (bits & ALIGN_RIGHT) {
      // Read before the mark: room back to the previous extent in the row, or the plot's start.
      const before = previous.get(k);
      const limit = before === undefined ? metrics.edgePadding / 2 : c.extentRight[before]! + gap;
      room = c.left[k]! - gap - limit;
    } else {
      const after = next.get(k);
      const limit = after === undefined ? width - metrics.edgePadding / 2 : c.extentLeft[after]! - gap;
      room = limit - (c.right[k]! + gap);
    }
    const widened = Math.min(fullOf(k), room);
    if (widened <= c.labelWidth[k]!) continue;
    c.labelWidth[k] = widened;
    // The extent grows with it, so that a neighbour widening into the same free room stops at it.
    if (bits & ALIGN_RIGHT) c.extentLeft[k] = c.left[k]! - gap - widened;
    else c.extentRight[k] = c.right[k]! + gap + widened;
  }
}
