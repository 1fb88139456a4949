import { expect } from 'chai';
import { brokenVertical, verticalGaps } from '../src/layout/line-gaps.js';
import { layoutTimeline } from '../src/layout/layout-timeline.js';
import { parseStory } from '../src/model/parse-story.js';
import type { TimelineLayout } from '../src/layout/types.js';
import { messagesEn } from '../src/words/en.js';
import { formatter, measureText } from './layout-helpers.js';

/** A path's vertical segments, [x, top, bottom], as brokenVertical writes them. */
const segments = (path: string) => [...path.matchAll(/M([\d.-]+),([\d.-]+)V([\d.-]+)/g)].map((m) => m.slice(1).map(Number) as [number, number, number]);

/** The words a line must not cross: every mark's label (both lines) and every lane's name with its detail. */
function words(layout: TimelineLayout) {
  const boxes: { text: string; left: number; right: number; top: number; bottom: number }[] = [];
  for (const mark of layout.marks) {
    if (!mark.label) continue;
    const left = mark.labelAlign === 'left' ? mark.labelX : mark.labelX - mark.labelWidth;
    boxes.push({ text: mark.label, left, right: left + mark.labelWidth, top: mark.y - 6, bottom: mark.y + 6 + (mark.label2 === undefined ? 0 : 15) });
  }
  for (const lane of layout.lanes) {
    const width = measureText(lane.label);
    const left = layout.direction === 'rtl' ? lane.labelX - width : lane.labelX;
    boxes.push({ text: lane.label, left, right: left + width, top: lane.top + 4, bottom: lane.top + 16 });
  }
  return boxes;
}

describe('lines that run down the plot', () => {
  it('are broken around the heights given, and whole where there are none', () => {
    expect(brokenVertical(10, 0, 100, [])).to.equal('M10,0V100');
    expect(brokenVertical(10, 0, 100, [[20, 30], [25, 40], [90, 120]])).to.equal('M10,0V20M10,40V90');
    expect(verticalGaps(50, [
      { left: 40, right: 60, top: 10, bottom: 20 }, { left: 45, right: 70, top: 18, bottom: 30 }, { left: 60, right: 90, top: 50, bottom: 60 },
    ])).to.deep.equal([[8, 32]]);
  });

  it('cross no label or lane name of the seed story: the eras\' edges and the "as of" line give way', async () => {
    const story = parseStory(await (await fetch('/data/russia-syria-2024.json')).json()).story!;
    for (const [width, direction] of [[375, 'ltr'], [1000, 'ltr'], [1000, 'rtl']] as const) {
      const layout = layoutTimeline(story, { width, direction, formatter, messages: messagesEn, measureText });
      const lines = [...layout.eras.map((era) => era.edgePath), layout.asOf?.linePath ?? ''].flatMap(segments);
      expect(lines.length, `${width} ${direction}: lines drawn`).to.be.at.least(2);
      const crossed = lines.flatMap(([x, top, bottom]) => words(layout)
        .filter((box) => box.left < x && x < box.right && box.top < bottom && top < box.bottom)
        .map((box) => `${width} ${direction}: "${box.text}" at x ${x}`));
      expect(crossed).to.deep.equal([]);
    }
  });
});
