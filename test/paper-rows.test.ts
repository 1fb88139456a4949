import { expect } from 'chai';
import { curvePart, linkGeometry } from '../src/layout/link-geometry.js';
import { linksInRow, paperRows } from '../src/layout/paper-rows.js';
import type { LinkMark, TimelineLayout } from '../src/layout/types.js';

/** The numbers of a path's data, in order. */
const numbers = (path: string) => [...path.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));

/** A point of the quadratic M a Q c b at t. */
function at(path: string, t: number): [number, number] {
  const [ax, ay, cx, cy, bx, by] = numbers(path) as [number, number, number, number, number, number];
  const u = 1 - t;
  return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
}

describe('paper rows', () => {
  it('cut the plot into a head, the tracks, and each lane\'s name and rows, covering it with no gap', () => {
    const lanes = [{ top: 80, height: 52 }, { top: 132, height: 100 }] as unknown as TimelineLayout['lanes'];
    const metrics = { rowHeight: 24, laneHeader: 20 } as TimelineLayout['metrics'];
    // A label's second line runs from row 2 into row 3 of the second lane: no cut there.
    const marks = [{ lane: 1, y: 164, label2: 'second line' }] as unknown as TimelineLayout['marks'];
    const plot = { lanes, lanesTop: 80, marks, groups: [], links: [], metrics };
    const { head, tracks, lanes: cut } = paperRows({ ...plot, tracks: [{ top: 46 }] as unknown as TimelineLayout['tracks'] }, 60);
    expect(head).to.deep.equal([0, 46]);
    expect(tracks).to.deep.equal([46, 80]);
    expect(cut[0]).to.deep.equal({ head: [80, 100], parts: [[100, 132]], whole: true });
    expect(cut[1]).to.deep.equal({ head: [132, 152], parts: [[152, 200], [200, 232]], whole: false });
    expect(paperRows({ ...plot, tracks: [] }).tracks).to.equal(undefined);
  });

  it('draw a link across rows as pieces that meet end to start and follow the whole curve', () => {
    const curve = linkGeometry(100, 60, 260, 40).curve;
    const whole = curvePart(curve, 0, 1000);
    const bands: [number, number][] = [[0, 80], [80, 150], [150, 230], [230, 300]];
    const parts = bands.map(([top, bottom]) => curvePart(curve, top, bottom));
    expect(parts.every(Boolean)).to.equal(true);
    for (let i = 1; i < parts.length; i++) {
      const end = numbers(parts[i - 1]!).slice(-2), start = numbers(parts[i]!).slice(0, 2);
      expect(start[0]).to.be.closeTo(end[0]!, 0.11);
      expect(start[1]).to.be.closeTo(end[1]!, 0.11);
    }
    // Each piece lies on the whole curve: its middle is the whole curve's point at the same height.
    for (const part of parts) {
      const [x, y] = at(part, 0.5);
      const t = (y - 60) / 200;
      expect(x).to.be.closeTo(at(whole, t)[0], 0.2);
    }
    expect(curvePart(curve, 300, 400)).to.equal('');
  });

  it('give a row only its piece of each link, the arrowhead in the tip\'s row and the amount in its label\'s', () => {
    const geometry = linkGeometry(100, 60, 260, 40);
    const link = { key: 'k', ...geometry, gaps: [], label: '~1,000 personnel', labelY: 160 } as unknown as LinkMark;
    const rows = ([[0, 80], [80, 150], [150, 230], [230, 300]] as const).map((band) => linksInRow([link], band)[0]!);
    expect(rows.map((part) => part.arrow !== '')).to.deep.equal([false, false, false, true]);
    expect(rows.map((part) => part.label)).to.deep.equal(['', '', '~1,000 personnel', '']);
    expect(linksInRow([link], [300, 400])).to.deep.equal([]);
  });
});
