import { css, unsafeCSS } from 'lit';
import { EVENT_KINDS } from '../../model/types.js';
import { STATUS_FILL, STATUS_FILLS, statusFill, url } from '../../render/names.js';
import { forcedColorsTheme } from './themes.js';

/**
 * Each kind's colour, and its status fills (see render/plot-defs.ts): a pattern is drawn in the colour it was
 * declared with, so each kind has its own, named here once for every rule that fills with them.
 */
const kindRules = unsafeCSS(EVENT_KINDS.map((kind) => `.kind-${kind} {
    --_kind: var(--_${kind});
    ${STATUS_FILLS.map((fill) => `--_${fill}: ${url(statusFill(fill, kind))};`).join(' ')}
  }`).join('\n  '));

/** Each status told by a fill (see render/names.ts, STATUS_FILL), filled with it. */
const statusFillRules = unsafeCSS(Object.entries(STATUS_FILL).map(([status, fill]) => `.mark.status-${status} {
    fill: var(--_${fill});
  }`).join('\n  '));

/** The plot: lanes, axis, marks and their labels, groups, links, eras and the "as of" line, force-level tracks. */
export const plotStyles = css`
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
  /* A halo of the band's colour: the eras' lines pass under a lane's name, never through it. */
  .lane-label {
    stroke: var(--_lane);
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .lane-label.odd {
    stroke: var(--_lane-alt);
  }
  .lane-label .name {
    fill: var(--_text);
    font-weight: 600;
  }
  .lane-label .detail {
    fill: var(--_muted);
  }
  .grid {
    fill: none;
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

  ${kindRules}
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
    fill-opacity: var(--_fill-opacity, 1);
    stroke-width: 1.5;
    /* The pointer goes through to the mark's target, which is larger (see .hit). */
    pointer-events: none;
  }
  /* A single date naming a whole month or year: the period, drawn lightly. */
  .mark.shape-span, .texture.shape-span {
    --_fill-opacity: 0.4;
  }
  /* Uncertain (?): a dotted outline over a lighter fill, so the dots show. */
  .mark.uncertain, .texture.uncertain {
    --_fill-opacity: 0.45;
  }
  .mark.uncertain {
    stroke-dasharray: var(--_dash-uncertain);
    stroke-linecap: round;
  }
  /* Status, told apart by fill and outline so that it survives greyscale: confirmed solid, reported half filled,
     claimed hatched, expected hollow and dashed, planned dotted and dashed (both forecasts), denied crossed out. */
  .mark.status-expected,
  .mark.status-planned {
    stroke-dasharray: var(--_dash-forecast);
  }
  .mark.status-expected {
    fill: var(--_background);
  }
  ${statusFillRules}
  /* Paper draws a status fill as lines and dots under its mark, clipped to it (see render/render-paper.ts), as
     opaque as the mark's fill would be. */
  .textured > .mark {
    fill: none;
  }
  .texture {
    opacity: var(--_fill-opacity, 1);
  }
  .ink-lines {
    fill: none;
    stroke: var(--_kind);
    stroke-linecap: round;
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
  .label-backing {
    fill: var(--_background);
    stroke: var(--_grid);
    stroke-width: 0.5;
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
  /* Arabic (and any script written right to left) has no italics: a browser would slant it falsely. Its forecasts
     are told by the muted colour instead, beside the mark's dashes. */
  .label[direction="rtl"], .era-label[direction="rtl"], .dot text[direction="rtl"] {
    font-style: normal;
  }
  .label[direction="rtl"].status-expected, .label[direction="rtl"].status-planned {
    fill: var(--_muted);
  }
  /* Each mark's target, under it: invisible, at least 24 px square, shaded under the pointer. */
  .hit {
    fill: transparent;
    cursor: pointer;
  }
  .hit:hover {
    fill: var(--_text);
    fill-opacity: 0.08;
  }
  .hit:focus {
    outline: none;
  }
  /* Focus and selection differ, so a keyboard reader sees where they are and what is pinned at once: focus is a dark
     ring round the event's target, selection a blue ring round its mark (shown whole: the fades and feathering of the
     date form give way) and a bold label. */
  .hit:focus-visible {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .mark.selected {
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
  /* Kinds' glyphs over a group's bar, in the background's colour: the pointer goes through them to the bar. */
  .group-glyphs {
    fill: var(--_background);
    pointer-events: none;
  }
  /* On paper, the numbers of the rows a group holds: text like a label's. */
  .group-label {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
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
     dotted, denied dash-dotted, as a disputed border is mapped: a pattern of its own, not a fade, so that it keeps
     3:1 against the background (WCAG 1.4.11) as every other line does. */
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
    stroke-dasharray: var(--drawdown-dash-denied, 6 2 1.5 2);
    stroke-opacity: var(--drawdown-denied-opacity, 0.8);
  }
  /* Paper draws a dashed link's dashes as a path of their own (see render/render-paper.ts): after every
     rule that dashes it. */
  .link.dashes-drawn {
    stroke-dasharray: none;
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
    fill: none;
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
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-opacity: 0.6;
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
  .dot.forecast text[direction="rtl"] {
    font-style: normal;
  }

  /* Forced colours (Windows High Contrast): browsers force the HTML's colours to the reader's, but Chromium leaves
     SVG paint as set (dark text on a black page) and the spec would force it flat (no status patterns, blank masks).
     So each drawing takes the system palette and keeps it: on the svg, not the host, where system colours would
     stay in the HTML too (buttons in Highlight, disabled ones not greyed). Paper keeps its own colours. */
  @media screen and (forced-colors: active) {
    svg {
      forced-color-adjust: none;
      ${forcedColorsTheme}
    }
    /* The lanes' tints are gone: a line parts them. Links at full strength, whatever opacity a page set. */
    .lane-band {
      stroke: var(--_grid);
    }
    .link, .link.status-denied {
      stroke-opacity: 1;
    }
    /* Every mark is one colour: focus stays a ring round the target in the text colour (see .hit), selection the
       mark's outline in the Highlight colour. */
  }
`;
