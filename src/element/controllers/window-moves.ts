import { revealWindow, zoomWindow } from '../../layout/zoom-window.js';
import type { ViewWindow, Window } from './view-window.js';

// The reader's moves of the window by button and key, each with a glide. They load after the first paint with the
// code of the reader's keys and the toolbar's zoom (see reading.ts); the window itself is read before it.

/** Scales the window the reader is going to by `factor`, around `center` (by default its middle). */
export function zoomBy(window: ViewWindow, factor: number, center?: number): void {
  const target = window.target(), bounds = window.bounds();
  if (target && bounds) window.set(zoomWindow(target, factor, bounds, center), { glide: true });
}

/** Pans as little as it takes to show `range`; nothing when no zoom hides it. */
export function reveal(window: ViewWindow, range: Window): void {
  const drawn = window.drawn(), bounds = window.bounds();
  if (!drawn || !bounds || !window.zoomed) return;
  const shown = revealWindow(drawn, range, bounds);
  if (shown !== drawn) window.set(shown, { glide: true });
}
