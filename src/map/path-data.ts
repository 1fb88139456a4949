import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoStream } from 'd3-geo';

const at = (x: number, y: number) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;

/**
 * `object` projected as SVG path data, rounded to a tenth of a pixel: what d3-geo's geoPath does for a string, and
 * only that. geoPath brings its area, centroid, bounds and length measures along, which a map drawing land and
 * routes never asks for, and which made most of d3-geo's weight in the map's file.
 */
export function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const parts: string[] = [];
  let first = true, polygon = false;
  const sink = {
    point(x: number, y: number) {
      parts.push(`${first ? 'M' : 'L'}${at(x, y)}`);
      first = false;
    },
    lineStart() {
      first = true;
    },
    lineEnd() {
      if (polygon) parts.push('Z');
    },
    polygonStart() {
      polygon = true;
    },
    polygonEnd() {
      polygon = false;
    },
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return parts.join('');
}
