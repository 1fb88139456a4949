import { UNWRITABLE } from '../model/unwritable.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Styles written onto every copied shape as presentation attributes, which every vector editor reads. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'paint-order'];
const FONT = ['font-family', 'font-size', 'font-weight', 'font-style'];
/** What only the live element uses: classes, parts, keyboard and screen-reader attributes, data for tests. */
const LIVE = /^(class|part|role|tabindex|aria-.*|data-.*|style)$/;

export interface SvgDocument {
  /** Standalone SVG markup. */
  readonly svg: string;
  /** Its size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/**
 * A standalone SVG of the element's paper view as laid out on screen: every svg in it (the chart and the legend's
 * samples) copied where it sits, its styles written onto each shape; every line of text outside them written as
 * SVG text where the browser broke it. Nothing refers outside the file: the drawing resources it uses (masks,
 * patterns) are copied in, fonts are named with generic fallbacks, and there is no foreignObject, so it opens in
 * vector editors and draws into a canvas.
 */
export function svgDocument(printout: HTMLElement, defs: SVGSVGElement, title: string): SvgDocument {
  const origin = printout.getBoundingClientRect();
  const width = Math.ceil(origin.width), height = Math.ceil(origin.height);
  const doc = document.implementation.createDocument(SVG, 'svg', null);
  const root = doc.documentElement;
  const base = getComputedStyle(printout);
  attributes(root, { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': base.fontFamily, direction: 'ltr' });
  root.append(element(doc, 'title', {}, title));
  root.append(element(doc, 'rect', { width, height, fill: base.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#fff' : base.backgroundColor }));
  root.append(copy(doc, defs.querySelector('defs')!));
  for (const svg of printout.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const placed = copy(doc, svg);
    attributes(placed, { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height });
    root.append(placed);
  }
  const walker = document.createTreeWalker(printout, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement!.closest('svg') || !node.nodeValue!.trim() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const style = getComputedStyle(node.parentElement!);
    const rtl = style.direction === 'rtl';
    for (const line of lines(node)) {
      root.append(element(doc, 'text', {
        x: (rtl ? line.right : line.left) - origin.left,
        y: line.top + line.height / 2 - origin.top,
        dy: '0.35em',
        direction: style.direction,
        fill: style.color,
        'font-size': style.fontSize,
        'font-weight': style.fontWeight,
        'font-style': style.fontStyle,
        'font-family': style.fontFamily === base.fontFamily ? null : style.fontFamily,
      }, line.text));
    }
  }
  // The parser removed what XML cannot hold from the data; words a page registered could still bring some in.
  return { svg: new XMLSerializer().serializeToString(doc).replace(UNWRITABLE, ''), width, height };
}

interface Line { text: string; left: number; right: number; top: number; height: number }

/** A text node's words grouped into the lines the browser laid them out on. */
function lines(node: Text): Line[] {
  const range = document.createRange();
  const found: Line[] = [];
  const text = node.nodeValue!;
  for (const match of text.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getClientRects()[0];
    if (!rect || !rect.width) continue;
    const last = found.at(-1);
    if (last && Math.abs(last.top - rect.top) < rect.height / 2) {
      last.text += ` ${match[0]}`;
      last.left = Math.min(last.left, rect.left);
      last.right = Math.max(last.right, rect.right);
    } else {
      found.push({ text: match[0], left: rect.left, right: rect.right, top: rect.top, height: rect.height });
    }
  }
  return found;
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
    for (const name of PAINT) to.setAttribute(name, style.getPropertyValue(name).replace(/url\("(#[^"]+)"\)/g, 'url($1)'));
    if (from instanceof SVGTextContentElement) {
      for (const name of FONT) to.setAttribute(name, style.getPropertyValue(name));
      to.setAttribute('text-decoration', style.textDecorationLine);
    }
    for (const { name } of Array.from(to.attributes)) if (LIVE.test(name)) to.removeAttribute(name);
  });
  return target;
}

function element(doc: XMLDocument, name: string, values: Record<string, string | number | null>, text?: string): Element {
  const made = doc.createElementNS(SVG, name);
  attributes(made, values);
  if (text !== undefined) made.textContent = text;
  return made;
}

function attributes(target: Element, values: Record<string, string | number | null>): void {
  for (const [name, value] of Object.entries(values)) if (value !== null) target.setAttribute(name, String(value));
}
