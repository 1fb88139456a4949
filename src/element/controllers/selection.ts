import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { liftMark } from '../../layout/groups.js';
import type { GroupMark, TimelineLayout } from '../../layout/types.js';
import { eventById } from '../../model/event-by-id.js';
import { pickText } from '../../model/pick-text.js';
import type { Story } from '../../model/types.js';
import { fill } from '../../words/messages.js';
import { DrawdownSelectEvent } from '../events.js';
import type { GraphWalk } from '../graph-walk.js';
import type { Words } from '../../words/words.js';
import type { DetailsState } from '../views/timeline-view.js';
import type { DetailsAnchor } from './details-placement.js';
import type { ViewWindow } from './view-window.js';

/** The element as the selection sees it: `selected` is the page's view of the selection. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string;
  readonly noDetails: boolean;
}

export interface SelectionOptions {
  /** What is laid out now, or null with nothing drawn. */
  readonly view: () => { readonly layout: TimelineLayout; readonly shown: Story; readonly words: Words } | null;
  readonly window: ViewWindow;
  /** The focused event's mark takes the keyboard's focus once drawn. */
  readonly focusMark: () => void;
  /** Says something in the live region (see Announcer). */
  readonly say: (text: string) => void;
  /** The walk along moves and after units, once loaded after the first paint (undefined until then). */
  readonly walk: () => GraphWalk | undefined;
}

/**
 * Which event (or group) the reader is looking at: an event is pinned by click or Enter (`selected`, with
 * `drawdown-select` and a brief announcement) and previewed by hover or focus; a group likewise; and which event
 * holds the keyboard. What the pointer and keys do to it is PlotInput's, loaded right after the first paint; what
 * the first paint needs (`selected`, the details shown, the focused mark) is here.
 */
export class Selection implements ReactiveController {
  readonly #host: SelectionHost;
  readonly #options: SelectionOptions;
  /** The event whose details show on hover or focus, over the one pinned. */
  previewId: string | undefined = undefined;
  /** The event holding the plot's Tab stop, which the keyboard walks from. */
  focusId: string | undefined = undefined;
  /** The group whose details show, by key: pinned by click, previewed by hover. */
  selectedGroup: string | undefined = undefined;
  previewGroup: string | undefined = undefined;

  constructor(host: SelectionHost, options: SelectionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Taken off the page, it is no longer under the pointer. */
  hostDisconnected(): void {
    this.previewId = this.previewGroup = undefined;
  }

  /** The selected event's id: `selected`, or `undefined` for none. */
  get selectedId(): string | undefined {
    return this.#host.selected || undefined;
  }

  /**
   * Before an update: a new `selected` is where the keyboard goes (one no event of the story has is `unknown`);
   * another grouping of lanes makes pinned groups meaningless, since their keys are by lane position.
   */
  update(changed: ReadonlyMap<PropertyKey, unknown>, story: Story | null, unknown: (id: string) => void): void {
    const id = this.#host.selected;
    if ((changed.has('selected') || changed.has('story')) && id && story && !eventById(story, id)) unknown(id);
    if (changed.has('selected') && id) this.focusId = id;
    if (changed.has('groupBy')) this.forgetGroups();
  }

  /** A new story: nothing previewed, focused or pinned but what `selected` names. */
  reset(): void {
    this.previewId = this.focusId = this.selectedGroup = this.previewGroup = undefined;
    this.#options.walk()?.forget();
  }

  /** Forgets pinned and previewed groups: after a zoom or another grouping of lanes, their keys mean nothing. */
  forgetGroups(): void {
    this.selectedGroup = this.previewGroup = undefined;
  }

  /** After a new layout: groups that are gone are forgotten, and the keyboard starts at `selected` or the first event. */
  laidOut(layout: TimelineLayout): void {
    const gone = (key: string | undefined) => key !== undefined && !layout.groups.some((group) => group.key === key);
    if (gone(this.selectedGroup)) this.selectedGroup = undefined;
    if (gone(this.previewGroup)) this.previewGroup = undefined;
    const selected = this.selectedId;
    this.focusId ??= selected && layout.order.includes(selected) ? selected : layout.order[0];
  }

  /** The group whose details show: what the pointer is over wins over what was pinned; never with a pinned event. */
  shownGroup(layout: TimelineLayout): GroupMark | undefined {
    const key = this.previewId !== undefined ? undefined
      : this.previewGroup ?? (this.selectedId === undefined ? this.selectedGroup : undefined);
    return key === undefined ? undefined : layout.groups.find((group) => group.key === key);
  }

  /** Where the details point: the group shown, or the shown event's mark (a stand-in where it is grouped). */
  anchor(layout: TimelineLayout, shown: Story): DetailsAnchor | undefined {
    const group = this.shownGroup(layout), id = this.shownId;
    if (group) return group;
    const event = id === undefined ? undefined : eventById(shown, id);
    return event && (layout.marks.find((mark) => mark.primary && mark.event === event) ?? liftMark(layout, event, layout.metrics));
  }

  /** What the details panel shows, and how the reader acts on it. */
  details(layout: TimelineLayout, shown: Story): DetailsState {
    return {
      group: this.shownGroup(layout), id: this.shownId, preview: this.previewing, anchored: !!this.anchor(layout, shown),
      onKeydown: this.onDetailsKeydown, onPick: this.pick, onZoom: (group) => this.zoomTo(group),
      onClose: () => {
        this.closeDetails();
        this.#host.requestUpdate();
      },
    };
  }

  /** Whether the details show what the pointer or focus is on rather than what was pinned. */
  get previewing(): boolean {
    return (this.previewId !== undefined && this.previewId !== this.selectedId) ||
      (this.previewGroup !== undefined && this.previewGroup !== this.selectedGroup);
  }

  /** The event whose details show: the one previewed, else the one selected. */
  get shownId(): string | undefined {
    return this.previewId ?? this.selectedId;
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
    this.forgetGroups();
    this.focusId = id;
    this.select(id);
    this.#host.requestUpdate();
  };

  /** An event's card pressed: selects it, or, pressed again, unselects it, as a second click on its mark does. */
  toggle = (id: string) => {
    if (id === this.selectedId) this.select(undefined);
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
    this.previewId = this.selectedGroup = this.previewGroup = undefined;
    this.select(undefined);
    this.#options.focusMark();
  }

  /** Shows the details of what the pointer or focus is on: an event, a group, or (both undefined) what is pinned. */
  preview(id: string | undefined, group: string | undefined): void {
    if (id === this.previewId && group === this.previewGroup) return;
    this.previewId = id;
    this.previewGroup = group;
    this.#host.requestUpdate();
  }
}
