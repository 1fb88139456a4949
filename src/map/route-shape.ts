/** A point in the map's pixels. */
export type Point = readonly [number, number];

/** A route drawn from one place to another. */
export interface RouteShape {
  /** The line, from the origin's point to the head's base: a quadratic curve, stroked in the status's dashes. */
  readonly body: string;
  /** The half-barbed head, filled: one barb, on the left of the way the route goes. */
  readonly head: string;
  /** Where the kind's glyph sits: the curve's middle. */
  readonly middle: Point;
  /** Points along the whole route, head included, for keeping words off it; and their bounds [left, top, right,
   * bottom], which most words' boxes lie wholly outside of. */
  readonly trace: readonly Point[];
  readonly bounds: readonly [number, number, number, number];
}

const round = (value: number) => Math.round(value * 10) / 10;
const at = ([x, y]: Point) => `${round(x)},${round(y)}`;

/** The point of the quadratic curve a, c, b at t. */
function quadratic(a: Point, c: Point, b: Point, t: number): Point {
  const s = 1 - t;
  return [s * s * a[0] + 2 * s * t * c[0] + t * t * b[0], s * s * a[1] + 2 * s * t * c[1] + t * t * b[1]];
}

/**
 * A route from `a` to `b` as flow maps draw one (flowmap.gl's half-barbed arrows): a curve bending to the left of the
 * way it goes, so that a move there and a move back run side by side, not over each other; the `lane`th route
 * between the same two places bends further. It leaves `a` and stops at `b` a `radius` (the places' points) short,
 * and ends in a head with one barb, on the left: which way a route runs reads in greyscale, where colour is gone,
 * and two routes arriving together keep their barbs apart. The head grows with the line's `width`, within 40% of the
 * route. Null when the two points are too close at this scale to draw a route between.
 */
export function routeShape(a: Point, b: Point, width: number, lane: number, radius: number): RouteShape | null {
  const dx = b[0] - a[0], dy = b[1] - a[1], length = Math.hypot(dx, dy);
  if (length < 2 * radius + 6) return null;
  // Left of the way it goes: in the map's pixels (y down), the direction turned a quarter against the clock.
  const [nx, ny] = [dy / length, -dx / length];
  const bend = length * (0.18 + 0.1 * lane);
  const control: Point = [(a[0] + b[0]) / 2 + nx * bend, (a[1] + b[1]) / 2 + ny * bend];
  const toward = (from: Point, to: Point, distance: number): Point => {
    const ux = to[0] - from[0], uy = to[1] - from[1], d = Math.hypot(ux, uy) || 1;
    return [from[0] + (ux / d) * distance, from[1] + (uy / d) * distance];
  };
  const start = toward(a, control, radius), tip = toward(b, control, radius + 1);
  // The head's base lies on the line from the control point to the tip: the curve to it arrives in the head's axis.
  const ex = tip[0] - control[0], ey = tip[1] - control[1], e = Math.hypot(ex, ey) || 1;
  const [ux, uy] = [ex / e, ey / e], [mx, my] = [uy, -ux];
  const headLength = Math.min(3 * width + 6, 0.4 * length), barb = 2 * width + 2;
  const base: Point = [tip[0] - ux * headLength, tip[1] - uy * headLength];
  const outer: Point = [base[0] + mx * (width / 2 + barb), base[1] + my * (width / 2 + barb)];
  const inner: Point = [base[0] - mx * (width / 2), base[1] - my * (width / 2)];
  const trace: Point[] = [];
  for (let i = 0; i <= 16; i++) trace.push(quadratic(start, control, base, i / 16));
  trace.push(outer, tip);
  const xs = trace.map(([x]) => x), ys = trace.map(([, y]) => y);
  return {
    bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    body: `M${at(start)}Q${at(control)} ${at(base)}`,
    head: `M${at(tip)}L${at(outer)}L${at(inner)}Z`,
    middle: quadratic(start, control, base, 0.5),
    trace,
  };
}

/** Whether a route's line (its `trace`, within `bounds`), `width` wide, runs through the box. */
export function crosses({ trace, bounds }: Pick<RouteShape, 'trace' | 'bounds'>, width: number, left: number, right: number, top: number, bottom: number): boolean {
  const pad = width / 2 + 1;
  const [l, r, t, b] = [left - pad, right + pad, top - pad, bottom + pad];
  if (bounds[0] > r || bounds[2] < l || bounds[1] > b || bounds[3] < t) return false;
  for (let i = 1; i < trace.length; i++) {
    if (segmentInBox(trace[i - 1]!, trace[i]!, l, r, t, b)) return true;
  }
  return false;
}

/** Whether the segment p–q meets the box (Liang–Barsky clipping). */
function segmentInBox(p: Point, q: Point, left: number, right: number, top: number, bottom: number): boolean {
  let t0 = 0, t1 = 1;
  const dx = q[0] - p[0], dy = q[1] - p[1];
  for (const [step, room] of [[-dx, p[0] - left], [dx, right - p[0]], [-dy, p[1] - top], [dy, bottom - p[1]]] as const) {
    if (step === 0) {
      if (room < 0) return false;
      continue;
    }
    const t = room / step;
    if (step < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
