/** A drawn transfer: a curve from an origin lane to a destination lane, and the arrowhead at its end. */
export interface LinkGeometry {
  /** SVG path data of the curve. */
  readonly path: string;
  /** SVG path data of the arrowhead: an open chevron whose tip is the end point, drawn with the curve's stroke. */
  readonly arrow: string;
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
  };
}

/** Tenths of a pixel are plenty, and keep path strings short. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
