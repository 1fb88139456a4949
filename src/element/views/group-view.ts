import { html, type TemplateResult } from 'lit';
import type { Formatter } from '../../words/format-when.js';
import type { GroupMark } from '../../layout/types.js';
import { fill, isolate, type Messages } from '../../words/messages.js';
import { pickText } from '../../model/pick-text.js';

/** How many of a group's events the details list by name; the rest are a zoom away. */
const LISTED = 8;

export interface GroupViewOptions {
  readonly place: string;
  readonly languages: readonly string[];
  readonly formatter: Formatter;
  readonly messages: Messages;
  /** Called with an event's id when the reader picks it from the list. */
  readonly onPick: (id: string) => void;
  readonly onZoom: () => void;
}

/** The details of a group: how many events of which kinds, where and when, the first few by name, and a way in. */
export function groupView(group: GroupMark, options: GroupViewOptions): TemplateResult {
  const { formatter, messages } = options;
  const count = group.events.length;
  const listed = group.events.slice(0, LISTED);
  return html`
    <h3>${fill(messages.ui.group, { events: formatter.events(count), place: isolate(options.place), span: formatter.span(group.start, group.end) })}</h3>
    <p class="meta">${group.kinds.map(([kind, n]) => `${messages.kinds[kind]} ${formatter.number(n)}`).join(' · ')}</p>
    <p>${messages.ui.groupHint}</p>
    <ul class="group-events">${listed.map((event) => html`<li>
      <button type="button" class="pick" data-id=${event.id} @click=${() => options.onPick(event.id)}>${pickText(event.title, options.languages)}</button>
      <span class="meta">${formatter.when(event.when)}</span>
    </li>`)}</ul>
    ${count > LISTED ? html`<p class="meta">${fill(messages.ui.more, { count: formatter.number(count - LISTED) })}</p>` : ''}
    <button type="button" class="zoom" @click=${options.onZoom}>${messages.ui.zoomIn}</button>
  `;
}
