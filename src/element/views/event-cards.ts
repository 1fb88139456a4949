import { html, nothing, type TemplateResult } from 'lit';
import type { EventTable } from '../../words/event-table.js';
import { listOf, type Messages } from '../../words/messages.js';

export interface EventCardsOptions {
  readonly table: EventTable;
  readonly messages: Messages;
  /** The selected event's id. */
  readonly selected: string | undefined;
  /** Selects an event on the plot. */
  readonly onPick: (id: string) => void;
}

/**
 * On a phone, the plot is an overview with numbered marks, and the events are read here: a card each, in time order,
 * numbered as the marks are, with the date as stated, the title whole, its kind and status, where it went, how much
 * and how many sources back it. A card picks its event on the plot (its details open there).
 */
export function eventCardsView({ table, messages, selected, onPick }: EventCardsOptions): TemplateResult {
  const sourceNames = new Map(table.sources.map((source) => [source.ref, source.name]));
  return html`<section class="event-cards" part="cards">
    <h3>${messages.ui.eventList}</h3>
    <ol>${table.rows.map((row) => html`<li data-id=${row.id}>
      <button type="button" aria-pressed=${row.id === selected ? 'true' : 'false'} @click=${() => onPick(row.id)}>
        <span class="ref">${row.refText}</span>
        <span class="card">
          <span class="date">${row.date}</span>
          <span class="title" dir="auto" lang=${row.titleLang ?? nothing}>${row.title}</span>
          <span class="meta" dir=${messages.direction}>${[`${row.kind} · ${row.status}`, row.route, row.amount].filter(Boolean).join(' · ')}</span>
          ${row.sources.length ? html`<span class="meta">${listOf(row.sources.map((ref) => sourceNames.get(ref)!), messages)}</span>`
            : row.unattributed ? html`<span class="unattributed">${messages.unattributedWord}</span>` : nothing}
        </span>
      </button>
    </li>`)}</ol>
  </section>`;
}
