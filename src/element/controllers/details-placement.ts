import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the details point at, in the plot's pixels: the mark or group shown. */
export interface DetailsAnchor {
  readonly left: number;
  readonly right: number;
  /** The middle of its row. */
  readonly y: number;
}

/** What the details are placed by: what they point at, and the plot it lies on. */
export interface DetailsTarget {
  readonly anchor: DetailsAnchor;
  /** The plot's width as laid out, in pixels: read from the layout, not the page, so placing forces no reflow. */
  readonly width: number;
  /** Which edge time starts from: the details line up with the start of what they show. */
  readonly direction: 'ltr' | 'rtl';
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
 * Places the details popover next to what it shows, after each update: just under its row, lined up with the edge
 * its time starts from (left, or right in a right-to-left plot) and kept inside the plot; on a narrow plot across
 * the plot's width. Positions go through the CSS object model, which a strict Content-Security-Policy allows. In a
 * plot of fixed height, the row's place follows the plot's scroll.
 */
export class DetailsPlacement implements ReactiveController {
  readonly #host: PlacementHost;
  readonly #target: () => DetailsTarget | undefined;
  /** The plot's box, whose scroll (in a plot of fixed height) moves the row the details point at. */
  #wrap: HTMLElement | null = null;
  /** Its scroll, as last reported: reading it after an update would force a layout. */
  #scrollTop = 0;

  constructor(host: PlacementHost, target: () => DetailsTarget | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page, the element keeps its shadow root: listen to its plot's box again.
    this.#watch(this.#host.renderRoot.querySelector<HTMLElement>('.plot-wrap'));
  }

  hostUpdated(): void {
    this.#watch(this.#host.renderRoot.querySelector<HTMLElement>('.plot-wrap'));
    this.#place();
  }

  hostDisconnected(): void {
    this.#watch(null);
  }

  #watch(wrap: HTMLElement | null): void {
    if (wrap === this.#wrap) return;
    this.#wrap?.removeEventListener('scroll', this.#onScroll);
    wrap?.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#wrap = wrap;
    this.#scrollTop = wrap?.scrollTop ?? 0;
  }

  #onScroll = () => {
    this.#scrollTop = this.#wrap?.scrollTop ?? 0;
    this.#place();
  };

  #place(): void {
    const popover = this.#host.renderRoot.querySelector<HTMLElement>('.details.popover');
    const target = popover && this.#target();
    if (!popover || !target) return;
    const { anchor, width, direction } = target;
    const narrow = width < NARROW;
    const popoverWidth = narrow ? width - 2 * MARGIN : Math.min(WIDEST, width - 2 * MARGIN);
    const start = direction === 'rtl' ? anchor.right - popoverWidth : anchor.left;
    const left = narrow ? MARGIN : Math.min(Math.max(start, MARGIN), width - popoverWidth - MARGIN);
    popover.style.setProperty('--_popover-left', `${Math.round(left)}px`);
    popover.style.setProperty('--_popover-top', `${Math.round(anchor.y - this.#scrollTop + BELOW)}px`);
    popover.style.setProperty('--_popover-width', `${Math.round(popoverWidth)}px`);
  }
}
