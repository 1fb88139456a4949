import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../words/messages.js';
import type { ToolbarFocus } from '../controllers/toolbar-focus.js';

export interface ControlsOptions {
  readonly messages: Messages;
  /** Whether a window is set, so that there is a whole story to go back to. */
  readonly zoomed: boolean;
  readonly onZoom: (action: 'in' | 'out' | 'reset') => void;
  /** Whether the event table shows. */
  readonly table: boolean;
  readonly onTable: () => void;
  /** Whether the story outline shows. */
  readonly outline: boolean;
  readonly onOutline: () => void;
  /** Prints the whole story, or the window shown. */
  readonly onPrint: (range: 'story' | 'window') => void;
  readonly onDownload: (format: DownloadFormat) => void;
  /** Which button holds the toolbar's one Tab stop, and the keys that move it. */
  readonly focus: Pick<ToolbarFocus, 'tabIndex' | 'onKeydown' | 'onFocusIn'>;
}

/** The toolbar's downloads: the image, then the data. */
export type DownloadFormat = 'svg' | 'png' | 'csv' | 'json';

interface ToolbarButton {
  readonly content: string | TemplateResult;
  /** An icon's name, and its tooltip. */
  readonly title?: string;
  readonly pressed?: boolean;
  /** Shown, focusable and announced as unavailable, but doing nothing: the keys find the same buttons whatever
   * can be done now, and focus is not lost from a button that has just made itself useless (the whole story). */
  readonly unavailable?: boolean;
  readonly act: () => void;
}

/** An icon button's look: its tooltip names it, and its glyph is hidden from screen readers, which would take the
 * glyph for the name and read the tooltip again as the description. */
function icon(title: string, glyph: string): Pick<ToolbarButton, 'title' | 'content'> {
  return { title, content: html`<span aria-hidden="true">${glyph}</span>` };
}

/**
 * The toolbar: zoom in and out around the middle of the window and back to the whole story; show the event
 * table or the story outline; print the timeline alone, whole or the window shown; download it as SVG or PNG, and
 * its data as CSV or JSON. One Tab stop, the arrows moving along it.
 */
export function controlsView(options: ControlsOptions): TemplateResult {
  const { messages, zoomed, onZoom, focus } = options;
  const { zoomIn, zoomOut, zoomReset, controls, table, print, download, downloadData } = messages.ui;
  const downloadButton = (format: DownloadFormat): ToolbarButton => {
    const name = format.toUpperCase();
    return { ...icon((format === 'svg' || format === 'png' ? download : downloadData).replace('{format}', name), name), act: () => options.onDownload(format) };
  };
  const buttons: ToolbarButton[] = [
    { ...icon(zoomIn, '+'), act: () => onZoom('in') },
    { ...icon(zoomOut, '−'), unavailable: !zoomed, act: () => onZoom('out') },
    { content: zoomReset, unavailable: !zoomed, act: () => onZoom('reset') },
    { content: table, pressed: options.table, act: options.onTable },
    { content: messages.ui.outline.button, pressed: options.outline, act: options.onOutline },
    { content: print, act: () => options.onPrint('story') },
    { content: messages.ui.printWindow, unavailable: !zoomed, act: () => options.onPrint('window') },
    downloadButton('svg'), downloadButton('png'), downloadButton('csv'), downloadButton('json'),
  ];
  return html`<div class="controls" part="controls" role="toolbar" aria-label=${controls} @keydown=${focus.onKeydown} @focusin=${focus.onFocusIn}>
    ${buttons.map((button, index) => html`<button type="button" title=${button.title ?? nothing} tabindex=${focus.tabIndex(index)}
      aria-pressed=${button.pressed === undefined ? nothing : String(button.pressed)} aria-disabled=${button.unavailable ? 'true' : nothing}
      @click=${() => button.unavailable || button.act()}>${button.content}</button>`)}
  </div>`;
}
