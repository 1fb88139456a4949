import type { Box } from '../layout/text-field.js';
import { UNWRITABLE } from '../model/unwritable.js';
import { boxShapes, type BoxShape } from './box-shapes.js';
import { splitAlpha } from './css-color.js';
import { listMarkers, type ListMarker } from './list-markers.js';
import { safeHref } from './safe-href.js';
import { textLines, type TextLine } from './text-lines.js';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
/** Styles written onto every copied shape as presentation attributes, which every vector editor reads. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'paint-order'];
const FONT = ['font-family', 'font-size', 'font-weight', 'font-style'];
/** What only the live element uses: classes, parts, keyboard and screen-reader attributes, data for tests. */
const LIVE = /^(class|part|role|tabindex|aria-.*|data-.*|style)$/;

type Values = Record<string, string | number | null>;

export interface SvgDocument {
  /** Standalone SVG markup. */
  readonly svg: string;
  /** Its size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** A text node's lines, with the style and the safe link they are written with. */
interface TextRun {
  readonly lines: TextLine[];
  readonly style: CSSStyleDeclaration;
  readonly href: string | null;
}

/**
 * A standalone SVG of the element's paper view as laid out on screen: every svg in it (the chart and the legend's
 * samples) copied where it sits, its styles written onto each shape; the borders and backgrounds of the HTML
 * around them as lines and rectangles; every line of text outside them written as SVG text where the browser broke
 * it, in a link where it sits in an http(s) one, and the lists' numbers. The document grows to hold any line that
 * runs past the view, and each line is fitted to the width the browser gave it (`textLength`), so text stays
 * where it was whatever font the reader has. Nothing refers outside the file: the drawing resources it uses (masks,
 * patterns) are copied in, fonts are named with generic fallbacks, and there is no foreignObject, so it opens in
 * vector editors and draws into a canvas.
 */
export function svgDocument(printout: HTMLElement, defs: SVGSVGElement, title: string): SvgDocument {
  const base = getComputedStyle(printout);
  const background = base.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#fff' : base.backgroundColor;
  const svgs = [...printout.querySelectorAll('svg')].map((svg) => ({ svg, box: svg.getBoundingClientRect() })).filter(({ box }) => box.width && box.height);
  const shapes = boxShapes(printout, background);
  const runs = textRuns(printout);
  const markers = listMarkers(printout);
  const view = printout.getBoundingClientRect();
  const bounds = extent([view, ...svgs.map(({ box }) => box), ...runs.flatMap((run) => run.lines.map(lineBox))]);
  const left = view.left - pad(view.left - bounds.left, base.paddingLeft), top = view.top - pad(view.top - bounds.top, base.paddingTop);
  const width = Math.ceil(view.right + pad(bounds.right - view.right, base.paddingRight) - left);
  const height = Math.ceil(view.bottom + pad(bounds.bottom - view.bottom, base.paddingBottom) - top);
  const at = (x: number, y: number) => [round(x - left), round(y - top)] as const;

  const doc = document.implementation.createDocument(SVG, 'svg', null);
  const root = doc.documentElement;
  if (runs.some((run) => run.href)) root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK);
  attributes(root, { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': base.fontFamily, direction: 'ltr' });
  root.append(element(doc, 'title', {}, title));
  root.append(element(doc, 'rect', { width, height, fill: background }));
  root.append(copy(doc, defs.querySelector('defs')!));
  for (const shape of shapes) root.append(element(doc, shape.name, placed(shape, at)));
  for (const { svg, box } of svgs) {
    const copied = copy(doc, svg);
    const [x, y] = at(box.left, box.top);
    attributes(copied, { x, y, width: box.width, height: box.height });
    root.append(copied);
  }
  for (const marker of markers) root.append(markerText(doc, marker, base, at));
  for (const run of runs) {
    const texts = run.lines.map((line) => lineText(doc, line, run.style, base, at));
    if (!run.href) root.append(...texts);
    else root.append(element(doc, 'a', { href: run.href }, texts, run.href));
  }
  // The parser removed what XML cannot hold from the data; words a page registered could still bring some in.
  return { svg: new XMLSerializer().serializeToString(doc).replace(UNWRITABLE, ''), width, height };
}

/** Every shown text node outside the svgs, as lines. */
function textRuns(printout: HTMLElement): TextRun[] {
  const runs: TextRun[] = [];
  const clipped = new WeakMap<Element, boolean>();
  const walker = document.createTreeWalker(printout, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement!.closest('svg') || !node.nodeValue!.trim() || unseen(node.parentElement!, printout, clipped)
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const style = getComputedStyle(node.parentElement!);
    if (style.visibility !== 'visible') continue;
    const lines = textLines(node, style);
    if (lines.length) runs.push({ lines, style, href: safeHref(node, printout) });
  }
  return runs;
}

/** Inside a box clipped to a pixel or less: text for screen readers only (the "visually hidden" pattern). */
function unseen(from: Element, printout: HTMLElement, known = new WeakMap<Element, boolean>()): boolean {
  if (from === printout) return false;
  let found = known.get(from);
  if (found === undefined) {
    const style = getComputedStyle(from), box = from.getBoundingClientRect();
    const clipped = (style.overflow !== 'visible' || style.clipPath !== 'none') && (box.width <= 1 || box.height <= 1);
    found = clipped || (from.parentElement ? unseen(from.parentElement, printout, known) : false);
    known.set(from, found);
  }
  return found;
}

function lineText(doc: XMLDocument, line: TextLine, style: CSSStyleDeclaration, base: CSSStyleDeclaration, at: (x: number, y: number) => readonly [number, number]): Element {
  const rtl = style.direction === 'rtl';
  const [x, y] = at(rtl ? line.right : line.left, line.top + line.height / 2);
  const { color, opacity } = splitAlpha(style.color);
  return element(doc, 'text', {
    x, y, dy: '0.35em',
    // The width the browser gave the line: a reader without the page's font sees the line where it was.
    textLength: round(line.right - line.left),
    direction: style.direction,
    fill: color,
    'fill-opacity': opacity,
    'font-size': style.fontSize,
    'font-weight': style.fontWeight,
    'font-style': style.fontStyle === 'normal' ? null : style.fontStyle,
    'font-family': style.fontFamily === base.fontFamily ? null : style.fontFamily,
    'font-variant': style.fontVariantCaps === 'normal' ? null : style.fontVariantCaps,
    'letter-spacing': style.letterSpacing === 'normal' ? null : style.letterSpacing,
    'word-spacing': parseFloat(style.wordSpacing) ? style.wordSpacing : null,
    'text-decoration': style.textDecorationLine === 'none' ? null : style.textDecorationLine,
  }, line.text);
}

function markerText(doc: XMLDocument, marker: ListMarker, base: CSSStyleDeclaration, at: (x: number, y: number) => readonly [number, number]): Element {
  const { style } = marker;
  const [x, y] = at(marker.x, marker.top + marker.height / 2);
  return element(doc, 'text', {
    x, y, dy: '0.35em', direction: style.direction, 'text-anchor': 'end', fill: style.color, 'font-size': style.fontSize,
    'font-family': style.fontFamily === base.fontFamily ? null : style.fontFamily,
  }, marker.text);
}

/** How far to grow the image past one side of the view: what runs past it, and the view's padding again. */
function pad(past: number, padding: string): number {
  return past > 0.5 ? past + parseFloat(padding) : 0;
}

function lineBox(line: TextLine): Box {
  return { left: line.left, right: line.right, top: line.top, bottom: line.top + line.height };
}

function extent(boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)), top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)), bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

