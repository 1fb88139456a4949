import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventTable } from '../../words/event-table.js';
import type { TimelineLayout } from '../../layout/types.js';
import type { LegendEntries } from '../../layout/legend-entries.js';
import type { Messages } from '../../words/messages.js';
import type { PaperRows } from '../../layout/paper-rows.js';
import type { Band } from '../../layout/vertical-band.js';
import { legendView } from './legend-view.js';
import { LAYERS, PAPER_LAYERS } from '../../render/names.js';
import { layerHosts } from './plot-layers.js';
import { sourceNotesView, tableView } from './table-view.js';

export interface PaperViewOptions {
  readonly title: string;
  readonly subtitle: string;
  readonly credit: string;
  /** The chart laid out for paper: the whole story, numbered labels, every lane. */
  readonly layout: TimelineLayout;
  readonly rows: PaperRows;
  readonly legend: LegendEntries;
  readonly table: EventTable;
  readonly messages: Messages;
  /** The digits the locale writes with (see Formatter.numberingSystem). */
  readonly digits: string;
  /**
   * For export rather than paper: the chart as one svg (not rows to break pages between), and the sources without
   * the event table.
   */
  readonly whole?: boolean;
}

/**
 * The whole story for paper, what a reader with no screen needs: title, legend, the chart with every lane and
 * numbered marks, then the event table with its sources, and the credit. Its chart is a table of rows, one per
 * lane, so pages break between lanes, and the axis is the table's head, which the browser repeats on every page.
 * The render layer draws each row's svg (`data-band`) once this is in the DOM.
 */
export function paperView(options: PaperViewOptions): TemplateResult {
  const { layout, rows, messages, whole } = options;
  return html`<div class="printout ${whole ? 'whole' : ''}">
    <header>
      <h2>${options.title}</h2>
      ${options.subtitle ? html`<p class="subtitle">${options.subtitle}</p>` : nothing}
    </header>
    ${legendView(options.legend, messages)}
    ${whole ? html`<div class="paper-plot">${row(layout, [0, layout.height], layerHosts(LAYERS))}</div>` : html`
      <table class="paper-plot" role="presentation">
        <thead><tr><td>${row(layout, rows.head, layerHosts(PAPER_LAYERS.head, { bare: true }))}</td></tr></thead>
        <tbody>${rows.rows.map((band) => html`<tr><td>${row(layout, band, layerHosts(band[0] < layout.lanesTop ? PAPER_LAYERS.tracks : PAPER_LAYERS.lanes, { bare: true }))}</td></tr>`)}</tbody>
      </table>`}
    ${whole ? sourceNotesView(options.table.sources, messages, options.digits) : tableView(options.table, messages, options.digits)}
    ${options.credit ? html`<p class="credit">${options.credit}</p>` : nothing}
  </div>`;
}

/** One band of the plot: an svg whose view box shows only that band of the whole drawing. */
function row(layout: TimelineLayout, [top, bottom]: Band, layers: readonly SVGTemplateResult[]): TemplateResult {
  const height = bottom - top;
  return html`<svg class="plot" aria-hidden="true" data-band="${top} ${bottom}" width=${layout.width} height=${height}
    viewBox="0 ${top} ${layout.width} ${height}">${layers}</svg>`;
}
