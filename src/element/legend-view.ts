import { html, svg, type TemplateResult } from 'lit';
import type { DateForm } from '../layout/legend-entries.js';
import type { Messages } from '../layout/messages.js';
import type { EventKind } from '../model/types.js';

/** The legend: a swatch per kind present, then a sample mark per date form present, drawn like the plot's marks. */
export function legendView(kinds: readonly EventKind[], forms: readonly DateForm[], messages: Messages): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${messages.ui.legend}>
    ${kinds.map((kind) => html`<li>
      <svg width="12" height="12" aria-hidden="true"><g class="mark kind-${kind}">${svg`<path class="shape" d=${CIRCLE}></path>`}</g></svg>
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

function formSample(form: DateForm) {
  switch (form) {
    case 'point': return svg`<g class="mark kind-other"><path class="shape" d=${CIRCLE}></path></g>`;
    case 'span': return svg`<g class="mark kind-other shape-span"><path class="shape" d=${BAR}></path></g>`;
    case 'bar': return svg`<g class="mark kind-other"><path class="shape" d=${BAR}></path></g>`;
    case 'approximate': return svg`<g class="mark kind-other approximate"><path class="shape" d=${CIRCLE} filter="url(#soft)"></path></g>`;
    case 'uncertain': return svg`<g class="mark kind-other uncertain"><path class="shape" d=${CIRCLE}></path></g>`;
    case 'open': return svg`<g class="mark kind-other open"><path class="shape" d=${BAR} mask="url(#open-left)"></path></g>`;
  }
}
