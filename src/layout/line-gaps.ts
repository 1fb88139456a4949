import type { Box } from './text-field.js';
import type { AsOfMark, EraBand, SeriesTrack } from './types.js';
import type { Band } from './vertical-band.js';

/** Room kept between a line's end and the text it stops short of, in pixels. */
const PAD = 2;

/**
 * The heights where a vertical line at `x` would cross one of `boxes`, each widened by PAD, merged, top to
 * bottom. Words are placed first and the eras' edges and the "as of" line run down the whole plot, so the line
 * gives way to the words: on screen a label's halo would hide it, but paper prints no halo (it would print the
 * text twice), and a line through a word is what a graphics desk sends back.
 */
export function verticalGaps(x: number, boxes: readonly Box[]): Band[] {
  const crossed = boxes.filter((box) => box.left - PAD < x && x < box.right + PAD)
    .map((box): [number, number] => [box.top - PAD, box.bottom + PAD])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [top, bottom] of crossed) {
    const last = merged.at(-1);
    if (last && top <= last[1]) last[1] = Math.max(last[1], bottom);
    else merged.push([top, bottom]);
  }
  return merged;
}

/** A vertical line at `x` from `top` to `bottom` as a path, broken where `gaps` are. */
export function brokenVertical(x: number, top: number, bottom: number, gaps: readonly Band[]): string {
  let path = '', from = top;
  for (const [start, end] of gaps) {
    if (end <= from || start >= bottom) continue;
    if (start > from) path += `M${x},${from}V${start}`;
    from = Math.max(from, end);
  }
  if (from < bottom) path += `M${x},${from}V${bottom}`;
  return path;
}

/** The boxes the force-level tracks' titles take: the name, then its unit after a gap of 8 px, on a baseline
 * 14 px under the track's top, where render-series draws them. */
export function trackTitleBoxes(tracks: readonly SeriesTrack[], measure: (text: string) => number, measureStrong: (text: string) => number, forward: boolean): Box[] {
  return tracks.map((track) => {
    const width = measureStrong(track.title) + (track.unit ? 8 + measure(track.unit) : 0);
    const left = forward ? track.labelX : track.labelX - width;
    return { left, right: left + width, top: track.top + 3, bottom: track.top + 18 };
  });
}

/** The eras' edges and the "as of" line, each a path from `top` to `bottom` broken around `boxes`. */
export function linesAroundWords(
  eras: readonly EraBand[], asOf: AsOfMark | undefined, boxes: readonly Box[], top: number, bottom: number,
): { eras: EraBand[]; asOf: AsOfMark | undefined } {
  const line = (x: number) => brokenVertical(x, top, bottom, verticalGaps(x, boxes));
  return {
    eras: eras.map((era) => ({ ...era, edgePath: era.edge ? line(era.labelAlign === 'left' ? era.left : era.right) : '' })),
    asOf: asOf && { ...asOf, linePath: Number.isNaN(asOf.lineX) ? '' : line(asOf.lineX) },
  };
}
