import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { liftMark } from '../../layout/groups.js';
import type { EventMark, TimelineLayout } from '../../layout/types.js';
import { bandHolds, visibleBand, type Band } from '../../layout/vertical-band.js';
import { eventById } from '../../model/event-by-id.js';
import { memoizeLast } from '../../model/memoize-last.js';
import type { Story } from '../../model/types.js';
import { drawBand, drawContext, layer } from '../../render/draw-plot.js';
import { renderMarkState } from '../../render/render-marks.js';

/** What the plot shows now, from the element. */
export interface PlotState {
  readonly layout: TimelineLayout;
  readonly shown: Story;
  readonly selectedId: string | undefined;
  readonly focusId: string | undefined;
  /** A mark's accessible name: a new function only with new words, so marks are renamed only then. */
  readonly markName: (mark: EventMark) => string;
}

type PlotHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Draws the screen's plot with the render layer, after each update: the axis, eras and tracks, then the lanes,
 * groups, links and marks in the band of the plot the viewport shows, and a margin around it once the page is
 * idle; more as a scroll brings it into view. The focused and selected events are drawn wherever they are, and
 * the focused one's mark holds the plot's Tab stop and takes focus back when a redraw moved it. Follows the
 * container's width, and reads the row height from the styles once a story.
 */
export class PlotDrawing implements ReactiveController {
  readonly #host: PlotHost;
  readonly #state: () => PlotState | null;
  /** The container's width, once measured (0 until then). */
  #width = 0;
  #resize: ResizeObserver | null = null;
  #observed: Element | null = null;
  /** The element's top edge relative to the viewport's, read before a new layout changes the DOM. */
  #top = 0;
  #row = 0;
  #band: Band = [0, 0];
  #drawnPlot: SVGSVGElement | null = null;
  #drawnLayout: TimelineLayout | null = null;
  #drawnFrom: readonly unknown[] | null = null;
  #scrollFrame = 0;
  /** Cancels the idle callback that widens the band drawn with a new layout to its margin. */
  #overscan: (() => void) | null = null;
  /** Whether the focused event's mark takes the keyboard's focus once drawn. */
  #focusMark = false;
  readonly #kept = memoizeLast(keptMarks);

  constructor(host: PlotHost, state: () => PlotState | null) {
    this.#host = host;
    this.#state = state;
    host.addController(this);
  }

