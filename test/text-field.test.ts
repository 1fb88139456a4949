import { expect } from 'chai';
import { linkGeometry } from '../src/layout/link-geometry.js';
import { linkSpanIn } from '../src/layout/link-spans.js';
import { TextField } from '../src/layout/text-field.js';
import type { LinkMark } from '../src/layout/types.js';

describe('TextField', () => {
  it('answers as looking at every box and every line would, wherever boxes and lines cross its cells', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    // Lines that bulge across cells' edges, some wide, some upward, and boxes of every size, some off the plot.
    const links = Array.from({ length: 40 }, () => {
      const y0 = random() * 900, y1 = random() * 900, width = 1 + random() * 8;
      return { ...linkGeometry(random() * 1300 - 50, y0, y1, (random() - 0.5) * 120, 5 + width * 1.2), width } as unknown as LinkMark;
    });
    const box = () => {
      const left = random() * 1400 - 100, top = random() * 1000 - 50;
      return { left, right: left + 2 + random() * 300, top, bottom: top + 2 + random() * 50 };
    };
    const field = new TextField(links), placed: ReturnType<typeof box>[] = [];
    for (let i = 0; i < 60; i++) {
      const b = box();
      field.add(b);
      placed.push(b);
    }
    let blockedByLine = 0, free = 0;
    for (let i = 0; i < 3000; i++) {
      const b = box();
      const crossed = links.some((link) => {
        const span = linkSpanIn(link, b.top, b.bottom);
        return !!span && span[0] < b.right && b.left < span[1];
      });
      const taken = placed.some((o) => b.left < o.right + 2 && o.left < b.right + 2 && b.top < o.bottom + 2 && o.top < b.bottom + 2);
      expect(field.clearOfLinks(b), `box ${JSON.stringify(b)}`).to.equal(!crossed);
      expect(field.free(b), `box ${JSON.stringify(b)}`).to.equal(!crossed && !taken);
      if (crossed && !taken) blockedByLine++;
      if (!crossed && !taken) free++;
    }
    // Both answers are given often enough to mean something.
    expect(blockedByLine).to.be.greaterThan(100);
    expect(free).to.be.greaterThan(100);
  });
});
