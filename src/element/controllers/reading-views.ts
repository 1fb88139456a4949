import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StoryIndex } from '../../layout/story-index.js';
import { memoizeLast } from '../../model/memoize-last.js';
import { reportFailure } from '../console-reports.js';
import type { OutlineWords } from '../../words/story-outline.js';
import type { Words } from '../../words/words.js';
import type { GraphWalk } from '../graph-walk.js';
import type { OutlineTree } from '../views/outline-tree.js';
import { loadReading, type Reading } from '../views/load-reading.js';

type ReadingHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly updateComplete: Promise<boolean> };

/** The views once loaded for any element of the page, and the load on its way; one for all. */
let loaded: Reading | undefined;
let loading: Promise<Reading | undefined> | undefined;
/** Starts a load waiting for a paint now. */
let hurry: (() => void) | undefined;

const MISSING = 'the details, the event table, printing, and zoom, pan and keys on the chart need ' +
  'drawdown-timeline-reading.min.js, which belongs beside drawdown-timeline.min.js';

/**
 * What the chart's first paint does not need (views/reading.ts): the views a reader reads beyond the chart (an
 * event's details, the event table, a phone's event cards, the outline, paper) and the code of the reader's pointer,
 * keys and gestures. The single file a page loads first leaves them out: they load right after the first paint, or
 * at once when one is asked for sooner (the table shown from the start, a reader's click, printing), and show when
 * they arrive, when the host makes its controllers of them (`arrive`). Until then `views` is undefined.
 */
export class ReadingViews implements ReactiveController {
  readonly #host: ReadingHost;
  /** Whether the chart has been painted: the views load after that. */
  readonly #drawn: () => boolean;
  #views: Reading | undefined;
  /** Whether the host's `updateComplete` has already waited for the load. */
  #waited = false;

  /** Makes the host's controllers of what arrived. */
  readonly #arrive: (views: Reading) => void;

  constructor(host: ReadingHost, drawn: () => boolean, arrive: (views: Reading) => void) {
    this.#host = host;
    this.#drawn = drawn;
    this.#arrive = arrive;
    host.addController(this);
  }

  /** Printed before paper arrives, the page prints the screen's view: and paper is asked for at once. */
  hostConnected(): void {
    window.addEventListener('beforeprint', this.want);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.want);
  }

  /** The views, or undefined while they load. */
  get views(): Reading | undefined {
    return this.#views;
  }

  #walk: GraphWalk | undefined;

  /** The keyboard's walk along moves and after units, this element's own, once the views are here. */
  get walk(): GraphWalk | undefined {
    return this.#views && (this.#walk ??= new this.#views.GraphWalk());
  }

  #tree: OutlineTree | undefined;
  readonly #outlineNodes = memoizeLast((views: Reading, index: StoryIndex, describe: OutlineWords['describe'], words: Words) =>
    views.storyOutline(index, { describe, ...words }));

  /** The story outline of `index`, this element's own tree, once the views are here; picking an event calls `onPick`. */
  outline(index: StoryIndex, describe: OutlineWords['describe'], words: Words, onPick: (id: string) => void): TemplateResult | undefined {
    const views = this.#views;
    if (!views) return undefined;
    this.#tree ??= new views.OutlineTree(this.#host);
    return this.#tree.view(this.#outlineNodes(views, index, describe, words), words.messages.ui.outline.title, onPick);
  }

  /** The views, loading them now if they are not here yet: for what needs them at once (print, the exports). */
  async need(): Promise<Reading> {
    const views = await load(false);
    if (!views) throw new Error(`<drawdown-timeline>: ${MISSING}`);
    this.#take(views);
    return views;
  }

  /** Runs `use` with the views: at once when they are here, else as soon as they are (asked for now). A missing file
   * is reported, as a toolbar action's failure is. */
  whenHere(use: (views: Reading) => void): void {
    if (this.#views) use(this.#views);
    else this.need().then(use, reportFailure);
  }

  /** Asks for the views now: something on screen shows one of them, or the reader acts. */
  want = (): void => {
    if (!this.#views) this.#await(load(false));
  };

  /** Views another element of the page loaded are used from the first render. */
  hostUpdate(): void {
    if (loaded) this.#take(loaded);
  }

  /** Once the chart is painted, the views load. */
  hostUpdated(): void {
    if (!this.#views && this.#drawn()) this.#await(load(true));
  }

  /**
   * Waits for views on their way, once: the host's `updateComplete` waits with it, so what a page or a test reads
   * after it, or prints, includes them. True when they arrived, and the host updates again.
   */
  async arrived(): Promise<boolean> {
    if (this.#views || !loading || this.#waited) return false;
    this.#waited = true;
    return (await loading) !== undefined;
  }

  #await(views: Promise<Reading | undefined>): void {
    void views.then((arrived) => {
      if (!arrived || this.#views) return;
      this.#take(arrived);
      this.#host.requestUpdate();
    });
  }

  /** The views, and their styles after the element's own in its shadow root. */
  #take(views: Reading): void {
    if (this.#views) return;
    this.#views = views;
    const root = this.#host.renderRoot, own = (this.#host.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles;
    if (root instanceof ShadowRoot) adoptStyles(root, [...own, ...views.readingStyles]);
    this.#arrive(views);
  }
}

/** Loads the views now, or `later`, after the next paint; started for later and asked for now, it starts now. A view
 * that cannot be loaded is said once, to the page's author: the chart stays, without it. */
function load(later: boolean): Promise<Reading | undefined> {
  loading ??= new Promise<void>((start) => {
    hurry = start;
    if (later) void afterPaint().then(start);
    else start();
  }).then(loadReading).then((views) => (loaded = views), (error: unknown) => {
    console.error(`<drawdown-timeline>: ${MISSING} (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  });
  if (!later) hurry?.();
  return loading;
}

/** Resolves after the next paint: a frame, then a task. A hidden page paints no frame, so a moment stands in for it. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
