import { select } from 'd3-selection';
import type { EventMark } from '../layout/types.js';
import { LINE_GAP } from '../layout/label-wrap.js';
import { barPath, glyphBounds, kindGlyph, MASKS, url } from './names.js';
import { setAttribute, setText } from './write-if-changed.js';
import { alignText } from './text-direction.js';

export interface MarkOptions {
  readonly pointRadius: number;
  readonly barHeight: number;
  /** The accessible name of an event's primary mark. Names are written as marks enter, and rewritten on every
   * mark only when another function is passed: pass the same one until the words change. */
  readonly describe: (mark: EventMark) => string;
  /** The id of the event that takes the single Tab stop into the plot. */
  readonly focusId: string | undefined;
}

const markKey = (d: EventMark) => `${d.event.id}\n${d.lane}`;

/** Classes that carry kind, status and date qualifiers to the styles, shared by a mark and its label. */
export function markClasses(d: EventMark): string {
  return [
    `kind-${d.event.kind}`, `status-${d.event.status}`, `shape-${d.shape}`,
    d.approximate ? 'approximate' : '', d.uncertain ? 'uncertain' : '', d.openLeft || d.openRight ? 'open' : '',
    d.unattributed ? 'unattributed' : '',
  ].filter(Boolean).join(' ');
}

/**
 * Draws every event mark, one `<path>` each whatever its shape (so a mark can turn from a point into a bar on
 * zoom without being recreated), the labels that have room in a layer of their own, and over them, on a screen, a
 * target for each event (`hitsHost`): one node a mark, a visible label and a target, since the browser's style and
 * paint work grows with every node. A mark's identity (id, date qualifiers) and its target's (role, name) are
 * written when they enter; a zoom or pan then writes only what changed, mostly geometry, so the browser restyles
 * and re-lays out as little as it can.
 */
export function renderMarks(
  marksHost: SVGGElement, labelsHost: SVGGElement, hitsHost: SVGGElement | null, marks: readonly EventMark[], options: MarkOptions,
): void {
  const { pointRadius: r, barHeight } = options;
  select(marksHost)
    .selectAll<SVGPathElement, EventMark>('path.mark')
    .data(marks, markKey)
    .join((enter) => enter.append('path')
      .attr('part', 'event')
      .attr('data-id', (d) => d.event.id)
      .attr('data-primary', (d) => (d.primary ? '' : null)))
    .each(function (d) {
      setAttribute(this, 'class', `mark ${markClasses(d)}`);
      setAttribute(this, 'd', markPath(d, r, barHeight));
      setAttribute(this, 'mask', maskFor(d));
    });
  if (hitsHost) renderTargets(hitsHost, marks, options);

  select(labelsHost)
    .selectAll<SVGTextElement, EventMark>('text.label')
    .data(marks.filter((d) => d.label), markKey)
    .join((enter) => enter.append('text').attr('dy', '0.35em').attr('data-id', (d) => d.event.id))
    .each(function (d) {
      setAttribute(this, 'class', `label ${markClasses(d)}${d.labelInside ? ' inside' : ''}`);
      setAttribute(this, 'x', String(d.labelX));
      setAttribute(this, 'y', String(d.y));
      alignText(this, d.label, d.labelAlign);
      writeLines(this, d.label, d.label2, d.labelX);
    });

  // A label inside a bar sits on a backing of the background's colour: never on the bar's outline or hatching.
  select(labelsHost)
    .selectAll<SVGRectElement, EventMark>('rect.label-backing')
    .data(marks.filter((d) => d.label && d.labelInside), markKey)
    .join((enter) => enter.append('rect').attr('class', 'label-backing').attr('rx', 3).attr('aria-hidden', 'true').lower())
    .each(function (d) {
      const left = d.labelAlign === 'left' ? d.labelX : d.labelX - d.labelWidth;
      setAttribute(this, 'x', String(left - BACKING_PAD));
      setAttribute(this, 'y', String(d.y - BACKING_HALF_HEIGHT));
      setAttribute(this, 'width', String(d.labelWidth + 2 * BACKING_PAD));
      setAttribute(this, 'height', String(2 * BACKING_HALF_HEIGHT));
    });
}

/**
 * A mark's outline: a point is its kind's glyph; a bar carries the glyph just inside a known end (its left one, or
 * its right where the left is open; none where both are), a little taller than the bar, so the kind reads without
 * colour too.
 */
function markPath(d: EventMark, r: number, barHeight: number): string {
  const glyph = markGlyph(d, r, barHeight);
  const shape = glyph ? kindGlyph(d.event.kind, glyph.x, d.y, glyph.r) : '';
  return d.shape === 'point' ? shape : barPath(d.left, d.right, d.y, barHeight) + shape;
}

/** The box a mark's outline fills: [left, top, right, bottom]. */
export function markBounds(d: EventMark, r: number, barHeight: number): [number, number, number, number] {
  const glyph = markGlyph(d, r, barHeight);
  const box = glyph && glyphBounds(d.event.kind, glyph.x, d.y, glyph.r);
  if (d.shape === 'point') return box!;
  const bar: [number, number, number, number] = [d.left, d.y - barHeight / 2, d.right, d.y + barHeight / 2];
  return box ? [Math.min(bar[0], box[0]), Math.min(bar[1], box[1]), Math.max(bar[2], box[2]), Math.max(bar[3], box[3])] : bar;
}

/** Where a mark's glyph stands, and how large; none on a bar open at both ends. */
function markGlyph(d: EventMark, r: number, barHeight: number): { x: number; r: number } | null {
  if (d.shape === 'point') return { x: d.x, r };
  if (d.openLeft && d.openRight) return null;
  // Inside the bar, so the mark's extent (and the room beside it) stays the bar's.
  const r2 = barHeight / 2 + 1, inset = Math.min(r2 + 1, (d.right - d.left) / 2);
  return { x: d.openLeft ? d.right - inset : d.left + inset, r: r2 };
}

