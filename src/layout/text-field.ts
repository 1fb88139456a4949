import { linkBeside, linkReach, linkSpanIn } from './link-spans.js';
import type { LinkMark } from './types.js';

/** A rectangle of the plot, in pixels: what a piece of text (or a mark) takes. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Boxes are filed in cells this many pixels high and wide, so that a query looks at its neighbours only: a band
 * of a thousand-event plot's full width held hundreds of labels, each looked at by every query in it. */
const BAND = 40;
const COLUMN = 160;
/** A cell's key: its band and column in one number (columns under 2^16 a band: plots narrower than 10 million px). */
const cell = (band: number, column: number) => band * 65_536 + column;
/** What a cell or band with nothing filed holds: one array for all, never written. */
const NONE: readonly never[] = [];

/** Adds `item` to the list `map` holds under `key`. */
function file<T>(map: Map<number, T[]>, key: number, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Calls `each` with every band a link's line may reach, its arrowhead and clearance included. */
function forBands(link: LinkMark, each: (band: number) => void): void {
  const { y0, y1 } = link.curve;
  for (let band = Math.floor((Math.min(y0, y1) - 12) / BAND); band <= Math.floor((Math.max(y0, y1) + 12) / BAND); band++) each(band);
}

/**
 * The plot's one collision model: the boxes that words (and marks) already take, and the transfers' lines. A new
 * piece of text is placed only where `free` says it takes no box and no line crosses it; once placed, it is `add`ed
 * and the next must keep clear of it too. Queries look only at the boxes and lines filed in the cells the box reaches.
 */
export class TextField {
  /** Each cell's boxes as runs of four numbers (left, right, top, bottom): boxes come from many places in many
   * shapes, and a query reading numbers from one array stays fast where reading fields of mixed objects did not. */
  readonly #cells = new Map<number, number[]>();
  /** The links by the cells their lines may cross: a query looks at the lines near it, not at every line of its
   * band (a story of 100,000 events draws thousands of lines down the plot). */
  readonly #linkCells = new Map<number, LinkMark[]>();
  /** The links by the bands their lines reach, made on the first `linkSpans`. */
  #linkBands: Map<number, LinkMark[]> | undefined;
  readonly #links: readonly LinkMark[];
  readonly #gap: number;

  /** `gap`: the room kept between two boxes, in pixels. */
  constructor(links: readonly LinkMark[], gap = 2) {
    this.#gap = gap;
    this.#links = links;
    for (const link of links) {
      const { x, cx } = link.curve, reach = linkReach(link);
      const [first, last] = [Math.floor((Math.min(x, cx) - reach) / COLUMN), Math.floor((Math.max(x, cx) + reach) / COLUMN)];
      forBands(link, (band) => {
        for (let column = first; column <= last; column++) file(this.#linkCells, cell(band, column), link);
      });
    }
  }

  /** Every box placed, in the order they were. */
  readonly boxes: Box[] = [];

  add(box: Box): void {
    this.boxes.push(box);
    const { left, right, top, bottom } = box;
    for (let band = Math.floor(top / BAND); band <= Math.floor(bottom / BAND); band++) {
      for (let column = Math.floor(left / COLUMN); column <= Math.floor(right / COLUMN); column++) {
        const key = cell(band, column);
        let list = this.#cells.get(key);
        if (!list) this.#cells.set(key, (list = []));
        list.push(left, right, top, bottom);
      }
    }
  }

  /** Whether `box` takes no box already placed (with the gap between) and no transfer's line runs through it. */
  free(box: Box): boolean {
    return this.freeAt(box.left, box.right, box.top, box.bottom);
  }

  /** `free` for a box given by its sides, which a caller trying many places need not make an object of. */
  freeAt(left: number, right: number, top: number, bottom: number): boolean {
    const gap = this.#gap;
    const [first, last] = [Math.floor((left - gap) / COLUMN), Math.floor((right + gap) / COLUMN)];
    for (let band = Math.floor((top - gap) / BAND); band <= Math.floor((bottom + gap) / BAND); band++) {
      for (let column = first; column <= last; column++) {
        const list = this.#cells.get(cell(band, column));
        if (!list) continue;
        for (let i = 0; i < list.length; i += 4) {
          if (left < list[i + 1]! + gap && list[i]! < right + gap && top < list[i + 3]! + gap && list[i + 2]! < bottom + gap) return false;
        }
      }
    }
    return this.clearOfLinksAt(left, right, top, bottom);
  }

  /** Whether no transfer's line runs through `box`. */
  clearOfLinks(box: Box): boolean {
    return this.clearOfLinksAt(box.left, box.right, box.top, box.bottom);
  }

  /** `clearOfLinks` for a box given by its sides. */
  clearOfLinksAt(left: number, right: number, top: number, bottom: number): boolean {
    const [first, last] = [Math.floor(left / COLUMN), Math.floor(right / COLUMN)];
    for (let band = Math.floor(top / BAND); band <= Math.floor(bottom / BAND); band++) {
      for (let column = first; column <= last; column++) {
        for (const link of this.#linkCells.get(cell(band, column)) ?? NONE) {
          if (linkBeside(link, left, right)) continue;
          const span = linkSpanIn(link, top, bottom);
          if (span && span[0] < right && left < span[1]) return false;
        }
      }
    }
    return true;
  }

  /** The spans the transfers' lines take across the band `[top, bottom]`, left to right. */
  linkSpans(top: number, bottom: number): [number, number][] {
    const spans: [number, number][] = [];
    const seen = new Set<LinkMark>();
    if (!this.#linkBands) {
      const bands = this.#linkBands = new Map<number, LinkMark[]>();
      for (const link of this.#links) forBands(link, (band) => file(bands, band, link));
    }
    for (let band = Math.floor(top / BAND); band <= Math.floor(bottom / BAND); band++) {
      for (const link of this.#linkBands.get(band) ?? NONE) {
        if (seen.has(link)) continue;
        seen.add(link);
        const span = linkSpanIn(link, top, bottom);
        if (span) spans.push(span);
      }
    }
    return spans.sort((a, b) => a[0] - b[0]);
  }
}
