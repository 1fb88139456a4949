import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineLayout } from '../../layout/types.js';
import { LAYERS } from '../../render/names.js';
import type { Messages } from '../../words/messages.js';
import { layerHosts } from './plot-layers.js';

/** What the plot listens to: the reader's pointer, focus and keys, and scrolling inside it. */
export interface PlotListeners {
  readonly onClick: (event: MouseEvent) => void;
  readonly onPointerOver: (event: PointerEvent) => void;
  readonly onPointerMove: (event: PointerEvent) => void;
  readonly onPointerLeave: () => void;
  readonly onFocusIn: (event: FocusEvent) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onScroll: () => void;
}

export interface PlotViewOptions {
  readonly layout: TimelineLayout;
  /** The story's title, which names the plot. */
  readonly title: string;
  /** The story in a sentence, which describes it. */
  readonly summary: string;
  readonly messages: Messages;
  /** The hint shown over the plot for a moment, if any. */
  readonly hint: string | undefined;
  readonly on: PlotListeners;
  /** The details of what is selected or previewed, shown next to it over the plot. */
  readonly popover?: TemplateResult | typeof nothing;
}

/**
 * The plot: an svg of empty layers the render layer draws into, named after the story and described by its
 * summary and how the keys work, two sentences kept out of the page's reading order (hidden), where a screen reader
 * would say them a second time. The focus listener sits on the wrapper: Chrome makes an svg with one a Tab stop.
 */
export function plotView({ layout, title, summary, messages, hint, on, popover = nothing }: PlotViewOptions): TemplateResult {
  return html`<div class="plot-area">
    <div class="plot-wrap" @scroll=${on.onScroll} @focusin=${on.onFocusIn}>
      <svg class="plot" part="plot" role="group" aria-roledescription=${messages.ui.timeline} aria-label=${title}
        aria-describedby="summary key-help" width=${layout.width} height=${layout.height}
        @click=${on.onClick} @pointerover=${on.onPointerOver} @pointermove=${on.onPointerMove}
        @pointerleave=${on.onPointerLeave} @keydown=${on.onKeydown}>${layerHosts(LAYERS)}</svg>
      ${hint ? html`<p class="zoom-hint" aria-hidden="true">${hint}</p>` : nothing}
    </div>
    ${popover}
    </div>
    <div hidden><p id="summary">${sentence(summary)}</p><p id="key-help">${messages.ui.keys}</p></div>`;
}

/** The summary as a sentence of its own: said before the key help, it must not run into it ("(expected)Left…"). */
function sentence(text: string): string {
  return /[.!?؟…]$/.test(text.trim()) ? text : `${text.trim()}.`;
}
