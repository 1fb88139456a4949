import type { Problem } from '../model/types.js';

/** Detail of `drawdown-load`: what was drawn and what was not. */
export interface LoadDetail {
  /** Events drawn. */
  readonly events: number;
  /** Entries of the document's `events` that could not be used (each has a problem with severity `error`). */
  readonly skipped: number;
  /** Every problem found; the story was drawn despite them. */
  readonly problems: readonly Problem[];
}

/** Detail of `drawdown-error`: why nothing could be drawn. */
export interface ErrorDetail {
  readonly problems: readonly Problem[];
}

/** Fired when a story has been drawn, with or without problems. Bubbles and crosses shadow roots. */
export class DrawdownLoadEvent extends CustomEvent<LoadDetail> {
  constructor(detail: LoadDetail) {
    super('drawdown-load', { detail, bubbles: true, composed: true });
  }
}

/** Fired when the data could not be loaded or read at all; the element shows the same problems. */
export class DrawdownErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('drawdown-error', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `drawdown-rangechange`: the new time window, as the `start` and `end` attributes now hold it. */
export interface RangeChangeDetail {
  readonly start: string;
  readonly end: string;
}

/** Fired when the reader changes the time window (zoom buttons, or a group's zoom); not when the page sets `start`/`end`. */
export class DrawdownRangeChangeEvent extends CustomEvent<RangeChangeDetail> {
  constructor(detail: RangeChangeDetail) {
    super('drawdown-rangechange', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `drawdown-select`: the event now selected, as the `selected` attribute holds it; `null` for none. */
export interface SelectDetail {
  readonly id: string | null;
}

/** Fired when the reader selects an event or clears the selection; not when the page sets `selected`. */
export class DrawdownSelectEvent extends CustomEvent<SelectDetail> {
  constructor(detail: SelectDetail) {
    super('drawdown-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'drawdown-load': DrawdownLoadEvent;
    'drawdown-error': DrawdownErrorEvent;
    'drawdown-rangechange': DrawdownRangeChangeEvent;
    'drawdown-select': DrawdownSelectEvent;
  }
}
