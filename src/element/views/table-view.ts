import { html, nothing, type TemplateResult } from 'lit';
import type { EventTable, SourceNote } from '../../words/event-table.js';
import type { Messages } from '../../words/messages.js';
import { sourceCredit } from './details-view.js';

/**
 * The event table: one row per event in time order, numbered as the marks are on paper, sources as footnote
 * numbers into the list under it. The list spells out each address, since paper cannot follow a link. The same
 * table shows on screen (`show-table`) and prints under the chart. On a narrow screen it scrolls sideways in a box of
 * its own, which the keys can reach and scroll, named by the caption (the pattern for a wide data table); an event's
 * title heads its row.
 */
export function tableView({ rows, sources }: EventTable, messages: Messages, digits = 'latn'): TemplateResult {
  const { columns, tableCaption, unattributed } = messages.ui;
  return html`<section class="event-table" part="table">
    <div class="table-scroll" role="region" tabindex="0" aria-label=${tableCaption}><table>
      <caption>${tableCaption}</caption>
      <thead><tr>
        <th scope="col">${columns.ref}</th><th scope="col">${columns.date}</th><th scope="col">${columns.event}</th>
        <th scope="col">${columns.route}</th><th scope="col">${columns.amount}</th><th scope="col">${columns.status}</th>
        <th scope="col">${columns.sources}</th>
      </tr></thead>
      <tbody>${rows.map((row) => html`<tr data-id=${row.id}>
        <td>${row.refText}</td>
        <td>${row.date}</td>
        <th scope="row"><bdi lang=${row.titleLang ?? nothing}>${row.title}</bdi> <span class="kind">(${row.kind})</span></th>
        <td dir=${messages.direction}>${row.route}</td>
        <td>${row.amount}</td>
        <td>${row.status}</td>
        <td>${row.sourcesText ? row.sourcesText : row.unattributed ? html`<span class="unattributed" title=${unattributed}>${messages.unattributedWord}</span>` : nothing}</td>
      </tr>`)}</tbody>
    </table></div>
    ${sourceNotesView(sources, messages, digits)}
  </section>`;
}

/** The sources the table's footnote numbers resolve to, with every address spelled out for paper. */
export function sourceNotesView(sources: EventTable['sources'], messages: Messages, digits = 'latn'): TemplateResult | typeof nothing {
  // The list's own numbers are the browser's: in the locale's digits where those are not Latin.
  return sources.length ? html`<h3>${messages.ui.sourceList}</h3>
    <ol class="source-notes digits-${digits}">${sources.map((source) => noteView(source, messages))}</ol>` : nothing;
}

function noteView(source: SourceNote, messages: Messages): TemplateResult {
  const addresses = [...new Set([source.url, ...source.via.map((via) => via.url)])].filter(Boolean);
  return html`<li value=${source.ref}>
    ${sourceCredit(source, messages.ui.via, messages.listSeparator)}${source.date ? `${messages.listSeparator}${source.date}` : nothing}${
    source.note ? html` (<bdi>${source.note}</bdi>)` : nothing}${addresses.map((url) => html` <span class="url" dir="ltr">${url}</span>`)}
  </li>`;
}
