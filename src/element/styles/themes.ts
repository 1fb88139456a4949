import { css, unsafeCSS } from 'lit';
import { EVENT_KINDS } from '../../model/types.js';

/** The light theme's defaults, which paper always uses: the same public properties override them. */
export const lightTheme = css`
  --_text: var(--drawdown-text-color, #1d1d1f);
  --_muted: var(--drawdown-muted-color, #5b5b63);
  --_background: var(--drawdown-background, #ffffff);
  --_lane: var(--drawdown-lane-background, #f6f6f8);
  --_lane-alt: var(--drawdown-lane-background-alt, #ffffff);
  --_grid: var(--drawdown-grid-color, #dcdce2);
  --_focus: var(--drawdown-focus-color, #1a56db);
  --_error: var(--drawdown-error-color, #b42318);
  --_withdrawal: var(--drawdown-color-withdrawal, #c2410c);
  --_transfer: var(--drawdown-color-transfer, #0b63a8);
  --_evacuation: var(--drawdown-color-evacuation, #a3367d);
  --_deployment: var(--drawdown-color-deployment, #0d7a55);
  --_handover: var(--drawdown-color-handover, #946200);
  --_statement: var(--drawdown-color-statement, #6b4fa0);
  --_other: var(--drawdown-color-other, #5f6368);
  color-scheme: light;
`;

/** The dark theme's defaults: the same public properties override them. Kind colours are lighter, to stand out. */
export const darkTheme = css`
  --_text: var(--drawdown-text-color, #ececf1);
  --_muted: var(--drawdown-muted-color, #a9a9b4);
  --_background: var(--drawdown-background, #16171b);
  --_lane: var(--drawdown-lane-background, #202128);
  --_lane-alt: var(--drawdown-lane-background-alt, #16171b);
  --_grid: var(--drawdown-grid-color, #3b3c46);
  --_focus: var(--drawdown-focus-color, #7cacf8);
  --_error: var(--drawdown-error-color, #ff8a80);
  --_withdrawal: var(--drawdown-color-withdrawal, #f28b54);
  --_transfer: var(--drawdown-color-transfer, #5aaaf0);
  --_evacuation: var(--drawdown-color-evacuation, #ec82c0);
  --_deployment: var(--drawdown-color-deployment, #3fcf8e);
  --_handover: var(--drawdown-color-handover, #e0b43a);
  --_statement: var(--drawdown-color-statement, #b6a0f2);
  --_other: var(--drawdown-color-other, #a3a7ae);
  color-scheme: dark;
`;

/**
 * Forced colours (Windows High Contrast and the like): the drawing's palette in the reader's system colours, over
 * any theme or page setting (see plot.ts). Every kind is one colour, told apart by its glyph as in greyscale; the
 * focus colour, which marks the selection, is the system's.
 */
export const forcedColorsTheme = css`
  --_text: CanvasText;
  --_muted: CanvasText;
  --_background: Canvas;
  --_lane: Canvas;
  --_lane-alt: Canvas;
  --_grid: GrayText;
  --_focus: Highlight;
  --_error: CanvasText;
  ${unsafeCSS(EVENT_KINDS.map((kind) => `--_${kind}: CanvasText;`).join(' '))}
`;

/**
 * The host's settings and the themes. Public `--drawdown-*` custom properties set on the element (or inherited) map
 * onto private `--_*` ones used by every other sheet, so a theme only ever touches documented names.
 */
export const themeStyles = css`
  :host {
    --_font: var(--drawdown-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--drawdown-font-size, 14px);
    --_label-size: var(--drawdown-label-size, 12px);
    ${lightTheme}
    --_row: var(--drawdown-row-height, 24px);
    --_dash-forecast: var(--drawdown-dash-forecast, 4 2);
    --_dash-uncertain: var(--drawdown-dash-uncertain, 1 2);

    display: block;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark' i]) {
    ${darkTheme}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${darkTheme}
    }
  }
`;
