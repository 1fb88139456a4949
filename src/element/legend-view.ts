import { html, svg, type TemplateResult } from 'lit';
import type { DateForm } from '../layout/legend-entries.js';
import type { Messages } from '../layout/messages.js';
import type { EventKind } from '../model/types.js';

/** The legend: a swatch per kind present, then a sample mark per date form present, drawn like the plot's marks. */
export function legendView(kinds: readonly EventKind[], forms: readonly DateForm[], messages: Messages): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${messages.ui.legend}>
    ${kinds.map((kind) => html`<li>
      <svg width="12" height="12" aria-hidden="true">${svg`<path class="mark kind-${kind}" d=${CIRCLE}></path>`}</svg>
      ${messages.kinds[kind]}
    </li>`)}
    ${forms.map((form) => html`<li>
      <svg width="28" height="12" aria-hidden="true">${formSample(form)}</svg>
      ${messages.forms[form]}
    </li>`)}
  </ul>`;
}

const CIRCLE = 'M1,6a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z';
const BAR = 'M2,1h24v10h-24Z';
const GROUP = 'M2,7h5v5h-5ZM8,1h5v11h-5ZM14,4h5v8h-5ZM20,9h5v3h-5Z';

function formSample(form: DateForm) {
  switch (form) {
    case 'point': return svg`<path class="mark kind-other" d=${CIRCLE}></path>`;
    case 'span': return svg`<path class="mark kind-other shape-span" d=${BAR}></path>`;
    case 'bar': return svg`<path class="mark kind-other" d=${BAR}></path>`;
    case 'approximate': return svg`<path class="mark kind-other approximate" d=${CIRCLE} filter="url(#soft)"></path>`;
    case 'uncertain': return svg`<path class="mark kind-other uncertain" d=${CIRCLE}></path>`;
    case 'open': return svg`<path class="mark kind-other open" d=${BAR} mask="url(#open-left)"></path>`;
    case 'group': return svg`<path class="group kind-other" d=${GROUP}></path>`;
  }
}
