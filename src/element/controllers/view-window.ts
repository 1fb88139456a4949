import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { glideWindow } from '../../layout/zoom-window.js';
import { formatInstant, parseWhen } from '../../model/edtf.js';
import { DrawdownRangeChangeEvent } from '../events.js';

export type Window = readonly [number, number];

/** A glide under way: from where, to where, since when; `finished` resolves as it arrives (or is cut short). */
interface Glide {
  readonly from: Window;
  to: Window;
  readonly started: number;
  readonly finished: Promise<void>;
  readonly end: () => void;
}

/** The element as the window sees it: `start` and `end`, dates in the data format. */
export interface WindowHost extends ReactiveControllerHost, HTMLElement {
  start: string;
  end: string;
}

export interface ViewWindowOptions {
  /** The story's whole span with its margin: how far a zoom may go; undefined without a story. */
  readonly bounds: () => Window | undefined;
  /** The window as last laid out, where a glide starts from. */
  readonly drawn: () => Window | undefined;
  /** Says once that a value of `start` or `end` is ignored, and why. */
  readonly warn: (attribute: 'start' | 'end', value: string, expected: string) => void;
  /** The reader moved the window (groups pinned before are gone). */
  readonly moved: () => void;
}

/** How long a glide from one window to another takes, in ms. */
const GLIDE_MS = 250;

/**
 * The time window shown, as two numbers (ms). `start` and `end` are its edge to the page: read once when they
 * change, and written when the reader zooms or pans, together with `drawdown-rangechange`. A window the reader
 * asked for by button or key is reached by a short glide (none under reduced motion); `start` and `end` hold the
 * destination at once, and `glided()` waits until the glide arrives.
 */
export class ViewWindow implements ReactiveController {
  readonly #host: WindowHost;
  readonly #options: ViewWindowOptions;
  /** What `start` and `end` were last read as, and the window they asked for. */
  #read: { start: string; end: string; bounds: Window | undefined; window: Window | undefined } | null = null;
  /** The strings this controller last wrote, and the exact window they stand for (the strings are to the second). */
  #written: { start: string; end: string; window: Window } | null = null;
  #glide: Glide | null = null;
  #glideNext = false;
  #frame = 0;

  constructor(host: WindowHost, options: ViewWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#endGlide();
  }

  /** Whether the window `now()` gave is part of the way along a glide: the glide's last frame is not. */
  get gliding(): boolean {
    return !!this.#glide;
  }

  /** Whether `start` or `end` narrows the window: there is a whole story to go back to. */
  get zoomed(): boolean {
    return !!(this.#host.start || this.#host.end);
  }

  /** The window `start` and `end` ask for, else the whole story's span: where the reader is going. */
  target(): Window | undefined {
    return this.#requested() ?? this.#options.bounds();
  }

  /** The window to lay out now: the target, or during a glide the window part of the way there. */
  now(): Window | undefined {
    const target = this.target();
    if (this.#glideNext && target) {
      this.#glideNext = false;
      const from = this.#glide ? this.#gliding(this.#glide, performance.now()) : this.#options.drawn();
      this.#endGlide();
      if (from) {
        let end!: () => void;
        const finished = new Promise<void>((resolve) => { end = resolve; });
        this.#glide = { from, to: target, started: performance.now(), finished, end };
      }
    }
    const glide = this.#glide;
    if (!glide || !target) return target;
    if (glide.to !== target) glide.to = target;
    const at = performance.now();
    if (at - glide.started >= GLIDE_MS) {
      this.#endGlide();
      return target;
    }
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#glide === glide) this.#host.requestUpdate();
    });
    return this.#gliding(glide, at);
  }

  /**
   * Shows `window` as the reader's own change of it: `start` and `end` follow, and the page hears of it. Zoomed
   * all the way out is the whole story, and clears them, as they were before any zoom. `glide` draws the way there.
   */
  set(window: Window | undefined, { glide = false } = {}): void {
    const bounds = this.#options.bounds();
    if (window && bounds && window[1] - window[0] >= bounds[1] - bounds[0]) window = undefined;
    const start = window ? formatInstant(window[0]) : '', end = window ? formatInstant(window[1]) : '';
    if (start === undefined || end === undefined || (start === this.#host.start && end === this.#host.end)) return;
    if (glide && this.#options.drawn() && !matchMedia('(prefers-reduced-motion: reduce)').matches) this.#glideNext = true;
    else this.#endGlide();
    this.#written = window ? { start, end, window } : null;
    this.#host.start = start;
    this.#host.end = end;
    this.#options.moved();
    this.#host.dispatchEvent(new DrawdownRangeChangeEvent({ start, end }));
  }

  /** The story's whole span with its margin: how far a zoom may go; undefined without a story. */
  bounds(): Window | undefined {
    return this.#options.bounds();
  }

  /** The window as last laid out. */
  drawn(): Window | undefined {
    return this.#options.drawn();
  }

  /** Resolves true once a glide under way has arrived, false at once when none is: `updateComplete` waits for it. */
  async glided(): Promise<boolean> {
    const glide = this.#glide;
    if (!glide) return false;
    await glide.finished;
    return true;
  }

  #gliding(glide: Glide, at: number): Window {
    const t = Math.min(1, (at - glide.started) / GLIDE_MS);
    return glideWindow(glide.from, glide.to, 1 - (1 - t) ** 3);
  }

  #endGlide(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#glide?.end();
    this.#glide = null;
  }

  /** The window from `start` and `end`, read again only when they or the story changed. */
  #requested(): Window | undefined {
    const { start, end } = this.#host, bounds = this.#options.bounds();
    const read = this.#read;
    if (read && read.start === start && read.end === end && read.bounds === bounds) return read.window;
    const written = this.#written;
    const window = written && written.start === start && written.end === end ? written.window : this.#parse(start, end, bounds);
    this.#read = { start, end, bounds, window };
    return window;
  }

  /** A window from dates a page wrote; a value that is not one is ignored. */
  #parse(startValue: string, endValue: string, bounds: Window | undefined): Window | undefined {
    const start = this.#edge('start', startValue), end = this.#edge('end', endValue);
    if (Number.isNaN(start) && Number.isNaN(end)) return undefined;
    const [first, last] = bounds ?? [start, end];
    const window: Window = [Number.isNaN(start) ? first : start, Number.isNaN(end) ? last : end];
    if (!(window[0] < window[1])) {
      this.#options.warn('start', startValue, endValue ? `a date before end="${endValue}"` : 'a date before the story\'s end');
      return undefined;
    }
    return window;
  }

  /** One edge in ms: where a date's period starts (`start`) or ends (`end`); NaN for none. */
  #edge(name: 'start' | 'end', value: string): number {
    if (!value) return NaN;
    const parsed = parseWhen(value);
    if ('when' in parsed && !Number.isNaN(parsed.when.min) && !Number.isNaN(parsed.when.max)) {
      return name === 'start' ? parsed.when.min : parsed.when.max;
    }
    this.#options.warn(name, value, `a date in the data format, such as 2024-12-16 (${'error' in parsed ? parsed.error : 'an open date'})`);
    return NaN;
  }
}
