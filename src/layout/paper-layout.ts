import type { layoutTimeline } from './layout-timeline.js';
import { PAPER_WIDTH } from './paper-width.js';
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

/** A story laid out for paper, and the bands its chart prints in. */
export interface PaperLayout {
  readonly layout: TimelineLayout;
  readonly rows: PaperRows;
}

/**
 * The story laid out for paper: the whole story (`story`'s span, whatever the screen's zoom) at paper's width,
 * every label numbered as its row in the event table, and lanes allowed more rows before crowded stretches are
 * grouped. For an export (`whole`), labels are not numbered: the image has no table to point into. `lay` is the
 * layout itself, given so that the code loaded after the first paint uses the element's own rather than a copy.
 */
export function layoutPaper(
  story: Story, shown: Story, options: Omit<LayoutOptions, 'width' | 'window' | 'numbered'>, whole: boolean,
  lay: typeof layoutTimeline,
): PaperLayout {
  const layout = lay(shown, {
    ...options,
    measureText: widened(options.measureText),
    measureStrong: widened(options.measureStrong ?? options.measureText),
    width: PAPER_WIDTH,
    window: storyDomain(story) ?? undefined,
    numbered: !whole,
    numberGroups: !whole,
    laneRows: true,
    metrics: { ...options.metrics, maxRows: PAPER_MAX_ROWS },
  });
  return { layout, rows: paperRows(layout) };
}
