import type { EventMark, TimelineLayout } from '../layout/types.js';
import { marksInBand, type Band } from '../layout/vertical-band.js';
import { STATUS_FILL } from './names.js';
import { dashPath, textureWidth, texturePath } from './paper-strokes.js';
import { markBounds, markClasses } from './render-marks.js';
import { setAttribute } from './write-if-changed.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Redraws a paper row, once `drawBand` has drawn it, for a PDF: its marks' status fills and its links' dashes as
 * lines and dots, which a PDF keeps as they are, where Chromium prints a pattern as a picture of the whole row for
 * every mark and every dash as an outline of its own (a 300-event story printed 14 MB). `ids` is unique to the row
 * in the page (its chart and band): its clips are named from it. The screen and the exports keep their patterns.
 * Loaded after the first paint, with paper, and needs no D3 of its own.
 */
export function drawForPaper(row: Element, layout: Pick<TimelineLayout, 'metrics' | 'marks'>, band: Band, ids: string): void {
  const links = row.querySelector<SVGGElement>(':scope > g.links'), marks = row.querySelector<SVGGElement>(':scope > g.marks');
  if (links) drawDashes(links);
  if (!marks) return;
  // A row is a band of one lane, where an event has one mark: its id finds it.
  const byId = new Map(marksInBand(layout.marks, band, layout.metrics.rowHeight / 2).map((mark) => [mark.event.id, mark]));
  drawTextures(marks, byId, layout.metrics.pointRadius, layout.metrics.barHeight, ids);
}

/**
 * For paper, draws each mark's status fill as lines and dots (see paper-strokes.ts): the mark, no longer filled,
 * goes into a group with its fill drawn under it, clipped to its outline, the group taking the mark's mask so that
 * both fade together as one. Done again from the start each time: `ids` makes the clips' ids unique in the page.
 */
function drawTextures(marksHost: SVGGElement, byId: ReadonlyMap<string, EventMark>, r: number, barHeight: number, ids: string): void {
  for (const group of marksHost.querySelectorAll<SVGGElement>(':scope > g.textured')) {
    // renderMarks has given the mark its mask again.
    const mark = group.querySelector('path.mark');
    if (mark) group.before(mark);
    group.remove();
  }
  let count = 0;
  for (const mark of marksHost.querySelectorAll<SVGPathElement>(':scope > path.mark')) {
    const d = byId.get(mark.dataset.id!);
    const fill = d && STATUS_FILL[d.event.status];
    if (!fill) continue;
    const id = `${ids}-${count++}`;
    const group = element('g', { class: 'textured', mask: mark.getAttribute('mask') });
    const clip = element('clipPath', { id });
    clip.append(element('path', { d: mark.getAttribute('d') }));
    const box = markBounds(d, r, barHeight);
    const texture = element('g', { class: `texture ${markClasses(d)}`, 'clip-path': `url(#${id})` });
    texture.append(
      element('rect', { class: 'paper', x: box[0], y: box[1], width: box[2] - box[0], height: box[3] - box[1] }),
      fill === 'half'
        ? element('path', { class: 'ink', d: texturePath(fill, box) })
        : element('path', { class: 'ink-lines', d: texturePath(fill, box), 'stroke-width': textureWidth(fill) }),
    );
    mark.before(group);
    mark.removeAttribute('mask');
    group.append(clip, texture, mark);
  }
}

/**
 * For paper, draws each dashed link's dashes as a path of their own, stroked whole (the class `dashes-drawn`
 * turns the pattern off): the dashes are read from the style, custom properties and all.
 */
function drawDashes(linksHost: SVGGElement): void {
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
  for (const [key, value] of Object.entries(attributes)) setAttribute(node, key, value === null ? null : String(value));
  return node;
}
