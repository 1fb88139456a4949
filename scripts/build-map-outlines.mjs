// Writes src/map/outlines.generated.ts and src/map/world.generated.ts: the country outlines the route map draws,
// from Natural Earth by way of world-atlas. They ship inside the map's on-demand chunk, so every byte here is a byte a reader downloads
// when they first open a map. The sources are 108 KB (1:110m) and 756 KB (1:50m) of JSON, and a ~600 px map
// needs a few KB of outlines, so the file is made, not copied: clipped, simplified and quantized here.
//
//   node scripts/build-map-outlines.mjs           rewrite both files
//   node scripts/build-map-outlines.mjs --check   write nothing; fail, saying so, if a committed file is not
//                                                 what this script would write (CI: the files must be current)
//
// Two topologies:
//   DETAIL  the 1:50m countries, cut to DETAIL_BOX (Europe, North Africa, the Sahel, the Middle East): the map
//           of a drawdown there is zoomed in to a few countries, where 1:110m coastlines are visibly crude.
//   WORLD   the 1:110m countries, whole and simplified further, for a map whose places reach outside the box:
//           a file of its own, which the map loads only then.
//
// The output depends only on the installed world-atlas, topojson-* and d3-geo and on the constants below: no
// clock, no randomness, no Map/Set iteration order that varies. Run it twice and the bytes are the same, which
// is what lets --check compare text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoArea, geoEquirectangular, geoStream } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = { detail: 'src/map/outlines.generated.ts', world: 'src/map/world.generated.ts' };
const check = process.argv.includes('--check');

/** [[west, south], [east, north]]: Dakar and the Canaries (−17°) to Afghanistan (≤ 75°), the equator to 62°N. */
const DETAIL_BOX = [[-20, 0], [75, 62]];

// How much of each source survives, chosen by rendering and measuring: as much detail as fits about 8 KB
// gzipped for DETAIL and 6 KB for WORLD, under 14 KB together.
//   keep        the share of points simplification keeps (bar arc endpoints, which it always keeps): the
//               quantile of their Visvalingam weights, the area of the triangle each makes with its neighbours
//   step        the grid, in degrees, kept points are snapped to. TopoJSON writes each point as whole steps
//               from the last, so a coarser grid is fewer digits. DETAIL's 0.05° is a pixel on a 600 px map of
//               the eastern Mediterranean (15°–45°E); WORLD's 0.5° is under two on a 600 px map of half the world
//   minIsland   islands (km²) below this are left out, unless one is its country's largest land: each island is
//               an arc of its own, whose first point is written out in full, so specks cost bytes out of all
//               proportion to what they draw. 300 km² keeps Naxos and Andros in the Cyclades; 20,000 keeps
//               Sicily and Sardinia
//   minCorners  the fewest corners every piece of land keeps: see keepCorners
//
// WORLD is mostly structure: its 534 arcs' endpoints, the corners its islands keep and the countries' lists of
// arcs come to 5.7 KB gzipped at a keep of 0, and each 0.01 of keep adds about 120 B.
const DETAIL_SETTINGS = { keep: 0.07, step: 0.05, minIsland: 300, minCorners: 4 };
const WORLD_SETTINGS = { keep: 0.025, step: 0.5, minIsland: 20000, minCorners: 3 };

/**
 * Countries DETAIL must keep, by ISO 3166 numeric code: the smallest a route is likely to end in (Malta,
 * Bahrain, Lebanon, Cyprus, Qatar). Any country larger than a cell of the grid is kept anyway; these are named
 * so that a change of settings that lost one fails loudly, by name.
 */
const SMALL_COUNTRIES = ['470', '048', '422', '196', '634'];

/** Square kilometres in a steradian: the Earth's mean radius (6371 km), squared. */
const EARTH_KM2_PER_SR = 6371 ** 2;

