import type { ReactiveControllerHost } from 'lit';

/**
 * The toolbar as one Tab stop, as the WAI-ARIA toolbar pattern has it (a roving tabindex): the button last used
 * holds the stop, the first until one is; Left and Right move to the button beside, as the buttons lie on screen
 * (so they swap right to left), wrapping at the ends; Home and End go to the first and last. The view binds
 * `tabIndex` and the two listeners (see views/controls-view.ts).
 */
export class ToolbarFocus {
  readonly #host: ReactiveControllerHost;
  /** The index of the button holding the Tab stop. */
  #current = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The tabindex of the toolbar's `index`th button. */
  tabIndex(index: number): number {
    return index === this.#current ? 0 : -1;
  }

  /** A button focused by any means (the keys, a click, a script) is the one used last. */
  onFocusIn = (event: FocusEvent): void => {
    const index = buttonsOf(event.currentTarget).indexOf(event.target as HTMLButtonElement);
    if (index < 0 || index === this.#current) return;
    this.#current = index;
    this.#host.requestUpdate();
  };

  onKeydown = (event: KeyboardEvent): void => {
    // Ctrl, Alt and ⌘ with these keys are the browser's or the screen reader's.
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const toolbar = event.currentTarget as HTMLElement, buttons = buttonsOf(toolbar);
    const from = buttons.indexOf(event.target as HTMLButtonElement), last = buttons.length - 1;
    // The buttons lie in the toolbar's direction: right to left, Right is the one before.
    const forward = getComputedStyle(toolbar).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? last
      : event.key === forward ? (from + 1) % buttons.length
      : event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? (from + last) % buttons.length : -1;
    if (from < 0 || to < 0) return;
    event.preventDefault();
    buttons[to]!.focus();
  };
}

function buttonsOf(toolbar: EventTarget | null): HTMLButtonElement[] {
  return [...(toolbar as HTMLElement).querySelectorAll('button')];
}
