import { pickText } from '../model/pick-text.js';
import { isDatePoint } from '../model/edtf.js';
import type { Era, When } from '../model/types.js';
import type { Formatter } from '../words/format-when.js';
import { elide } from './label-placement.js';
import { fill } from '../words/messages.js';
import type { AsOfMark, EraBand, PlotContext } from './types.js';
import { runsForward, type TimeScale } from './time-scale.js';

const LABEL_INSET = 4;

/** The pixel extent of a `When` on the plot, left ≤ right, open or unknown sides reaching the plot's edges. */
function extent(when: When, scale: TimeScale, width: number): [number, number] {
  const forward = runsForward(scale);
  // An open start reaches back to the plot's start edge, an open end forward to its end edge.
  const startEdge = forward ? 0 : width, endEdge = forward ? width : 0;
  const start = Number.isNaN(when.min) ? startEdge : scale(when.min);
  const end = Number.isNaN(when.max) ? endEdge : scale(when.max);
  return [Math.min(start, end), Math.max(start, end)];
}

/**
 * The "as of" mark of a published date. The line stands at the latest moment the date names (its start, when
 * its end is open); the label sits past it, on the side of what came after, where there is room. A report from
 * before the window hatches the whole plot, with no line; one from after the window shows nothing.
 */
export function layoutAsOf(published: When | undefined, options: PlotContext): AsOfMark | undefined {
  const lineTime = !published ? NaN : Number.isNaN(published.max) ? published.min : published.max;
  if (!published || Number.isNaN(lineTime)) return undefined;
  const { scale, width, formatter, messages, measure } = options;
  const forward = runsForward(scale);
  const lineX = scale(lineTime);
  // An open side of the published period adds nothing to it: the period is what is known.
  const firstX = Number.isNaN(published.min) ? lineX : scale(published.min);
  const left = Math.max(0, Math.min(firstX, lineX)), right = Math.min(width, Math.max(firstX, lineX));
  const after: [number, number] = forward ? [Math.max(0, lineX), width] : [0, Math.min(width, lineX)];
  if (after[0] >= after[1] && (lineX < 0 || lineX > width)) return undefined;
  const onScreen = lineX >= 0 && lineX <= width;
  const fullLabel = onScreen ? fill(messages.asOf, { date: asOfDate(published, formatter) }) : '';
  // Drawn strong: measured so.
  const strong = options.measureStrong ?? measure;
  const labelWidth = strong(fullLabel);
  // Past the line in the direction time runs, on the side of what came after, unless only the other side fits; where
  // neither does, cut short on the roomier side.
  const roomRight = width - lineX - LABEL_INSET, roomLeft = lineX - LABEL_INSET;
  const fitsRight = labelWidth <= roomRight, fitsLeft = labelWidth <= roomLeft;
  const onRight = fitsRight || fitsLeft ? (forward ? fitsRight || !fitsLeft : !fitsLeft && fitsRight) : roomRight >= roomLeft;
  const label = fitsRight || fitsLeft ? fullLabel : elide(fullLabel, onRight ? roomRight : roomLeft, strong);
  return {
    left: Math.min(left, right), right, lineX: onScreen ? lineX : NaN, label, fullLabel,
    labelX: onRight ? lineX + LABEL_INSET : lineX - LABEL_INSET,
    labelAlign: onRight ? 'left' : 'right',
    // Drawn once the words are placed (see line-gaps.ts).
    linePath: '',
    after,
  };
}

/** A published date in words for "as of": an open interval reads as its known side ("16 December 2024"), not
 * as "by 16 December 2024". */
function asOfDate(published: When, formatter: Formatter): string {
  if (published.interval) {
    const known = isDatePoint(published.end) ? published.end : isDatePoint(published.start) ? published.start : undefined;
    const open = !isDatePoint(published.start) || !isDatePoint(published.end);
    if (open && known) return formatter.when({ ...published, interval: false, text: known.text, start: known, end: known });
  }
  return formatter.when(published);
}

/**
 * Lays out the eras that reach into the window. Each name starts at its band's visible start edge and is elided
 * to the band, and to the "as of" label where that sits inside it, so no two labels overlap.
 */
export function layoutEras(eras: readonly Era[], asOf: AsOfMark | undefined, options: PlotContext): EraBand[] {
  const { scale, width, languages, measure } = options;
  const forward = runsForward(scale);
  const asOfLabel = asOf && labelExtent(asOf.labelX, (options.measureStrong ?? measure)(asOf.label), asOf.labelAlign);
  const bands: EraBand[] = [];
  eras.forEach((era, index) => {
    const box = extent(era.when, scale, width);
    const startX = forward ? box[0] : box[1];
    const edge = !Number.isNaN(era.when.min) && startX >= 0 && startX <= width;
    const left = Math.max(0, box[0]), right = Math.min(width, box[1]);
    if (left >= right) return;
    const labelAlign = forward ? 'left' : 'right';
    const labelX = forward ? left + LABEL_INSET : right - LABEL_INSET;
    // Room runs from the label's start to the band's far edge, or to the "as of" label if that comes first.
    let room = right - left - 2 * LABEL_INSET;
    if (asOfLabel) {
      const [a, b] = asOfLabel;
      if (forward && a >= labelX && a < right) room = Math.min(room, a - labelX - LABEL_INSET);
      if (!forward && b <= labelX && b > left) room = Math.min(room, labelX - b - LABEL_INSET);
      if (a <= labelX && b >= labelX) room = 0;
    }
    const name = pickText(era.title, languages);
    const label = room <= 0 ? '' : elide(name, room, measure);
    bands.push({ index, left, right, label, labelX, labelAlign, edge, edgePath: '' });
  });
  return bands;
}

function labelExtent(x: number, labelWidth: number, align: 'left' | 'right'): [number, number] {
  return align === 'left' ? [x, x + labelWidth] : [x - labelWidth, x];
}
