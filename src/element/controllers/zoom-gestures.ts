import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { panWindow, zoomWindow } from '../../layout/zoom-window.js';

/** What the gestures need of the element: the window as drawn, where time runs, and a way to change it. */
export interface ZoomSurface {
  /** The box the gestures happen over (the plot's wrapper), or null before the story is drawn. */
  readonly area: () => HTMLElement | null;
  /** The window as drawn, [start, end] in ms; the pixels where its start and end lie, relative to the area's left
   * edge (the start's is the larger for right-to-left time); and how far a zoom or pan may go. */
  readonly view: () => { window: readonly [number, number]; range: readonly [number, number]; bounds: readonly [number, number] } | null;
  /** Shows another window, as the reader's own change of it: `moving` while the gesture goes on (a frame that may
   * move the last layout rather than lay out anew), not once it rests. */
  readonly setWindow: (window: readonly [number, number], moving: boolean) => void;
  /** Plain wheel over the plot scrolled the page: tell the reader how to zoom instead. */
  readonly hint: () => void;
}

/** Halfway between the first and last of the pointers' x. */
const middle = (points: readonly number[]) => (points[0]! + points.at(-1)!) / 2;

/** Milliseconds a pixel to the right stands for in `window` drawn over `range` (negative for right-to-left). */
const msPerPixel = (window: readonly [number, number], range: readonly [number, number]) =>
  range[1] !== range[0] ? (window[1] - window[0]) / (range[1] - range[0]) : 0;

/** How much a pixel of wheel turns into zoom: a notch of a mouse wheel (100 px) zooms by about 1.5×. */
const WHEEL_ZOOM = 0.006;
/** How far a pointer moves before a press becomes a drag, in pixels: less is a click (or a tap). */
const DRAG_THRESHOLD = 4;
/** How long a gesture goes without a new window before it rests and the window is laid out in full, in ms: longer
 * than the gap between a wheel's notches in one turn, short enough that the full drawing follows at once. */
const REST_MS = 150;

interface Gesture {
  /** The window and pointer positions when the gesture (or its current number of pointers) began. */
  readonly window: readonly [number, number];
  readonly points: ReadonlyMap<number, number>;
  dragging: boolean;
}

/**
 * Zoom and pan by hand, on the plot: Ctrl/⌘ + wheel (and a trackpad's pinch, which browsers send as such) zooms
 * around the pointer; a horizontal wheel or swipe pans; a mouse or pen drags the window; on touch, one finger
 * drags it sideways and two pinch and pan it, while vertical swipes still scroll the page (`touch-action: pan-y`).
 * Plain vertical wheel is left to the page, with a hint. Each gesture works from where it started, so the time
 * under the fingers stays under them; at most one new window a frame reaches the element, as a moving one (which
 * the element draws by moving its last layout) until the gesture rests: the fingers lift, or no new window comes
 * for REST_MS.
 */
export class ZoomGestures implements ReactiveController {
  #surface: ZoomSurface;
  #area: HTMLElement | null = null;
  #pointers = new Map<number, number>();
  #gesture: Gesture | null = null;
  #pending: readonly [number, number] | null = null;
  #frame = 0;
  /** Whether the gesture goes on: windows reach the element as moving ones. */
  #moving = false;
  #rest: ReturnType<typeof setTimeout> | undefined;
  /** A drag just ended: the click that follows it is not a click on a mark. */
  #dragged = false;

  constructor(host: ReactiveControllerHost, surface: ZoomSurface) {
    this.#surface = surface;
    host.addController(this);
  }

  /** Moved in the page, the element keeps its shadow root and updates only when something changes: listen again now. */
  hostConnected(): void {
    this.hostUpdated();
  }

