import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParseResult } from '../../model/parse-story.js';
import { failedRead, readStory, type Format } from '../../model/read-story.js';
import { fetchStory } from '../fetch-story.js';

/** What to load, from the element's properties. */
export interface LoadRequest {
  readonly src: string;
  /** The `data` property; `load` reads it whenever it is not `undefined`. */
  readonly data: unknown;
  readonly format: Format;
  /** Wait until the element nears the viewport before fetching `src`. */
  readonly lazy: boolean;
  readonly timeoutMs: number;
}

export type LoadState =
  | { readonly status: 'empty' | 'loading' }
  | { readonly status: 'read'; readonly result: ParseResult }
  /** Reading the story again failed while one was shown: it stays shown, and these say why. */
  | { readonly status: 'refresh-failed'; readonly problems: ParseResult['problems'] };

/** Larger files are refused rather than left to freeze the page. */
const MAX_BYTES = 20_000_000;
/** How near the viewport a lazy element starts fetching: about a screen ahead, so it is drawn by the time it shows. */
const LAZY_MARGIN = '100% 0px';
/** Data written into the page, for a CMS that cannot host files. */
const INLINE = ':scope > script[type="application/json"], :scope > script[type="text/csv"]';

/**
 * Finds and reads the story, by the first route that holds one: the `data` property, `src`, or an inline
 * `<script type="application/json">` (or `text/csv`) child. Inline data is watched, so it is read whether the
 * script defining the element ran before the parser reached the child or after. A fetch stops when the element
 * leaves the page and starts again when it comes back; nothing is left observing a removed element.
 */
