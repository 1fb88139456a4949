/**
 * The pages paper is laid out for. A browser tells a page nothing of the paper before it prints, but its print
 * media queries see the printable width of the page box: the chart is laid out once for each class of page below,
 * and the one whose query matches is printed (see element/styles/paper.ts). Within a class, the chart is scaled by
 * at most MAX_PAPER_SCALE to fill the width, so a label of 12 px prints at 9 to 10.8 pt on any of them, beside a
 * table of 9 pt, and never under 7 pt: a landscape page gets a wider chart, not a larger one.
 *
 * Printable sizes in CSS px (96 an inch), from no margins to the browsers' default margins of about 1 cm:
 * A5 portrait 483–559 wide, 718–794 high; A4 and US Letter portrait 718–816 wide; A5 landscape 718–794 wide,
 * 483–559 high; A4 and Letter landscape 979–1123 wide, 718–816 high.
 */
export interface PaperSize {
  /** Its name in the paper view's markup (`data-paper`) and in exports' `paper` option. */
  readonly name: 'narrow' | 'medium' | 'wide';
  /** The width the chart is laid out at. */
  readonly width: number;
  /** The narrowest printable width it is printed at: narrower pages take the class before. */
  readonly from: number;
  /** The shortest printable height of its pages, which a lane split to fit a page must fit with the axis above. */
  readonly shortest: number;
}

/** How much wider than its layout the widest page of a class prints the chart (A5 portrait, no margins: 559/460). */
export const MAX_PAPER_SCALE = 1.22;

export const PAPER_SIZES: readonly PaperSize[] = [
  // A5 portrait, and anything narrower.
  { name: 'narrow', width: 460, from: 0, shortest: 718 },
  // A4 and US Letter portrait, A5 landscape, whose 483 px of height every lane's part must fit.
  { name: 'medium', width: 680, from: 620, shortest: 483 },
  // A4 and US Letter landscape, and anything wider.
  { name: 'wide', width: 960, from: 940, shortest: 718 },
];

/**
 * The tallest lane (CSS px as laid out) that moves whole to the next page of `size` rather than break, below the
 * repeated axis and its `head`: a third of the shortest page, so that no page is left more than a third empty,
 * and no short lane is parted from its name by a page break.
 */
export function wholeLaneHeight(size: PaperSize, head: number): number {
  return Math.floor((size.shortest / MAX_PAPER_SCALE - head) / 3);
}

/** The paper sizes a page may name for an export. */
export type PaperName = 'a4' | 'letter' | 'a5';

/** The class of page of a named paper: A5 portrait is narrow; A4, Letter and A5 landscape medium; A4 and Letter
 * landscape wide. None named is A4 portrait, as most reports are. */
export function paperSize(paper?: PaperName, landscape = false): PaperSize {
  const [narrow, medium, wide] = PAPER_SIZES as [PaperSize, PaperSize, PaperSize];
  if (paper === 'a5') return landscape ? medium : narrow;
  return landscape ? wide : medium;
}
