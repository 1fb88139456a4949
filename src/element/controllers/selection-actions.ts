import type { GroupMark, TimelineLayout } from '../../layout/types.js';
import { eventById } from '../../model/event-by-id.js';
import { pickText } from '../../model/pick-text.js';
import type { Story } from '../../model/types.js';
import { fill } from '../../words/messages.js';
import { DrawdownSelectEvent } from '../events.js';
import type { DetailsState, Selection, SelectionHost, SelectionOptions } from './selection.js';

/**
 * What the reader does to the selection: select and unselect, pick from a group, preview under the pointer or
 * focus, zoom into a group, close the details. Loaded right after the first paint with the views that call it (the
 * details panel, the cards, the outline, PlotInput); the selection's state, which the first paint draws, is
 * Selection's.
 */
export class SelectionActions {
  readonly #host: SelectionHost;
  readonly #selection: Selection;
  readonly #options: SelectionOptions;

  constructor(host: SelectionHost, selection: Selection, options: SelectionOptions) {
    this.#host = host;
    this.#selection = selection;
    this.#options = options;
  }

  /** What the details panel shows, and how the reader acts on it. */
  details(layout: TimelineLayout, shown: Story): DetailsState {
    return {
      ...this.#selection.details(layout, shown),
      onKeydown: this.onDetailsKeydown, onPick: this.pick, onZoom: (group) => this.zoomTo(group),
      onClose: () => {
        this.closeDetails();
        this.#host.requestUpdate();
      },
    };
  }

  /** Selects an event (or nothing) for the reader: `selected` follows, the page hears of it once, and so does a
   * screen reader, politely, in a few words rather than the whole panel. */
  select(id: string | undefined): void {
    if ((id ?? '') === this.#host.selected) return;
    this.#host.selected = id ?? '';
    const view = this.#options.view();
    const event = id === undefined || !view ? undefined : eventById(view.shown, id);
    this.#options.say(event && !this.#host.noDetails
      ? fill(view!.words.messages.ui.detailsShown, { title: pickText(event.title, view!.words.languages) }) : '');
    this.#host.dispatchEvent(new DrawdownSelectEvent({ id: id ?? null }));
    this.#host.requestUpdate();
  }

  /** An event picked from a group's list: selected, focused, and drawn with a mark of its own. */
  pick = (id: string) => {
    this.#selection.forgetGroups();
    this.#selection.focusId = id;
    this.select(id);
    this.#host.requestUpdate();
  };

  /** An event's card pressed: selects it, or, pressed again, unselects it, as a second click on its mark does. */
  toggle = (id: string) => {
    if (id === this.#selection.selectedId) this.select(undefined);
    else this.pick(id);
  };

  /** Zooms into a group's stretch of time, with a margin, as a reader's zoom would. */
  zoomTo(group: GroupMark): void {
    const margin = (group.end - group.start) * 0.1;
    this.#options.window.set([group.start - margin, group.end + margin], { glide: true });
  }

  /** Escape in the details panel (on a source's link, say) closes it and returns to the event. */
  onDetailsKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closeDetails();
    this.#host.requestUpdate();
  };

  /** Closes the details, and gives the keyboard back to the event's mark (it may have been in the panel). */
  closeDetails(): void {
    const selection = this.#selection;
    selection.previewId = selection.selectedGroup = selection.previewGroup = undefined;
    this.select(undefined);
    this.#options.focusMark();
  }

  /** Shows the details of what the pointer or focus is on: an event, a group, or (both undefined) what is pinned. */
  preview(id: string | undefined, group: string | undefined): void {
    const selection = this.#selection;
    if (id === selection.previewId && group === selection.previewGroup) return;
    selection.previewId = id;
    selection.previewGroup = group;
    this.#host.requestUpdate();
  }
}
