import type { LinkMark, TimelineLayout } from './types.js';
import { curveParts } from './link-geometry.js';
import type { Band } from './vertical-band.js';

/** The plot cut into bands for paper. */
export interface PaperRows {
  /** The axis and the strip naming eras and the "as of" date: repeated at the top of every printed page. */
  readonly head: Band;
  /** The force-level tracks (when the story has any), then one band per lane, top to bottom, with no gaps. */
  readonly rows: readonly Band[];
}

/**
 * Cuts a plot for printing: each band is drawn as a row of its own, so the browser breaks pages between lanes
 * and never through one, for whatever paper the reader picks, and repeats the head on every page. Stacked, the
 * rows show the whole plot; a transfer crossing lanes is drawn in every row it crosses.
 */
export function paperRows(layout: Pick<TimelineLayout, 'lanes' | 'lanesTop' | 'tracks'>): PaperRows {
  const tracksTop = layout.tracks[0]?.top ?? layout.lanesTop;
  const rows: Band[] = [];
  if (layout.lanesTop > tracksTop) rows.push([tracksTop, layout.lanesTop]);
  for (const lane of layout.lanes) rows.push([lane.top, lane.top + lane.height]);
  return { head: [0, tracksTop], rows };
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
