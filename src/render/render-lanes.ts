import { select } from 'd3-selection';
import { LANE_LABEL } from '../layout/lane-labels.js';
import type { LaneBox, Tick } from '../layout/types.js';
import { alignText } from './text-direction.js';
import { setAttribute, setText } from './write-if-changed.js';

/**
 * Draws the lane bands, each with the vertical grid lines at the axis ticks across it (one path a lane), and into
 * `labelsHost`, a layer above the eras' lines, the lanes' names with a halo of their band's colour: no line runs
 * through a lane's name. `lanes` may be a run of the layout's lanes starting at index `first` (those in view): odd
 * and even lanes alternate by their index in the layout. Names sit where the layout placed them (see
 * placeLaneLabels): at the edge time starts from (`direction`: the left edge left to right), each name read in its
 * own direction, so an Arabic name on a left-to-right axis still comes before its region.
 */
export function renderLanes(
  host: SVGGElement, labelsHost: SVGGElement | null, lanes: readonly LaneBox[], first: number, ticks: readonly Tick[], width: number,
  direction: 'ltr' | 'rtl' = 'ltr',
): void {
  const odd = (i: number) => (first + i) % 2 === 1;
  select(host).selectAll<SVGGElement, LaneBox>('g.lane')
    .data(lanes, (box) => box.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane').attr('data-lane', (box) => box.key);
      g.append('rect').attr('class', 'lane-band').attr('x', 0);
      g.append('path').attr('class', 'grid');
      return g;
    })
    // A zoom moves lanes up and down and changes little else: only what changed is written.
    .each(function (box, i) {
      this.classList.toggle('odd', odd(i));
      const [band, grid] = this.children as unknown as [SVGRectElement, SVGPathElement];
      setAttribute(band, 'width', String(width));
      setAttribute(band, 'y', String(box.top));
      setAttribute(band, 'height', String(box.height));
      setAttribute(grid, 'd', ticks.map((tick) => `M${tick.x},${box.top}V${box.top + box.height}`).join(''));
    });
  if (!labelsHost) return;
  select(labelsHost).selectAll<SVGTextElement, LaneBox>('text.lane-label')
    .data(lanes, (box) => box.key)
    .join((enter) => {
      const label = enter.append('text').attr('class', 'lane-label').attr('part', 'lane-label').attr('data-lane', (box) => box.key);
      label.append('tspan').attr('class', 'name');
      label.append('tspan').attr('class', 'detail');
      return label;
    })
    .each(function (box, i) {
      this.classList.toggle('odd', odd(i));
      setAttribute(this, 'y', String(box.top + LANE_LABEL.baseline));
      setAttribute(this, 'x', String(box.labelX));
      const reads = alignText(this, box.label, direction === 'rtl' ? 'right' : 'left');
      // The gap after the name, in the direction the label reads: leftwards right to left.
      setAttribute(this.children[1]!, 'dx', String(reads === 'rtl' ? -LANE_LABEL.gap : LANE_LABEL.gap));
      setText(this.children[0]!, box.label);
      setText(this.children[1]!, box.detail);
      // Cut short, the label tells its whole self to a reader who hovers it.
      const cut = [box.label, box.detail].filter(Boolean).join(' · ') !== box.fullLabel;
      const title = this.querySelector('title');
      if (cut && !title) this.append(Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'title'), { textContent: box.fullLabel }));
      else if (cut && title) setText(title, box.fullLabel);
      else title?.remove();
    });
}
