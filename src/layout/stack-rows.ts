/**
 * Horizontal extents to be given rows, as two parallel arrays indexed by id: `left[id]`, `right[id]` in pixels.
 * Parallel typed arrays rather than an object an extent, because a zoom frame stacks every event in the window.
 */
export interface Extents {
  readonly left: ArrayLike<number>;
  readonly right: ArrayLike<number>;
}

/** Positions are packed below the quantised left edge in one float: 2^21 of them, left edges to 1/256 px. */
const POSITION_BITS = 2 ** 21;
const SUBPIXEL = 256;

/**
 * Whether `ids` surely cannot be stacked in `maxRows` rows, whatever room their labels are given: some row would
 * hold at least n / maxRows of them side by side, each at least as wide as the narrowest mark with `gap` after it,
 * which is more than the span the marks, widened by `reach` (the most a label adds) on each side, cover. A lane of
 * a large story zoomed out skips straight to its groups rather than stacking its thousands of events in vain.
 */
export function cannotStack(marks: Extents, ids: ArrayLike<number>, gap: number, maxRows: number, reach: number): boolean {
  const n = ids.length;
  if (n <= maxRows) return false;
  let min = Infinity, max = -Infinity, narrowest = Infinity;
  for (let k = 0; k < n; k++) {
    const left = marks.left[ids[k]!]!, right = marks.right[ids[k]!]!;
    if (left < min) min = left;
    if (right > max) max = right;
    if (right - left < narrowest) narrowest = right - left;
  }
  return Math.ceil(n / maxRows) * (narrowest + gap) - gap > max - min + 2 * reach;
}

/**
 * `ids` sorted by their extent's left edge, ties (to 1/256 px) kept in the order given: the order `stackRows`
 * takes them in. Sorting numbers that pack the left edge above the position lets the engine's native numeric
 * sort do the work, several times faster than sorting with a comparator.
 */
export function leftOrder(extents: Extents, ids: ArrayLike<number>): Int32Array {
  const n = ids.length;
  const order = new Int32Array(n);
  let min = Infinity, max = -Infinity;
  for (let k = 0; k < n; k++) {
    const left = extents.left[ids[k]!]!;
    if (left < min) min = left;
    if (left > max) max = left;
  }
  if (n >= POSITION_BITS || (max - min) * SUBPIXEL * POSITION_BITS >= Number.MAX_SAFE_INTEGER) {
    // Beyond what packs exactly: compare.
    for (let k = 0; k < n; k++) order[k] = k;
    order.sort((a, b) => extents.left[ids[a]!]! - extents.left[ids[b]!]! || a - b);
  } else {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = Math.floor((extents.left[ids[k]!]! - min) * SUBPIXEL) * POSITION_BITS + k;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k]! % POSITION_BITS;
  }
  for (let k = 0; k < n; k++) order[k] = ids[order[k]!]!;
  return order;
}

/**
 * Greedy interval partitioning: each extent, taken in `order` (left to right, see `leftOrder`), goes to the first
 * row whose last extent ends at least `gap` before it starts. O(n · rows) after the sort; optimal: it uses as
 * many rows as extents overlap at the deepest point. Writes each id's row into `rows[id]`, or -1 for an extent
 * that fits no row within `maxRows`, and returns the number of rows used. Ids not in `order` are left alone.
 */
export function stackRows(extents: Extents, gap: number, maxRows: number, order: ArrayLike<number>, rows: Int32Array): number {
  const rowEnds = new Float64Array(Math.max(0, maxRows));
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const id = order[k]!;
    const left = extents.left[id]!;
    let row = 0;
    while (row < count && rowEnds[row]! + gap > left) row++;
    if (row === count) {
      if (count === maxRows) {
        rows[id] = -1;
        continue;
      }
      count++;
    }
    rowEnds[row] = extents.right[id]!;
    rows[id] = row;
  }
  return count;
}