const require = createRequire(`${root}package.json`);
// Read from node_modules by path: d3-geo's package exports no ./package.json.
const version = (name) => JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')).version;
const atlasVersion = version('world-atlas');
/** What the output depends on besides this script: its floating-point arithmetic is these packages'. */
const made = ['world-atlas', 'd3-geo', 'topojson-client', 'topojson-server', 'topojson-simplify'].map((name) => `${name} ${version(name)}`).join(', ');
const load = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

const detail = buildDetail(load('countries-50m.json'));
const world = buildWorld(load('countries-110m.json'));
const written = { detail: renderDetail(detail), world: renderWorld(world) };

if (check) {
  for (const [which, path] of Object.entries(outputs)) {
    const current = existsSync(`${root}${path}`) ? readFileSync(`${root}${path}`, 'utf8') : undefined;
    if (current === written[which]) continue;
    console.error(`${path} is ${current === undefined ? 'missing' : `out of date: it is not what
scripts/build-map-outlines.mjs makes from ${made} with its present settings`}.
Run \`node scripts/build-map-outlines.mjs\` and commit it.`);
    process.exit(1);
  }
  console.log(`${Object.values(outputs).join(' and ')} are current`);
} else {
  for (const [which, path] of Object.entries(outputs)) writeFileSync(`${root}${path}`, written[which]);
  console.log(`${Object.values(outputs).join(' and ')} written: DETAIL ${json(detail).length} B, WORLD ${json(world).length} B of JSON`);
}

/** The 50m countries within DETAIL_BOX, simplified and quantized. */
function buildDetail(source) {
  const countries = feature(source, source.objects.countries).features
    .map((country) => ({ ...country, geometry: clipToBox(country.geometry, DETAIL_BOX) }))
    .filter((country) => country.geometry);
  // Quantized finely here, before simplifying, so that where a border crosses the box's edge, the two copies of
  // the crossing (each neighbour's clip computes its own, in floating point) snap to one point: one junction.
  const clipped = topology({ countries: { type: 'FeatureCollection', features: countries } }, 1e5);
  return reduce(withoutSpecks(clipped, DETAIL_SETTINGS.minIsland), DETAIL_SETTINGS, DETAIL_BOX[0], SMALL_COUNTRIES);
}

/** The 110m countries, whole, simplified and quantized. */
function buildWorld(source) {
  // Made into a topology afresh from its features, for the same steps as DETAIL's (the arcs come out the same).
  const countries = feature(source, source.objects.countries);
  return reduce(withoutSpecks(topology({ countries }), WORLD_SETTINGS.minIsland), WORLD_SETTINGS, [-180, -90]);
}

/**
 * The topology without its islands smaller than `km2`, bar each country's largest piece of land. An island
 * here is a ring no other ring shares an arc with: a piece of a country that borders another (Kaliningrad,
 * Crimea, Nakhchivan, Cabinda, Oman's Madha inside the Emirates) stays whatever its size, or the land
 * around it would have a hole.
 */
function withoutSpecks(topo, km2) {
  const uses = new Map();
  const rings = topo.objects.countries.geometries.map(({ type, arcs }) => (type === 'Polygon' ? [arcs] : arcs).map(([exterior]) => exterior));
  for (const ring of rings.flat()) for (const arc of ring) uses.set(arc < 0 ? ~arc : arc, (uses.get(arc < 0 ? ~arc : arc) ?? 0) + 1);
  const area = (ring) => geoArea(feature(topo, { type: 'Polygon', arcs: [ring] })) * EARTH_KM2_PER_SR;
  const largest = new Set(rings.map((country) => country.reduce((a, b) => (area(b) > area(a) ? b : a))));
  return filter(topo, (ring, interior) => interior || largest.has(ring)
    || ring.some((arc) => uses.get(arc < 0 ? ~arc : arc) > 1) || area(ring) >= km2);
}

/**
 * Simplifies a topology of countries to the share `keep` of its points (weighed on the sphere, as it will be
 * drawn), every ring keeping `minCorners` corners; then snaps it to a grid of `step` degrees from `origin`.
 * Geometries keep no ids: the map only fills land and strokes borders.
 */
