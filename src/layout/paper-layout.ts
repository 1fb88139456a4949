import type { layoutTimeline } from './layout-timeline.js';
import { wholeLaneHeight, type PaperSize } from './paper-sizes.js';
import { stackGroupNumbers } from './group-numbers.js';
import { paperRows, type PaperRows } from './paper-rows.js';
import { storyDomain } from './story-domain.js';
import type { Story } from '../model/types.js';
import type { LayoutOptions, TimelineLayout } from './types.js';


/** Rows of marks a lane may use on paper before its crowded stretches are grouped (8 on screen): a lane of 32 rows
 * still fits a page. */
export const PAPER_MAX_ROWS = 32;

/**
 * Paper's text is laid out at the scale the browser prints the chart at, not the screen's: its glyphs' advances
 * come out up to 4% wider than measured (seen at 1.3×: 336 px for 324). Measured this much wider, no label runs
 * past the edge of its row, where paper cuts it.
 */
const PAPER_TEXT_SLACK = 1.04;

function widened(measure: ((text: string) => number) | undefined): ((text: string) => number) | undefined {
  return measure && ((text: string) => measure(text) * PAPER_TEXT_SLACK);
}

/** A story laid out for one class of paper, and the bands its chart prints in. */
export interface PaperLayout {
  readonly size: PaperSize;
  readonly layout: TimelineLayout;
  readonly rows: PaperRows;
}

/** What a reader or a page chose to print or export. */
export interface PaperChoices {
  /** The span of time to print, [start, end] in ms; by default the whole story. */
  readonly window?: readonly [number, number];
  /** Labels numbered as rows of the event table printed with them; by default true. */
  readonly numbered?: boolean;
}

/**
 * The story laid out for a class of paper: the span `window` (by default the whole story, whatever the screen's
 * zoom) at the paper's width, every label numbered as its row in the event table (unless printed without the
 * table, `numbered` false: the numbers would point nowhere), and lanes allowed more rows
 * before crowded stretches are grouped; cut into rows no page breaks through. `lay` is the layout itself, given so
 * that the code loaded after the first paint uses the element's own rather than a copy.
 */
export function layoutPaper(
  story: Story, shown: Story, options: Omit<LayoutOptions, 'width' | 'window' | 'numbered'>, size: PaperSize,
  lay: typeof layoutTimeline, { window, numbered = true }: PaperChoices = {},
): PaperLayout {
  const layout = lay(shown, {
    ...options,
    measureText: widened(options.measureText),
    measureStrong: widened(options.measureStrong ?? options.measureText),
    width: size.width,
    window: window ?? storyDomain(story) ?? undefined,
    numbered,
    numberGroups: numbered ? stackGroupNumbers : undefined,
    laneRows: true,
    metrics: { ...options.metrics, maxRows: PAPER_MAX_ROWS },
  });
  return { size, layout, rows: paperRows(layout, wholeLaneHeight(size, layout.tracks[0]?.top ?? layout.lanesTop)) };
}
