import { svg } from 'lit';
import { EVENT_KINDS, type EventKind } from '../model/types.js';
import { AFTER_REPORT, MASKS, STATUS_TEXTURE, statusFill } from './names.js';

/**
 * The fills that tell statuses apart without colour, one set per kind so that each is drawn in its kind's colour
 * (a pattern's content is styled from where the pattern is declared, not from the mark that uses it): `half`
 * (reported: the lower half filled), `hatch` (claimed), `dots` (planned) and `cross` (denied). `paper` is the
 * background showing between the strokes, so hollow treatments stay hollow over any lane.
 */
function statusPatterns(kind: EventKind) {
  const { hatch, dots, cross } = STATUS_TEXTURE;
  return svg`
  <pattern id=${statusFill('half', kind)} patternUnits="objectBoundingBox" patternContentUnits="objectBoundingBox" width="1" height="1">
    <rect class="paper" width="1" height="0.5"></rect><rect class="ink kind-${kind}" y="0.5" width="1" height="0.5"></rect>
  </pattern>
  <pattern id=${statusFill('hatch', kind)} patternUnits="userSpaceOnUse" width=${hatch.period} height=${hatch.period} patternTransform="rotate(45)">
    <rect class="paper" width=${hatch.period} height=${hatch.period}></rect><rect class="ink kind-${kind}" width=${hatch.width} height=${hatch.period}></rect>
  </pattern>
  <pattern id=${statusFill('dots', kind)} patternUnits="userSpaceOnUse" width=${dots.period} height=${dots.period}>
    <rect class="paper" width=${dots.period} height=${dots.period}></rect><circle class="ink kind-${kind}" cx=${dots.period / 2} cy=${dots.period / 2} r=${dots.radius}></circle>
  </pattern>
  <pattern id=${statusFill('cross', kind)} patternUnits="userSpaceOnUse" width=${cross.period} height=${cross.period} patternTransform="rotate(45)">
    <rect class="paper" width=${cross.period} height=${cross.period}></rect><rect class="ink kind-${kind}" width=${cross.width} height=${cross.period}></rect>
    <rect class="ink kind-${kind}" width=${cross.period} height=${cross.width}></rect>
  </pattern>`;
}

/**
 * Shared drawing resources: the masks that fade open ends and feather approximate ones (a mask, not a blur, so
 * that the status fill inside stays crisp), the status fills, and the hatching of what lies after the story's
 * "as of" date.
 */
export const PLOT_DEFS = svg`<defs>
  <linearGradient id="fade-in"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="0.7" stop-color="#fff"></stop></linearGradient>
  <linearGradient id="fade-out"><stop offset="0.3" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
  <linearGradient id="fade-both"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="0.35" stop-color="#fff"></stop><stop offset="0.65" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
  <linearGradient id="feather"><stop offset="0" stop-color="#fff" stop-opacity="0.15"></stop><stop offset="0.12" stop-color="#fff"></stop><stop offset="0.88" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0.15"></stop></linearGradient>
  <linearGradient id="feather-left"><stop offset="0" stop-color="#fff" stop-opacity="0.15"></stop><stop offset="0.12" stop-color="#fff"></stop></linearGradient>
  <linearGradient id="feather-right"><stop offset="0.88" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0.15"></stop></linearGradient>
  <linearGradient id="fade-in-feather"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="0.7" stop-color="#fff"></stop><stop offset="0.9" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0.15"></stop></linearGradient>
  <linearGradient id="fade-out-feather"><stop offset="0" stop-color="#fff" stop-opacity="0.15"></stop><stop offset="0.1" stop-color="#fff"></stop><stop offset="0.3" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
  <radialGradient id="feather-point"><stop offset="0.5" stop-color="#fff"></stop><stop offset="0.8" stop-color="#fff" stop-opacity="0.5"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></radialGradient>
  ${(
    [
      [MASKS.openLeft, 'fade-in'], [MASKS.openRight, 'fade-out'], [MASKS.openBoth, 'fade-both'], [MASKS.soft, 'feather'],
      [MASKS.softLeft, 'feather-left'], [MASKS.softRight, 'feather-right'],
      [MASKS.openLeftSoft, 'fade-in-feather'], [MASKS.openRightSoft, 'fade-out-feather'],
    ] as const
  ).map(([id, gradient]) => svg`<mask id=${id} maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-0.5" width="1.2" height="2" fill="url(#${gradient})"></rect></mask>`)}
  <mask id=${MASKS.softPoint} maskContentUnits="objectBoundingBox"><rect x="-0.25" y="-0.25" width="1.5" height="1.5" fill="url(#feather-point)"></rect></mask>
  <pattern id=${AFTER_REPORT} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
    <rect class="after-report-ink" width="1" height="8"></rect>
  </pattern>
  ${EVENT_KINDS.map(statusPatterns)}
</defs>`;
