/** The shortest window a zoom goes down to: an hour, the finest step the axis labels. */
export const MIN_SPAN = 3_600_000;

/**
 * The window `[start, end]` (ms) scaled by `factor` around `center` (by default its middle): below 1 zooms in,
 * above 1 out. It never gets shorter than `MIN_SPAN` nor longer than `bounds` (the story's own span, with its
 * margin), and is shifted back inside `bounds` rather than shown past them.
 */
export function zoomWindow(
  window: readonly [number, number], factor: number, bounds: readonly [number, number],
  center = (window[0] + window[1]) / 2,
): [number, number] {
  const [b0, b1] = bounds;
  const span = Math.min(b1 - b0, Math.max(MIN_SPAN, (window[1] - window[0]) * factor));
  const share = window[1] > window[0] ? (center - window[0]) / (window[1] - window[0]) : 0.5;
  let start = center - span * share;
  start = Math.max(b0, Math.min(b1 - span, start));
  return [start, start + span];
}

/** The window moved later by `shift` ms (earlier when negative), its span kept, stopped at `bounds`' edges. */
export function panWindow(window: readonly [number, number], shift: number, bounds: readonly [number, number]): [number, number] {
  const span = Math.min(window[1] - window[0], bounds[1] - bounds[0]);
  const start = Math.max(bounds[0], Math.min(bounds[1] - span, window[0] + shift));
  return [start, start + span];
}

/**
 * The window moved as little as it takes to show `[start, end]` (an event's time, ms) with a tenth of the window
 * to spare on each side; the window itself when it shows it already. A stretch longer than the window shows its
 * start. The span is kept: what the reader zoomed to stays zoomed.
 */
export function revealWindow(
  window: readonly [number, number], [start, end]: readonly [number, number], bounds: readonly [number, number],
): readonly [number, number] {
  const span = window[1] - window[0], pad = span / 10;
  let shift = 0;
  if (start < window[0] + pad || end - start > span - 2 * pad) shift = start - pad - window[0];
  else if (end > window[1] - pad) shift = end + pad - window[1];
  return shift === 0 ? window : panWindow(window, shift, bounds);
}

/**
 * The window `t` of the way (0 to 1, eased by the caller) from `from` to `to`: the span changes by a constant
 * ratio and the middle moves evenly, so a zoom looks steady rather than rushing at its end.
 */
export function glideWindow(from: readonly [number, number], to: readonly [number, number], t: number): [number, number] {
  const span0 = from[1] - from[0], span1 = to[1] - to[0];
  const span = span0 > 0 && span1 > 0 ? span0 * (span1 / span0) ** t : span0 + (span1 - span0) * t;
  const middle = (from[0] + from[1]) / 2 + ((to[0] + to[1]) / 2 - (from[0] + from[1]) / 2) * t;
  return [middle - span / 2, middle + span / 2];
}
