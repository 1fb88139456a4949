/** A drawn transfer: a curve from an origin lane to a destination lane, and the arrowhead at its end. */
export interface LinkGeometry {
  /** SVG path data of the curve. */
  readonly path: string;
  /** SVG path data of the arrowhead: an open chevron whose tip is the end point, drawn with the curve's stroke. */
  readonly arrow: string;
  /** The curve's points: from (x, y0) to (x, y1), bent towards its control point (cx, (y0 + y1) / 2). */
  readonly curve: { readonly x: number; readonly y0: number; readonly cx: number; readonly y1: number };
}

/**
 * A quadratic curve from (x, y0) to (x, y1) that bulges by `bulge` pixels (positive: to the right), so links
 * between lanes far apart stand clear of the marks on the way; the arrowhead follows the curve's end tangent.
 */
export function linkGeometry(x: number, y0: number, y1: number, bulge: number, arrowSize = 7): LinkGeometry {
  const controlX = x + bulge;
  const controlY = (y0 + y1) / 2;
  // The tangent at the end of a quadratic runs from the control point to the end point.
  const dx = x - controlX, dy = y1 - controlY;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length, uy = dy / length;
  const baseX = x - ux * arrowSize, baseY = y1 - uy * arrowSize;
  const half = arrowSize * 0.55;
  return {
    path: `M${round(x)},${round(y0)}Q${round(controlX)},${round(controlY)} ${round(x)},${round(y1)}`,
    arrow: `M${round(baseX - uy * half)},${round(baseY + ux * half)}L${round(x)},${round(y1)}L${round(baseX + uy * half)},${round(baseY - ux * half)}`,
    curve: { x, y0, cx: controlX, y1 },
  };
}

/**
 * The part of a link's curve between heights `top` and `bottom`, as path data; '' when it does not reach there.
 * The control point sits halfway down, so the curve's height runs linearly with its parameter t, and the part is
 * the curve between two values of t, itself a quadratic (de Casteljau).
 */
export function curvePart({ x, y0, cx, y1 }: LinkGeometry['curve'], top: number, bottom: number): string {
  if (y0 === y1) return top <= y0 && y0 <= bottom ? `M${round(x)},${round(y0)}Q${round(cx)},${round(y0)} ${round(x)},${round(y1)}` : '';
  const at = (y: number) => Math.min(1, Math.max(0, (y - y0) / (y1 - y0)));
  const [t0, t1] = [at(top), at(bottom)].sort((a, b) => a - b) as [number, number];
  if (t1 <= t0) return '';
  const cy = (y0 + y1) / 2;
  const point = (t: number) => [(1 - t) * (1 - t) * x + 2 * (1 - t) * t * cx + t * t * x, (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * cy + t * t * y1] as const;
  const [ax, ay] = point(t0), [bx, by] = point(t1);
  // The part's control point: the original's, weighted by both ends' parameters.
  const w0 = (1 - t0) * (1 - t1), w1 = (1 - t0) * t1 + t0 * (1 - t1), w2 = t0 * t1;
  const qx = w0 * x + w1 * cx + w2 * x, qy = w0 * y0 + w1 * cy + w2 * y1;
  return `M${round(ax)},${round(ay)}Q${round(qx)},${round(qy)} ${round(bx)},${round(by)}`;
}

/**
 * The parts of a link's curve between heights `top` and `bottom` that no gap covers, as path data: a line is
 * interrupted where a word sits over it (see gapLinks). `gaps` are height bands, in any order.
 */
export function curveParts(curve: LinkGeometry['curve'], top: number, bottom: number, gaps: readonly (readonly [number, number])[]): string {
  const bands = [...gaps].filter(([a, b]) => b > top && a < bottom).sort((a, b) => a[0] - b[0]);
  let path = '', at = top;
  for (const [a, b] of bands) {
    if (a > at) path += curvePart(curve, at, a);
    at = Math.max(at, b);
  }
  if (at < bottom) path += curvePart(curve, at, bottom);
  return path;
}

/** Tenths of a pixel are plenty, and keep path strings short. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
