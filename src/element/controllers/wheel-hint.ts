import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the hint shows, in ms. */
const HINT_MS = 2500;

/**
 * The first time plain wheel scrolls the page over the plot (it is the page's), a moment's hint that Ctrl/⌘ +
 * wheel zooms. Shown once an element, then not again.
 */
export class WheelHint implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #shown = false;
  #timer = 0;
  /** Whether the hint shows now. */
  showing = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.showing = false;
  }

  show = () => {
    if (this.#shown) return;
    this.#shown = this.showing = true;
    this.#host.requestUpdate();
    this.#timer = window.setTimeout(() => {
      this.showing = false;
      this.#host.requestUpdate();
    }, HINT_MS);
  };

  /** The key that zooms with the wheel: ⌘ on Apple's keyboards, Ctrl on others. */
  get key(): string {
    return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘' : 'Ctrl';
  }
}
