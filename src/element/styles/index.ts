import { css } from 'lit';
import { frameStyles } from './frame.js';
import { panelStyles } from './panels.js';
import { paperStyles } from './paper.js';
import { plotStyles } from './plot.js';
import { themeStyles } from './themes.js';

/**
 * The element's styles, one sheet in this order: paper's rules come last, since they override the screen's at
 * equal specificity (a fixed height, margins) on paper.
 */
export const timelineStyles = css`${themeStyles}${frameStyles}${plotStyles}${panelStyles}${paperStyles}`;
