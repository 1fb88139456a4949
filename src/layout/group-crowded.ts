import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../model/types.js';
import type { Candidates } from './candidates.js';
import type { GroupMark } from './types.js';
import { binAtX, type TimeBins } from './time-bins.js';
import type { TimeScale } from './time-scale.js';

/** Each kind's place in `EVENT_KINDS`, for counting kinds in an array. */
const KIND_INDEX = Object.fromEntries(EVENT_KINDS.map((kind, i) => [kind, i])) as Record<EventKind, number>;

/** A group before the layout knows how it compares with the others: `level` is set once all lanes are done. */
export type GroupDraft = Omit<GroupMark, 'level'> & { level: number };

/**
 * Splits a lane's candidates (`items`, with their rows in `c.rows`) into groups and single marks: every calendar
 * bin that holds a candidate with no row becomes a group of all the candidates whose anchor falls in it. Marks
 * the grouped candidates in `c.grouped` and returns the groups, left to right.
 */
export function groupCrowded(
  items: Int32Array, c: Candidates, events: readonly TimelineEvent[], bins: TimeBins, scale: TimeScale, lane: number, y: number,
): GroupDraft[] {
  const binOfItem = new Int32Array(items.length);
  const dense = new Uint8Array(bins.edges.length - 1);
  for (let k = 0; k < items.length; k++) {
    binOfItem[k] = binAtX(bins, c.x[items[k]!]!);
    if (c.rows[items[k]!]! < 0) dense[binOfItem[k]!] = 1;
  }
  const members: TimelineEvent[][] = [];
  for (let k = 0; k < items.length; k++) {
    const bin = binOfItem[k]!;
    if (!dense[bin]) continue;
    c.grouped[items[k]!] = 1;
    (members[bin] ??= []).push(events[c.event[items[k]!]!]!);
  }
  const [x0, x1] = scale.range();
  const plotLeft = Math.min(x0, x1), plotRight = Math.max(x0, x1);
  const groups: GroupDraft[] = [];
  const counts = new Int32Array(EVENT_KINDS.length);
  // Bins in time order, so groups come out in time order.
  members.forEach((list, bin) => {
    const a = bins.xs[bin]!, b = bins.xs[bin + 1]!;
    counts.fill(0);
    for (const event of list) counts[KIND_INDEX[event.kind]]!++;
    const kinds: (readonly [EventKind, number])[] = [];
    for (let k = 0; k < counts.length; k++) if (counts[k]) kinds.push([EVENT_KINDS[k]!, counts[k]!]);
    groups.push({
      key: `${lane}\n${bins.edges[bin]!}`, lane, start: bins.edges[bin]!, end: bins.edges[bin + 1]!,
      left: Math.max(plotLeft, Math.min(a, b)), right: Math.min(plotRight, Math.max(a, b)), y, events: list, kinds, level: 0,
      label: '', labelX: 0, labelY: 0,
    });
  });
  // Left to right on screen, whichever way time runs.
  if (x0 > x1) groups.reverse();
  return groups;
}
