import { css } from 'lit';

/** The light theme's defaults, which paper always uses: the same public properties override them. */
const light = css`
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
const dark = css`
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
 * The element's styles. Public `--drawdown-*` custom properties set on the element (or inherited) map onto
 * private `--_*` ones used below, so a theme only ever touches documented names.
 */
export const timelineStyles = css`
  :host {
    --_font: var(--drawdown-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--drawdown-font-size, 14px);
    --_label-size: var(--drawdown-label-size, 12px);
    ${light}
    --_row: var(--drawdown-row-height, 22px);
    --_dash-forecast: var(--drawdown-dash-forecast, 4 2);
    --_dash-uncertain: var(--drawdown-dash-uncertain, 1 2);

    display: block;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark' i]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${dark}
    }
  }
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
  /* A fixed height: the header, legend and details keep their place, the lanes scroll. */
  .frame.fixed {
    display: flex;
    flex-direction: column;
    height: var(--_height);
    overflow: hidden;
  }
  .fixed .plot-wrap {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
  }
  .fixed > :not(.plot-wrap) {
    flex: none;
  }
  /* The drawing resources: in a box of no size that is never undisplayed (see render()). */
  .defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  /* Paper: only the view laid out for it, on a light background whatever the theme. Status fills, tints and kind
     colours are information, so paper keeps them. The screen's view stays as it was, undisplayed. */
  @media print {
    :host, :host([theme]) {
      ${light}
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .frame > :not(.printout, .defs) {
      display: none !important;
    }
    .frame.fixed {
      display: block;
      height: auto;
      overflow: visible;
    }
    /* A halo is a second, stroked copy of the text in a PDF: copied out, every label would read twice. */
    .printout .label, .printout .link-label, .printout .dot text {
      stroke: none;
    }
  }
  @media screen {
    .printout:not(.whole), .url {
      display: none;
    }
  }
  /* Laid out for an export, which reads where the browser put each line: on screen, out of sight, as wide as
     the paper layout (PAPER_WIDTH in drawdown-timeline.ts). */
  .printout.whole {
    position: fixed;
    top: 0;
    left: -10000px;
    width: 680px;
    box-sizing: content-box;
    padding: 12px;
    background: var(--_background);
  }
  .printout.whole .url {
    display: inline;
  }
  /* The document print() prints, which shows nothing on screen. */
  .print-frame {
    position: fixed;
    width: 0;
    height: 0;
    border: 0;
  }
  .paper-plot {
    width: 100%;
    margin: 8px 0;
    border-collapse: collapse;
  }
  .paper-plot td {
    padding: 0;
  }
  /* Every row shows its band of one drawing at the same scale: stacked, they are the whole plot. */
  .paper-plot svg.plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    font-family: var(--_font);
    font-size: var(--_label-size);
    direction: ltr;
  }
  .paper-plot tr, .event-table tr, .source-notes li {
    break-inside: avoid;
  }
  .printout > header, .printout > .credit {
    margin-inline: 0;
    padding-inline: 0;
  }

  .event-table {
    margin: 12px 12px 0;
  }
  .printout .event-table {
    margin: 12px 0 0;
  }
  .event-table table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
  }
  .event-table caption {
    padding-bottom: 4px;
    text-align: start;
    color: var(--_muted);
  }
  .event-table th, .event-table td {
    padding: 3px 6px 3px 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_grid);
  }
  .event-table thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .event-table .kind {
    color: var(--_muted);
  }
  .event-table .unattributed {
    color: var(--_error);
  }
  .event-table h3 {
    margin: 12px 0 4px;
    font-size: 1em;
  }
  .source-notes {
    margin: 0;
    padding-inline-start: 28px;
    font-size: 0.85em;
  }
  .url {
    overflow-wrap: anywhere;
    color: var(--_muted);
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
  .heading {
    flex: 1 1 16em;
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
    padding: 2px 8px;
    color: var(--_focus);
    background: var(--_background);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  button:disabled {
    color: var(--_muted);
    cursor: default;
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

  .plot-wrap {
    position: relative;
    width: 100%;
    overflow: hidden;
    /* Vertical swipes scroll the page; sideways drags and pinches are the plot's, to pan and zoom it. */
    touch-action: pan-y;
    cursor: grab;
  }
  .plot-wrap:active {
    cursor: grabbing;
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
  /* Read by screen readers, not shown: the plot's summary and the live region. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .zoom-hint {
      animation: none;
    }
  }
  svg.plot {
    display: block;
    max-width: none;
    overflow: visible;
    font-family: var(--_font);
    font-size: var(--_label-size);
    direction: ltr; /* geometry is laid out in physical pixels; time direction is the layout's business */
  }
  svg.plot:focus {
    outline: none;
  }

  .lane-band {
    fill: var(--_lane);
  }
  .lane.odd .lane-band {
    fill: var(--_lane-alt);
  }
  .lane-label .name {
    fill: var(--_text);
    font-weight: 600;
  }
  .lane-label .detail {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .axis text {
    fill: var(--_muted);
    font-size: var(--_label-size);
  }
  .axis line, .axis path {
    stroke: var(--_grid);
  }

  /* Each kind's colour, and its status fills (see plot-defs): a pattern is drawn in the colour it was declared with. */
  .kind-withdrawal {
    --_kind: var(--_withdrawal);
    --_half: url(#half-withdrawal); --_hatch: url(#hatch-withdrawal); --_dots: url(#dots-withdrawal); --_cross: url(#cross-withdrawal);
  }
  .kind-transfer {
    --_kind: var(--_transfer);
    --_half: url(#half-transfer); --_hatch: url(#hatch-transfer); --_dots: url(#dots-transfer); --_cross: url(#cross-transfer);
  }
  .kind-evacuation {
    --_kind: var(--_evacuation);
    --_half: url(#half-evacuation); --_hatch: url(#hatch-evacuation); --_dots: url(#dots-evacuation); --_cross: url(#cross-evacuation);
  }
  .kind-deployment {
    --_kind: var(--_deployment);
    --_half: url(#half-deployment); --_hatch: url(#hatch-deployment); --_dots: url(#dots-deployment); --_cross: url(#cross-deployment);
  }
  .kind-handover {
    --_kind: var(--_handover);
    --_half: url(#half-handover); --_hatch: url(#hatch-handover); --_dots: url(#dots-handover); --_cross: url(#cross-handover);
  }
  .kind-statement {
    --_kind: var(--_statement);
    --_half: url(#half-statement); --_hatch: url(#hatch-statement); --_dots: url(#dots-statement); --_cross: url(#cross-statement);
  }
  .kind-other {
    --_kind: var(--_other);
    --_half: url(#half-other); --_hatch: url(#hatch-other); --_dots: url(#dots-other); --_cross: url(#cross-other);
  }
  .ink {
    fill: var(--_kind);
  }
  .paper {
    fill: var(--_background);
  }

  .mark, .label {
    cursor: pointer;
  }
  .mark {
    fill: var(--_kind);
    stroke: var(--_kind);
    stroke-width: 1.5;
  }
  /* A single date naming a whole month or year: the period, drawn lightly. */
  .mark.shape-span {
    fill-opacity: 0.4;
  }
  /* Uncertain (?): a dotted outline over a lighter fill, so the dots show. */
  .mark.uncertain {
    stroke-dasharray: var(--_dash-uncertain);
    stroke-linecap: round;
    fill-opacity: 0.45;
  }
  /* Status, told apart by fill and outline so that it survives greyscale: confirmed solid, reported half filled,
     claimed hatched, expected hollow and dashed, planned dotted and dashed (both forecasts), denied crossed out. */
  .mark.status-reported {
    fill: var(--_half);
  }
  .mark.status-claimed {
    fill: var(--_hatch);
  }
  .mark.status-expected,
  .mark.status-planned {
    fill: var(--_background);
    stroke-dasharray: var(--_dash-forecast);
  }
  .mark.status-planned {
    fill: var(--_dots);
  }
  .mark.status-denied {
    fill: var(--_cross);
  }
  /* A forecast whose date is uncertain: the forecast's dashes with the uncertain dots between them. */
  .mark.uncertain.status-expected,
  .mark.uncertain.status-planned {
    stroke-dasharray: var(--_dash-forecast) var(--_dash-uncertain);
  }
  /* A halo in the background colour keeps labels legible over bars, grid lines and links. */
  .label {
    fill: var(--_text);
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .label.status-denied {
    text-decoration: line-through;
  }
  .label.status-expected,
  .label.status-planned {
    font-style: italic;
  }
  .label.unattributed {
    fill: var(--_error);
  }
  .mark:hover {
    stroke: var(--_text);
  }
  .mark:focus {
    outline: none;
  }
  /* Focus and selection show whole: the fades and feathering of the date form give way. */
  .mark:focus-visible, .mark.selected {
    stroke: var(--_focus);
    stroke-width: 3;
    mask: none;
  }
  .label.selected {
    font-weight: 600;
  }

  .group {
    fill: var(--_kind);
    fill-opacity: 0.75;
    cursor: pointer;
  }
  .group:hover {
    fill-opacity: 1;
  }

  .link {
    /* Links cross other lanes: they must not take the pointer from the marks and groups under them. Their width
       (the amount moved) is the layout's, set as an attribute. */
    pointer-events: none;
    fill: none;
    stroke: var(--_kind);
    stroke-opacity: 0.8;
    stroke-linejoin: round;
  }
  /* The mark's status, told by the line: confirmed solid, reported long dashes, claimed short dashes, forecasts
     dotted, denied faint dashes. */
  .link.status-reported {
    stroke-dasharray: var(--drawdown-dash-reported, 9 3);
  }
  .link.status-claimed {
    stroke-dasharray: var(--drawdown-dash-claimed, 4 3);
  }
  .link.status-expected, .link.status-planned {
    stroke-dasharray: var(--drawdown-dash-planned, 1 3);
    stroke-linecap: round;
  }
  .link.status-denied {
    stroke-dasharray: var(--drawdown-dash-denied, 4 3);
    stroke-opacity: var(--drawdown-denied-opacity, 0.4);
  }
  /* In the link's colour, which meets text contrast on the background, so a label reads as its link's. */
  .link-label {
    fill: var(--_kind);
    font-weight: 600;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  /* Eras: a faint tint on every other one and a line where each begins, names in the strip under the axis. */
  .era-band {
    fill: var(--_text);
    fill-opacity: 0;
  }
  .era.odd .era-band {
    fill-opacity: 0.045;
  }
  .era-edge {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .era-label, .as-of-label {
    fill: var(--_muted);
    font-size: var(--_label-size);
  }
  .era-label {
    font-style: italic;
  }
  /* The "as of" date: a line where the report was published (a light band, for a period), and what lies after
     it hatched: what is drawn there is forecast. */
  .as-of-period {
    fill: var(--_text);
    fill-opacity: 0.06;
  }
  .as-of-line {
    fill: var(--_text);
    fill-opacity: 0.6;
  }
  .as-of-label {
    fill: var(--_text);
    font-weight: 600;
  }
  .after-report {
    fill: url(#after-report);
  }
  .after-report-ink {
    fill: var(--_text);
    fill-opacity: 0.07;
  }

  /* Force-level tracks. */
  .track-title .name {
    fill: var(--_text);
    font-weight: 600;
  }
  .track-title .detail, .track-tick text {
    fill: var(--_muted);
  }
  .track-tick line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .step {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.25;
    stroke-linejoin: round;
  }
  .step.forecast {
    stroke-dasharray: 5 3;
  }
  .step.trail {
    stroke-width: 1.5;
    stroke-dasharray: 1 3;
    stroke-linecap: round;
    stroke-opacity: 0.6;
  }
  .dot circle {
    fill: var(--_text);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  /* An estimate or an approximate date: hollow. A forecast: hollow and dashed. */
  .dot.approximate circle, .dot.forecast circle {
    fill: var(--_background);
  }
  .dot.forecast circle {
    stroke-dasharray: 2 1.5;
  }
  .dot text {
    fill: var(--_text);
    font-weight: 600;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .dot.forecast text {
    font-style: italic;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 8px 12px 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }

  .details {
    margin: 8px 12px 0;
    padding: 10px 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
  }
  .details h3 {
    margin: 0 0 4px;
    font-size: 1.05em;
  }
  .details .meta {
    margin: 0;
    color: var(--_muted);
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 8px 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details p {
    margin: 6px 0;
  }
  .details ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  .details .group-events {
    list-style: none;
    padding: 0;
  }
  .details .group-events li {
    margin: 2px 0;
  }
  .details button {
    font-size: 1em;
    min-height: 24px;
    background: none;
    border-color: transparent;
    padding: 1px 4px;
  }
  .details button.pick {
    text-align: start;
  }
  .details button.zoom {
    margin-top: 6px;
    border-color: var(--_focus);
  }
  .details .unattributed {
    color: var(--_error);
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
  .problems {
    margin: 6px 0 0;
    padding-inline-start: 20px;
  }
  .problems code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .warnings {
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
