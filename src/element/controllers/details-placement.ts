import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the details point at, in the plot's pixels: the mark or group shown. */
export interface DetailsAnchor {
  readonly left: number;
  readonly right: number;
  /** The middle of its row. */
  readonly y: number;
}

type PlacementHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The popover's widest, and the room kept from the plot's edges, in pixels. */
const WIDEST = 360;
const MARGIN = 8;
/** Below this width the details span the plot, under the row of what they show. */
const NARROW = 560;
/** How far below the middle of its row the details start: under the row's marks and labels. */
const BELOW = 15;

/**
 * Places the details popover next to what it shows, after each update: just under its row, from its left edge
 * (kept inside the plot), on a narrow plot across the plot's width. Positions go through the CSS object model, which
 * a strict Content-Security-Policy allows. In a plot of fixed height, the row's place follows the plot's scroll.
 */
export class DetailsPlacement implements ReactiveController {
  readonly #host: PlacementHost;
  readonly #anchor: () => DetailsAnchor | undefined;
  /** The plot's box, whose scroll (in a plot of fixed height) moves the row the details point at. */
  #wrap: HTMLElement | null = null;

  constructor(host: PlacementHost, anchor: () => DetailsAnchor | undefined) {
    this.#host = host;
    this.#anchor = anchor;
    host.addController(this);
  }

  hostUpdated(): void {
    const wrap = this.#host.renderRoot.querySelector<HTMLElement>('.plot-wrap');
    if (wrap !== this.#wrap) {
      this.#wrap?.removeEventListener('scroll', this.place);
      wrap?.addEventListener('scroll', this.place, { passive: true });
      this.#wrap = wrap;
    }
    this.place();
  }

  hostDisconnected(): void {
    this.#wrap?.removeEventListener('scroll', this.place);
    this.#wrap = null;
  }

  /** Places the popover now (after an update, and as the plot's box scrolls). */
  place = () => {
    const root = this.#host.renderRoot;
    const popover = root.querySelector<HTMLElement>('.details.popover');
    const area = root.querySelector<HTMLElement>('.plot-area'), wrap = root.querySelector<HTMLElement>('.plot-wrap');
    const anchor = this.#anchor();
    if (!popover || !area || !wrap || !anchor) return;
    const width = area.clientWidth;
    const narrow = width < NARROW;
    const popoverWidth = narrow ? width - 2 * MARGIN : Math.min(WIDEST, width - 2 * MARGIN);
    const left = narrow ? MARGIN : Math.min(Math.max(anchor.left, MARGIN), width - popoverWidth - MARGIN);
    popover.style.setProperty('--_popover-left', `${Math.round(left)}px`);
    popover.style.setProperty('--_popover-top', `${Math.round(anchor.y - wrap.scrollTop + BELOW)}px`);
    popover.style.setProperty('--_popover-width', `${Math.round(popoverWidth)}px`);
  };
}
