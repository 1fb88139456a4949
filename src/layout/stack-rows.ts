/** A horizontal extent to be given a row: `left`/`right` in pixels. */
export interface Extent {
  readonly left: number;
  readonly right: number;
}

/** Indices of `extents` sorted by their left edge, then by index: the order `stackRows` takes them in. */
export function leftOrder(extents: readonly Extent[]): Int32Array {
  return Int32Array.from(extents.keys()).sort((a, b) => extents[a]!.left - extents[b]!.left || a - b);
}

/**
 * Greedy interval partitioning: each extent, taken left to right, goes to the first row whose last extent ends
 * at least `gap` before it starts. O(n log n) for the sort plus O(n · rows); which is optimal: it uses as many
 * rows as extents overlap at the deepest point. Returns the row of each extent (by index in `extents`) and the
 * number of rows used; an extent that fits no row within `maxRows` gets -1. `order` may be given to reuse a
 * sort, or to stack only some of the extents (the others get -1).
 */
export function stackRows(
  extents: readonly Extent[], gap: number, maxRows: number, order: ArrayLike<number> = leftOrder(extents),
): { rows: Int32Array; count: number } {
  const rowEnds = new Float64Array(Math.max(0, maxRows));
  let count = 0;
  const rows = new Int32Array(extents.length).fill(-1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const { left, right } = extents[i]!;
    let row = 0;
    while (row < count && rowEnds[row]! + gap > left) row++;
    if (row === count) {
      if (count === maxRows) continue;
      count++;
    }
    rowEnds[row] = right;
    rows[i] = row;
  }
  return { rows, count };
}
