import { select } from 'd3-selection';
import type { AsOfMark, EraBand } from '../layout/types.js';
import { setAttribute, setText } from './write-if-changed.js';
import { alignText } from './text-direction.js';

export interface EraFrame {
  /** The top of the strip under the axis that holds the names, and its height. */
  readonly top: number;
  readonly stripHeight: number;
  /** The bottom of the plot: bands run down across every track and lane. */
  readonly bottom: number;
}

/**
 * Draws the eras as bands behind the marks, alternately tinted and edged with a line where one begins, with
 * their names in the strip; then the "as of" line (or band, for a published period), its label, and the
 * hatching of what lies after it. Few nodes: a band, an edge and a label per era in the window.
 */
export function renderEras(host: SVGGElement, eras: readonly EraBand[], asOf: AsOfMark | undefined, frame: EraFrame): void {
  const { top, stripHeight, bottom } = frame;
  const labelY = String(top + stripHeight / 2);
  select(host)
    .selectAll<SVGGElement, EraBand>('g.era')
    .data(eras, (era) => era.index)
    .join((enter) => {
      const g = enter.append('g').attr('class', (era) => `era${era.index % 2 ? ' odd' : ''}`);
      g.append('rect').attr('class', 'era-band');
      g.append('path').attr('class', 'era-edge');
      g.append('text').attr('class', 'era-label').attr('dy', '0.35em');
      return g;
    })
    .each(function (era) {
      const [band, edge, label] = this.children as unknown as [SVGRectElement, SVGPathElement, SVGTextElement];
      setAttribute(band, 'x', String(era.left));
      setAttribute(band, 'width', String(era.right - era.left));
      setAttribute(band, 'y', String(top));
      setAttribute(band, 'height', String(bottom - top));
      // The edge marks where the era begins, on the side time comes from, when that is on the plot; it gives way to
      // the words it would cross (see layout/line-gaps.ts).
      setAttribute(edge, 'd', era.edgePath);
      setAttribute(edge, 'display', era.edgePath ? null : 'none');
      setAttribute(label, 'x', String(era.labelX));
      setAttribute(label, 'y', labelY);
      alignText(label, era.label, era.labelAlign);
      setText(label, era.label);
    });

  select(host)
    .selectAll<SVGGElement, AsOfMark>('g.as-of')
    .data(asOf ? [asOf] : [])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'as-of').attr('part', 'as-of');
      g.append('rect').attr('class', 'after-report');
      g.append('rect').attr('class', 'as-of-period');
      g.append('path').attr('class', 'as-of-line');
      g.append('text').attr('class', 'as-of-label').attr('dy', '0.35em');
      return g;
    })
    .each(function (mark) {
      const [after, period, line, label] = this.children as unknown as [SVGRectElement, SVGRectElement, SVGPathElement, SVGTextElement];
      setAttribute(after, 'x', String(mark.after[0]));
      setAttribute(after, 'width', String(Math.max(0, mark.after[1] - mark.after[0])));
      setAttribute(after, 'y', String(top + stripHeight));
      setAttribute(after, 'height', String(Math.max(0, bottom - top - stripHeight)));
      // The line stands where the published period ends, the latest it can speak for; the period itself, when
      // longer than a day, is a light band before it.
      setAttribute(period, 'x', String(mark.left));
      setAttribute(period, 'width', String(mark.right - mark.left));
      setAttribute(period, 'y', String(top));
      setAttribute(period, 'height', String(bottom - top));
      setAttribute(line, 'display', mark.linePath ? null : 'none');
      setAttribute(line, 'd', mark.linePath);
      setAttribute(label, 'x', String(mark.labelX));
      setAttribute(label, 'y', labelY);
      alignText(label, mark.label, mark.labelAlign);
      setText(label, mark.label);
      // Cut short, the label tells its whole self to a reader who hovers it.
      const title = this.querySelector('title');
      if (mark.label !== mark.fullLabel && mark.label) {
        if (title) setText(title, mark.fullLabel);
        else this.append(Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'title'), { textContent: mark.fullLabel }));
      } else title?.remove();
    });
}