  /** After each update: the area is rendered anew with a new story, and the listeners follow it. */
  hostUpdated(): void {
    const area = this.#surface.area();
    if (area === this.#area) return;
    this.#listen(this.#area, false);
    this.#listen((this.#area = area), true);
  }

  hostDisconnected(): void {
    this.#listen(this.#area, false);
    this.#area = null;
    this.#pointers.clear();
    this.#gesture = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    // A gesture cut short by the element's removal rests now: put back, it lays its window out in full.
    this.#settle();
    this.#pending = null;
  }

  #listen(area: HTMLElement | null, on: boolean): void {
    if (!area) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    area[method]('wheel', this.#onWheel as EventListener, { passive: false });
    area[method]('pointerdown', this.#onDown as EventListener);
    area[method]('pointermove', this.#onMove as EventListener);
    // Not lostpointercapture: taking capture for the area takes it from the mark a finger touched first.
    for (const type of ['pointerup', 'pointercancel']) area[method](type, this.#onUp as EventListener);
    area[method]('click', this.#onClick as EventListener, { capture: true });
  }

  /** The window as the reader last moved it: one not yet drawn counts, so fast gestures add up. */
  #current(): readonly [number, number] | undefined {
    return this.#pending ?? this.#surface.view()?.window;
  }

  /** The time at a pointer's clientX, were `window` drawn over the pixels `range` of the area. */
  #timeAt(clientX: number, window: readonly [number, number], range: readonly [number, number]): number {
    const x = clientX - this.#area!.getBoundingClientRect().left;
    return window[0] + (x - range[0]) * msPerPixel(window, range);
  }

  #show(window: readonly [number, number]): void {
    this.#pending = window;
    this.#moving = true;
    clearTimeout(this.#rest);
    this.#rest = setTimeout(this.#settle, REST_MS);
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      const pending = this.#pending;
      this.#pending = null;
      if (pending) this.#surface.setWindow(pending, this.#moving);
    });
  }

  /** The gesture rests: the window as it is now is laid out in full (by the frame on its way, if one is). */
  #settle = () => {
    clearTimeout(this.#rest);
    if (!this.#moving) return;
    this.#moving = false;
    const window = this.#current();
    if (!this.#frame && window) this.#surface.setWindow(window, false);
  };

  #onWheel = (event: WheelEvent) => {
    const view = this.#surface.view(), window = this.#current();
    if (!view || !window) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.#area!.clientHeight : 1;
    const dx = event.deltaX * unit, dy = event.deltaY * unit;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const factor = 2 ** (Math.max(-200, Math.min(200, dy)) * WHEEL_ZOOM);
      this.#show(zoomWindow(window, factor, view.bounds, this.#timeAt(event.clientX, window, view.range)));
    } else if (Math.abs(dx) > Math.abs(dy)) {
      event.preventDefault();
      this.#show(panWindow(window, dx * msPerPixel(window, view.range), view.bounds));
    } else if (dy !== 0) {
      this.#surface.hint();
    }
  };

  #onDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // A touch drag is followed by no click: a flag left from one must not swallow the next tap.
    if (!this.#pointers.size) this.#dragged = false;
    this.#pointers.set(event.pointerId, event.clientX);
    this.#restart(this.#gesture?.dragging ?? false);
  };

  /** Starts the gesture afresh from where things are: on each press or lift, so adding a finger does not jump. */
  #restart(dragging: boolean): void {
    const window = this.#current();
    this.#gesture = window && this.#pointers.size ? { window, points: new Map(this.#pointers), dragging } : null;
  }

  #onMove = (event: PointerEvent) => {
    const gesture = this.#gesture, view = this.#surface.view();
    if (!gesture || !view || !this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, event.clientX);
    const [start, now] = [[...gesture.points.values()], [...gesture.points.keys()].map((id) => this.#pointers.get(id) ?? 0)];
    if (!gesture.dragging) {
      if (Math.abs(now[0]! - start[0]!) < DRAG_THRESHOLD && start.length < 2) return;
      gesture.dragging = true;
      for (const id of this.#pointers.keys()) this.#area!.setPointerCapture?.(id);
    }
    const { window } = gesture;
    // Two pointers: the span scales with their distance, around the time under their first middle.
    const spread = start.length > 1 ? Math.abs(start[1]! - start[0]!) / Math.max(1, Math.abs(now[1]! - now[0]!)) : 1;
    const anchor = this.#timeAt(middle(start), window, view.range);
    const zoomed = spread === 1 ? window : zoomWindow(window, spread, view.bounds, anchor);
    // ...and the window slides so that time stays under the middle, wherever the middle has moved.
    const shift = (middle(start) - middle(now)) * msPerPixel(zoomed, view.range);
    this.#show(panWindow(zoomed, shift, view.bounds));
  };

  #onUp = (event: PointerEvent) => {
    if (!this.#pointers.delete(event.pointerId)) return;
    const dragged = this.#gesture?.dragging ?? false;
    if (dragged && event.type === 'pointerup') this.#dragged = true;
    this.#restart(dragged);
    if (!this.#pointers.size) this.#settle();
  };

  /** The click at the end of a drag is the drag's, not a click on what it ended over. */
  #onClick = (event: MouseEvent) => {
    if (!this.#dragged) return;
    this.#dragged = false;
    event.stopPropagation();
  };
}
