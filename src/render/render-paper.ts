import { select } from 'd3-selection';
import type { EventMark } from '../layout/types.js';
import { STATUS_FILL } from './names.js';
import { dashPath, textureWidth, texturePath } from './paper-strokes.js';
import { markBounds, markClasses } from './render-marks.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * For paper, draws each mark's status fill as lines and dots (see paper-strokes.ts): the mark, no longer filled,
 * goes into a group with its fill drawn under it, clipped to its outline, the group taking the mark's mask so that
 * both fade together as one. Done again from the start each time: `ids` makes the clips' ids unique in the page.
 */
export function drawTextures(marksHost: SVGGElement, r: number, barHeight: number, ids: string): void {
  for (const group of marksHost.querySelectorAll<SVGGElement>(':scope > g.textured')) {
    // renderMarks has given the mark its mask again.
    const mark = group.querySelector('path.mark');
    if (mark) group.before(mark);
    group.remove();
  }
  let count = 0;
  select(marksHost).selectAll<SVGPathElement, EventMark>(':scope > path.mark').each(function (d) {
    const fill = STATUS_FILL[d.event.status];
    if (!fill) return;
    const id = `${ids}-${count++}`;
    const group = element('g', { class: 'textured', mask: this.getAttribute('mask') });
    const clip = element('clipPath', { id });
    clip.append(element('path', { d: this.getAttribute('d') }));
    const box = markBounds(d, r, barHeight);
    const texture = element('g', { class: `texture ${markClasses(d)}`, 'clip-path': `url(#${id})` });
    texture.append(
      element('rect', { class: 'paper', x: box[0], y: box[1], width: box[2] - box[0], height: box[3] - box[1] }),
      fill === 'half'
        ? element('path', { class: 'ink', d: texturePath(fill, box) })
        : element('path', { class: 'ink-lines', d: texturePath(fill, box), 'stroke-width': textureWidth(fill) }),
    );
    this.before(group);
    this.removeAttribute('mask');
    group.append(clip, texture, this);
  });
}

/**
 * For paper, draws each dashed link's dashes as a path of their own, stroked whole (the class `dashes-drawn`
 * turns the pattern off): the dashes are read from the style, custom properties and all.
 */
export function drawDashes(linksHost: SVGGElement): void {
  const links = [...linksHost.querySelectorAll<SVGPathElement>(':scope > path.link')];
  // renderLinks has written each link's whole path again.
  for (const link of links) link.classList.remove('dashes-drawn');
  // Read all, then write all: the style is worked out once.
  const styles = links.map((link) => {
    const style = getComputedStyle(link);
    return { dashes: style.strokeDasharray, offset: style.strokeDashoffset };
  });
  links.forEach((link, i) => {
    const { dashes, offset } = styles[i]!;
    if (!dashes || dashes === 'none' || /[^\d.,\spx]/.test(dashes + offset)) return;
    const drawn = dashPath(link.getAttribute('d') ?? '', dashes.split(/[\s,]+/).filter(Boolean).map(parseFloat), parseFloat(offset) || 0);
    if (drawn === null) return;
    link.setAttribute('d', drawn);
    link.classList.add('dashes-drawn');
  });
}

function element(name: string, attributes: Record<string, string | number | null>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) setOrRemove(node, key, value === null ? null : String(value));
  return node;
}

function setOrRemove(node: Element, name: string, value: string | null): void {
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}
