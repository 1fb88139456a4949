import { css } from 'lit';

/**
 * The route map's styles, adopted after the element's own when the map arrives. Its routes reuse the chart's: a
 * route's line is a `.link` in its `.kind-…` colour and its status's dashes, as the timeline's transfers are.
 */
export const mapStyles = css`
  /* Beside: the map at the chart's inline end (the left, right to left), in the frame's padding, so that the chart
     is laid out for the width left to it (the plot follows the frame's content box); the frame is at least as tall
     as the map. Inset: a small map beside the title, the chart the whole width under both. Above, and beside or
     inset on a narrow element: the map between the title and the chart. */
  .frame[data-map='beside'] {
    --_map-width: clamp(260px, 36%, 560px);
    position: relative;
    padding-inline-end: calc(var(--_map-width) + 12px);
    min-height: calc(var(--_map-height, 0px) + 24px);
  }
  .frame[data-map='beside'] > .map-box {
    position: absolute;
    top: 12px;
    inset-inline-end: 12px;
    width: var(--_map-width);
    padding: 0;
  }
  .frame[data-map='inset'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }
  .frame[data-map='inset'] > * {
    grid-column: 1 / -1;
  }
  .frame[data-map='inset'] > header {
    grid-column: 1;
  }
  .frame[data-map='inset'] > .map-box {
    grid-column: 2;
    grid-row: 1;
    width: 232px;
  }
  .map-box {
    min-width: 0;
    padding: 0 12px 8px;
  }
  .map {
    margin: 0;
  }
  .map-plot {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: hidden;
    border: 1px solid var(--_grid);
    font-family: var(--_font);
    font-size: var(--_label-size, 12px);
  }
  .map-plot .sea {
    fill: var(--_background);
  }
  /* The countries in a quiet tint of the grid's colour, the sea the background, the borders fine lines of the
     background between them: land and sea tell apart in every theme, and under the routes' colours. */
  .map-plot .land {
    fill: var(--_grid);
    fill-opacity: 0.8;
    stroke: var(--_background);
    stroke-width: 0.8;
    stroke-linejoin: round;
  }
  .route .link {
    stroke-linecap: butt;
  }
  .route-head, .route-glyph {
    fill: var(--_kind);
  }
  .route-glyph {
    stroke: var(--_background);
    stroke-width: 1;
  }
  .route-target {
    fill: none;
    stroke: transparent;
    stroke-width: 14;
    cursor: pointer;
    pointer-events: stroke;
  }
  .route-target:focus, .place-target:focus {
    outline: none;
  }
  /* The keyboard's route: a line of the focus colour along its middle, over its own line (lit up, the others
     stepping back); the focus colour keeps 3:1 against the land and sea on either side of a thin route. */
  .route-target:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  /* What the reader points at or focuses on, here or on the chart, stands out; the rest steps back. */
  .map-plot.lit .route:not(.hot, .selected) {
    opacity: 0.3;
  }
  .route.hot .link, .route.selected .link {
    stroke-opacity: 1;
  }
  .route.selected .route-head {
    stroke: var(--_focus);
    stroke-width: 1.5;
  }
  .place-point {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .place.idle .place-point {
    stroke: var(--_muted);
  }
  /* A place beyond the map's edge, where its routes end: a broken ring. */
  .place.beyond .place-point {
    stroke-dasharray: 2 2;
  }
  .place.hot .place-point {
    fill: var(--_text);
  }
  .place text {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .place.idle text {
    fill: var(--_muted);
  }
  .place-target {
    fill: transparent;
    cursor: pointer;
  }
  .place-target:focus-visible {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .map figcaption {
    margin-top: 4px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .map-summary {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
  }
  .map-unplaced, .map-credit {
    margin: 2px 0 0;
  }
  .inset .map-summary, .inset .map-unplaced {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .map-none {
    margin: 0;
    color: var(--_text);
  }
  .map-missing {
    margin: 0 12px 8px;
    color: var(--_error);
  }
  /* The chart's marks of what is lit up on the map: shaded as under the pointer. */
  .hit[data-map-hot] {
    fill: var(--_text);
    fill-opacity: 0.12;
    stroke: var(--_text);
    stroke-width: 1;
  }
  /* On paper the map is above the chart, the whole page wide. */
  .printout .map {
    margin: 8px 0 12px;
    break-inside: avoid;
  }
  .printout .map-plot {
    width: 100%;
  }
  @media print {
    .frame[data-map] {
      display: block;
      padding-inline-end: 0;
      min-height: 0;
    }
  }
`;