function reduce(input, { keep, step, minCorners }, origin, required = []) {
  const weighed = presimplify(input, sphericalTriangleArea);
  const threshold = quantile(weighed, keep);
  // The corners each ring keeps: minCorners for every piece of land, more for a ring that simplifying turned
  // inside out. Simplification moves each arc on its own, so two arcs of one ring can come to cross, and
  // d3-geo, which reads a ring's winding on the sphere, would fill such a ring as the rest of the globe. The
  // cure is more of the ring's own points, which bring it back towards its true, rightly wound, shape.
  const corners = new Map();
  for (const { type, arcs } of weighed.objects.countries.geometries) {
    for (const [exterior] of type === 'Polygon' ? [arcs] : arcs) corners.set(exterior, minCorners);
  }
  for (let round = 1; ; round++) {
    for (const [ring, count] of corners) keepCorners(weighed, ring, threshold, count);
    const snapped = quantize(simplify(weighed, threshold), { scale: [step, step], translate: origin });
    const grid = snapped.arcs.map(undelta);
    const inverted = [];
    // Each country an object of its own while filtering: in a collection, filter would drop the countries
    // left with no rings without a word, and finish must know which they are.
    const countries = Object.fromEntries(snapped.objects.countries.geometries.map((geometry, i) => [i, geometry]));
    const kept = filter({ ...snapped, objects: countries }, (ring, interior) => {
      // A ring the grid flattened is a speck smaller than a cell (an islet of a country that has more land,
      // or the Vatican): no area, so nothing to draw, and d3-geo could not tell it from the whole sphere.
      if (planarArea(ringCoordinates(grid, ring)) === 0) return false;
      // Winding is tested on the sphere, as d3-geo will: in longitude and latitude as plane coordinates, a
      // ring across the antimeridian (Fiji's) seems to wind either way.
      const area = geoArea(feature(snapped, { type: 'Polygon', arcs: [ring] }));
      if (interior ? area > 2 * Math.PI : area < 2 * Math.PI) return true;
      inverted.push(ring);
      return false;
    });
    if (inverted.length === 0) return finish(input, kept, step, required);
    if (round === 20) throw new Error(`${inverted.length} rings stay inside out, even with all their points`);
    for (const ring of inverted) corners.set(ring, (corners.get(ring) ?? minCorners) + 2);
  }
}

/**
 * The reduced topology as written: no country lost that the grid can hold, none of the `required` (ids) lost
 * at all, and nothing but types and arcs. Names and ids were kept this far only to name countries here.
 */
function finish(input, kept, step, required) {
  // A country can vanish with its rings, but only one smaller than a cell of the grid (the Vatican and Monaco
  // in DETAIL): anything larger keeps its corners, which the grid can hold apart.
  const cellKm2 = (step * Math.PI / 180) ** 2 * EARTH_KM2_PER_SR;
  // Integer keys iterate in ascending order: the countries' own.
  const countries = Object.values(kept.objects);
  countries.forEach((geometry, i) => {
    if (geometry.type) return;
    const km2 = geoArea(feature(input, input.objects.countries.geometries[i])) * EARTH_KM2_PER_SR;
    const name = `${geometry.properties?.name} (${Math.round(km2)} km²)`;
    if (km2 > cellKm2 || required.includes(geometry.id)) throw new Error(`${name} vanished in simplification`);
    if (!check) console.log(`left out ${name}: smaller than a cell of the ${step}° grid (${Math.round(cellKm2)} km²)`);
  });
  for (const id of required) {
    if (!countries.some((geometry) => geometry.id === id)) throw new Error(`no country ${id} in the source`);
  }
  const geometries = countries
    .filter((geometry) => geometry.type)
    // One polygon left is written as a Polygon: a level of brackets fewer.
    .map(({ type, arcs }) => (type === 'MultiPolygon' && arcs.length === 1 ? { type: 'Polygon', arcs: arcs[0] } : { type, arcs }));
  for (const geometry of geometries) {
    // The last word on winding: every country covers less than a hemisphere.
    const area = geoArea(feature(kept, geometry));
    if (!(area > 0 && area < 2 * Math.PI)) throw new Error(`a country's area came out as ${area} sr: inside out?`);
  }
  return { type: 'Topology', transform: kept.transform, objects: { countries: { type: 'GeometryCollection', geometries } }, arcs: kept.arcs };
}

