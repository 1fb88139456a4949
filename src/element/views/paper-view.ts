import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventTable } from '../../words/event-table.js';
import type { TimelineLayout } from '../../layout/types.js';
import type { Messages } from '../../words/messages.js';
import type { PaperRows } from '../../layout/paper-rows.js';
import type { Band } from '../../layout/vertical-band.js';
import { sourceNotesView, tableView } from './table-view.js';

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
  /** The chart laid out for paper: the whole story, numbered labels, every lane. */
  readonly layout: TimelineLayout;
  readonly rows: PaperRows;
  /** The legend, as the screen draws it. */
  readonly legend: TemplateResult;
  /** The layer hosts of the plot's svg: `whole` for an export; for paper, the head's, the force-level tracks' and the
   * lanes' (see render/names.ts, PAPER_LAYERS). */
  readonly layers: PaperLayers;
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
  const { layout, rows, messages, whole, layers } = options;
  return html`<div class="printout ${whole ? 'whole' : ''}">
    <header>
      <h2>${options.title}</h2>
      ${options.subtitle ? html`<p class="subtitle">${options.subtitle}</p>` : nothing}
    </header>
    ${options.legend}
    ${whole ? html`<div class="paper-plot">${row(layout, [0, layout.height], layers.whole)}</div>` : html`
      <table class="paper-plot" role="presentation">
        <thead><tr><td>${row(layout, rows.head, layers.head)}</td></tr></thead>
        <tbody>${rows.rows.map((band) => html`<tr><td>${row(layout, band, band[0] < layout.lanesTop ? layers.tracks : layers.lanes)}</td></tr>`)}</tbody>
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
