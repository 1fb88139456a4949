import { TextField, type Box } from '../layout/text-field.js';
import { crosses, type RouteShape } from './route-shape.js';

/** A place's name to place beside its point. */
export interface LabelWanted {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** A name placed: its box, and where its text starts in the reading direction. */
export interface PlacedLabel {
  readonly box: Box;
  /** The x its text is anchored at (`text-anchor: start` in the map's direction) and its baseline. */
  readonly x: number;
  readonly y: number;
  /** The name as it fitted: whole, or its first part. */
  readonly text: string;
}

/** What words must keep clear of: boxes (points, glyphs) and the routes' lines. */
export interface MapObstacles {
  readonly boxes: readonly Box[];
  readonly lines: readonly { readonly shape: Pick<RouteShape, 'trace' | 'bounds'>; readonly width: number }[];
}

/** The height a name takes, for the default 12 px type (`--drawdown-label-size`; a larger size set there is
 * measured across, but given this height), and the room between a point and its name. */
export const LABEL_HEIGHT = 14;
const GAP = 3;

/**
 * Places each name beside its point where it takes no other word's room, no point's or glyph's, crosses no route and
 * stays inside the map: first on the side a reader reads from (right of the point left to right, left of it right to
 * left), then the other side, then above and below, then the corners. `wanted` comes in order of importance: the
 * places of the moves shown before the others. Where the whole name has no room, its first part may (see
 * shortName); a name with no room at all is left out. Either way the whole name is the place's accessible name and
 * tooltip, one hover or focus away. The map's one collision model: the timeline's TextField, with the routes' lines added.
 */
export function placeLabels(wanted: readonly LabelWanted[], radius: number, obstacles: MapObstacles, size: { width: number; height: number },
  measure: (text: string) => number, direction: 'ltr' | 'rtl'): Map<string, PlacedLabel> {
  const field = new TextField([]);
  for (const box of obstacles.boxes) field.add(box);
  const placed = new Map<string, PlacedLabel>();
  const rtl = direction === 'rtl', h = LABEL_HEIGHT;
  const fits = (box: Box) => box.left >= 2 && box.right <= size.width - 2 && box.top >= 2 && box.bottom <= size.height - 2 && field.free(box) &&
    !obstacles.lines.some((line) => crosses(line.shape, line.width, box.left, box.right, box.top, box.bottom));
  /** The first place for `words` that fits, near the point first, then a little further out. */
  const firstFree = (words: string, x: number, y: number): Box | undefined => {
    const width = Math.ceil(measure(words));
    for (const away of [radius + GAP, radius + GAP + 6, radius + GAP + 14]) {
      const right = x + away, left = x - away - width, centre = x - width / 2;
      const sides: [number, number][] = rtl ? [[left, y - h / 2], [right, y - h / 2]] : [[right, y - h / 2], [left, y - h / 2]];
      const candidates: [number, number][] = [
        ...sides, [centre, y - away - h], [centre, y + away],
        [right - 2, y - away - h + 2], [right - 2, y + away - 2], [left + 2, y - away - h + 2], [left + 2, y + away - 2],
      ];
      for (const [boxLeft, top] of candidates) {
        const box = { left: boxLeft, right: boxLeft + width, top, bottom: top + h };
        if (fits(box)) return box;
      }
    }
    return undefined;
  };
  for (const { id, text, x, y } of wanted) {
    // The full name first; then, where it has no room, its first part ("Benina Airport" of "Benina Airport,
    // Benghazi"), the whole one hover or focus away.
    for (const words of [text, shortName(text)]) {
      if (!words) continue;
      const box = firstFree(words, x, y);
      if (!box) continue;
      field.add(box);
      placed.set(id, { box, x: rtl ? box.right : box.left, y: box.bottom - 3, text: words });
      break;
    }
  }
  return placed;
}

/** A name's first part, before a comma or a parenthesis, when it has more: "Benina Airport" of "Benina Airport,
 * Benghazi", "Libya" of "Libya (LNA-held areas)"; the Arabic comma too. Empty when there is no shorter part. */
export function shortName(name: string): string {
  const cut = name.search(/[,،(]/);
  return cut > 0 ? name.slice(0, cut).trim() : '';
}
