import { groupAt } from '../../layout/groups.js';
import { reveal, zoomBy } from './window-moves.js';
import { laneStep } from '../../layout/lane-step.js';
import type { GroupMark } from '../../layout/types.js';
import { firstInstant } from '../../model/edtf.js';
import { eventById } from '../../model/event-by-id.js';
import type { Story, TimelineEvent } from '../../model/types.js';
import type { GraphAction, GraphWalk } from '../graph-walk.js';
import { keyAction } from '../key-action.js';
import type { PlotListeners } from '../views/plot-view.js';
import type { Selection, SelectionOptions } from './selection.js';
import type { SelectionActions } from './selection-actions.js';

/** The selection's own wiring, with what input needs besides: the host, the selection and what the reader does to
 * it, the plot's box on screen (to find the group under a pointer) and this element's walk along moves and after
 * units, here by now. */
export interface PlotInputOptions extends Omit<SelectionOptions, 'walk'> {
  readonly host: HTMLElement & { requestUpdate(): void };
  readonly selection: Selection;
  readonly actions: SelectionActions;
  readonly plotBox: () => DOMRect | undefined;
  readonly walk: GraphWalk;
}

type InputListeners = Omit<PlotListeners, 'onScroll'>;

/**
 * What the reader's pointer and keys do on the plot, loaded right after the first paint with the views (see
 * ReadingViews): a click pins an event or a group, hover and focus preview them. Arrow keys walk the events in time
 * order (mirrored for right-to-left) and between lanes, with Shift along moves and after units and assets (see
 * GraphWalk), Home/End jump, Enter pins and Escape closes, + and - zoom around the focused event, and the window
 * follows the focused event so it is always in view. Keys with Ctrl, Alt or ⌘ are the browser's (Ctrl + - zooms the
 * page).
 */
export class PlotInput implements InputListeners {
  readonly #options: PlotInputOptions;

  constructor(options: PlotInputOptions) {
    this.#options = options;
  }

  onClick = (event: MouseEvent) => {
    const { selection, actions } = this.#options, group = this.#groupAt(event);
    if (group) {
      selection.selectedGroup = group.key === selection.selectedGroup ? undefined : group.key;
      actions.select(undefined);
    } else {
      const id = markId(event.target);
      actions.select(id === selection.selectedId ? undefined : id);
      selection.selectedGroup = undefined;
      if (id) selection.focusId = id;
    }
    this.#options.host.requestUpdate();
  };

  onPointerOver = (event: PointerEvent) => {
    const { selection, actions } = this.#options;
    actions.preview(markId(event.target), selection.previewGroup);
  };

  onPointerMove = (event: PointerEvent) => {
    const { selection, actions } = this.#options;
    actions.preview(selection.previewId, this.#groupAt(event)?.key);
  };

  onPointerLeave = () => {
    this.#options.actions.preview(undefined, undefined);
  };

  onFocusIn = (event: FocusEvent) => {
    const id = markId(event.target), { selection, actions } = this.#options;
    if (id) {
      selection.focusId = id;
      actions.preview(id, selection.previewGroup);
      this.#options.host.requestUpdate();
    }
  };

  onKeydown = (event: KeyboardEvent) => {
    const { selection, actions, say } = this.#options, view = this.#options.view();
    if (!view || event.ctrlKey || event.altKey || event.metaKey) return;
    const { layout, shown } = view;
    const action = keyAction(event.key, layout.direction, event.shiftKey);
    // Escape with nothing to clear is left to the page (it may close a dialog holding the timeline).
    const nothingOpen = [selection.selectedId, selection.previewId, selection.selectedGroup, selection.previewGroup].every((v) => v === undefined);
    if (!action || (action === 'clear' && nothingOpen)) return;
    event.preventDefault();
    const order = layout.order, from = selection.focusId ?? order[0]!;
    if (action === 'select') actions.select(selection.focusId);
    else if (action === 'clear') actions.closeDetails();
    else if (action === 'zoom-in' || action === 'zoom-out') {
      const focused = selection.focusId ? eventById(shown, selection.focusId) : undefined;
      const [start, end] = layout.scale.domain(), time = focused && timeOf(focused);
      zoomBy(this.#options.window, action === 'zoom-in' ? 0.5 : 2, time !== undefined && time >= start && time <= end ? time : undefined);
    } else if (action === 'up' || action === 'down') {
      const next = laneStep(layout.index, from, action === 'up' ? -1 : 1);
      if (next !== undefined) this.#moveFocus(next, shown);
      // Past the first or last lane with events, the keyboard says why it stays.
      const { navigation } = view.words.messages.ui;
      say(next !== undefined ? '' : action === 'up' ? navigation.noLaneAbove : navigation.noLaneBelow);
    } else if (GRAPH_ACTIONS.has(action)) {
      const step = this.#options.walk.step(action as GraphAction, layout, from, view.words);
      if (step.to !== undefined) this.#moveFocus(step.to, shown);
      say(step.say ?? '');
    } else {
      const current = Math.max(0, order.indexOf(selection.focusId ?? ''));
      const next = action === 'first' ? 0 : action === 'last' ? order.length - 1 : current + (action === 'next' ? 1 : -1);
      this.#moveFocus(order[Math.min(order.length - 1, Math.max(0, next))]!, shown);
    }
    this.#options.host.requestUpdate();
  };

  /** Moves the keyboard to an event: its mark takes focus, and the window pans to show it if it lies outside. */
  #moveFocus(id: string, shown: Story): void {
    this.#options.selection.focusId = id;
    this.#options.focusMark();
    const event = eventById(shown, id);
    if (!event) return;
    const { min, max } = event.when, time = timeOf(event);
    reveal(this.#options.window, [Number.isNaN(min) ? time : min, Number.isNaN(max) ? time : max]);
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
