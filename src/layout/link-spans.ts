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
  // Called for every box of text against every line near it, hundreds of thousands of times in a large story:
  // written to allocate nothing until it has an answer.
  const { x, y0, cx, y1 } = link.curve;
  const pad = link.width / 2 + LINK_CLEARANCE;
  const size = 5 + link.width * 1.2;
  // Nowhere near the band, the line and its arrowhead: no span.
  if (Math.max(y0, y1) + size + pad < top || Math.min(y0, y1) - size - pad > bottom) return undefined;
  let lo = Infinity, hi = -Infinity;
  if (y0 === y1) {
    if (y0 + pad >= top && y0 - pad <= bottom) {
      lo = Math.min(x, cx);
      hi = Math.max(x, cx);
    }
  } else {
    const t1 = (top - pad - y0) / (y1 - y0), t2 = (bottom + pad - y0) / (y1 - y0);
    const ta = Math.max(0, Math.min(t1, t2)), tb = Math.min(1, Math.max(t1, t2));
    if (ta <= tb) {
      const reach = cx - x, a = 2 * ta * (1 - ta) * reach, b = 2 * tb * (1 - tb) * reach;
      // The curve bulges most at t = 1/2, by half the control point's offset.
      const middle = ta < 0.5 && tb > 0.5 ? reach / 2 : a;
      lo = x + Math.min(a, b, middle);
      hi = x + Math.max(a, b, middle);
    }
  }
  // The arrowhead: a chevron about the tip, as long as its size and half as wide on each side.
  const tipTop = Math.min(y1, y1 - Math.sign(y1 - y0) * size), tipBottom = Math.max(y1, y1 - Math.sign(y1 - y0) * size);
  if (tipBottom + pad >= top && tipTop - pad <= bottom) {
    lo = Math.min(lo, x - size * 0.6);
    hi = Math.max(hi, x + size * 0.6);
  }
  return lo <= hi ? [lo - pad, hi + pad] : undefined;
}

/** Whether a transfer's line, its arrowhead and clearance included, lies wholly left or right of `[left, right]`:
 * a cheap test that spares `linkSpanIn` for text far from the line. */
export function linkBeside(link: Pick<LinkMark, 'curve' | 'width'>, left: number, right: number): boolean {
  const { x, cx } = link.curve;
  const reach = linkReach(link);
  return Math.max(x, cx) + reach <= left || Math.min(x, cx) - reach >= right;
}

/** How far sideways of its ends and control point a transfer's line may reach, arrowhead and clearance included. */
export function linkReach(link: Pick<LinkMark, 'width'>): number {
  return link.width / 2 + LINK_CLEARANCE + (5 + link.width * 1.2) * 0.6;
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
