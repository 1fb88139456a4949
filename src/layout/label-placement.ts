import type { MarkShape } from './types.js';

/** The room a label takes and the side it reads on; `labelWidth` 0 means no label. */
export interface LabelRoom {
  readonly labelWidth: number;
  /** Which edge of the label sits at its anchor. */
  readonly labelAlign: 'left' | 'right';
  /** The label sits inside a bar too long to leave room beside it. */
  readonly inside: boolean;
}

export interface LabelMetrics {
  readonly edgePadding: number;
  readonly labelGap: number;
  readonly labelMaxWidth: number;
}

/**
 * Where the label goes and how much room it takes: after the mark in reading order; if it does not fit there,
 * before it; failing both, inside a bar wide enough, or on the roomier side, cut to fit. Only the room is
 * decided here: the text is cut (elided) later, and only for the labels that stacking leaves visible.
 */
export function placeLabel(
  full: number, shape: { shape: MarkShape; left: number; right: number }, width: number, metrics: LabelMetrics,
  forward: number,
): LabelRoom {
  const roomRight = width - metrics.edgePadding / 2 - (shape.right + metrics.labelGap);
  const roomLeft = shape.left - metrics.labelGap - metrics.edgePadding / 2;
  // Inside a bar, only its visible part counts: a bar running past the window has its label pinned to the edge.
  const [shownLeft, shownRight] = [Math.max(shape.left, metrics.edgePadding / 2), Math.min(shape.right, width - metrics.edgePadding / 2)];
  const roomInside = shape.shape === 'point' ? 0 : shownRight - shownLeft - 2 * metrics.labelGap;
  const after: 'left' | 'right' = forward > 0 ? 'left' : 'right';
  const before: 'left' | 'right' = forward > 0 ? 'right' : 'left';
  const roomAfter = forward > 0 ? roomRight : roomLeft;
  const roomBefore = forward > 0 ? roomLeft : roomRight;
  const limit = metrics.labelMaxWidth;
  const fits = (room: number) => full <= Math.min(limit, room);
  if (fits(roomAfter)) return { labelWidth: full, labelAlign: after, inside: false };
  if (fits(roomBefore)) return { labelWidth: full, labelAlign: before, inside: false };
  const best = Math.max(roomAfter, roomBefore, roomInside);
  const labelWidth = Math.max(0, Math.min(limit, best));
  if (best === roomInside) return { labelWidth, labelAlign: after, inside: true };
  return { labelWidth, labelAlign: best === roomAfter ? after : before, inside: false };
}

/**
 * A label beside a mark starts a gap away from it; one inside a bar starts a gap in from the bar's leading edge,
 * or from the plot's edge where the bar runs past it (pinned, so it shows while the bar does).
 */
export function labelX(
  d: { left: number; right: number; labelAlign: 'left' | 'right'; inside: boolean }, gap: number, width: number, edge: number,
): number {
  if (d.inside) return d.labelAlign === 'left' ? Math.max(d.left, edge / 2) + gap : Math.min(d.right, width - edge / 2) - gap;
  return d.labelAlign === 'left' ? d.right + gap : d.left - gap;
}

/** The longest prefix of `text` that fits `maxWidth` with an ellipsis, by binary search; '' when not even 3 letters fit. */
export function elide(text: string, maxWidth: number, measure: (text: string) => number): string {
  // No letter is narrower than a pixel: what lies past that many characters cannot show, and is not measured, so a
  // label's cost does not grow with its text.
  const head = text.length > maxWidth + 1 ? text.slice(0, Math.max(0, Math.ceil(maxWidth)) + 1) : text;
  if (head === text && measure(text) <= maxWidth) return text;
  let low = 0, high = head.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${head.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low >= 3 ? `${head.slice(0, low).trimEnd()}…` : '';
}
