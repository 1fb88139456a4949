import { css } from 'lit';

/** The frame everything is drawn in, the header and toolbar, status text, and what screen readers alone read. */
export const frameStyles = css`
  /* The host page's CSS reaches the host (a reset such as * { all: revert } beats any :host rule), and what it
     sets there is inherited: the frame inside sets every inherited text property, so none of it gets further. */
  .frame {
    display: block;
    box-sizing: border-box;
    width: 100%;
    padding: 12px 0;
    color: var(--_text);
    background: var(--_background);
    font: normal 400 var(--_font-size) / 1.4 var(--_font);
    text-align: start;
    direction: ltr;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
  }
  :host(:dir(rtl)) .frame {
    direction: rtl;
  }
  /* A fixed height is the plot's: the lanes scroll inside it, and the header, legend and details take their own
     room around it, so they never squeeze the chart out. */
  .fixed .plot-wrap {
    height: var(--_height);
    overflow-y: auto;
  }
  /* The drawing resources: in a box of no size that is never undisplayed (see render()). */
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  *, *::before, *::after {
    box-sizing: border-box;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 8px;
    padding: 0 12px 8px;
  }
  /* The title keeps at least 36em beside the toolbar, else the toolbar goes under it: a title is not squeezed into
     many short lines beside buttons. */
  .heading {
    flex: 1 1 36em;
    min-width: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    min-width: 0;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    min-width: 28px;
    min-height: 28px;
    padding: 2px 5px;
    color: var(--_focus);
    background: var(--_background);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  button:disabled, button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  /* Forced colours replace the muted colour with ButtonText; a button that can do nothing now keeps GrayText. */
  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      color: GrayText;
    }
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .subtitle {
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .zoom-hint {
    position: absolute;
    inset-block-start: 8px;
    inset-inline: 0;
    width: max-content;
    max-width: calc(100% - 24px);
    margin: 0 auto;
    padding: 6px 10px;
    border-radius: 6px;
    color: var(--_background);
    background: var(--_text);
    pointer-events: none;
    animation: hint-in 0.2s ease-out;
  }
  @keyframes hint-in {
    from { opacity: 0; }
  }
  /* "Skip the chart": over the plot's top corner while it has focus, like a page's skip link. */
  .skip-chart {
    position: absolute;
    z-index: 3;
    margin-inline-start: 12px;
  }
  /* Read by screen readers, not shown: the plot's summary, the live region, and the skip link without focus. */
  .visually-hidden, .skip-chart:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    min-width: 0;
    min-height: 0;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .zoom-hint {
      animation: none;
    }
  }
  .details .hint, .empty, .loading {
    color: var(--_muted);
  }
  .empty, .loading {
    padding: 24px 12px;
  }
  a {
    color: var(--_focus);
  }

  .error {
    margin: 0 12px;
    padding: 12px;
    border: 2px solid var(--_error);
    border-radius: 6px;
  }
  .error h2 {
    color: var(--_error);
    font-size: 1.05em;
  }
  .error .retry {
    margin-top: 10px;
  }
  .refresh-failed {
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_error);
  }
  .refresh-failed p {
    margin: 0;
  }
  .problems {
    margin: 6px 0 0;
    padding-inline-start: 20px;
  }
  .problems code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .warnings, .refresh-failed {
    margin: 0 12px 8px;
    font-size: 0.9em;
  }
  .warnings summary {
    cursor: pointer;
    color: var(--_error);
  }
  .credit {
    margin: 8px 12px 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
`;
