import { expect } from 'chai';
import { dashPath, texturePath } from '../src/render/paper-strokes.js';

describe('dashPath(d, dashes, offset)', () => {
  it('cuts a line into its dashes, one subpath each', () => {
    expect(dashPath('M0,0L10,0', [1, 3])).to.equal('M0,0L1,0M4,0L5,0M8,0L9,0');
  });

  it('starts the pattern anew on every subpath and follows a corner inside a dash', () => {
    expect(dashPath('M0,0L10,0M0,5L3,5L3,10', [4, 2])).to.equal('M0,0L4,0M6,0L10,0M0,5L3,5L3,6M3,8L3,10');
  });

  it('repeats an odd pattern twice and shifts it by the offset, as SVG does', () => {
    expect(dashPath('M0,0L10,0', [2], 1)).to.equal('M0,0L1,0M3,0L5,0M7,0L9,0');
  });

  it('keeps a curve\'s dashes on the curve', () => {
    const dashes = dashPath('M0,0Q50,50 0,100', [9, 3])!;
    const ends = [...dashes.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    // Every point lies on x = t(1 − t) · 100, t = y / 100, to within a tenth of a pixel.
    for (const [x, y] of ends) expect(Math.abs(x - (y / 100) * (1 - y / 100) * 100)).to.be.below(0.1);
    expect(dashes.match(/M/g)!.length).to.be.within(9, 11);
  });

  it('is null for what it does not read or no pattern', () => {
    expect(dashPath('M0,0A5,5 0 0 1 10,0', [1, 3])).to.equal(null);
    expect(dashPath('M0,0L10,0', [])).to.equal(null);
    expect(dashPath('M0,0L10,0', [0, 0])).to.equal(null);
  });
});

describe('texturePath(fill, box)', () => {
  it('fills the lower half of the box for "half"', () => {
    expect(texturePath('half', [0, 0, 10, 8])).to.equal('M0,4H10V8H0Z');
  });

  it('puts dots where the pattern\'s tiles put them, in user space', () => {
    const dots = [...texturePath('dots', [0, 0, 10, 8]).matchAll(/M([\d.-]+),([\d.-]+)h0/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(dots).to.deep.include([1.75, 1.75]);
    expect(dots).to.deep.include([8.75, 5.25]);
    for (const [x, y] of dots) {
      for (const at of [x!, y!]) expect((at - 1.75) / 3.5 - Math.round((at - 1.75) / 3.5)).to.be.closeTo(0, 1e-9);
    }
  });

  it('draws the hatching at 45°, through the middle of each stripe of the turned tile', () => {
    const lines = [...texturePath('hatch', [0, 0, 10, 8]).matchAll(/M([\d.-]+),([\d.-]+)L([\d.-]+),([\d.-]+)/g)].map((m) => m.slice(1).map(Number));
    for (const [x1, y1, x2, y2] of lines) {
      expect(x1! + y1!).to.be.closeTo(x2! + y2!, 0.02);
      // The stripe's middle, 0.8 along the tile's first axis, every 3.5.
      const tiles = ((x1! + y1!) / Math.SQRT2 - 0.8) / 3.5;
      expect(tiles - Math.round(tiles)).to.be.closeTo(0, 0.01);
    }
    expect(lines.length).to.be.at.least(4);
  });

  it('crosses the lines both ways for "cross"', () => {
    const path = texturePath('cross', [0, 0, 10, 8]);
    const lines = [...path.matchAll(/M([\d.-]+),([\d.-]+)L([\d.-]+),([\d.-]+)/g)].map((m) => m.slice(1).map(Number));
    expect(lines.some(([x1, y1, x2, y2]) => Math.abs(x1! + y1! - x2! - y2!) < 0.02)).to.equal(true);
    expect(lines.some(([x1, y1, x2, y2]) => Math.abs(y1! - x1! - (y2! - x2!)) < 0.02)).to.equal(true);
  });
});
