import { outlineStyles } from '../styles/outline.js';
import { panelStyles } from '../styles/panels.js';
import { paperStyles } from '../styles/paper.js';

/**
 * What the chart's first paint does not need: what a reader reads beyond the chart (the details of an event, the
 * event table, a phone's event cards, the story outline, and paper, with their styles) and what the reader's hands
 * do on it (pointer and keys, with the walk along moves and after units; zoom and pan gestures, with the frames
 * they draw without laying out; the details'
 * placement; the route map's place, which loads the map itself only when asked for). The single-file build loads this from `drawdown-timeline-reading.min.js` beside it, right after the
 * chart's first paint or as soon as one of them is asked for (see controllers/reading-views.ts), so a page's first
 * paint waits for none of it; what the reader does before it arrives waits for it (see controllers/held-input.ts).
 */
export { arrive } from '../arrive.js';
export { zoomBy } from '../controllers/window-moves.js';
export { GraphWalk } from '../graph-walk.js';
export { detailsPanel } from './details-view.js';
export { OutlineTree } from './outline-tree.js';
export { storyOutline } from '../../words/story-outline.js';
export { eventTable } from '../../words/event-table.js';
export { eventCardsView } from './event-cards.js';
export { tableView } from './table-view.js';

/** Their styles, after the element's own: paper's last, since they override the screen's at equal specificity. */
export const readingStyles = [panelStyles, outlineStyles, paperStyles];
