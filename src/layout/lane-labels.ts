import { elide } from './label-placement.js';
import type { Box, TextField } from './text-field.js';
import type { LaneBox } from './types.js';

/** Where a lane's name sits in its header: its baseline, and the top and bottom of its box, below the lane's top. */
export const LANE_LABEL = { baseline: 14, top: 1, bottom: 18, gap: 8, inset: 8 } as const;

export interface LaneLabelContext {
  readonly width: number;
  /** Widths of the name (drawn bold) and of the region and country after it. */
  readonly measureName: (text: string) => number;
  readonly measure: (text: string) => number;
  /** 1 when the lane's name reads from the left edge, -1 from the right. */
  readonly forward: number;
}

/**
 * Places each lane's name in its header, then its region and country after it, where no transfer's line runs
 * through them: at the edge time starts from, or else in the first stretch of the header that the lines leave free
 * and that holds the name; the region and country give way first (cut short, then left out). Where no stretch
 * holds the name, it stands whole at the edge and the lines through it are to be interrupted there: its box is in
 * `over` (see gapLinks). Each label placed is added to `field`, where other text keeps clear of it.
 */
export function placeLaneLabels(lanes: readonly LaneBox[], field: TextField, context: LaneLabelContext): { lanes: LaneBox[]; over: Box[] } {
  const { width, measure, measureName, forward } = context;
  const over: Box[] = [];
  const placed = lanes.map((lane) => {
    const top = lane.top + LANE_LABEL.top, bottom = lane.top + LANE_LABEL.bottom;
    // The header's free stretches, in reading order, as distances from the edge the name reads from.
    const free = freeStretches(field.linkSpans(top, bottom), LANE_LABEL.inset, width - LANE_LABEL.inset)
      .map(([a, b]) => (forward > 0 ? [a, b] : [width - b, width - a]) as [number, number])
      .sort((a, b) => a[0] - b[0]);
    const nameWidth = measureName(lane.label);
    const found = free.find(([a, b]) => b - a >= nameWidth);
    const stretch = found ?? [LANE_LABEL.inset, LANE_LABEL.inset + nameWidth];
    const room = Math.min(stretch[1], width - LANE_LABEL.inset) - stretch[0];
    const label = nameWidth <= room ? lane.label : elide(lane.label, room, measureName) || lane.label;
    const shownName = measureName(label);
    const detailRoom = found ? room - shownName - LANE_LABEL.gap : 0;
    const detail = lane.detail && detailRoom > 0 ? elide(lane.detail, detailRoom, measure) : '';
    const used = shownName + (detail ? LANE_LABEL.gap + measure(detail) : 0);
    const start = stretch[0];
    const [left, right] = forward > 0 ? [start, start + used] : [width - start - used, width - start];
    field.add({ left, right, top, bottom });
    if (!found) over.push({ left, right, top, bottom });
    return { ...lane, label, detail, labelX: forward > 0 ? start : width - start, fullLabel: [lane.label, lane.detail].filter(Boolean).join(' · ') };
  });
  return { lanes: placed, over };
}

/** The stretches of [from, to] that none of `spans` (sorted by their start) covers. */
function freeStretches(spans: readonly (readonly [number, number])[], from: number, to: number): [number, number][] {
  const free: [number, number][] = [];
  let at = from;
  for (const [a, b] of spans) {
    if (a > at) free.push([at, Math.min(a, to)]);
    at = Math.max(at, b);
    if (at >= to) break;
  }
  if (at < to) free.push([at, to]);
  return free.filter(([a, b]) => b > a);
}
