import { memoizeLast } from '../model/memoize-last.js';
import { pickText } from '../model/pick-text.js';
import type { Story } from '../model/types.js';
import type { Words } from '../words/words.js';
import { layoutMap, type MapLayout } from './layout-map.js';
import { insideDetail, outlinePaths, type OutlinePaths } from './map-outlines.js';
import { farPlace, fitFrame, type MapFrame } from './map-projection.js';
import { mapPlaces, mapRoutes, type Located } from './map-routes.js';
import type { MapPlacement } from './map-view.js';
import { worldOutlines } from './world-outlines.js';

/** A story whose moves name no place with coordinates: the map is its words alone, with the places it could not put
 * on it. */
export interface EmptyMap {
  readonly empty: true;
  readonly unplaced: readonly string[];
}

/** The reader's words, direction and label measure, which the map's names are placed in. */
export interface MapLanguage {
  readonly words: Words;
  readonly direction: 'ltr' | 'rtl';
  readonly measure: (text: string) => number;
}

/** The map's height where it sits, by the width it has: [least, most]. Beside the chart it is nearly as tall as it
 * is wide, showing more land around the places than a strip of them; it does not follow the chart's height, which
 * changes as a zoom restacks rows, so the map holds still while the chart moves. */
function heights(placement: MapPlacement, width: number): [number, number] {
  if (placement === 'inset') return [110, 150];
  if (placement === 'beside') return [Math.max(240, Math.min(560, Math.round(width * 0.8))), 560];
  return [180, Math.min(440, Math.max(220, width * 0.6))];
}

/** The outlines drawn while the world's are on their way, or when they could not be loaded: none. */
const NO_OUTLINES: OutlinePaths = { land: '' };

/**
 * One view's map (the screen's, or paper's), laid out again only when what it is made from changes: the projection
 * and the outlines (the costly part) when the places or the size do, the routes and names when the window does.
 */
export class MapLayouts {
  /** Draws the map again once the world's outlines arrive. */
  readonly #redraw: () => void;
  readonly #places = memoizeLast((shown: Story) => mapPlaces(shown));
  readonly #frame = memoizeLast((places: readonly Located[], width: number, placement: MapPlacement): MapFrame => {
    const [minHeight, maxHeight] = heights(placement, width);
    const points = places.map(({ lon, lat }) => [lon, lat] as const), far = farPlace(points);
    const frame = fitFrame(points.filter((_, i) => i !== far), { width, minHeight, maxHeight, inset: placement === 'inset' ? 10 : 18 });
    return { ...frame, far: far === undefined ? undefined : places[far]!.place.id };
  });
  readonly #detailed = memoizeLast(insideDetail);
  readonly #outlines = memoizeLast(outlinePaths);
  readonly #layout = memoizeLast((shown: Story, places: readonly Located[], start: number | undefined, end: number | undefined,
    frame: MapFrame, outlines: OutlinePaths, words: Words, direction: 'ltr' | 'rtl', measure: (text: string) => number) =>
    layoutMap(mapRoutes(shown, places, start === undefined ? undefined : [start, end!]), frame, outlines, { languages: words.languages, direction, measure }));
  readonly #empty = memoizeLast((shown: Story, words: Words): EmptyMap => ({
    empty: true, unplaced: mapRoutes(shown, [], undefined).unplaced.map((place) => pickText(place.name, words.languages)),
  }));

  /** The world's outlines for a frame reaching beyond the detailed ones: none while they load. */
  #worldOutlines(frame: MapFrame): OutlinePaths {
    const world = worldOutlines(this.#redraw);
    return world ? this.#outlines(frame, world) : NO_OUTLINES;
  }

  constructor(redraw: () => void) {
    this.#redraw = redraw;
  }

  /** Whether `shown`'s moves name no place with coordinates: its map is then words alone. */
  empty(shown: Story): boolean {
    return this.#places(shown).length === 0;
  }

  /** Frames `shown`'s map at `width`, and starts loading the world's outlines if the frame needs them. */
  prepare(shown: Story, width: number, placement: MapPlacement): void {
    const places = this.#places(shown);
    if (places.length && !this.#detailed(this.#frame(places, Math.round(width), placement))) worldOutlines(this.#redraw);
  }

  /** `shown`'s map for the moves in `window` (undefined: the whole story), `width` wide where it sits. */
  layout(shown: Story, window: readonly [number, number] | undefined, width: number, placement: MapPlacement, language: MapLanguage): MapLayout | EmptyMap {
    const places = this.#places(shown);
    if (!places.length) return this.#empty(shown, language.words);
    const frame = this.#frame(places, Math.round(width), placement);
    const outlines = this.#detailed(frame) ? this.#outlines(frame, undefined) : this.#worldOutlines(frame);
    return this.#layout(shown, places, window?.[0], window?.[1], frame, outlines, language.words, language.direction, language.measure);
  }
}
