/** One line of a text node as the browser laid it out, in client coordinates. */
export interface TextLine {
  text: string;
  left: number;
  right: number;
  top: number;
  height: number;
}

interface Piece {
  readonly text: string;
  readonly rect: DOMRect;
  /** Continues the word before it, broken across lines, rather than following a space. */
  readonly joined: boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A text node's words grouped into the lines the browser laid them out on, written as `text-transform` shows
 * them. A word the browser broke across lines (a long address, `overflow-wrap: anywhere`) is measured a character
 * at a time, so each line holds the part of it that line shows.
 */
export function textLines(node: Text, style: CSSStyleDeclaration): TextLine[] {
  const range = document.createRange();
  const found: TextLine[] = [];
  const lang = node.parentElement!.closest('[lang]')?.getAttribute('lang') || undefined;
  for (const piece of pieces(node, range)) {
    const text = transformed(piece.text, style.textTransform, lang, piece.joined);
    const { rect } = piece, last = found.at(-1);
    if (last && Math.abs(last.top - rect.top) < rect.height / 2) {
      last.text += piece.joined ? text : ` ${text}`;
      last.left = Math.min(last.left, rect.left);
      last.right = Math.max(last.right, rect.right);
    } else {
      found.push({ text, left: rect.left, right: rect.right, top: rect.top, height: rect.height });
    }
  }
  return found;
}

function* pieces(node: Text, range: Range): Generator<Piece> {
  const text = node.nodeValue!;
  for (const word of text.matchAll(/\S+/g)) {
    const rects = measured(range, node, word.index, word.index + word[0].length);
    if (rects.length === 1) yield { text: word[0], rect: rects[0]!, joined: false };
    if (rects.length < 2) continue;
    let first = true;
    for (const { segment, index } of graphemes.segment(word[0])) {
      const start = word.index + index;
      const rect = measured(range, node, start, start + segment.length)[0];
      if (!rect) continue;
      yield { text: segment, rect, joined: !first };
      first = false;
    }
  }
}

/** The boxes a part of a text node is drawn in, leaving out the empty ones a line break leaves. */
function measured(range: Range, node: Text, start: number, end: number): DOMRect[] {
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
}

function transformed(text: string, transform: string, lang: string | undefined, joined: boolean): string {
  if (transform === 'uppercase') return text.toLocaleUpperCase(lang);
  if (transform === 'lowercase') return text.toLocaleLowerCase(lang);
  if (transform === 'capitalize' && !joined) return text.replace(/^(\P{L}*)(\p{L})/u, (_, before: string, letter: string) => before + letter.toLocaleUpperCase(lang));
  return text;
}
