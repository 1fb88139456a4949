import { html, nothing, type TemplateResult } from 'lit';
import type { EventDescription, SourceLine } from '../words/describe-event.js';
import { routeText } from '../words/event-table.js';
import { fill, type Messages } from '../words/messages.js';

/** The details panel of one event: date as stated, status, route, amount, assets, units, text and sources. */
export function detailsView(description: EventDescription, assets: readonly string[], units: readonly string[], messages: Messages): TemplateResult {
  const ui = messages.ui;
  const route = routeText({ from: description.from, to: description.to, at: [] });
  return html`
    <h3>${description.title}</h3>
    <p class="meta">${description.date} · ${description.kind} · ${description.status}</p>
    <dl>
      ${route ? html`<dt>${ui.route}</dt><dd>${route}</dd>` : nothing}
      ${description.at.length ? html`<dt>${ui.where}</dt><dd>${description.at.join(', ')}</dd>` : nothing}
      ${description.amount ? html`<dt>${ui.amount}</dt><dd>${description.amount}</dd>` : nothing}
      ${assets.length ? html`<dt>${ui.assets}</dt><dd>${assets.join(', ')}</dd>` : nothing}
      ${units.length ? html`<dt>${ui.units}</dt><dd>${units.join(', ')}</dd>` : nothing}
    </dl>
    ${description.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${description.sources.length
      ? html`<p class="meta">${fill(ui.sources, { count: String(description.sources.length) })}</p>
          <ul class="sources">${description.sources.map((source) => sourceView(source, ui.via))}</ul>`
      : html`<p class="unattributed">${ui.unattributed}</p>`}
  `;
}

function sourceView(source: SourceLine, viaWord: string): TemplateResult {
  return html`<li>
    ${sourceCredit(source, viaWord)}${source.note ? html` <span class="meta">(${source.note})</span>` : nothing}
  </li>`;
}

/** A source's name and the chain it came through, each a link where it has an address: "Abu Amin, via Al-Araby". */
export function sourceCredit(source: SourceLine, viaWord: string): TemplateResult {
  return html`${link(source.name, source.url)}${source.via.map((via) => html`, ${viaWord} ${link(via.name, via.url)}`)}`;
}

/** Only http(s) addresses reach here (the parser drops the rest); they open without handing over the page. */
function link(name: string, url: string | undefined): TemplateResult | string {
  return url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name}</a>` : name;
}
