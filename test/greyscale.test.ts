import { expect } from 'chai';
import { EVENT_KINDS } from '../src/model/types.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

// Kinds told apart without colour: a greyscale print, or a reader who does not see the colours, still tells a
// withdrawal from a transfer by its glyph, as statuses are told by fills and dashes.

/** A path's shape, wherever it stands and however large: its commands, and its numbers less the first point's,
 * over the largest of them. */
function shapeOf(path: string): string {
  const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const [x0, y0] = numbers as [number, number];
  const offsets = numbers.map((n, i) => n - (i % 2 ? y0 : x0));
  const scale = Math.max(...offsets.map(Math.abs)) || 1;
  return path.replace(/-?\d+(\.\d+)?/g, '#') + offsets.map((n) => Math.round((n / scale) * 20) / 20).join(',');
}

describe('kinds without colour', () => {
  afterEach(cleanup);

  it('gives every kind a glyph of its own, on the plot and in the legend', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story({
      events: [
        ...EVENT_KINDS.map((kind, i) => ({ id: `p-${kind}`, kind, title: kind, when: `2024-12-${String(10 + i).padStart(2, '0')}`, at: 'a', sources: ['s1'] })),
        { id: 'bar', kind: 'transfer', title: 'A bar', when: '2024-12-01/2024-12-20', at: 'b', sources: ['s1'] },
      ],
    });
    await loaded;
    await element.updateComplete;
    const root = shadow(element);
    const points = EVENT_KINDS.map((kind) => root.querySelector(`[part~="plot"] [part~="event"][data-id="p-${kind}"]`)!.getAttribute('d')!);
    expect(new Set(points.map(shapeOf)).size, 'seven shapes for seven kinds').to.equal(EVENT_KINDS.length);
    // The legend draws each kind with the glyph its marks have.
    const legend = [...root.querySelectorAll<SVGPathElement>('[part~="legend"] li[data-kind] path')];
    expect(legend.map((path) => path.closest('li')!.dataset.kind)).to.deep.equal([...EVENT_KINDS]);
    expect(legend.map((path) => internals.kindOf(path))).to.deep.equal([...EVENT_KINDS]);
    expect(new Set(legend.map((path) => shapeOf(path.getAttribute('d')!))).size).to.equal(EVENT_KINDS.length);
    // A bar carries its kind's glyph: the transfer's diamond, inside its left end.
    const bar = root.querySelector(`[part~="plot"] [part~="event"][data-id="bar"]`)!.getAttribute('d')!;
    const subpaths = bar.split('M').filter(Boolean);
    expect(subpaths).to.have.length(2);
    expect(shapeOf(`M${subpaths[1]!}`)).to.equal(shapeOf(points[EVENT_KINDS.indexOf('transfer')]!));
  });

  it('draws each kind\'s glyph over its part of a group\'s bar, where the part has room', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 600);
    const loaded = nextEvent(element, 'drawdown-load');
    // Sixty events on one day in one lane, half withdrawals and half transfers: far more than a lane's rows.
    element.data = story({
      events: Array.from({ length: 60 }, (_, i) => ({
        id: `e${i}`, kind: i % 2 ? 'withdrawal' : 'transfer', title: `Event ${i}`, when: '2024-12-16', at: 'a', sources: ['s1'],
      })),
    });
    await loaded;
    await element.updateComplete;
    const root = shadow(element);
    const point = (kind: string) => shapeOf(root.querySelector(`[part~="legend"] li[data-kind="${kind}"] path`)!.getAttribute('d')!);
    const glyphs = root.querySelector<SVGPathElement>(`[part~="groups"] ${internals.groupGlyphs}`)!;
    const shapes = glyphs.getAttribute('d')!.split('M').filter(Boolean).map((glyph) => shapeOf(`M${glyph}`));
    expect([...shapes].sort()).to.deep.equal(['transfer', 'withdrawal'].map(point).sort());
    // Over the part of the bar of the kind it names.
    const bar = root.querySelector<SVGPathElement>(`[part~="groups"] ${internals.groupBar}${internals.kind('transfer')}`)!.getBBox();
    const transfer = glyphs.getAttribute('d')!.split('M').filter(Boolean).find((glyph) => shapeOf(`M${glyph}`) === point('transfer'))!;
    const [x, y] = transfer.split(/[L,Z]/).map(Number) as [number, number];
    expect(x).to.be.within(bar.x, bar.x + bar.width);
    expect(y).to.be.within(bar.y - 1, bar.y + bar.height + 1);
  });
});
