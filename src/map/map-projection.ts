import { geoConicEqualArea, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/** [[west, south], [east, north]] in degrees. */
export type LonLatBox = readonly [readonly [number, number], readonly [number, number]];

/** A projection fitted to a map's places, and the height it makes the map at its width. */
export interface MapFrame {
  readonly projection: GeoProjection;
  /** `conic`: conic equal-area (a region); `equal-earth`: Equal Earth (a span of continents). */
  readonly kind: 'conic' | 'equal-earth';
  readonly width: number;
  readonly height: number;
  /** The places' box with its margin, which the map shows whole. */
  readonly box: LonLatBox;
  /** The id of the place left off the map and drawn at its edge (see farPlace), if one is. */
  readonly far?: string | undefined;
}

export interface FrameSize {
  readonly width: number;
  readonly minHeight: number;
  readonly maxHeight: number;
  /** Room kept inside the map's edges, in pixels, for the points and their names. */
  readonly inset: number;
}

/** A place is left off the map, at its edge, when the map would be this many times larger with it than without it:
 * one far capital (Moscow, Washington) must not shrink a region's bases to a corner. */
const OUTLIER_AREA = 2.5;

/** The area a box of places spans, in square degrees of latitude (a degree of longitude shrinks with the latitude). */
function spread(points: readonly (readonly [number, number])[]): number {
  const [[west, south], [east, north]] = paddedBox(points);
  return (east - west) * Math.cos((((south + north) / 2) * Math.PI) / 180) * (north - south);
}

/** Only a map at least this many degrees across (the square root of its area) leaves a place out: a region of a
 * few bases and one city shows them all, however they lie. */
const OUTLIER_SPAN = 20;

/**
 * The places the map is fitted to, and the one it leaves out, if any: the place without which the map would cover
 * under 1/OUTLIER_AREA of its area, when the map is wide (OUTLIER_SPAN) and keeps at least three places. It is drawn
 * at the map's edge, in its direction (see edgePoint), where its routes end.
 */
export function farPlace(points: readonly (readonly [number, number])[]): number | undefined {
  if (points.length < 4) return undefined;
  const whole = spread(points);
  if (Math.sqrt(whole) < OUTLIER_SPAN) return undefined;
  // Only a place on the box's edge can shrink it: the westmost, eastmost, southmost and northmost.
  const extreme = (key: 0 | 1, sign: 1 | -1) => points.reduce((best, point, i) => (sign * point[key] > sign * points[best]![key] ? i : best), 0);
  let best: number | undefined, smallest = whole / OUTLIER_AREA;
  for (const i of new Set([extreme(0, -1), extreme(0, 1), extreme(1, -1), extreme(1, 1)])) {
    const without = spread(points.filter((_, j) => j !== i));
    if (without < smallest) [best, smallest] = [i, without];
  }
  return best;
}

/** Where a line from the map's middle toward `point` (projected, anywhere) leaves the map, `inset` inside its edges. */
export function edgePoint(point: readonly [number, number], width: number, height: number, inset: number): [number, number] {
  const [cx, cy] = [width / 2, height / 2], [dx, dy] = [point[0] - cx, point[1] - cy];
  const reach = Math.min(dx ? (width / 2 - inset) / Math.abs(dx) : Infinity, dy ? (height / 2 - inset) / Math.abs(dy) : Infinity, 1);
  return [cx + dx * reach, cy + dy * reach];
}

/** At least this much of the earth shows around the places, in degrees: a single base still shows its region. */
const MIN_SPAN = 8;

/** A span of degrees with its margin, within ±`limit`. */
function pad(low: number, high: number, limit: number): [number, number] {
  const middle = (low + high) / 2, half = Math.max(MIN_SPAN, (high - low) * 1.25 + 3) / 2;
  return [Math.max(-limit, middle - half), Math.min(limit, middle + half)];
}

/**
 * The places' box with a margin: an eighth of its span and a degree and a half on each side, and at least MIN_SPAN
 * across, so the land around the places frames them.
 */
export function paddedBox(points: readonly (readonly [number, number])[]): LonLatBox {
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon); east = Math.max(east, lon);
    south = Math.min(south, lat); north = Math.max(north, lat);
  }
  const [w, e] = pad(west, east, 180), [s, n] = pad(south, north, 85);
  return [[w, s], [e, n]];
}

/**
 * The projection for a map of `box`. A region (up to a third of the globe's longitude and 60° of latitude) is drawn
 * in a conic equal-area projection with standard parallels a sixth of the way in from its north and south edges, the
 * usual choice for a region wider than it is tall in the middle latitudes: areas stay true, so a country's size on
 * the map is its size, and shapes distort by under 1% across a box like the Eastern Mediterranean's (25°–45°N).
 * Wider spans (Washington to Kabul) use Equal Earth, an equal-area world projection that keeps continents' shapes.
 * Both are centred on the box, so north is up in its middle.
 */
export function projectionFor(box: LonLatBox): { projection: GeoProjection; kind: MapFrame['kind'] } {
  const [[west, south], [east, north]] = box;
  const lon = (west + east) / 2, lat = (south + north) / 2, span = north - south;
  if (east - west <= 120 && span <= 60) {
    const projection = geoConicEqualArea().parallels([south + span / 6, north - span / 6]).rotate([-lon, 0]).center([0, lat]);
    return { projection, kind: 'conic' };
  }
  return { projection: geoEqualEarth().rotate([-lon, 0]), kind: 'equal-earth' };
}

/** The box's outline as points along its edges: a fit to its four corners alone misses the bulge of its parallels. */
function outline([[west, south], [east, north]]: LonLatBox): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const lon = west + ((east - west) * i) / 16, lat = south + ((north - south) * i) / 16;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * The projection that shows the places (lon, lat) whole at `size.width`, and the height it takes: the box's own
 * shape at that width, held between `minHeight` and `maxHeight`, the box fitted inside again at that height.
 */
export function fitFrame(points: readonly (readonly [number, number])[], size: FrameSize): MapFrame {
  const box = paddedBox(points);
  const { projection, kind } = projectionFor(box);
  const shape = outline(box), { width, inset } = size;
  projection.fitWidth(Math.max(1, width - 2 * inset), shape);
  const ys = shape.coordinates.map((point) => projection(point as [number, number])?.[1] ?? 0);
  const height = Math.round(Math.min(size.maxHeight, Math.max(size.minHeight, Math.max(...ys) - Math.min(...ys) + 2 * inset)));
  projection.fitExtent([[inset, inset], [width - inset, height - inset]], shape);
  // Outlines are cut at the map's edges: what lies beyond would only weigh on the page and on an export.
  projection.clipExtent([[-1, -1], [width + 1, height + 1]]);
  return { projection, kind, width, height, box };
}
