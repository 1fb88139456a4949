import { html, nothing, type TemplateResult } from 'lit';
import type { EventDescription, SourceLine } from '../../words/describe-event.js';
import { routeText } from '../../words/event-table.js';
import { fill, listOf, type Messages } from '../../words/messages.js';
import type { Words } from '../../words/words.js';
import type { GroupMark } from '../../layout/types.js';
import type { DetailsHandlers } from '../controllers/selection.js';
import { groupView } from './group-view.js';

/** The details panel of one event: date as stated, status, route, amount, assets, units, text and sources. */
export function detailsView(description: EventDescription, messages: Messages): TemplateResult {
  const ui = messages.ui;
  const route = routeText({ from: description.from, to: description.to, at: [] }, messages);
  const list = (names: readonly string[]) => listOf(names, messages);
  return html`
    <h3 dir="auto" lang=${description.titleLang ?? nothing}>${description.title}</h3>
    <p class="meta">${description.date} · ${description.kind} · ${description.status}</p>
    <dl>
      ${route ? html`<dt>${ui.route}</dt><dd dir=${messages.direction}>${route}</dd>` : nothing}
      ${description.at.length ? html`<dt>${ui.where}</dt><dd>${list(description.at)}</dd>` : nothing}
      ${description.amount ? html`<dt>${ui.amount}</dt><dd>${description.amount}</dd>` : nothing}
      ${description.assets.length ? html`<dt>${ui.assets}</dt><dd>${list(description.assets)}</dd>` : nothing}
      ${description.units.length ? html`<dt>${ui.units}</dt><dd>${list(description.units)}</dd>` : nothing}
    </dl>
    ${description.paragraphs.map((paragraph) => html`<p dir="auto" lang=${description.textLang ?? nothing}>${paragraph}</p>`)}
    ${description.sources.length
      ? html`<p class="meta">${fill(ui.sources, { count: description.sourceCount })}</p>
          <ul class="sources">${description.sources.map((source) => sourceView(source, messages))}</ul>`
      : description.unattributed ? html`<p class="unattributed">${ui.unattributed}</p>` : nothing}
  `;
}

function sourceView(source: SourceLine, messages: Messages): TemplateResult {
  return html`<li>
    ${sourceCredit(source, messages.ui.via, messages.listSeparator)}${source.date ? html`${messages.listSeparator}<span class="meta">${source.date}</span>` : nothing}${
    source.note ? html` <span class="meta">(<bdi>${source.note}</bdi>)</span>` : nothing}
  </li>`;
}

/** A source's name and the chain it came through, each a link where it has an address: "Abu Amin, via Al-Araby". */
export function sourceCredit(source: SourceLine, viaWord: string, separator: string): TemplateResult {
  return html`${link(source.name, source.url)}${source.via.map((via) => html`${separator}${viaWord} ${link(via.name, via.url)}`)}`;
}

/** Only http(s) addresses reach here (the parser drops the rest); they open without handing over the page. The name,
 * the data's, is a run of its own direction (<bdi>): an English name keeps its order among Arabic words. */
function link(name: string, url: string | undefined): TemplateResult {
  return url ? html`<a href=${url} target="_blank" rel="noopener noreferrer"><bdi>${name}</bdi></a>` : html`<bdi>${name}</bdi>`;
}

export interface DetailsPanelOptions extends DetailsHandlers {
  /** The group to show, over any event. */
  readonly group?: { readonly mark: GroupMark; readonly place: string };
  /** The event to show, in words. */
  readonly event?: EventDescription;
  readonly words: Words;
  /** Shown because the pointer or focus is on it, not pinned: it must not take the pointer from the marks under it. */
  readonly preview: boolean;
  /** Floats next to what it shows; false when that has no place on the plot (it lies outside the window shown). */
  readonly floating: boolean;
}

/**
 * The details panel of a group or an event, a popover next to it on the plot (placed by DetailsPlacement), or under
 * the plot when it has no place there. (With neither, the timeline shows a hint on how to get one.)
 */
export function detailsPanel({ group, event, words, onKeydown, onPick, onZoom, preview, onClose, floating }: DetailsPanelOptions): TemplateResult {
  const kind = `details${floating ? ' popover' : ''}${preview ? ' preview' : ''}`;
  const close = preview ? nothing
    : html`<button type="button" class="close" aria-label=${words.messages.ui.closeDetails} title=${words.messages.ui.closeDetails} @click=${onClose}>×</button>`;
  if (group) {
    return html`<section class=${kind} part="details" data-group=${group.mark.key} @keydown=${onKeydown}>
      ${close}${groupView(group.mark, { place: group.place, ...words, onPick, onZoom: () => onZoom(group.mark) })}
    </section>`;
  }
  if (!event) return html``;
  return html`<section class=${kind} part="details" data-id=${event.id} @keydown=${onKeydown}>
    ${close}${detailsView(event, words.messages)}
  </section>`;
}
