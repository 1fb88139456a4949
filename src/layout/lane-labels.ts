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
 * Places each lane's name in its header at the edge time starts from, where a reader looks for it, then its region
 * and country after it. The lines of transfers give way to the name: those through it are to be interrupted there
 * (its box is in `over`, see gapLinks). The region and country give way to the lines: cut short before the first
 * line after the name, or left out. Each label placed is added to `field`, where other text keeps clear of it.
 */
export function placeLaneLabels(lanes: readonly LaneBox[], field: TextField, context: LaneLabelContext): { lanes: LaneBox[]; over: Box[] } {
  const { width, measure, measureName, forward } = context;
  const over: Box[] = [];
  const placed = lanes.map((lane) => {
    const top = lane.top + LANE_LABEL.top, bottom = lane.top + LANE_LABEL.bottom;
    const room = width - 2 * LANE_LABEL.inset;
    const nameWidth = measureName(lane.label);
    const label = nameWidth <= room ? lane.label : elide(lane.label, room, measureName) || lane.label;
    const shownName = measureName(label);
    // The lines' spans in the header, as distances from the edge the name reads from.
    const spans = field.linkSpans(top, bottom)
      .map(([a, b]) => (forward > 0 ? [a, b] : [width - b, width - a]) as [number, number]);
    const nameEnd = LANE_LABEL.inset + shownName;
    const detailStart = nameEnd + LANE_LABEL.gap;
    const firstAfter = Math.min(width - LANE_LABEL.inset, ...spans.filter(([, b]) => b > detailStart).map(([a]) => a));
    const detail = lane.detail && firstAfter - detailStart > 0 ? elide(lane.detail, firstAfter - detailStart - 2, measure) : '';
    const used = shownName + (detail ? LANE_LABEL.gap + measure(detail) : 0);
    const [left, right] = forward > 0 ? [LANE_LABEL.inset, LANE_LABEL.inset + used] : [width - LANE_LABEL.inset - used, width - LANE_LABEL.inset];
    field.add({ left, right, top, bottom });
    const crossed = spans.some(([a, b]) => a < nameEnd && b > LANE_LABEL.inset);
    if (crossed) {
      const [nameLeft, nameRight] = forward > 0 ? [LANE_LABEL.inset, nameEnd] : [width - nameEnd, width - LANE_LABEL.inset];
      over.push({ left: nameLeft, right: nameRight, top, bottom });
    }
    return {
      ...lane, label, detail, labelX: forward > 0 ? LANE_LABEL.inset : width - LANE_LABEL.inset,
      fullLabel: [lane.label, lane.detail].filter(Boolean).join(' · '),
    };
  });
  return { lanes: placed, over };
}
