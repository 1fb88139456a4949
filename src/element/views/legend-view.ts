import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LegendEntries } from '../../layout/legend-entries.js';
import type { DateForm } from '../../words/messages.js';
import { barPath, circlePath, kindGlyph, MASKS, url } from '../../render/names.js';
import type { Messages } from '../../words/messages.js';

/**
 * The legend: each kind present with its glyph (which tells it apart without colour), a sample mark per status present (in the neutral colour, so it reads
 * as the status and not a kind), a sample per date form present, drawn like the plot's marks, and what a
 * transfer's width means where some transfer has one.
 */
export function legendView({ kinds, statuses, forms, amounts }: LegendEntries, messages: Messages): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${messages.ui.legend}>
    ${kinds.map((kind) => html`<li data-kind=${kind}>
      <svg width="14" height="14" aria-hidden="true">${svg`<path class="mark kind-${kind}" d=${kindGlyph(kind, 7, 7, 5)}></path>`}</svg>
      ${messages.kinds[kind]}
    </li>`)}
    ${statuses.map((status) => html`<li data-status=${status}>
      <svg width="28" height="12" aria-hidden="true">${svg`<path class="mark kind-other status-${status}" d=${BAR}></path>`}</svg>
      ${messages.statusLanes[status]}
    </li>`)}
    ${forms.map((form) => html`<li>
      <svg width=${POINT_FORMS.has(form) ? 12 : 28} height="12" aria-hidden="true">${formSample(form)}</svg>
      ${messages.forms[form]}
    </li>`)}
    ${amounts ? html`<li>
      <svg width="28" height="12" aria-hidden="true">${svg`<path class="link kind-other" stroke-width="1.75" d="M1,3H27"></path>
        <path class="link kind-other" stroke-width="5" d="M1,9H27"></path>`}</svg>
      ${messages.ui.transferWidth}
    </li>` : nothing}
  </ul>`;
}

/** The marks' own glyphs, at the size the plot draws them, in a 12 px high swatch. */
const CIRCLE = circlePath(6, 6, 5);
const BAR = barPath(2, 26, 6, 10);
const GROUP = 'M2,7h5v5h-5ZM8,1h5v11h-5ZM14,4h5v8h-5ZM20,9h5v3h-5Z';
/** Forms drawn as a point: their swatch is as narrow as the point, so it sits by its words, not the item before. */
const POINT_FORMS: ReadonlySet<DateForm> = new Set(['point', 'approximate', 'uncertain']);

function formSample(form: DateForm) {
  switch (form) {
    case 'point': return svg`<path class="mark kind-other" d=${CIRCLE}></path>`;
    case 'span': return svg`<path class="mark kind-other shape-span" d=${BAR}></path>`;
    case 'bar': return svg`<path class="mark kind-other" d=${BAR}></path>`;
    case 'approximate': return svg`<path class="mark kind-other approximate" d=${CIRCLE} mask=${url(MASKS.softPoint)}></path>`;
    case 'uncertain': return svg`<path class="mark kind-other uncertain" d=${CIRCLE}></path>`;
    case 'open': return svg`<path class="mark kind-other open" d=${BAR} mask=${url(MASKS.openLeft)}></path>`;
    case 'group': return svg`<path class="group kind-other" d=${GROUP}></path>`;
  }
}
