/**
 * How well a drawn plot places its words, measured on the drawing itself, as a reader's eye would: every piece of
 * text drawn (event labels, amounts, lane names, axis ticks, era names, the "as of" label, force levels) as the
 * box the browser gives it, and every transfer's line as points along it. What counts as a fault:
 * - two text boxes that overlap;
 * - a text box that a transfer's line runs through;
 * - a text box that runs past the plot's left or right edge (it would be cut).
 * Boxes are shrunk by half a pixel each way, so text that only touches does not count.
 */

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** What the text says, and what it belongs to: for the report. */
  readonly text: string;
  readonly node: SVGTextElement;
}

export interface QualityReport {
  readonly texts: number;
  /** Pairs of text that overlap. */
  readonly overlaps: readonly (readonly [string, string])[];
  /** Text that a transfer's line runs through, with the transfer's id. */
  readonly crossed: readonly (readonly [string, string])[];
  /** Text that runs past the plot's edges. */
  readonly outside: readonly string[];
}

const INSET = 0.5;

/** The boxes of the text drawn in `svg` (and the svgs inside it), in the coordinates of `svg`'s user space. */
export function textBoxes(svg: SVGSVGElement): Box[] {
  const root = svg.getScreenCTM()!.inverse();
  const boxes: Box[] = [];
  for (const node of svg.querySelectorAll<SVGTextElement>('text')) {
    const text = node.textContent ?? '';
    if (!text.trim() || !isShown(node)) continue;
    const box = node.getBBox();
    if (!box.width || !box.height) continue;
    const toRoot = root.multiply(node.getScreenCTM()!);
    const corners = [[box.x, box.y], [box.x + box.width, box.y + box.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(toRoot));
    boxes.push({
      left: Math.min(corners[0]!.x, corners[1]!.x) + INSET, right: Math.max(corners[0]!.x, corners[1]!.x) - INSET,
      top: Math.min(corners[0]!.y, corners[1]!.y) + INSET, bottom: Math.max(corners[0]!.y, corners[1]!.y) - INSET,
      text, node,
    });
  }
  return boxes;
}

/** Points every 2 px along each transfer's line, in `svg`'s user space, with the transfer's id. */
export function linkPoints(svg: SVGSVGElement): { id: string; points: DOMPoint[] }[] {
  const root = svg.getScreenCTM()!.inverse();
  return [...svg.querySelectorAll<SVGPathElement>('[part~="transfer"]')].filter(isShown).map((path) => {
    const toRoot = root.multiply(path.getScreenCTM()!);
    const length = path.getTotalLength();
    const points: DOMPoint[] = [];
    for (let at = 0; at <= length; at += 2) points.push(path.getPointAtLength(at).matrixTransform(toRoot));
    return { id: path.getAttribute('data-id') ?? '', points };
  });
}

/** The faults of the text drawn in `svg`. */
export function measureQuality(svg: SVGSVGElement): QualityReport {
  const boxes = textBoxes(svg);
  const overlaps: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push([a.text, b.text]);
    }
  }
  const crossed: [string, string][] = [];
  for (const { id, points } of linkPoints(svg)) {
    for (const box of boxes) {
      if (points.some((p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom)) crossed.push([box.text, id]);
    }
  }
  const width = svg.viewBox.baseVal?.width || svg.width.baseVal.value;
  const outside = boxes.filter((box) => box.left < 0 || box.right > width).map((box) => box.text);
  return { texts: boxes.length, overlaps, crossed, outside };
}

function isShown(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
}
