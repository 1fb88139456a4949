import { html, nothing, type TemplateResult } from 'lit';
import { controlsView, type ControlsOptions } from './controls-view.js';

export interface HeaderViewOptions {
  readonly title: string;
  readonly subtitle: string;
  /** The toolbar's options; none hides it. */
  readonly controls: ControlsOptions | undefined;
}

/** The story's title and subtitle, and the toolbar beside them. */
export function headerView({ title, subtitle, controls }: HeaderViewOptions): TemplateResult {
  return html`<header>
    <div class="heading">
      <h2 part="title">${title}</h2>
      ${subtitle ? html`<p class="subtitle" part="subtitle">${subtitle}</p>` : nothing}
    </div>
    ${controls ? controlsView(controls) : nothing}
  </header>`;
}
