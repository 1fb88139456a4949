import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the window must rest before where it rests is said: a zoom by wheel or pinch is many small steps. */
const SETTLE_MS = 700;

/**
 * What the element's live region says (politely): that details opened, where the keyboard could not go, the window
 * once a zoom or pan rests, a story read again. One thing at a time, the latest; said again when repeated (a second
 * "no lane above" is heard), and never what a focused mark's name already says.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The live region's text. */
  get text(): string {
    return this.#text;
  }

  /** Says `text` now (nothing for ''), over anything waiting to be said. */
  say = (text: string): void => {
    clearTimeout(this.#timer);
    // A live region speaks when its text changes: the same words again differ by an invisible trailing space.
    this.#text = text && text === this.#text.trimEnd() && !this.#text.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  };

  /** Says what `words` gives once things have rested a moment: asked again meanwhile, only the last is said. */
  sayWhenSettled(words: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.say(words()), SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
