import { css } from 'lit';
import { lightTheme } from './themes.js';

/**
 * Printed in the moment between the chart's first paint and paper's arrival (see ReadingViews), the page prints the
 * screen's view: on a light background whatever the theme, without the screen's controls and prompts, and labels
 * without their halos (a halo is a second, stroked copy of the text in a PDF, which would read twice). Paper's own
 * styles, once here, print its view instead.
 */
export const printFallbackStyles = css`
  @media print {
    :host, :host([theme]) {
      ${lightTheme}
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .controls, .skip-chart, .zoom-hint, .details {
      display: none !important;
    }
    .label, .link-label, .dot text, .lane-label {
      stroke: none;
    }
  }
`;
