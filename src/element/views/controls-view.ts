import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../words/messages.js';

export interface ControlsOptions {
  readonly messages: Messages;
  /** Whether a window is set, so that there is a whole story to go back to. */
  readonly zoomed: boolean;
  readonly onZoom: (action: 'in' | 'out' | 'reset') => void;
  /** Whether the event table shows. */
  readonly table: boolean;
  readonly onTable: () => void;
  readonly onPrint: () => void;
  readonly onDownload: (format: 'svg' | 'png') => void;
}

/**
 * The toolbar: zoom in and out around the middle of the window and back to the whole story; show the event
 * table; print the timeline alone; download it as SVG or PNG.
 */
export function controlsView(options: ControlsOptions): TemplateResult {
  const { messages, zoomed, onZoom } = options;
  const { zoomIn, zoomOut, zoomReset, controls, table, print, download } = messages.ui;
  const downloadButton = (format: 'svg' | 'png') => {
    const label = download.replace('{format}', format.toUpperCase());
    return html`<button type="button" aria-label=${label} title=${label} @click=${() => options.onDownload(format)}>${format.toUpperCase()}</button>`;
  };
  return html`<div class="controls" part="controls" role="toolbar" aria-label=${controls}>
    <button type="button" aria-label=${zoomIn} title=${zoomIn} @click=${() => onZoom('in')}>+</button>
    <button type="button" aria-label=${zoomOut} title=${zoomOut} .disabled=${!zoomed} @click=${() => onZoom('out')}>−</button>
    <button type="button" .disabled=${!zoomed} @click=${() => onZoom('reset')}>${zoomReset}</button>
    <button type="button" aria-pressed=${options.table ? 'true' : 'false'} @click=${options.onTable}>${table}</button>
    <button type="button" @click=${options.onPrint}>${print}</button>
    ${downloadButton('svg')}${downloadButton('png')}
  </div>`;
}
