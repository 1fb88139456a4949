import { elide } from './label-placement.js';
import { linkSpanIn, linksNear } from './link-spans.js';
import type { Box } from './text-field.js';
import type { EventMark, LinkMark } from './types.js';

/** Half the height a label's box takes about its middle line, in pixels (12 px text, with its ascent and descent). */
export const LABEL_HALF_HEIGHT = 8.5;

/** What a mark's label is made of, beside the room it has. */
export interface LabelParts {
  /** The title in the reader's language, and its width. */
  readonly title: string;
  readonly titleWidth: number;
  /** The number that starts a numbered label, with its space ('' when labels are not numbered). */
  readonly number: string;
  /** What follows the title: the "(unattributed)" mark, or ''. */
  readonly suffix: string;
  /** The room the label has beside (or inside) its mark, in pixels. */
  room: number;
}

/**
 * A title as it fits in `room`, elided between the number before it and the mark after it, which show whenever
 * any of the title does. A title with no room for three letters leaves the number alone, or no label at all.
 */
export function labelText(parts: LabelParts, room: number, measure: (text: string) => number): string {
  const { title, titleWidth, number, suffix } = parts;
  if (room <= 0 && !number) return '';
  const after = suffix ? ` ${suffix}` : '';
  const roomLeft = room - (number ? measure(number) : 0);
  const short = titleWidth + (after ? measure(after) : 0) <= roomLeft ? title : elide(title, roomLeft - (after ? measure(after) : 0), measure);
  if (short) return `${number}${short}${after}`;
  return number.trimEnd();
}

/** What `clearLabelsOfLinks` needs of the plot. */
export interface LabelSpace {
  /** The plot's width, and the room kept at its edges. */
  readonly width: number;
  readonly edge: number;
  /** The room kept between a mark and its label, and between a label and what follows it. */
  readonly gap: number;
  readonly measure: (text: string) => number;
}

/**
 * The room each label keeps once the transfers are drawn: a label ends where a transfer's line would cross it, so
 * no line runs through a word. A label cut short that way tries the other side of its mark, up to the next mark or
 * label in its row, and takes whichever side shows more of it. Returns the marks with their labels written to fit
 * (`parts` are the marks' label parts, by index; their rooms are updated), and the boxes of numbers that show with
 * no clear room (a printed mark always shows its number): the lines through them are to be interrupted there.
 */
