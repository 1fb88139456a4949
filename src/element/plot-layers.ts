import { svg } from 'lit';

/** The plot's layers, bottom to top, that the render layer draws into (see render/draw-plot.ts). */
export const PLOT_LAYERS = svg`<g class="lanes"></g>
  <g class="eras" part="eras" aria-hidden="true"></g>
  <g class="tracks"></g>
  <g class="axis" part="axis" aria-hidden="true"></g>
  <g class="groups" part="groups" aria-hidden="true"></g>
  <g class="links" aria-hidden="true"></g>
  <g class="marks"></g>
  <g class="labels" aria-hidden="true"></g>
  <g class="link-labels" aria-hidden="true"></g>`;

/** Paper's rows draw only the layers in their band, so no text is drawn where a row's view box hides it: the head
 * (the axis over the eras' names and the "as of" line), the force-level tracks, and the lanes. */
export const HEAD_LAYERS = svg`<g class="eras"></g><g class="axis"></g>`;
export const TRACK_LAYERS = svg`<g class="eras"></g><g class="tracks"></g>`;
export const LANE_LAYERS = svg`<g class="lanes"></g><g class="eras"></g><g class="groups"></g><g class="links"></g>
  <g class="marks"></g><g class="labels"></g><g class="link-labels"></g>`;
