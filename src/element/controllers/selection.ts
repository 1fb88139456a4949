import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { groupAt, liftMark } from '../../layout/groups.js';
import type { GroupMark, TimelineLayout } from '../../layout/types.js';
import { firstInstant } from '../../model/edtf.js';
import { eventById } from '../../model/event-by-id.js';
import { pickText } from '../../model/pick-text.js';
import type { Story, TimelineEvent } from '../../model/types.js';
import { fill } from '../../words/messages.js';
import { DrawdownSelectEvent } from '../events.js';
import type { GraphAction, GraphWalk } from '../graph-walk.js';
import { laneStep } from '../../layout/lane-step.js';
import { keyAction } from '../key-action.js';
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
  /** The plot's box on screen, to find the group under a pointer. */
  readonly plotBox: () => DOMRect | undefined;
  /** Says something in the live region (see Announcer). */
  readonly say: (text: string) => void;
  /** The walk along moves and after units, once loaded after the first paint (undefined until then). */
  readonly walk: () => GraphWalk | undefined;
}

/**
 * Which event (or group) the reader is looking at, and the keyboard's walk through the plot. An event is pinned
 * by click or Enter (`selected`, with `drawdown-select` and a brief announcement) and previewed by hover or focus;
 * a group likewise. Arrow keys walk the events in time order (mirrored for right-to-left) and between lanes,
 * with Shift along moves and after units and assets (see GraphWalk), Home/End jump, Enter pins and Escape closes,
 * + and - zoom around the focused event, and the window follows the focused event so it is always in view. Keys
 * with Ctrl, Alt or ⌘ are the browser's (Ctrl + - zooms the page).
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

  /** The listeners of the plot, bound to this controller. */
  get listeners() {
    const { onClick, onPointerOver, onPointerMove, onPointerLeave, onFocusIn, onKeydown } = this;
    return { onClick, onPointerOver, onPointerMove, onPointerLeave, onFocusIn, onKeydown };
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
        this.#closeDetails();
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

  onClick = (event: MouseEvent) => {
    const group = this.#groupAt(event);
    if (group) {
      this.selectedGroup = group.key === this.selectedGroup ? undefined : group.key;
      this.select(undefined);
    } else {
      const id = markId(event.target);
      this.select(id === this.selectedId ? undefined : id);
      this.selectedGroup = undefined;
      if (id) this.focusId = id;
    }
    this.#host.requestUpdate();
  };

  onPointerOver = (event: PointerEvent) => {
    this.#preview(markId(event.target), this.previewGroup);
  };

  onPointerMove = (event: PointerEvent) => {
    this.#preview(this.previewId, this.#groupAt(event)?.key);
  };

  onPointerLeave = () => {
    this.#preview(undefined, undefined);
  };

  onFocusIn = (event: FocusEvent) => {
    const id = markId(event.target);
    if (id) {
      this.focusId = id;
      this.#preview(id, this.previewGroup);
      this.#host.requestUpdate();
    }
  };

  onKeydown = (event: KeyboardEvent) => {
    const view = this.#options.view();
    if (!view || event.ctrlKey || event.altKey || event.metaKey) return;
    const { layout, shown } = view;
    const action = keyAction(event.key, layout.direction, event.shiftKey);
    // Escape with nothing to clear is left to the page (it may close a dialog holding the timeline).
    const nothingOpen = [this.selectedId, this.previewId, this.selectedGroup, this.previewGroup].every((v) => v === undefined);
    if (!action || (action === 'clear' && nothingOpen)) return;
    event.preventDefault();
    const order = layout.order;
    if (action === 'select') this.select(this.focusId);
    else if (action === 'clear') this.#closeDetails();
    else if (action === 'zoom-in' || action === 'zoom-out') {
      const focused = this.focusId ? eventById(shown, this.focusId) : undefined;
      const [start, end] = layout.scale.domain(), time = focused && timeOf(focused);
      this.#options.window.zoomBy(action === 'zoom-in' ? 0.5 : 2, time !== undefined && time >= start && time <= end ? time : undefined);
    } else if (action === 'up' || action === 'down') {
      const next = laneStep(layout.index, this.focusId ?? order[0]!, action === 'up' ? -1 : 1);
      if (next !== undefined) this.#moveFocus(next, shown);
      // Past the first or last lane with events, the keyboard says why it stays.
      const { navigation } = view.words.messages.ui;
      this.#options.say(next !== undefined ? '' : action === 'up' ? navigation.noLaneAbove : navigation.noLaneBelow);
    } else if (GRAPH_ACTIONS.has(action)) {
      const step = this.#options.walk()?.step(action as GraphAction, layout, this.focusId ?? order[0]!, view.words);
      if (step?.to !== undefined) this.#moveFocus(step.to, shown);
      this.#options.say(step?.say ?? '');
    } else {
      const current = Math.max(0, order.indexOf(this.focusId ?? ''));
      const next = action === 'first' ? 0 : action === 'last' ? order.length - 1 : current + (action === 'next' ? 1 : -1);
      this.#moveFocus(order[Math.min(order.length - 1, Math.max(0, next))]!, shown);
    }
    this.#host.requestUpdate();
  };

  /** Escape in the details panel (on a source's link, say) closes it and returns to the event. */
  onDetailsKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#closeDetails();
    this.#host.requestUpdate();
  };

  #preview(id: string | undefined, group: string | undefined): void {
    if (id === this.previewId && group === this.previewGroup) return;
    this.previewId = id;
    this.previewGroup = group;
    this.#host.requestUpdate();
  }

  /** Moves the keyboard to an event: its mark takes focus, and the window pans to show it if it lies outside. */
  #moveFocus(id: string, shown: Story): void {
    this.focusId = id;
    this.#options.focusMark();
    const event = eventById(shown, id);
    if (!event) return;
    const { min, max } = event.when, time = timeOf(event);
    this.#options.window.reveal([Number.isNaN(min) ? time : min, Number.isNaN(max) ? time : max]);
  }

  /** Closes the details, and gives the keyboard back to the event's mark (it may have been in the panel). */
  #closeDetails(): void {
    this.previewId = this.selectedGroup = this.previewGroup = undefined;
    this.select(undefined);
    this.#options.focusMark();
  }

  /** The group under a pointer event, found by position: all groups of a kind share one path. */
  #groupAt(event: PointerEvent | MouseEvent): GroupMark | undefined {
    const view = this.#options.view(), box = this.#options.plotBox();
    if (!(event.target as Element | null)?.classList?.contains('group') || !view || !box) return undefined;
    return groupAt(view.layout, event.clientX - box.left, event.clientY - box.top, view.layout.metrics.rowHeight);
  }
}

const GRAPH_ACTIONS: ReadonlySet<string> = new Set<GraphAction>(['origin', 'destination', 'back', 'follow-next', 'follow-previous']);

/** The event under a pointer or focus: its target, its mark, or its label. */
function markId(target: EventTarget | null): string | undefined {
  const mark = (target as Element | null)?.closest?.('.hit, .mark, .label');
  return mark instanceof SVGElement ? mark.dataset.id : undefined;
}

/**
 * Where the keyboard finds an event in time: its first instant, or for an open start its last, the side where its
 * mark is drawn crisp (not `whenSortKey`, which places "by January 2025" at the month's start, inside the fade).
 */
function timeOf(event: TimelineEvent): number {
  return firstInstant(event.when);
}