  /** The width to lay out for: the container's, measured now if it has not been yet. */
  get width(): number {
    // Before the first render there is no frame: the host spans its container in the usual case.
    if (!this.#width) this.#width = Math.floor((this.#frame() ?? this.#host).getBoundingClientRect().width) || 640;
    return this.#width;
  }

  /** `--drawdown-row-height`, within the range where marks and labels still fit a row; read once a story
   * (`forgetRowHeight`), since reading styles in every zoom frame would cost a style recalculation each time. */
  get rowHeight(): number {
    if (!this.#row) {
      const height = parseFloat(getComputedStyle(this.#host).getPropertyValue('--_row'));
      this.#row = Number.isFinite(height) ? Math.min(60, Math.max(14, height)) : 24;
    }
    return this.#row;
  }

  forgetRowHeight(): void {
    this.#row = 0;
  }

  /** The focused event's mark takes the keyboard's focus once it is drawn (a key moved it, or a redraw took it). */
  focusMark(): void {
    this.#focusMark = true;
  }

  hostConnected(): void {
    // The new layout waits for the next frame: laid out inside the observer's callback, it would change the
    // frame's height while the browser is still delivering sizes ("ResizeObserver loop" errors). The width comes
    // from the observer's entry: reading the frame's box in that frame would force a layout. It is the frame's
    // content box: a route map beside the chart takes the frame's padding at its inline end (see map-styles.ts).
    this.#resize = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentBoxSize[0]?.inlineSize ?? 0);
      requestAnimationFrame(() => {
        if (width > 0 && width !== this.#width) {
          this.#width = width;
          this.#host.requestUpdate();
        }
      });
    });
    // Put back on the page after an update, the frame is there already; a new one is observed after the next.
    this.#observed = this.#frame();
    if (this.#observed) this.#resize.observe(this.#observed);
    // Any scroller may move the plot into view: scroll events do not bubble, but they reach a capturing listener.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#resize = null;
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
    this.#overscan?.();
    this.#overscan = null;
  }

  hostUpdate(): void {
    // Read before this update changes the DOM, while the page's layout is still clean, so reading is free.
    const state = this.#state();
    if (state && state.layout !== this.#drawnLayout) this.#top = (this.#frame() ?? this.#host).getBoundingClientRect().top;
  }

  hostUpdated(): void {
    // The frame, not the host: a page's CSS may make the host inline (a reset like `* { all: revert }`), and an
    // inline box reports no width, where the block inside it still spans its container.
    const frame = this.#frame();
    if (frame && frame !== this.#observed) {
      this.#resize?.observe(frame);
      this.#observed = frame;
    }
    const plot = this.#plot(), state = this.#state();
    if (!plot || !state) return;
    const { layout } = state;
    // Hover and focus only move a class and the Tab stop; only a new layout, a scroll or a kept mark redraws.
    if (plot !== this.#drawnPlot || layout !== this.#drawnLayout) {
      this.#drawnPlot = plot;
      this.#drawnLayout = layout;
      drawContext(plot, layout);
      // What is in view first, the margin around it once the page is idle: the reader sees the drawing (or the
      // next zoom step) sooner. The element's top stands in for the plot's, a header higher.
      this.#band = visibleBand(this.#top, layout.height, innerHeight, 0);
      this.#scheduleOverscan();
    }
    this.#draw(plot, state);
  }

  #frame(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.frame');
  }

  #plot(): SVGSVGElement | null {
    return this.#host.renderRoot.querySelector<SVGSVGElement>('svg.plot');
  }

  /** Draws the band, the kept marks and the marks' state, and gives the focused mark focus when it should have it. */
  #draw(plot: SVGSVGElement, state: PlotState): void {
    const kept = this.#kept(state.layout, state.shown, state.focusId, state.selectedId);
    const from = [plot, state.layout, this.#band[0], this.#band[1], kept];
    if (!this.#drawnFrom?.every((value, i) => value === from[i])) {
      this.#drawnFrom = from;
      // Drawing puts marks in time order by moving nodes, and replaces a stand-in by its own mark; a node moved
      // or replaced loses focus, which the focused event's mark takes back.
      const hadFocus = this.#markHasFocus();
      drawBand(plot, state.layout, this.#band, kept, { focusId: state.focusId, describe: state.markName });
      if (hadFocus && !this.#markHasFocus()) this.#focusMark = true;
    }
    renderMarkState(layer(plot, 'marks')!, layer(plot, 'labels')!, layer(plot, 'hits')!, state.selectedId, state.focusId);
    this.#takeFocus(plot, state.focusId);
  }

  #markHasFocus(): boolean {
    return !!(this.#host.renderRoot as ShadowRoot).activeElement?.matches('.hit');
  }

  #takeFocus(plot: SVGSVGElement, focusId: string | undefined): void {
    if (!this.#focusMark || focusId === undefined) return;
    // Until the event's own mark is drawn (a glide may take a few frames to bring it in), the flag stays up.
    const mark = plot.querySelector<SVGRectElement>(`.hit[data-primary][data-id="${CSS.escape(focusId)}"]`);
    if (!mark) return;
    this.#focusMark = false;
    mark.focus();
    // Focus scrolls a mark into view, the plot's box too: time is panned by the window, never by scrolling.
    plot.parentElement!.scrollLeft = 0;
  }

  /** Draws the band around what the viewport now shows, widened by half a viewport (at least 300 px) each way. */
  #redraw(margin: number): void {
    const plot = this.#plot(), state = this.#state();
    if (!plot || !state || state.layout !== this.#drawnLayout) return;
    this.#band = visibleBand(plot.getBoundingClientRect().top, state.layout.height, innerHeight, margin);
    this.#draw(plot, state);
  }

  /**
   * Widens the band to its margin once the layout has rested a moment and the page is idle, unless a newer layout
   * or a scroll does first. During a continuous zoom or pan, each frame draws only what is in view.
   */
  #scheduleOverscan(): void {
    this.#overscan?.();
    let idle = 0;
    const rest = setTimeout(() => {
      const widen = () => {
        this.#overscan = null;
        this.#redraw(Math.max(300, innerHeight / 2));
      };
      if ('requestIdleCallback' in window) idle = requestIdleCallback(widen, { timeout: 200 });
      else widen();
    }, 100);
    this.#overscan = () => {
      clearTimeout(rest);
      if (idle) cancelIdleCallback(idle);
    };
  }

  /** After a scroll, at most once a frame: draws more of the plot once the viewport reaches past the band drawn. */
  onScroll = () => {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const plot = this.#plot(), layout = this.#drawnLayout;
      if (!plot || !layout) return;
      if (!bandHolds(this.#band, visibleBand(plot.getBoundingClientRect().top, layout.height, innerHeight, 0))) {
        this.#redraw(Math.max(300, innerHeight / 2));
      }
    });
  };
}

/**
 * The focused and selected events are always drawn, whatever the band: the keyboard walks every event, and what it
 * reaches must be seen (and hold the Tab stop). An event drawn only as part of a group gets a stand-in.
 */
function keptMarks(layout: TimelineLayout, shown: Story, focusId: string | undefined, selectedId: string | undefined): readonly EventMark[] {
  const kept: EventMark[] = [];
  for (const id of new Set([focusId, selectedId])) {
    if (id === undefined) continue;
    const own = layout.marks.find((mark) => mark.primary && mark.event.id === id);
    const event = own ? undefined : eventById(shown, id);
    const mark = own ?? (event && liftMark(layout, event, layout.metrics));
    if (mark) kept.push(mark);
  }
  return kept;
}
