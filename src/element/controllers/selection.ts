import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { liftMark } from '../../layout/groups.js';
import type { GroupMark, TimelineLayout } from '../../layout/types.js';
import { eventById } from '../../model/event-by-id.js';
import type { Story } from '../../model/types.js';
import type { GraphWalk } from '../graph-walk.js';
import type { Words } from '../../words/words.js';
import type { DetailsAnchor } from './details-placement.js';
import type { ViewWindow } from './view-window.js';

/** How the reader acts on the details panel: keys in it, an event picked from a group, a group zoomed into, the
 * panel closed (SelectionActions'). */
export interface DetailsHandlers {
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onPick: (id: string) => void;
  readonly onZoom: (group: GroupMark) => void;
  readonly onClose: () => void;
}

/** What the details panel shows, and how the reader acts on it. */
export interface DetailsState extends DetailsHandlers {
  /** The group shown, over any event. */
  readonly group: GroupMark | undefined;
  /** The id of the event shown. */
  readonly id: string | undefined;
  /** Shown by the pointer or focus, not pinned. */
  readonly preview: boolean;
  /** Whether what is shown has a place on the plot to float next to (it may lie outside the window shown). */
  readonly anchored: boolean;
}

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
 * holds the keyboard. This is what the first paint needs (`selected`, the details shown, the focused mark); what the
 * reader does to it (SelectionActions, PlotInput) loads right after the first paint.
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

  /** What the details panel shows; how the reader acts on it comes with SelectionActions, after the first paint. */
  details(layout: TimelineLayout, shown: Story): DetailsState {
    return {
      group: this.shownGroup(layout), id: this.shownId, preview: this.previewing, anchored: !!this.anchor(layout, shown),
      onKeydown: ignore, onPick: ignore, onZoom: ignore, onClose: ignore,
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
}

/** Until the reader's actions are here (SelectionActions), the details panel's handlers do nothing: its panel, with
 * the buttons they handle, comes with them. */
const ignore = () => {};
