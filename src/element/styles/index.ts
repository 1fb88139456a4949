import { css } from 'lit';
import { frameStyles } from './frame.js';
import { underPlotStyles } from './under-plot.js';
import { plotStyles } from './plot.js';
import { printFallbackStyles } from './print-fallback.js';
import { themeStyles } from './themes.js';

/**
 * The element's styles, one sheet: what the chart's first paint needs, and its print before paper arrives. The
 * panels' and paper's styles come after them, with their views (see views/reading.ts); paper's last, since they
 * override the screen's at equal specificity (a fixed height, margins) on paper.
 */
export const timelineStyles = css`${themeStyles}${frameStyles}${plotStyles}${underPlotStyles}${printFallbackStyles}`;
