import type { LinkMark } from './types.js';

/** Room kept between a transfer's line and text, in pixels, beyond half the line's width. */
export const LINK_CLEARANCE = 3;

/**
 * The horizontal extent a transfer's line takes inside the band `[top, bottom]`, its width, arrowhead and
 * `LINK_CLEARANCE` included; undefined where it does not reach the band. A link is a quadratic curve whose control
 * point sits halfway down, so its height runs linearly with the curve's parameter t and its x bulges by
 * 2t(1 − t) of the control point's offset: the extent over a band is exact, with no sampling.
 */
export function linkSpanIn(link: Pick<LinkMark, 'curve' | 'width'>, top: number, bottom: number): [number, number] | undefined {
  const { x, y0, cx, y1 } = link.curve;
  const pad = link.width / 2 + LINK_CLEARANCE;
  let lo = Infinity, hi = -Infinity;
  if (y0 === y1) {
    if (y0 + pad < top || y0 - pad > bottom) return undefined;
    lo = Math.min(x, cx);
    hi = Math.max(x, cx);
  } else {
    const at = (y: number) => (y - y0) / (y1 - y0);
    let [ta, tb] = [at(top - pad), at(bottom + pad)].sort((a, b) => a - b) as [number, number];
    ta = Math.max(0, ta);
    tb = Math.min(1, tb);
    if (ta <= tb) {
      const offset = (t: number) => 2 * t * (1 - t) * (cx - x);
      const values = [offset(ta), offset(tb)];
      if (ta < 0.5 && tb > 0.5) values.push(offset(0.5));
      lo = x + Math.min(...values);
      hi = x + Math.max(...values);
    }
  }
  // The arrowhead: a chevron about the tip, as long as its size and half as wide on each side.
  const size = 5 + link.width * 1.2;
  const tipTop = Math.min(y1, y1 - Math.sign(y1 - y0) * size), tipBottom = Math.max(y1, y1 - Math.sign(y1 - y0) * size);
  if (tipBottom + pad >= top && tipTop - pad <= bottom) {
    lo = Math.min(lo, x - size * 0.6);
    hi = Math.max(hi, x + size * 0.6);
  }
  return lo <= hi ? [lo - pad, hi + pad] : undefined;
}

/**
 * The links whose lines may reach into the band `[top, bottom]`, from a list sorted by nothing in particular: a
 * link spans the heights between its two ends. Linear: the layout asks once per row of labels, with few links.
 */
export function linksNear(links: readonly LinkMark[], top: number, bottom: number): LinkMark[] {
  return links.filter((link) => {
    const { y0, y1 } = link.curve;
    return Math.max(y0, y1) + 12 >= top && Math.min(y0, y1) - 12 <= bottom;
  });
}
