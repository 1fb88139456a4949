/** A horizontal extent to be given a row: `left`/`right` in pixels. */
export interface Extent {
  readonly left: number;
  readonly right: number;
}

/**
 * Greedy interval partitioning: each extent, taken left to right, goes to the first row whose last extent ends
 * at least `gap` before it starts. O(n log n) for the sort plus O(n · rows). Returns the row of each extent (in
 * input order) and the number of rows used; an extent that fits no row within `maxRows` gets -1.
 */
export function stackRows(extents: readonly Extent[], gap: number, maxRows: number): { rows: Int32Array; count: number } {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.left - extents[b]!.left || a - b);
  const rowEnds: number[] = [];
  const rows = new Int32Array(extents.length).fill(-1);
  for (const i of order) {
    const { left, right } = extents[i]!;
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.push(-Infinity) - 1;
    if (row < 0) continue;
    rowEnds[row] = right;
    rows[i] = row;
  }
  return { rows, count: rowEnds.length };
}
