import { expect } from 'chai';
import { cannotStack, leftOrder, stackRows } from '../src/layout/stack-rows.js';

describe('stackRows', () => {
  /** Stacks extents given as objects, in left order, the way the layout does. */
  function stack(list: { left: number; right: number }[], gap: number, maxRows: number) {
    const extents = { left: list.map((e) => e.left), right: list.map((e) => e.right) };
    const rows = new Int32Array(list.length);
    const count = stackRows(extents, gap, maxRows, leftOrder(extents, Int32Array.from(list.keys())), rows);
    return { rows, count };
  }
  it('puts extents that do not overlap in one row', () => {
    const { rows, count } = stack([{ left: 0, right: 10 }, { left: 20, right: 30 }], 4, 5);
    expect([...rows]).to.deep.equal([0, 0]);
    expect(count).to.equal(1);
  });
  it('puts overlapping extents, or ones closer than the gap, in separate rows', () => {
    const { rows, count } = stack([{ left: 0, right: 10 }, { left: 12, right: 30 }, { left: 5, right: 8 }], 4, 5);
    // [5, 8] overlaps [0, 10]; [12, 30] is within the gap of [0, 10] but clear of [5, 8].
    expect([...rows]).to.deep.equal([0, 1, 1]);
    expect(count).to.equal(2);
  });
  it('reuses the first row that has room, whatever the input order', () => {
    const { rows } = stack([{ left: 50, right: 60 }, { left: 0, right: 40 }, { left: 0, right: 10 }], 2, 5);
    expect([...rows]).to.deep.equal([0, 0, 1]);
  });
  it('gives -1 to an extent no row within the limit has room for', () => {
    const { rows, count } = stack([{ left: 0, right: 10 }, { left: 0, right: 10 }, { left: 0, right: 10 }], 2, 2);
    expect([...rows]).to.deep.equal([0, 1, -1]);
    expect(count).to.equal(2);
  });
});

describe('cannotStack', () => {
  it('says a set of extents cannot be stacked only where stacking them, with labels up to its reach, leaves one out', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let said = 0;
    for (let trial = 0; trial < 300; trial++) {
      const n = 4 + Math.floor(random() * 60), spread = 20 + random() * 600, reach = random() * 40;
      const left = Array.from({ length: n }, () => random() * spread);
      const right = left.map((l) => l + 4 + random() * 20);
      const ids = Int32Array.from(left.keys());
      if (!cannotStack({ left, right }, ids, 6, 4, reach)) continue;
      said++;
      // Whatever room up to `reach` each label takes, on either side, some extent gets no row.
      for (const side of [-1, 0, 1]) {
        const extents = { left: left.map((l) => (side < 0 ? l - reach : l)), right: right.map((r) => (side > 0 ? r + reach : r)) };
        const rows = new Int32Array(n);
        stackRows(extents, 6, 4, leftOrder(extents, ids), rows);
        expect([...rows], `trial ${trial}`).to.include(-1);
      }
    }
    expect(said).to.be.greaterThan(10);
  });
  it('never says so of extents that fit', () => {
    const left = [0, 20, 40, 0, 20, 40], right = [10, 30, 50, 10, 30, 50];
    expect(cannotStack({ left, right }, Int32Array.from(left.keys()), 6, 2, 0)).to.equal(false);
    expect(cannotStack({ left, right }, Int32Array.from(left.keys()), 6, 1, 0)).to.equal(true);
  });
});

describe('leftOrder', () => {
  it('sorts ids by left edge, equal edges in the order given, like a comparator sort', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const left = Array.from({ length: 2000 }, () => Math.round(random() * 4000 - 500) / 4);
    const ids = Int32Array.from({ length: 1500 }, (_, k) => (k * 7) % 2000);
    const expected = [...ids.keys()].sort((a, b) => left[ids[a]!]! - left[ids[b]!]! || a - b).map((k) => ids[k]);
    expect([...leftOrder({ left, right: left }, ids)]).to.deep.equal(expected);
  });
  it('falls back to comparing for edges too far apart to pack', () => {
    const left = [1e12, -1e12, 0, 5];
    expect([...leftOrder({ left, right: left }, [0, 1, 2, 3])]).to.deep.equal([1, 2, 3, 0]);
  });
});
