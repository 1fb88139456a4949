import { placeAmounts } from './amount-labels.js';
import { layoutTicks } from './axis-ticks.js';
import { layoutAsOf, layoutEras } from './eras.js';
import { placeLaneLabels } from './lane-labels.js';
import { linesAroundWords, trackTitleBoxes } from './line-gaps.js';
import { gapLinks } from './link-gaps.js';
import { layoutSeriesTracks } from './series-track.js';
import { TextField } from './text-field.js';
import { createTimeScale } from './time-scale.js';

/**
 * The layout's own parts that a gesture frame (see gesture-frame.ts) lays out again, handed to it by the element:
 * the gesture frame loads after the first paint from a file built apart, which would otherwise carry copies of
 * them (and of d3-time), the same code twice on the reader's page.
 */
export const frameTools = {
  TextField, placeLaneLabels, gapLinks, placeAmounts, layoutTicks, layoutAsOf, layoutEras, linesAroundWords, trackTitleBoxes, layoutSeriesTracks, createTimeScale,
};

export type FrameTools = typeof frameTools;
