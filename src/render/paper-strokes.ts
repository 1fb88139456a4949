import { STATUS_TEXTURE, type StatusFill } from './names.js';

// What paper draws as plain geometry: Chromium prints an SVG pattern as a picture of the whole row for every mark
// it fills, and a dashed stroke as an outline of every dash; lines and dots with round caps print as themselves.

/** A box: [left, top, right, bottom]. */
export type Box = readonly [number, number, number, number];

/** A status fill's ink over `box`, as path data in user space, where the pattern's tiles lie (see plot-defs.ts):
 * `half` is an area to fill, the others lines and dots to stroke `textureWidth(fill)` wide with round caps. */
export function texturePath(fill: StatusFill, [left, top, right, bottom]: Box): string {
  if (fill === 'half') {
    const middle = (top + bottom) / 2;
    return `M${fix(left)},${fix(middle)}H${fix(right)}V${fix(bottom)}H${fix(left)}Z`;
  }
  if (fill === 'dots') {
    const { period } = STATUS_TEXTURE.dots;
    let path = '';
    for (let y = firstAfter(top - period, period, period / 2); y <= bottom + period; y += period) {
      for (let x = firstAfter(left - period, period, period / 2); x <= right + period; x += period) path += `M${fix(x)},${fix(y)}h0`;
    }
    return path;
  }
  // Lines turned 45°: x + y constant (the tiles' first axis), and for the cross y − x constant too.
  const { period, width } = STATUS_TEXTURE[fill];
  const step = period * Math.SQRT2, from = top - width, to = bottom + width;
  let path = '';
  for (let sum = firstAfter(left + top - 2 * width, step, (width / 2) * Math.SQRT2); sum <= right + bottom + 2 * width; sum += step) {
    path += `M${fix(sum - from)},${fix(from)}L${fix(sum - to)},${fix(to)}`;
  }
  if (fill === 'cross') {
    for (let diff = firstAfter(top - right - 2 * width, step, (width / 2) * Math.SQRT2); diff <= bottom - left + 2 * width; diff += step) {
      path += `M${fix(from - diff)},${fix(from)}L${fix(to - diff)},${fix(to)}`;
    }
  }
  return path;
}

/** The width a texture's lines are stroked at: the dots' diameter, the stripes' width. */
export function textureWidth(fill: Exclude<StatusFill, 'half'>): number {
  return fill === 'dots' ? 2 * STATUS_TEXTURE.dots.radius : STATUS_TEXTURE[fill].width;
}

/**
 * The dashes of a stroke along path data `d` as path data of their own, one subpath each, for `dashes` (lengths
 * on, off, …, repeated twice when odd, as SVG does) shifted by `offset`: each subpath starts the pattern anew, as
 * Chromium does. Only absolute M, L, Q and C, as the layout writes links; null for anything else, or no dashes.
 */
export function dashPath(d: string, dashes: readonly number[], offset = 0): string | null {
  const pattern = dashes.length % 2 ? [...dashes, ...dashes] : [...dashes];
  const total = pattern.reduce((sum, length) => sum + length, 0);
  if (!pattern.length || !(total > 0) || pattern.some((length) => !(length >= 0))) return null;
  const polylines = flatten(d);
  if (!polylines) return null;
  let out = '';
  for (const points of polylines) {
    // Where the pattern starts: `offset` into it, wrapped.
    let index = 0, left = pattern[0]!, phase = ((offset % total) + total) % total;
    while (phase > 0) {
      if (phase < left) { left -= phase; phase = 0; } else { phase -= left; index = (index + 1) % pattern.length; left = pattern[index]!; }
    }
    let on = index % 2 === 0, dash = on ? `M${fix(points[0]![0])},${fix(points[0]![1])}` : '';
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!, [bx, by] = points[i]!;
      const length = Math.hypot(bx - ax, by - ay);
      let at = 0;
      while (length - at >= left) {
        at += left;
        const t = length ? at / length : 0, x = ax + (bx - ax) * t, y = ay + (by - ay) * t;
        if (on) out += `${dash}L${fix(x)},${fix(y)}`;
        else dash = `M${fix(x)},${fix(y)}`;
        on = !on;
        index = (index + 1) % pattern.length;
        left = pattern[index]!;
      }
      left -= length - at;
      if (on) dash += `L${fix(bx)},${fix(by)}`;
    }
    if (on) out += dash;
  }
  return out;
}

/** Path data as polylines, one per subpath, curves cut into chords of about 4 px; null for a command it
 * does not read. */
function flatten(d: string): [number, number][][] | null {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const lines: [number, number][][] = [];
  let line: [number, number][] = [], i = 0;
  const number = () => Number(tokens[i++]);
  const last = () => line[line.length - 1]!;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    if (command === 'M') {
      if (line.length > 1) lines.push(line);
      line = [[number(), number()]];
    } else if (command === 'L' && line.length) {
      line.push([number(), number()]);
    } else if ((command === 'Q' || command === 'C') && line.length) {
      const [x0, y0] = last();
      const controls = Array.from({ length: command === 'Q' ? 3 : 4 }, (_, k) => (k ? [number(), number()] : [x0, y0]) as [number, number]);
      let reach = 0;
      for (let k = 1; k < controls.length; k++) reach += Math.hypot(controls[k]![0] - controls[k - 1]![0], controls[k]![1] - controls[k - 1]![1]);
      // Links bend gently: chords of 4 px stray from the curve by hundredths of a pixel.
      const pieces = Math.max(1, Math.ceil(reach / 4));
      for (let k = 1; k <= pieces; k++) line.push(bezier(controls, k / pieces));
    } else {
      return null;
    }
  }
  if (line.length > 1) lines.push(line);
  return lines.some((points) => points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) ? null : lines;
}

/** A point of a Bézier curve (de Casteljau). */
function bezier(controls: readonly (readonly [number, number])[], t: number): [number, number] {
  let points = controls.map(([x, y]) => [x, y] as [number, number]);
  while (points.length > 1) points = points.slice(1).map(([x, y], k) => [points[k]![0] + (x - points[k]![0]) * t, points[k]![1] + (y - points[k]![1]) * t]);
  return points[0]!;
}

/** The first of `start + k · step` at or after `value`. */
function firstAfter(value: number, step: number, start: number): number {
  return start + Math.ceil((value - start) / step) * step;
}

/** Hundredths of a pixel. */
function fix(value: number): number {
  return Math.round(value * 100) / 100;
}
