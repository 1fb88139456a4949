import { curveParts, linkGeometry } from './link-geometry.js';
import { linkSpanIn } from './link-spans.js';
import type { Box } from './text-field.js';
import type { LinkMark } from './types.js';

/**
 * Interrupts each transfer's line where it would run through one of `boxes` (words with nowhere else to go: a lane's
 * name whose header the lines leave no room in), so that the word reads whole and the line resumes past it, as a
 * halo would show it but in the drawing itself; a line that would end inside one ends before it. A line with no
 * such word is left as it is.
 */
export function gapLinks(links: readonly LinkMark[], boxes: readonly Box[]): LinkMark[] {
  if (!boxes.length) return [...links];
  return links.map((link) => {
    const gaps = boxes.filter((box) => {
      const span = linkSpanIn(link, box.top, box.bottom);
      return span && span[0] < box.right && box.left < span[1];
    }).map((box) => [box.top - 2, box.bottom + 2] as const);
    if (!gaps.length) return link;
    const { x, y0, cx } = link.curve;
    let { y1 } = link.curve;
    // A line that would end inside a word ends before it, its arrowhead pointing at it.
    const down = y1 > y0;
    const atTip = gaps.find(([a, b]) => y1 >= a && y1 <= b);
    if (atTip) y1 = down ? atTip[0] : atTip[1];
    const geometry = atTip ? linkGeometry(x, y0, y1, cx - x, 5 + link.width * 1.2) : link;
    const kept = gaps.filter((gap) => gap !== atTip);
    return { ...link, ...geometry, gaps: kept, path: curveParts(geometry.curve, Math.min(y0, y1), Math.max(y0, y1), kept) };
  });
}
