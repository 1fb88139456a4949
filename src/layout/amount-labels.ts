import { LABEL_HALF_HEIGHT } from './label-room.js';
import type { TextField } from './text-field.js';
import type { LinkMark } from './types.js';

/** Where along its line an amount is tried, as the curve's parameter: the middle first, then out towards the ends. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];
/** Each place along the line, right beside it, then a little further off (past a neighbouring line of a fan). */
const CANDIDATES = [0, 12, 24].flatMap((away) => ALONG.map((t) => [t, away] as const));

/**
 * Places each transfer's amount ("~1,000 personnel") beside its line, where it takes no other text's room, covers
 * no mark and no line runs through it: at the line's middle on the side it bulges to, else the other side, else
 * further along, then a little further off the line. An amount with no such place is left out of the drawing (it stays in the details and the table,
 * and zooming in makes room). Each amount placed is added to `field`. With `laneBands` (paper, where each lane is
 * a row of its own and a page may break between them), an amount lies inside one lane's band, never across two.
 */
export function placeAmounts(
  links: readonly LinkMark[], field: TextField, width: number, measure: (text: string) => number,
  laneBands?: readonly (readonly [number, number])[],
): LinkMark[] {
  const inOneBand = (top: number, bottom: number) => !laneBands || laneBands.some(([from, to]) => top >= from && bottom <= to);
  return links.map((link) => {
    if (!link.label) return link;
    const { x, y0, cx, y1 } = link.curve;
    const labelWidth = measure(link.label);
    const gap = link.width / 2 + 5;
    const bulgeRight = cx >= x;
    // Tried thousands of times in a large story, mostly in vain: no object is made until a place is found.
    for (const [t, away] of CANDIDATES) {
      const lx = x + 2 * t * (1 - t) * (cx - x), ly = y0 + t * (y1 - y0);
      const top = ly - LABEL_HALF_HEIGHT, bottom = ly + LABEL_HALF_HEIGHT;
      if (!inOneBand(top, bottom)) continue;
      for (let side = 0; side < 2; side++) {
        const right = side === 0 ? bulgeRight : !bulgeRight;
        const left = right ? lx + gap + away : lx - gap - away - labelWidth;
        if (left < 0 || left + labelWidth > width || !field.freeAt(left, left + labelWidth, top, bottom)) continue;
        field.add({ left, right: left + labelWidth, top, bottom });
        return { ...link, labelX: right ? left : left + labelWidth, labelY: ly, labelAlign: right ? 'left' : 'right' } as LinkMark;
      }
    }
    return { ...link, label: '' };
  });
}
