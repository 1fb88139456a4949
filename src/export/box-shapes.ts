import { isVisibleColor, splitAlpha } from './css-color.js';

/** A line or a rectangle for an SVG, in client coordinates. */
export interface BoxShape {
  readonly name: 'line' | 'rect';
  readonly values: Record<string, string | number | null>;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * What the HTML outside the svgs draws besides text, where the browser laid it out: a rectangle for each
 * background other than the page's, and one line for each visible border side (table rules, cell borders, a
 * heading's underline). In document order, so a box inside another is drawn over it.
 */
export function boxShapes(printout: HTMLElement, pageBackground: string): BoxShape[] {
  const shapes: BoxShape[] = [];
  for (const element of [printout, ...printout.querySelectorAll('*')]) {
    if (!(element instanceof HTMLElement)) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility !== 'visible') continue;
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const background = style.backgroundColor;
    if (element !== printout && isVisibleColor(background) && background !== pageBackground) {
      const { color, opacity } = splitAlpha(background);
      const radius = parseFloat(style.borderTopLeftRadius) || null;
      shapes.push({ name: 'rect', values: { x: box.left, y: box.top, width: box.width, height: box.height, rx: radius, fill: color, 'fill-opacity': opacity } });
    }
    for (const side of SIDES) {
      const line = borderLine(style, box, side);
      if (line) shapes.push(line);
    }
  }
  return shapes;
}

/** One border side as a line along its middle, or null when it shows nothing. */
function borderLine(style: CSSStyleDeclaration, box: DOMRect, side: (typeof SIDES)[number]): BoxShape | null {
  const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
  const kind = style.getPropertyValue(`border-${side}-style`);
  const css = style.getPropertyValue(`border-${side}-color`);
  if (!width || kind === 'none' || kind === 'hidden' || !isVisibleColor(css)) return null;
  const half = width / 2;
  const ends = {
    top: [box.left, box.top + half, box.right, box.top + half],
    bottom: [box.left, box.bottom - half, box.right, box.bottom - half],
    left: [box.left + half, box.top, box.left + half, box.bottom],
    right: [box.right - half, box.top, box.right - half, box.bottom],
  }[side];
  const { color, opacity } = splitAlpha(css);
  return {
    name: 'line',
    values: {
      x1: ends[0]!, y1: ends[1]!, x2: ends[2]!, y2: ends[3]!, stroke: color, 'stroke-opacity': opacity, 'stroke-width': width,
      'stroke-dasharray': kind === 'dashed' ? `${width * 3} ${width * 3}` : kind === 'dotted' ? `${width} ${width}` : null,
    },
  };
}