export function clearLabelsOfLinks(
  marks: readonly EventMark[], parts: readonly LabelParts[], links: readonly LinkMark[], space: LabelSpace,
): { marks: EventMark[]; over: Box[] } {
  const { width, edge, gap, measure } = space;
  // The spans the lines take across each row's text, worked out once a row: every mark of the row asks.
  const near = new Map<number, [number, number][]>();
  const spansAt = (y: number) => {
    let spans = near.get(y);
    if (!spans) {
      const top = y - LABEL_HALF_HEIGHT, bottom = y + LABEL_HALF_HEIGHT;
      spans = [];
      for (const link of linksNear(links, top, bottom)) {
        const span = linkSpanIn(link, top, bottom);
        if (span) spans.push(span);
      }
      near.set(y, spans);
    }
    return spans;
  };
  /** How far a label may run from `anchor` in `direction` (1: right, -1: left) before a line crosses it. */
  const clear = (y: number, anchor: number, direction: number, room: number) => {
    for (const span of spansAt(y)) {
      const distance = direction > 0 ? span[0] - anchor : anchor - span[1];
      if (direction > 0 ? span[1] <= anchor : span[0] >= anchor) continue;
      room = Math.min(room, Math.max(0, distance - 1));
    }
    return room;
  };
  const result = marks.map((mark, i) => {
    const part = parts[i]!;
    if (!links.length || part.room <= 0) return { ...mark };
    if (mark.labelInside) return insideClearOfLinks(mark, part, fullWidth(part, measure));
    part.room = clear(mark.y, mark.labelX, mark.labelAlign === 'left' ? 1 : -1, part.room);
    return { ...mark };
  });

  /**
   * A label inside a bar moves along the bar's visible part to the first stretch between lines that holds it whole
   * (in reading order), else to the longest.
   */
  function insideClearOfLinks(mark: EventMark, part: LabelParts, full: number): EventMark {
    const forward = mark.labelAlign === 'left';
    const from = Math.max(mark.left, edge / 2) + gap, to = Math.min(mark.right, width - edge / 2) - gap;
    const spans = [...spansAt(mark.y)].sort((a, b) => a[0] - b[0]);
    const stretches: [number, number][] = [];
    let at = from;
    for (const [a, b] of spans) {
      if (a > at) stretches.push([at, Math.min(a, to)]);
      at = Math.max(at, b);
    }
    if (at < to) stretches.push([at, to]);
    const usable = stretches.filter(([a, b]) => b > a);
    if (!forward) usable.reverse();
    const whole = usable.find(([a, b]) => b - a >= full);
    const best = whole ?? usable.reduce<[number, number] | undefined>((most, next) => (!most || next[1] - next[0] > most[1] - most[0] ? next : most), undefined);
    if (!best) {
      part.room = 0;
      return { ...mark };
    }
    part.room = Math.min(part.room, best[1] - best[0]);
    return { ...mark, labelX: forward ? best[0] : best[1] };
  }
  // Labels cut short by a line try the other side of their mark, row by row.
  const rows = new Map<number, number[]>();
  result.forEach((mark, i) => {
    const full = fullWidth(parts[i]!, measure);
    if (links.length && !mark.labelInside && parts[i]!.room < full) rows.set(mark.y, []);
  });
  result.forEach((mark, i) => rows.get(mark.y)?.push(i));
  for (const row of rows.values()) {
    for (const i of row) {
      const mark = result[i]!, part = parts[i]!;
      const full = fullWidth(part, measure);
      if (mark.labelInside || part.room >= full) continue;
      const toRight = mark.labelAlign === 'right';
      const anchor = toRight ? mark.right + gap : mark.left - gap;
      // What else the row holds on that side: marks, and the labels beside them.
      let room = toRight ? width - edge / 2 - anchor : anchor - edge / 2;
      for (const j of row) {
        if (j === i) continue;
        const other = result[j]!, otherRoom = parts[j]!.room;
        const [a, b] = occupied(other, otherRoom);
        if (toRight ? b <= anchor : a >= anchor) continue;
        room = Math.min(room, Math.max(0, (toRight ? a - anchor : anchor - b) - gap));
      }
      room = Math.min(full, clear(mark.y, anchor, toRight ? 1 : -1, room));
      if (room <= part.room) continue;
      part.room = room;
      result[i] = { ...mark, labelAlign: toRight ? 'left' : 'right', labelX: anchor };
    }
  }
  const over: Box[] = [];
  const labelled = result.map((mark, i) => {
    const part = parts[i]!, label = labelText(part, part.room, measure);
    const labelWidth = label ? measure(label) : 0;
    if (!label || labelWidth <= part.room) return { ...mark, label, labelWidth };
    // A number shown with no room of its own: kept inside the plot (on the other side of its mark where its own
    // side runs out of it), and the lines through it are to be interrupted.
    let placed: EventMark = mark;
    const fits = (m: EventMark) => (m.labelAlign === 'left' ? m.labelX + labelWidth <= width : m.labelX - labelWidth >= 0);
    if (!fits(placed) && !mark.labelInside) {
      const flipped: EventMark = mark.labelAlign === 'left'
        ? { ...mark, labelAlign: 'right', labelX: mark.left - gap } : { ...mark, labelAlign: 'left', labelX: mark.right + gap };
      if (fits(flipped)) placed = flipped;
    }
    const left = Math.min(Math.max(placed.labelAlign === 'left' ? placed.labelX : placed.labelX - labelWidth, 0), width - labelWidth);
    over.push({ left, right: left + labelWidth, top: mark.y - LABEL_HALF_HEIGHT, bottom: mark.y + LABEL_HALF_HEIGHT });
    return { ...placed, labelX: placed.labelAlign === 'left' ? left : left + labelWidth, label, labelWidth };
  });
  return { marks: labelled, over };
}

/** A label's whole width: number, title and suffix. */
function fullWidth(parts: LabelParts, measure: (text: string) => number): number {
  return (parts.number ? measure(parts.number) : 0) + parts.titleWidth + (parts.suffix ? measure(` ${parts.suffix}`) : 0);
}

/** The horizontal span a mark and its label (of `room`) take. */
function occupied(mark: EventMark, room: number): [number, number] {
  if (room <= 0 || mark.labelInside) return [mark.left, mark.right];
  return mark.labelAlign === 'left' ? [mark.left, Math.max(mark.right, mark.labelX + room)] : [Math.min(mark.left, mark.labelX - room), mark.right];
}
