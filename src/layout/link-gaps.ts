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
export function gapLinks(links: readonly LinkMark[], boxes: readonly Box[], words: readonly Box[] = []): LinkMark[] {
  if (!boxes.length) return [...links];
  return links.map((link) => {
    let geometry: Pick<LinkMark, 'curve' | 'path' | 'arrow'> = link;
    let gaps = gapsOf({ ...link, ...geometry }, boxes);
    if (!gaps.length) return link;
    const { x, y0, cx } = link.curve;
    // A line that would end inside a word ends before it, its arrowhead pointing at it; moved, it is checked again.
    const size = 5 + link.width * 1.2;
    for (let tries = 0; tries < 4; tries++) {
      const { y1 } = geometry.curve, down = y1 > y0;
      // The arrowhead reaches its size back from the tip, towards where the line comes from.
      const [tipTop, tipBottom] = down ? [y1 - size, y1] : [y1, y1 + size];
      const atTip = gaps.filter(([a, b]) => tipTop < b && tipBottom > a);
      if (!atTip.length) break;
      // Back past every word the arrowhead reaches into, on the side the line comes from.
      const end = down ? Math.min(...atTip.map(([a]) => a)) : Math.max(...atTip.map(([, b]) => b));
      geometry = linkGeometry(x, y0, end, cx - x, size);
      // Its curve has moved: every word is checked again, not only those it ran through.
      gaps = gapsOf({ ...link, ...geometry }, [...boxes, ...words]);
    }
    const { y1 } = geometry.curve;
    return { ...link, ...geometry, gaps, path: curveParts(geometry.curve, Math.min(y0, y1), Math.max(y0, y1), gaps) };
  });
}

/** The height bands where `link`'s line runs through one of `boxes`. */
function gapsOf(link: Pick<LinkMark, 'curve' | 'width'>, boxes: readonly Box[]): (readonly [number, number])[] {
  return boxes.filter((box) => {
    const span = linkSpanIn(link, box.top, box.bottom);
    return span && span[0] < box.right && box.left < span[1];
  }).map((box) => [box.top - 2, box.bottom + 2] as const);
}
