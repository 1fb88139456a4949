import type { PaperName } from '../layout/paper-sizes.js';
import type { PrintRange } from '../element/timeline-options.js';

/** How `exportSVG()`, `exportPNG()` and the toolbar's downloads make their image. Every option may be left out. */
export interface ExportOptions {
  /**
   * `story` (the default): what a printout holds, the title, the legend, the chart with numbered labels, the
   * numbered event table with its sources, and the credit. `chart`: the title, the legend, the chart (its labels
   * not numbered, as there is no table to point into) and the credit.
   */
  readonly content?: 'story' | 'chart';
  /** The paper the image is laid out for, as a printout would be: `a4` (the default), `letter` or `a5`. */
  readonly paper?: PaperName;
  /** Laid out for the paper turned sideways: a wider chart. */
  readonly landscape?: boolean;
  /** `light` draws on a light background whatever the element's theme; `page` (the default) in the theme shown. */
  readonly theme?: 'light' | 'page';
  /** `story` or `window`; by default the element's `print-range`. */
  readonly range?: PrintRange;
  /** PNG only: device pixels a CSS pixel (2 by default), which sets its resolution: 2 is 192 dpi. */
  readonly scale?: number;
}
