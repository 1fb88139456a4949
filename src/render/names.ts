import type { EventKind, EventStatus } from '../model/types.js';

// The names the drawing is built from, defined once: the plot's layers, the masks and patterns that marks use by
// id, and the shapes of the glyphs. The render layer draws with them; the element's templates, the legend, the
// paper view and the styles refer to them from here.

/** The plot's layers, bottom to top: each a `<g>` with this class, which the render layer draws into. */
export const LAYERS = ['lanes', 'eras', 'tracks', 'axis', 'lane-labels', 'groups', 'links', 'hits', 'marks', 'labels', 'link-labels'] as const;
export type Layer = (typeof LAYERS)[number];

/** Paper draws a plot per band and only the layers in its band, so no text is drawn where a row's view box hides
 * it: the head (the axis over the eras' names and the "as of" line), the force-level tracks, and the lanes. */
export const PAPER_LAYERS = {
  /** An export's one plot: every layer but the screen's targets, which only a pointer or keyboard uses. */
  whole: LAYERS.filter((name) => name !== 'hits'),
  head: ['eras', 'axis'],
  tracks: ['eras', 'tracks'],
  lanes: ['lanes', 'eras', 'lane-labels', 'groups', 'links', 'marks', 'labels', 'link-labels'],
} as const satisfies Record<string, readonly Layer[]>;

/** Layers a screen reader skips: what they show is said by the events' targets (each names its places), the summary,
 * and the outline, whose lanes say their places whole ("Hmeimim Air Base: 4 events…"); a lane's name and detail,
 * two runs of SVG text, were heard run together. */
export const SILENT_LAYERS: ReadonlySet<Layer> = new Set(['eras', 'axis', 'lane-labels', 'groups', 'links', 'marks', 'labels', 'link-labels']);

/** Layers that are public parts, by the part's name. */
export const LAYER_PARTS: Readonly<Partial<Record<Layer, string>>> = { eras: 'eras', axis: 'axis', groups: 'groups' };

/** Masks over a mark's shape: open ends fade out, approximate ones are feathered. */
export const MASKS = {
  openLeft: 'open-left', openRight: 'open-right', openBoth: 'open-both',
  openLeftSoft: 'open-left-soft', openRightSoft: 'open-right-soft', soft: 'soft', softLeft: 'soft-left',
  softRight: 'soft-right', softPoint: 'soft-point',
} as const;

/** The fills that tell statuses apart without colour, each drawn once per kind in its colour (see statusFill). */
export const STATUS_FILLS = ['half', 'hatch', 'dots', 'cross'] as const;
export type StatusFill = (typeof STATUS_FILLS)[number];

/** The status each fill tells. */
export const STATUS_FILL: Readonly<Partial<Record<EventStatus, StatusFill>>> = { reported: 'half', claimed: 'hatch', planned: 'dots', denied: 'cross' };

/** The status fills' geometry in user space, for the patterns and for paper, which draws them as lines and dots:
 * `hatch` and `cross` are lines `width` wide every `period` turned 45°, `dots` dots of `radius` every `period`. */
export const STATUS_TEXTURE = {
  hatch: { period: 3.5, width: 1.6 },
  dots: { period: 3.5, radius: 0.9 },
  cross: { period: 4, width: 1 },
} as const;

/** The id of a status fill drawn in a kind's colour: a pattern's content takes its style where it is declared. */
export function statusFill(fill: StatusFill, kind: EventKind): string {
  return `${fill}-${kind}`;
}

/** The hatching over what lies after the story's "as of" date. */
export const AFTER_REPORT = 'after-report';

/** A reference to a mask or pattern by id, as `fill`, `mask` and CSS take it. */
export function url(id: string): string {
  return `url(#${id})`;
}

/**
 * Each kind's glyph about (x, y), about `r` in radius, as path data: what tells the kinds apart where colour does
 * not (a greyscale print, a reader who does not see the colours). A point is its glyph; a bar carries it at its
 * known end; the legend draws the same.
 */
export function kindGlyph(kind: EventKind, x: number, y: number, r: number): string {
  const points = glyphPoints(kind);
  if (!points) return circlePath(x, y, r);
  return `M${points.map(([dx, dy]) => `${round(x + dx * r)},${round(y + dy * r)}`).join('L')}Z`;
}

/** The box [left, top, right, bottom] that kindGlyph(kind, x, y, r) fills. */
export function glyphBounds(kind: EventKind, x: number, y: number, r: number): [number, number, number, number] {
  const points = glyphPoints(kind);
  if (!points) return [x - r, y - r, x + r, y + r];
  const xs = points.map(([dx]) => round(x + dx * r)), ys = points.map(([, dy]) => round(y + dy * r));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A glyph's corners about (0, 0) for a radius of 1; none for the circle. */
function glyphPoints(kind: EventKind): readonly (readonly [number, number])[] | null {
  switch (kind) {
    case 'withdrawal': return [[-1.15, -0.8], [1.15, -0.8], [0, 1.2]];
    case 'deployment': return [[-1.15, 0.8], [1.15, 0.8], [0, -1.2]];
    case 'transfer': return [[0, -1.3], [1.3, 0], [0, 1.3], [-1.3, 0]];
    case 'evacuation': return [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]];
    case 'handover': return [[-0.35, -1.1], [0.35, -1.1], [0.35, -0.35], [1.1, -0.35], [1.1, 0.35], [0.35, 0.35], [0.35, 1.1],
      [-0.35, 1.1], [-0.35, 0.35], [-1.1, 0.35], [-1.1, -0.35], [-0.35, -0.35]];
    case 'statement': return STAR;
    default: return null;
  }
}

const STAR = Array.from({ length: 10 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 5, radius = i % 2 ? 0.55 : 1.3;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius] as const;
});

/** Tenths of a pixel. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A point's glyph: a circle of radius `r` around (x, y), as path data. */
export function circlePath(x: number, y: number, r: number): string {
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/** A bar's glyph: from `left` to `right`, `height` tall around `y`, its corners rounded by up to 3 px. */
export function barPath(left: number, right: number, y: number, height: number): string {
  const top = y - height / 2;
  const radius = Math.min(3, (right - left) / 2);
  const w = right - left - 2 * radius;
  return `M${left + radius},${top}h${w}a${radius},${radius} 0 0 1 ${radius},${radius}v${height - 2 * radius}` +
    `a${radius},${radius} 0 0 1 ${-radius},${radius}h${-w}a${radius},${radius} 0 0 1 ${-radius},${-radius}` +
    `v${-(height - 2 * radius)}a${radius},${radius} 0 0 1 ${radius},${-radius}Z`;
}