function placed({ values }: BoxShape, at: (x: number, y: number) => readonly [number, number]): Values {
  const moved: Values = { ...values };
  for (const [x, y] of [['x', 'y'], ['x1', 'y1'], ['x2', 'y2']] as const) {
    if (typeof values[x] === 'number') [moved[x], moved[y]] = at(values[x], values[y] as number);
  }
  for (const name of ['width', 'height', 'rx'] as const) if (typeof values[name] === 'number') moved[name] = round(values[name]);
  return moved;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A copy of a rendered svg subtree, each element carrying its computed styles; undisplayed parts left out. */
function copy(doc: XMLDocument, source: Element): Element {
  const target = doc.importNode(source, true);
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  sources.forEach((from, i) => {
    const to = targets[i]!;
    const style = getComputedStyle(from);
    if (style.display === 'none') {
      to.remove();
      return;
    }
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      if (value) to.setAttribute(name, value.replace(/url\("(#[^"]+)"\)/g, 'url($1)'));
    }
    if (from instanceof SVGTextContentElement) {
      for (const name of FONT) to.setAttribute(name, style.getPropertyValue(name));
      to.setAttribute('text-decoration', style.textDecorationLine);
    }
    for (const { name } of Array.from(to.attributes)) if (LIVE.test(name)) to.removeAttribute(name);
  });
  return target;
}

/** An SVG element; a link (`href`) is also written as `xlink:href`, which editors from before SVG 2 follow. */
function element(doc: XMLDocument, name: string, values: Values, content?: string | Element[], xlink?: string): Element {
  const made = doc.createElementNS(SVG, name);
  attributes(made, values);
  if (xlink) made.setAttributeNS(XLINK, 'xlink:href', xlink);
  if (typeof content === 'string') made.textContent = content;
  else if (content) made.append(...content);
  return made;
}

function attributes(target: Element, values: Values): void {
  for (const [name, value] of Object.entries(values)) if (value !== null) target.setAttribute(name, String(value));
}
