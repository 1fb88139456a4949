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
