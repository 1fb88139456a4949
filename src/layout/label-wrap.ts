import { elide } from './label-placement.js';
import { LABEL_HALF_HEIGHT, type LabelParts } from './label-room.js';
import type { TextField } from './text-field.js';
import type { EventMark, LaneBox } from './types.js';

/** How far below a label's first line its second stands, in pixels. */
export const LINE_GAP = 15;

/**
 * A label cut short takes a second line under its first where what lies below is free (no mark, no word, no line
 * of a transfer, inside its lane): the title breaks at a word, and the second line, as wide as the first's room,
 * holds the rest (elided only where even two lines are short). `field` holds every box placed so far; a second
 * line placed is added to it. `parts` are the marks' label parts, by index.
 */
export function wrapLabels(
  marks: readonly EventMark[], parts: readonly LabelParts[], lanes: readonly LaneBox[], field: TextField,
  measure: (text: string) => number,
): EventMark[] {
  return marks.map((mark, i) => {
    const part = parts[i]!;
    if (!mark.label || mark.labelInside || part.room <= 0 || !mark.label.endsWith('…')) return mark;
    const lines = breakLines(part, part.room, measure);
    if (!lines) return mark;
    const [first, second] = lines;
    const y2 = mark.y + LINE_GAP;
    const lane = lanes[mark.lane]!;
    if (y2 + LABEL_HALF_HEIGHT > lane.top + lane.height) return mark;
    const secondWidth = measure(second);
    const left = mark.labelAlign === 'left' ? mark.labelX : mark.labelX - secondWidth;
    const box = { left, right: left + secondWidth, top: y2 - LABEL_HALF_HEIGHT + 2, bottom: y2 + LABEL_HALF_HEIGHT };
    if (!field.free(box)) return mark;
    field.add(box);
    return { ...mark, label: first, label2: second, labelWidth: Math.max(measure(first), secondWidth) };
  });
}

/**
 * The label in two lines of at most `room`: the number and as many of the title's words as fit, then the rest and
 * the mark after it, elided where they run past; undefined where the first line would hold no whole word.
 */
function breakLines(part: LabelParts, room: number, measure: (text: string) => number): [string, string] | undefined {
  const words = part.title.split(/\s+/).filter(Boolean);
  let count = 0;
  while (count < words.length && measure(`${part.number}${words.slice(0, count + 1).join(' ')}`) <= room) count++;
  if (count === 0 || count === words.length) return undefined;
  const first = `${part.number}${words.slice(0, count).join(' ')}`;
  const rest = `${words.slice(count).join(' ')}${part.suffix ? ` ${part.suffix}` : ''}`;
  const second = measure(rest) <= room ? rest : elide(rest, room, measure);
  return second ? [first, second] : undefined;
}