/**
 * Raises the weight of enough of a ring's points (its arcs' points, weighed by presimplify) that the ring
 * keeps `minCorners` corners at the threshold, choosing its heaviest: those that best keep its shape.
 *
 * Simplification weighs a point by the area of the triangle it makes with its neighbours, against one
 * threshold for the whole map, so an island that is one small closed arc (Malta, Bahrain, the Cyclades) has
 * every point under the threshold the coast of Libya sets: it would shrink to its arc's one endpoint and be
 * gone. A country must never vanish (a route may end in it), and an island big enough to pass minIsland is
 * big enough to see. A ring of few arcs between few junctions (Nakhchivan's three) would keep only its
 * junctions, a triangle that the borders beside it, simplified on their own, can cross and turn inside out.
 */
function keepCorners(topo, ring, threshold, minCorners) {
  const points = ring.flatMap((index) => topo.arcs[index < 0 ? ~index : index].slice(1, -1));
  // Arc endpoints are junctions, kept always, and count already: one per arc.
  const kept = ring.length + points.filter((point) => point[2] >= threshold).length;
  if (kept >= minCorners) return;
  // Sort is stable, so points of equal weight keep their order and the choice is the same on every run.
  const lightest = points.filter((point) => point[2] < threshold).sort((a, b) => b[2] - a[2]);
  for (const point of lightest.slice(0, minCorners - kept)) point[2] = Infinity;
}

/** A ring's points, from arc indexes into `arcs` (arrays of absolute points). */
function ringCoordinates(arcs, ring) {
  return ring.flatMap((index, i) => {
    const arc = index < 0 ? arcs[~index].toReversed() : arcs[index];
    return i ? arc.slice(1) : arc;
  });
}

/**
 * A quantized arc's points as absolute grid positions (TopoJSON stores each as a step from the last): whole
 * numbers, so that the area of a ring the grid flattened comes out exactly 0.
 */
function undelta(arc) {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => [x += dx, y += dy]);
}

/** Twice the signed planar area of a ring: positive counter-clockwise with y up, zero when flattened. */
function planarArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length, [x0, y0] = ring[n - 1]; i < n; ++i) {
    const [x1, y1] = ring[i];
    sum += x0 * y1 - x1 * y0;
    [x0, y0] = [x1, y1];
  }
  return sum;
}

/**
 * The part of a (spherical) GeoJSON geometry inside `box`, as a MultiPolygon in degrees, or null if none is.
 *
 * A plate carrée projection whose units are degrees (x = longitude, y = −latitude) does the work, because a
 * projection clips in two stages that are each right for this data. First it cuts polygons at the antimeridian
 * on the sphere: Russia's outline runs from 180°E on to 180°W, and a plain planar clip would join Chukotka back
 * to the rest of Russia with a line across the globe, filling the box with one polygon. Then it clips to the
 * extent in projected, planar units, which here are degrees. Resampling is off (precision 0): it adds points to
 * make straight edges follow great circles, which at 1:50m only adds bytes.
 *
 * The box's own edges become outline wherever a country crosses them. Its west, east and south edges are
 * meridians and the equator, great circles, so drawn on the sphere they stay on the box; the north edge, a
 * parallel, is drawn as a great circle that bows north of it (by 1.8° where Russia crosses it, 45° wide).
 * Outside the box either way, and the map draws DETAIL only when it shows nothing outside the box.
 */
