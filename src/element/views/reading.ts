import { outlineStyles } from '../styles/outline.js';
import { panelStyles } from '../styles/panels.js';
import { paperStyles } from '../styles/paper.js';

/**
 * What a reader reads beyond the chart, which the first drawing does not need: the details of an event, the event
 * table, a phone's event cards, and the view laid out for paper, with their styles; the story outline; and the
 * keyboard's walk along moves and after units. The single-file build loads
 * this from `drawdown-timeline-reading.min.js` beside it, right after the chart's first paint or as soon as one of
 * them is asked for (see controllers/reading-views.ts), so a page's first paint waits for none of it.
 */
export { GraphWalk } from '../graph-walk.js';
export { detailsPanel } from './details-view.js';
export { OutlineTree } from './outline-tree.js';
export { storyOutline } from '../../words/story-outline.js';
export { eventTable } from '../../words/event-table.js';
export { eventCardsView } from './event-cards.js';
export { paperView } from './paper-view.js';
export { tableView } from './table-view.js';

/** Their styles, after the element's own: paper's last, since they override the screen's at equal specificity. */
export const readingStyles = [panelStyles, outlineStyles, paperStyles];
