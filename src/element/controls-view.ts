import { html, type TemplateResult } from 'lit';
import type { Messages } from '../layout/messages.js';

export interface ControlsOptions {
  readonly messages: Messages;
  /** Whether a window is set, so that there is a whole story to go back to. */
  readonly zoomed: boolean;
  readonly onZoom: (action: 'in' | 'out' | 'reset') => void;
}

/** The toolbar: zoom in and out around the middle of the window, and back to the whole story. */
export function controlsView({ messages, zoomed, onZoom }: ControlsOptions): TemplateResult {
  const { zoomIn, zoomOut, zoomReset, controls } = messages.ui;
  return html`<div class="controls" part="controls" role="toolbar" aria-label=${controls}>
    <button type="button" aria-label=${zoomIn} title=${zoomIn} @click=${() => onZoom('in')}>+</button>
    <button type="button" aria-label=${zoomOut} title=${zoomOut} .disabled=${!zoomed} @click=${() => onZoom('out')}>−</button>
    <button type="button" .disabled=${!zoomed} @click=${() => onZoom('reset')}>${zoomReset}</button>
  </div>`;
}
