import { select } from 'd3-selection';
import type { SeriesDot, SeriesTrack } from '../layout/types.js';
import { setAttribute, setText } from './write-if-changed.js';
import { alignText } from './text-direction.js';

/**
 * Draws each force-level track: its name and unit, value gridlines labelled at the start edge, the step line
 * (reported solid, forecast dashed, the last value carried on faintly), a dot per point (hollow where the value
 * or its date is approximate) and the values that fit. Each track is one image to assistive technology, named
 * by its summary in words.
 */
export function renderSeries(host: SVGGElement, tracks: readonly SeriesTrack[], width: number, align: 'left' | 'right'): void {
  select(host)
    .selectAll<SVGGElement, SeriesTrack>('g.track')
    .data(tracks, (track) => track.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'track').attr('part', 'series').attr('role', 'img').attr('data-series', (d) => d.id);
      const title = g.append('text').attr('class', 'track-title');
      title.append('tspan').attr('class', 'name');
      title.append('tspan').attr('class', 'detail');
      g.append('g').attr('class', 'track-ticks');
      g.append('path').attr('class', 'step trail');
      g.append('path').attr('class', 'step line');
      g.append('path').attr('class', 'step forecast');
      g.append('g').attr('class', 'track-dots');
      return g;
    })
    .each(function (track) {
      const [title, ticks, trail, line, forecast, dots] = this.children as unknown as [
        SVGTextElement, SVGGElement, SVGPathElement, SVGPathElement, SVGPathElement, SVGGElement,
      ];
      setAttribute(this, 'aria-label', track.summary);
      const startX = track.labelX;
      setAttribute(title, 'x', String(startX));
      setAttribute(title, 'y', String(track.top + 14));
      // The name comes first in reading order, then the unit, in the title's own direction, at the edge time starts from.
      const reads = alignText(title, track.title, align);
      // The gap after the name, in the direction the title reads: leftwards right to left.
      setAttribute(title.children[1]!, 'dx', reads === 'rtl' ? '-8' : '8');
      setText(title.children[0]!, track.title);
      setText(title.children[1]!, track.unit);
      setAttribute(trail, 'd', track.trail);
      setAttribute(line, 'd', track.line);
      setAttribute(forecast, 'd', track.forecast);

      const tick = select(ticks)
        .selectAll<SVGGElement, SeriesTrack['ticks'][number]>('g.track-tick')
        .data(track.ticks)
        .join((enter) => {
          const g = enter.append('g').attr('class', 'track-tick');
          g.append('line').attr('x1', 0);
          g.append('text').attr('dy', '-0.3em');
          return g;
        });
      tick.each(function (d) {
        const [rule, label] = this.children as unknown as [SVGLineElement, SVGTextElement];
        setAttribute(rule, 'x2', String(width));
        setAttribute(rule, 'y1', String(d.y));
        setAttribute(rule, 'y2', String(d.y));
        setAttribute(label, 'x', String(startX));
        setAttribute(label, 'y', String(d.y));
        alignText(label, d.label, align);
        setText(label, d.label);
      });

      select(dots)
        .selectAll<SVGGElement, SeriesDot>('g.dot')
        .data(track.dots)
        .join((enter) => {
          const g = enter.append('g').attr('class', 'dot');
          g.append('circle').attr('r', 3.5);
          g.append('text').attr('dy', '0.35em');
          return g;
        })
        .each(function (d) {
          const [circle, label] = this.children as unknown as [SVGCircleElement, SVGTextElement];
          setAttribute(this, 'class', `dot${d.approximate ? ' approximate' : ''}${d.forecast ? ' forecast' : ''}`);
          setAttribute(circle, 'cx', String(d.x));
          setAttribute(circle, 'cy', String(d.y));
          setAttribute(label, 'x', String(d.labelX));
          setAttribute(label, 'y', String(d.labelY));
          alignText(label, d.label, d.labelAlign);
          setText(label, d.label);
        });
    });
}