function clipToBox(geometry, [[west, south], [east, north]]) {
  const projection = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0)
    .clipExtent([[west, -north], [east, -south]]);
  // d3's stream gives each input polygon's clipped rings between polygonStart and polygonEnd, exteriors and
  // holes alike, possibly several exteriors: the clip can cut one polygon in two. Orientation tells them
  // apart (d3 keeps exteriors clockwise on a north-up map), and each hole goes to the exterior around it.
  const polygons = [];
  let rings = [], ring = [], inPolygon = false;
  const sink = {
    point(x, y) { ring.push([x, -y]); },
    lineStart() { ring = []; },
    lineEnd() { if (inPolygon) rings.push(ring); },
    polygonStart() { inPolygon = true; rings = []; },
    polygonEnd() { inPolygon = false; polygons.push(...assemble(rings)); },
    sphere() { throw new Error('a country covering the sphere?'); },
  };
  geoStream(geometry, projection.stream(sink));
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** Exterior rings and holes, as d3's clip streams them, grouped into GeoJSON polygons (closed rings). */
function assemble(rings) {
  const closed = rings.map(close).filter((ring) => ring.length >= 4 && planarArea(ring) !== 0);
  const exteriors = closed.filter((ring) => planarArea(ring) < 0).map((ring) => [ring]);
  for (const hole of closed.filter((ring) => planarArea(ring) > 0)) {
    // The smallest exterior holding the hole: an island in a lake in an island belongs to the island.
    const around = exteriors.filter(([exterior]) => contains(exterior, hole[0]))
      .sort(([a], [b]) => Math.abs(planarArea(a)) - Math.abs(planarArea(b)))[0];
    if (!around) throw new Error(`a hole at ${hole[0]} lies in no exterior ring`);
    around.push(hole);
  }
  return exteriors;
}

/** A ring with its first point repeated at its end, as GeoJSON wants (d3's stream leaves it off). */
function close(ring) {
  const [first] = ring, last = ring[ring.length - 1];
  return first && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

/** Whether a point lies inside a planar ring (even-odd rule). */
function contains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function json(topo) {
  const text = JSON.stringify(topo);
  // The JSON goes inside a single-quoted string literal: it must hold nothing that literal would read as
  // something else. Number-only topologies never do; names would.
  if (/['\\\n\r\u2028\u2029]/.test(text)) throw new Error('the topology holds a character a single-quoted literal cannot');
  return text;
}

// JSON.parse of a string literal, not an object literal: engines parse JSON faster than JavaScript, and the
// literal is smaller than the code to build the same arrays. /* @__PURE__ */ lets a bundler drop the constant if
// nothing uses it.
function header(what) {
  return `// Generated by scripts/build-map-outlines.mjs: do not edit. Run \`node scripts/build-map-outlines.mjs\` to remake it.
// Source: Natural Earth (public domain) ${what} countries, via world-atlas ${atlasVersion} (ISC); made with ${made}.
import type { GeometryCollection, Topology } from 'topojson-specification';
`;
}

function renderDetail(countries) {
  return `${header('1:50m')}
/** Countries in detail (Natural Earth 1:50m) within DETAIL_BOX. */
export const DETAIL = /* @__PURE__ */ JSON.parse('${json(countries)}') as Topology<{ countries: GeometryCollection }>;

/** [[west, south], [east, north]] in degrees: where DETAIL has outlines. */
export const DETAIL_BOX: [[number, number], [number, number]] = ${JSON.stringify(DETAIL_BOX).replaceAll(',', ', ')};
`;
}

function renderWorld(countries) {
  return `${header('1:110m')}
/** The whole world, coarse (Natural Earth 1:110m, simplified), for maps whose places reach outside DETAIL_BOX. */
export const WORLD = /* @__PURE__ */ JSON.parse('${json(countries)}') as Topology<{ countries: GeometryCollection }>;
`;
}
