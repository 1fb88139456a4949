import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** At most this many events are held: a reader's burst of keys or wheel notches, not a stream of them. */
const MOST = 24;

/**
 * The reader's input that comes before the code that handles it, which loads right after the first paint (see
 * ReadingViews): a click, a key or a Ctrl + wheel made at once is held, and made again once that code is here, so
 * nothing is lost; and a Ctrl + wheel over the plot is kept from the browser, which would zoom the page with it.
 * Events are made again as copies at the elements they first reached: a dispatched event in a shadow tree forgets
 * its target. Pointer movements are not held: the next one says where the pointer is.
 */
export class HeldInput implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #want: () => void;
  #held: { target: EventTarget; event: Event }[] = [];
  /** Whether the code that handles the input is here. */
  #ready = false;

  constructor(host: ReactiveControllerHost & HTMLElement, want: () => void) {
    this.#host = host;
    this.#want = want;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#ready) this.#host.addEventListener('wheel', this.#onWheel, { passive: false });
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('wheel', this.#onWheel);
    this.#held = [];
  }

  /** Holds an event the plot heard before its handlers arrived, and asks for them. */
  hold = (event: Event) => {
    const target = event.composedPath()[0];
    if (target && this.#held.length < MOST) this.#held.push({ target, event });
    this.#want();
  };

  /** The handlers are here: what was held happens now, in order. */
  release(): void {
    this.#ready = true;
    this.#host.removeEventListener('wheel', this.#onWheel);
    for (const { target, event } of this.#held.splice(0)) {
      const copy = new (event.constructor as typeof Event)(event.type, event);
      target.dispatchEvent(copy);
    }
  }

  #onWheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey) || !event.composedPath().some((node) => (node as Element).classList?.contains('plot-wrap'))) return;
    event.preventDefault();
    this.hold(event);
  };
}