export class StoryLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onState: (state: LoadState) => void;
  #request: LoadRequest | null = null;
  #controller: AbortController | null = null;
  #token = 0;
  /** A fetch waiting for the element to be on the page, or near the viewport. */
  #pending = false;
  #near = false;
  /** The inline text last read (`null`: there was none), so that other changes to the children do not read it
   * again; `undefined` until read for the current request. */
  #inlineText: string | null | undefined = undefined;
  #awaitingParse = false;
  /** Whether `data` was set more recently than `src`, and so wins. */
  #dataWins = false;
  /** Whether the current request has been read (well or not), and whether reading it failed (no story). */
  #read = false;
  #failed = false;
  /** Whether a story read is shown: reading the same request again then keeps it until a new one arrives. */
  #shown = false;
  /** Whether the load under way reads the shown story's request again (a refresh or a retry). */
  #refreshing = false;
  /** Callers of reload() waiting for the story to be read. */
  #whenRead: (() => void)[] = [];
  #children: MutationObserver | null = null;
  #visibility: IntersectionObserver | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, onState: (state: LoadState) => void) {
    this.#host = host;
    this.#onState = onState;
    host.addController(this);
  }

  /**
   * Loads again when what to load changed (`src`, `data`, `format`), or how to fetch (`loading`, `fetchTimeout`)
   * while nothing has been read yet: a late change of `loading` must not fetch again. `data` wins over `src` when
   * it was set more recently.
   */
  update(changed: ReadonlyMap<PropertyKey, unknown>, request: LoadRequest, first: boolean): void {
    // `src` set again to the address last loaded (the element hears every setting): a retry if reading it failed,
    // else nothing, since frameworks set properties again on every render.
    const sameSrc = changed.has('src') && !first && request.src === this.#request?.src;
    if (sameSrc && this.#failed && !this.#dataWins) {
      void this.reload();
      return;
    }
    const srcSet = changed.has('src') && !sameSrc;
    if (srcSet) this.#dataWins = false;
    if (changed.has('data')) this.#dataWins = request.data !== undefined;
    const how = !this.#read && (changed.has('loading') || changed.has('fetchTimeout'));
    if (first || how || srcSet || changed.has('data') || changed.has('format')) {
      this.load({ ...request, data: this.#dataWins ? request.data : undefined });
    }
  }

  /**
   * Reads the current request again: fetches `src` again, reads `data` or the inline script again. A story shown
   * stays shown while it loads, and stays if loading fails (`refresh-failed`). Resolves once it is read.
   */
  reload(): Promise<void> {
    const read = new Promise<void>((resolve) => this.#whenRead.push(resolve));
    if (!this.#request) {
      this.#settle();
      return read;
    }
    this.load(this.#request, this.#shown);
    return read;
  }

  /** Loads the story anew (`refresh`: the one shown, again); a load still running for an older request is dropped. */
  load(request: LoadRequest, refresh = false): void {
    this.#read = false;
    this.#failed = false;
    this.#refreshing = refresh;
    this.#request = request;
    this.#cancel();
    this.#pending = false;
    this.#inlineText = undefined;
    if (request.data !== undefined) this.#deliver(readStory(request.data, { format: request.format, name: 'the data property' }));
    else if (request.src) this.#fetchWhenNear();
    else this.#readInline();
  }

  hostConnected(): void {
    this.#children = new MutationObserver(() => this.#readInline());
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Put back on the page after a failed fetch, it tries again: the network may be back.
    if (this.#failed && this.#request?.src && this.#request.data === undefined) void this.reload();
    else if (this.#pending) this.#fetchWhenNear();
  }

  hostDisconnected(): void {
    this.#children?.disconnect();
    this.#children = null;
    this.#stopWatching();
    if (this.#controller) {
      this.#cancel();
      this.#pending = true;
    }
  }

  #readInline(): void {
    const request = this.#request;
    if (!request || request.data !== undefined || request.src) return;
    // While the parser is still inside the element, its data may be cut short: read it once the page is parsed.
    if (document.readyState === 'loading' && !this.#host.nextSibling) {
      if (!this.#awaitingParse) {
        this.#awaitingParse = true;
        this.#state({ status: 'loading' });
        document.addEventListener('DOMContentLoaded', () => {
          this.#awaitingParse = false;
          this.#readInline();
        }, { once: true });
      }
      return;
    }
    const script = this.#host.querySelector<HTMLScriptElement>(INLINE);
    const text = script?.textContent ?? null;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    if (text === null) {
      this.#token++;
      this.#state({ status: 'empty' });
      this.#settle();
      return;
    }
    const format = script!.type === 'text/csv' ? 'csv' : request.format;
    this.#deliver(readStory(unindent(text), { format, name: 'the inline data' }));
  }

  /** Hands a story read over to the element, at once or once its importer has loaded (unless a newer load came first). */
  #deliver(read: ParseResult | Promise<ParseResult>): void {
    const token = ++this.#token;
    const hand = (result: ParseResult) => {
      if (token !== this.#token) return;
      this.#read = true;
      this.#failed = result.story === null;
      if (this.#refreshing && this.#failed) this.#onState({ status: 'refresh-failed', problems: result.problems });
      else {
        this.#shown = !this.#failed;
        this.#onState({ status: 'read', result });
      }
      this.#refreshing = false;
      this.#settle();
    };
    if (!(read instanceof Promise)) return hand(read);
    this.#state({ status: 'loading' });
    void read.then(hand);
  }

  /** Tells the element a state, except that a story shown stays shown while it is read again. */
  #state(state: LoadState): void {
    if (state.status === 'loading' && this.#refreshing) return;
    if (state.status !== 'loading') this.#shown = false;
    this.#onState(state);
  }

  /** Resolves the reload() calls waiting: the story has been read, or there is none to read. */
  #settle(): void {
    const waiting = this.#whenRead.splice(0);
    queueMicrotask(() => waiting.forEach((resolve) => resolve()));
  }

  #fetchWhenNear(): void {
    if (!this.#host.isConnected) {
      this.#pending = true;
      return;
    }
    if (this.#request?.lazy && !this.#near) {
      this.#pending = true;
      this.#state({ status: 'empty' });
      this.#visibility ??= new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#near = true;
        this.#stopWatching();
        if (this.#pending) void this.#fetch();
      }, { rootMargin: LAZY_MARGIN });
      this.#visibility.observe(this.#host);
      return;
    }
    void this.#fetch();
  }

  async #fetch(): Promise<void> {
    const request = this.#request!;
    this.#pending = false;
    const token = ++this.#token;
    const controller = new AbortController();
    this.#controller = controller;
    this.#state({ status: 'loading' });
    const fetched = await fetchStory(request.src, { timeoutMs: request.timeoutMs, maxBytes: MAX_BYTES, signal: controller.signal });
    if (token !== this.#token) return;
    this.#controller = null;
    this.#deliver(fetched.ok
      ? readStory(fetched.text, { format: request.format, address: request.src, contentType: fetched.contentType })
      : failedRead(fetched.problem));
  }

  #cancel(): void {
    this.#token++;
    this.#controller?.abort();
    this.#controller = null;
  }

  #stopWatching(): void {
    this.#visibility?.disconnect();
    this.#visibility = null;
  }
}

/**
 * Inline data as the author meant it: markup indents what it holds, and a CSV file's first line must be its
 * header, so blank lines around it and the indentation all its lines share are dropped.
 */
function unindent(text: string): string {
  const lines = text.replace(/^(\s*\n)+/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length));
  return indent > 0 && indent < Infinity ? lines.map((line) => line.slice(indent)).join('\n') : lines.join('\n');
}