/** A label's text: one line as it is, two as tspans, the second `LINE_GAP` under the first. */
function writeLines(text: SVGTextElement, first: string, second: string | undefined, x: number): void {
  if (second === undefined) {
    setText(text, first);
    return;
  }
  let [one, two] = text.children as unknown as [SVGTSpanElement | undefined, SVGTSpanElement | undefined];
  if (!one || !two || text.children.length !== 2) {
    text.textContent = '';
    one = text.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
    two = text.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
    two.setAttribute('dy', String(LINE_GAP));
  }
  setText(one, first);
  setText(two, second);
  setAttribute(two, 'x', String(x));
}

/** How far a label's backing reaches beyond its text, in pixels. */
const BACKING_PAD = 3;
const BACKING_HALF_HEIGHT = 8;

/** The describer each targets layer was last named with. */
const named = new WeakMap<SVGGElement, MarkOptions['describe']>();

/** The smallest target a pointer or a finger is asked to hit (WCAG 2.5.8), and the rows of marks are as tall. */
export const TARGET_SIZE = 24;

/**
 * A mark's target: an invisible box at least 24 × 24 px around it, under the marks (which let the pointer through)
 * and the labels, that takes the pointer for the event, and for its primary mark the keyboard too (a toggle button
 * named after the event; shaded under the pointer, and the focus ring drawn on it). The mark stays as drawn: small
 * marks keep their room, and reading them does not change with how they are hit.
 */
function renderTargets(hitsHost: SVGGElement, marks: readonly EventMark[], options: MarkOptions): void {
  // Accessible names are written as targets enter, and rewritten only when made anew (another language or story).
  const renamed = named.get(hitsHost) !== options.describe;
  named.set(hitsHost, options.describe);
  const half = TARGET_SIZE / 2;
  select(hitsHost)
    .selectAll<SVGRectElement, EventMark>('rect.hit')
    .data(marks, markKey)
    .join((enter) => enter.append('rect')
      .attr('class', 'hit')
      .attr('part', 'event-target')
      .attr('data-id', (d) => d.event.id)
      .attr('data-primary', (d) => (d.primary ? '' : null))
      .attr('rx', 4)
      .attr('height', TARGET_SIZE)
      .attr('role', (d) => (d.primary ? 'button' : null))
      // A toggle: selecting an event pins its details, selecting it again lets them go.
      .attr('aria-pressed', (d) => (d.primary ? 'false' : null))
      .attr('aria-hidden', (d) => (d.primary ? null : 'true'))
      .attr('tabindex', (d) => (d.primary ? (d.event.id === options.focusId ? 0 : -1) : null)))
    .each(function (d) {
      if (d.primary && (renamed || !this.hasAttribute('aria-label'))) this.setAttribute('aria-label', options.describe(d));
      const middle = d.shape === 'point' ? d.x : (d.left + d.right) / 2;
      const left = Math.min(d.shape === 'point' ? d.x : d.left, middle - half), right = Math.max(d.shape === 'point' ? d.x : d.right, middle + half);
      setAttribute(this, 'x', String(left));
      setAttribute(this, 'y', String(d.y - half));
      setAttribute(this, 'width', String(right - left));
    });
}

/** Moves the `selected` class, the targets' `aria-pressed` and the single Tab stop to the current event, touching
 * only what changes. */
export function renderMarkState(
  marksHost: SVGGElement, labelsHost: SVGGElement, hitsHost: SVGGElement, selectedId: string | undefined, focusId: string | undefined,
): void {
  for (const host of [marksHost, labelsHost]) {
    const root = select(host);
    root.selectAll<SVGElement, EventMark>('.selected').filter((d) => d.event.id !== selectedId).classed('selected', false);
    if (selectedId !== undefined) root.selectAll(`[data-id="${CSS.escape(selectedId)}"]`).classed('selected', true);
  }
  select(hitsHost).selectAll('.hit[aria-pressed="true"]').filter(function () { return (this as SVGElement).dataset.id !== selectedId; })
    .attr('aria-pressed', 'false');
  if (selectedId !== undefined) select(hitsHost).selectAll(`.hit[data-primary][data-id="${CSS.escape(selectedId)}"]`).attr('aria-pressed', 'true');
  const focusable = focusId === undefined ? null : hitsHost.querySelector<SVGRectElement>(`.hit[data-primary][data-id="${CSS.escape(focusId)}"]`);
  select(hitsHost)
    .selectAll<SVGRectElement, EventMark>('.hit[tabindex="0"]')
    .filter(function () { return this !== focusable; })
    .attr('tabindex', -1);
  if (focusable) focusable.tabIndex = 0;
}

/**
 * Open ends fade out; approximate ones are feathered, only on the side the data says "about" of: soft edges over a
 * crisp inside, where the status shows. A point's date is one: it is feathered all round.
 */
function maskFor(mark: EventMark): string | null {
  const { softLeft, softRight } = mark;
  if (mark.openLeft && mark.openRight) return url(MASKS.openBoth);
  if (mark.openLeft) return url(softRight ? MASKS.openLeftSoft : MASKS.openLeft);
  if (mark.openRight) return url(softLeft ? MASKS.openRightSoft : MASKS.openRight);
  if (softLeft && softRight) return url(mark.shape === 'point' ? MASKS.softPoint : MASKS.soft);
  if (softLeft || softRight) return url(mark.shape === 'point' ? MASKS.softPoint : softLeft ? MASKS.softLeft : MASKS.softRight);
  return null;
}
