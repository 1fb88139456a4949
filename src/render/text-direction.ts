import { setAttribute } from './write-if-changed.js';

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
/** A run set apart by an isolate (see words/messages.ts `isolate`), which the first strong letter skips. */
const ISOLATED = /\u2068[^\u2069]*(\u2069|$)/gu;

/**
 * The direction a piece of text reads in, as HTML's `dir="auto"` finds it: from its first letter outside isolated
 * runs (Unicode's rule P2), left to right when it has none (a number). An Arabic label in a left-to-right chart
 * then cuts at its own end and keeps "…" there, and an English one in an Arabic chart likewise.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(text.replace(ISOLATED, ''))?.[0];
  return letter && RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr';
}

/**
 * Writes a text's direction (from its content) and the anchor that puts its `align` edge at its x: layout places
 * text by its left or right edge, and SVG anchors a right-to-left text's start at its right edge. Returns the
 * direction, for what is placed after the text's start (a gap, leftwards right to left).
 */
export function alignText(node: SVGTextElement, content: string, align: 'left' | 'right'): 'ltr' | 'rtl' {
  const direction = textDirection(content);
  setAttribute(node, 'direction', direction);
  setAttribute(node, 'text-anchor', (align === 'left') === (direction === 'ltr') ? 'start' : 'end');
  return direction;
}
