import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventTable } from '../../words/event-table.js';
import type { TimelineLayout } from '../../layout/types.js';
import type { Messages } from '../../words/messages.js';
import type { PaperLayout } from '../../layout/paper-layout.js';
import { fill, isolate } from '../../words/messages.js';
import type { Band } from '../../layout/vertical-band.js';
import { tableView } from './table-view.js';

/** Empty layer hosts for each kind of paper row, which the render layer draws into. */
export interface PaperLayers {
  readonly whole: readonly SVGTemplateResult[];
  readonly head: readonly SVGTemplateResult[];
  readonly tracks: readonly SVGTemplateResult[];
  readonly lanes: readonly SVGTemplateResult[];
}

export interface PaperViewOptions {
  readonly title: string;
  readonly subtitle: string;
  readonly credit: string;
  /** The day it is printed or exported, in words. */
  readonly today: string;
  /** The chart laid out for each class of paper (see layout/paper-sizes.ts): print media shows the one whose page
   * width matches. An export has one. */
  readonly charts: readonly PaperLayout[];
  /** The legend, as the screen draws it. */
  readonly legend: TemplateResult;
  /** The route map, above the chart, when the page shows one. */
  readonly map?: TemplateResult | undefined;
  /** The layer hosts of the plot's svg: `whole` for an export; for paper, the head's, the force-level tracks' and the
   * lanes' (see render/names.ts, PAPER_LAYERS). */
  readonly layers: PaperLayers;
  readonly table: EventTable;
  readonly messages: Messages;
  /** The digits the locale writes with (see Formatter.numberingSystem). */
  readonly digits: string;
  /**
   * For an export rather than paper: the chart as one svg (not rows to break pages between), laid out on screen
   * out of sight to be copied; `chart` leaves out the event table and its sources, and `light` uses the light
   * theme whatever the element's.
   */
  readonly copy?: { readonly chart: boolean; readonly light: boolean };
}

/**
 * The whole story for paper, what a reader with no screen needs: title, the route map if the page shows one, legend, the chart with every lane and
 * numbered marks, then the event table with its sources, and the credit. Its chart is a table of rows, so pages
 * break between them: its head is the axis, which the browser repeats on every page, and each lane is a table of
 * its own, whose head (the lane's name) the browser repeats on the next page when the lane goes on there. Each
 * row is an svg showing its band of the one drawing (`data-band`), which the render layer draws once this is in
 * the DOM.
 */
export function paperView(options: PaperViewOptions): TemplateResult {
  const { messages, copy, layers } = options;
  return html`<div class="printout ${copy ? 'whole' : ''} ${copy?.light ? 'light' : ''}">
    <header>
      <h2>${options.title}</h2>
      ${options.subtitle ? html`<p class="subtitle">${options.subtitle}</p>` : nothing}
    </header>
    ${options.map ?? nothing}
    ${options.legend}
    ${options.charts.map(({ size, layout, rows }) => copy
      ? html`<div class="paper-plot" data-paper=${size.name}>${row(layout, [0, layout.height], layers.whole)}</div>`
      : html`<table class="paper-plot" data-paper=${size.name} role="presentation">
        <thead><tr><td>${row(layout, rows.head, layers.head)}</td></tr></thead>
        <tbody>
          ${rows.tracks ? html`<tr class="whole"><td>${row(layout, rows.tracks, layers.tracks)}</td></tr>` : nothing}
          ${rows.lanes.map((lane) => html`<tr class=${lane.whole ? 'whole' : ''}><td><table class="lane" role="presentation">
            <thead><tr><td>${row(layout, lane.head, layers.lanes)}</td></tr></thead>
            <tbody>${lane.parts.map((band) => html`<tr><td>${row(layout, band, layers.lanes)}</td></tr>`)}</tbody>
          </table></td></tr>`)}
        </tbody>
      </table>`)}
    ${copy?.chart ? nothing : tableView(options.table, messages, options.digits)}
    <p class="credit">${options.credit ? html`${options.credit}<br>` : nothing}${fill(messages.ui.madeFrom, { address: isolate(pageAddress()), date: options.today })}</p>
  </div>`;
}

/** The page's address without its query and fragment, which may hold a reader's session or tracking. */
export function pageAddress(): string {
  return `${location.origin}${location.pathname}`;
}

/** One band of the plot: an svg whose view box shows only that band of the whole drawing. */
function row(layout: TimelineLayout, [top, bottom]: Band, layers: readonly SVGTemplateResult[]): TemplateResult {
  const height = bottom - top;
  return html`<svg class="plot" aria-hidden="true" data-band="${top} ${bottom}" width=${layout.width} height=${height}
    viewBox="0 ${top} ${layout.width} ${height}">${layers}</svg>`;
}
