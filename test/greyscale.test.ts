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
});
