import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { MapFrame } from './map-projection.js';
import { DETAIL, DETAIL_BOX } from './outlines.generated.js';
import { pathData } from './path-data.js';

/** Countries as a topology: the detailed outlines, or the world's (see world.ts). */
export type Countries = Topology<{ countries: GeometryCollection }>;

/** The countries to fill, their coasts and borders stroked, as path data in the map's pixels. */
export interface OutlinePaths {
  readonly land: string;
}

/** Each topology's countries as GeoJSON, made once. */
const geometry = new Map<Countries, FeatureCollection | Feature>();

function countries(topology: Countries): FeatureCollection | Feature {
  let made = geometry.get(topology);
  if (!made) geometry.set(topology, (made = feature(topology, topology.objects.countries)));
  return made;
}

/** Whether the whole of what the frame shows lies where the detailed outlines reach: its edges, walked. */
export function insideDetail({ projection, width, height }: MapFrame): boolean {
  const [[west, south], [east, north]] = DETAIL_BOX;
  for (let i = 0; i <= 8; i++) {
    for (const [x, y] of [[(width * i) / 8, 0], [(width * i) / 8, height], [0, (height * i) / 8], [width, (height * i) / 8]] as const) {
      const point = projection.invert?.([x, y]);
      if (!point || !(point[0] >= west && point[0] <= east && point[1] >= south && point[1] <= north)) return false;
    }
  }
  return true;
}

/**
 * The country outlines under a map: the `world`'s when given (a frame reaching beyond the detailed box, see
 * insideDetail: they load on demand, see world-outlines.ts), else the detailed ones.
 */
export function outlinePaths(frame: MapFrame, world: Countries | undefined): OutlinePaths {
  return { land: pathData(frame.projection, countries(world ?? DETAIL)) };
}
