import { LABEL_HALF_HEIGHT } from './label-room.js';
import type { Box } from './text-field.js';

/** How numbers are written: the locale's digits, and the language's list separator. */
export interface NumberWriting {
  readonly format: (value: number) => string;
  readonly separator: string;
}

const PLAIN: NumberWriting = { format: String, separator: ', ' };

/**
 * The numbers of a group's events as short as they read: runs of consecutive numbers joined ("512, 520, 531–533"),
 * in increasing order. Numbers are the events' rows in the printed table.
 */
export function numberRuns(numbers: readonly number[], { format, separator }: NumberWriting = PLAIN): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    // Two in a row read better as a list than as a range.
    if (j === i) runs.push(format(sorted[i]!));
    else if (j === i + 1) runs.push(`${format(sorted[i]!)}${separator}${format(sorted[j]!)}`);
    else runs.push(`${format(sorted[i]!)}–${format(sorted[j]!)}`);
    i = j + 1;
  }
  return runs.join(separator);
}

/** The first and last number alone ("512–533"): a group's numbers where its whole list has no room. */
export function numberSpan(numbers: readonly number[], { format }: NumberWriting = PLAIN): string {
  let low = Infinity, high = -Infinity;
  for (const n of numbers) {
    low = Math.min(low, n);
    high = Math.max(high, n);
  }
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

/** What a group's numbers need: where its bar is, and the numbers its events print with. */
export interface NumberedGroup {
  readonly left: number;
  readonly right: number;
  readonly numbers: readonly number[];
}

export interface PlacedNumbers {
  readonly label: string;
  /** The label's centre. */
  readonly x: number;
  readonly y: number;
}

interface GroupNumberContext {
  readonly width: number;
  readonly measure: (text: string) => number;
  /** The centre of the first row under the groups, and a row's height. */
  readonly top: number;
  readonly rowHeight: number;
  /** Rows in which a group's whole list is tried before its first and last number stand for it. */
  readonly listRows?: number;
  readonly writing?: NumberWriting;
}

/** The room kept between two labels of a row, in pixels. */
const GAP = 8;
/** The widest a group's whole list may be: a longer one would sit far from its group, and its span says as much. */
const LIST_MAX_WIDTH = 160;
/** More numbers than fit in that width even as one run each ("1, 3, 5…"). */
const MAX_LISTED = 40;

/**
 * On paper, where each event is a numbered row of the table under the chart, each group of a lane (left to right)
 * says which rows it holds, so that every printed event has its number on the chart. The numbers sit in rows of
 * their own under the lane's groups, each centred under its group in the first row with room: the whole list where
 * it is short and fits within `listRows` rows, else its first and last number, in as many rows as that takes. Returns each
 * group's label, the boxes they take, and how many rows they use (the lane grows by as many).
 */
export function stackGroupNumbers(
  groups: readonly NumberedGroup[], context: GroupNumberContext,
): { labels: PlacedNumbers[]; boxes: Box[]; rows: number } {
  const { width, measure, top, rowHeight } = context;
  const listRows = context.listRows ?? 2;
  /** Each row's rightmost edge taken so far: groups come left to right. */
  const ends: number[] = [];
  const labels: PlacedNumbers[] = [], boxes: Box[] = [];
  for (const group of groups) {
    const centre = (group.left + group.right) / 2;
    // A list of more numbers than could ever fit is not written out only to be measured and dropped.
    const list = group.numbers.length <= MAX_LISTED ? numberRuns(group.numbers, context.writing) : '';
    const forms: [string, number][] = [[list, listRows], [numberSpan(group.numbers, context.writing), Infinity]];
    for (const [text, maxRows] of forms) {
      if (!text) continue;
      const textWidth = measure(text);
      if (maxRows !== Infinity && textWidth > Math.max(LIST_MAX_WIDTH, group.right - group.left)) continue;
      const left = Math.max(0, Math.min(centre - textWidth / 2, width - textWidth));
      let row = ends.findIndex((end) => left >= end + GAP);
      if (row < 0) row = ends.length;
      if (row >= maxRows) continue;
      ends[row] = left + textWidth;
      const y = top + row * rowHeight;
      labels.push({ label: text, x: left + textWidth / 2, y });
      boxes.push({ left, right: left + textWidth, top: y - LABEL_HALF_HEIGHT, bottom: y + LABEL_HALF_HEIGHT });
      break;
    }
  }
  return { labels, boxes, rows: ends.length };
}
