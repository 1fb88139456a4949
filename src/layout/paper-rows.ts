import type { LinkMark, TimelineLayout } from './types.js';
import { curveParts } from './link-geometry.js';
import type { Band } from './vertical-band.js';
import { LABEL_HALF_HEIGHT } from './label-room.js';
import { LINE_GAP } from './label-wrap.js';

/** A lane on paper: its name's strip, then its rows of marks in parts a page may break between. */
export interface PaperLane {
  /** From the lane's top to its first clean cut: its name, repeated on the next page when the lane goes on there. */
  readonly head: Band;
  /** The rest, cut between rows of marks where no word or mark is, top to bottom, with no gaps. */
  readonly parts: readonly Band[];
  /** Short enough to move whole to the next page rather than break. */
  readonly whole: boolean;
}

/** The plot cut into bands for paper. */
export interface PaperRows {
  /** The axis and the strip naming eras and the "as of" date: repeated at the top of every printed page. */
  readonly head: Band;
  /** The force-level tracks, when the story has any: never broken. */
  readonly tracks: Band | undefined;
  readonly lanes: readonly PaperLane[];
}

type Plot = Pick<TimelineLayout, 'lanes' | 'lanesTop' | 'tracks' | 'marks' | 'groups' | 'links' | 'metrics'>;

/**
 * Cuts a plot for printing into bands, each drawn as a row of its own, so the browser breaks pages between
 * them and never through a mark or a word, for whatever paper the reader picks, repeating the axis on every page.
 * A lane no taller than `wholeUpTo` moves whole to the next page; a taller one fills the page and goes on on the
 * next, under its name again (the lane's head repeats there). Stacked, the bands show the whole plot; a transfer
 * crossing lanes is drawn in pieces, a piece in each band it crosses.
 */
export function paperRows(layout: Plot, wholeUpTo = Infinity): PaperRows {
  const tracksTop = layout.tracks[0]?.top ?? layout.lanesTop;
  const lanes = layout.lanes.map((lane, index): PaperLane => {
    const bottom = lane.top + lane.height;
    const cuts = [...cleanCuts(layout, index), bottom];
    const parts: Band[] = [];
    for (let i = 1; i < cuts.length; i++) parts.push([cuts[i - 1]!, cuts[i]!]);
    return parts.length
      ? { head: [lane.top, cuts[0]!], parts, whole: lane.height <= wholeUpTo }
      : { head: [lane.top, bottom], parts, whole: true };
  });
  return { head: [0, tracksTop], tracks: layout.lanesTop > tracksTop ? [tracksTop, layout.lanesTop] : undefined, lanes };
}

/** The heights between a lane's rows, under its name, that no word or mark of it crosses. */
function cleanCuts(layout: Plot, index: number): number[] {
  const lane = layout.lanes[index]!, { rowHeight, laneHeader } = layout.metrics;
  const taken = takenSpans(layout, index);
  const cuts: number[] = [];
  for (let y = lane.top + laneHeader; y < lane.top + lane.height - rowHeight / 2; y += rowHeight) {
    if (!taken.some(([top, end]) => top < y - 0.5 && end > y + 0.5)) cuts.push(y);
  }
  return cuts;
}

/** The heights a lane's words and marks take: a mark with its label (two lines when wrapped), a group with its
 * numbers, an amount on a transfer's line. */
function takenSpans(layout: Plot, index: number): Band[] {
  const half = layout.metrics.rowHeight / 2;
  const spans: Band[] = [];
  for (const mark of layout.marks) {
    if (mark.lane === index) spans.push([mark.y - half, mark.y + half + (mark.label2 === undefined ? 0 : LINE_GAP)]);
  }
  for (const group of layout.groups) {
    if (group.lane !== index) continue;
    spans.push([group.y - half, group.y + half]);
    if (group.label) spans.push([group.labelY - LABEL_HALF_HEIGHT, group.labelY + LABEL_HALF_HEIGHT]);
  }
  for (const link of layout.links) if (link.label) spans.push([link.labelY - LABEL_HALF_HEIGHT, link.labelY + LABEL_HALF_HEIGHT]);
  return spans;
}

/**
 * The links as one paper row draws them: only the part of each curve inside the row's band, the arrowhead in the
 * row its tip is in, the amount in the row its label sits in. A transfer across many lanes is then drawn once in
 * all, in pieces, rather than whole in every row it crosses: a PDF keeps every hidden copy, dashes and all.
 */
export function linksInRow(links: readonly LinkMark[], [top, bottom]: Band): LinkMark[] {
  const parts: LinkMark[] = [];
  for (const link of links) {
    const path = curveParts(link.curve, top, bottom, link.gaps);
    if (!path) continue;
    const tip = link.curve.y1;
    parts.push({
      ...link,
      path,
      arrow: tip >= top && tip < bottom ? link.arrow : '',
      label: link.labelY >= top && link.labelY < bottom ? link.label : '',
    });
  }
  return parts;
}
