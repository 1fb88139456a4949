import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { numberRuns, numberSpan, stackGroupNumbers } from '../src/layout/group-numbers.js';
import { PAPER_SIZES } from '../src/layout/paper-sizes.js';
import { layoutPaper } from '../src/layout/paper-layout.js';
import { layoutTimeline } from '../src/layout/layout-timeline.js';
import { parseStory } from '../src/model/parse-story.js';
import { messagesEn } from '../src/words/en.js';
import { formatter, measureText } from './layout-helpers.js';

/** The numbers a group's label names: "3, 5–7" is 3, 5, 6 and 7; a span names everything between its ends. */
function named(label: string): Set<number> {
  const result = new Set<number>();
  for (const part of label.split(', ')) {
    const [low, high = low] = part.split('–').map(Number) as [number, number?];
    for (let n = low; n <= high!; n++) result.add(n);
  }
  return result;
}

describe('group numbers', () => {
  it('name a group\'s numbers as short as they read', () => {
    expect(numberRuns([24, 9, 17, 22])).to.equal('9, 17, 22, 24');
    expect(numberRuns([5, 6, 7, 9, 10, 12])).to.equal('5–7, 9, 10, 12');
    expect(numberRuns([4])).to.equal('4');
    expect(numberSpan([24, 9, 17])).to.equal('9–24');
    expect(numberSpan([4])).to.equal('4');
  });

  it('stack under the groups, each centred under its own where there is room, never on one another', () => {
    const groups = Array.from({ length: 12 }, (_, i) => ({ left: 20 + i * 24, right: 44 + i * 24, numbers: [i * 10 + 1, i * 10 + 4, i * 10 + 7] }));
    const { labels, boxes, rows } = stackGroupNumbers(groups, { width: 400, measure: measureText, top: 100, rowHeight: 22 });
    expect(labels).to.have.length(groups.length);
    expect(rows).to.be.greaterThan(1);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'no two overlap').to.equal(true);
    }));
    // Each label names its group's numbers, and sits as near its group as the room allows: the first over it.
    labels.forEach((label, i) => expect([...named(label.label)]).to.include.members(groups[i]!.numbers));
    expect(labels[0]!.x).to.equal(32);
    expect(labels[0]!.y).to.equal(100);
    expect(boxes.every((box) => box.left >= 0 && box.right <= 400)).to.equal(true);
  });

  it('put every printed event\'s number on the chart, in a 1,000-event story', () => {
    const story = parseStory(generateStory(1000)).story!;
    const { layout } = layoutPaper(story, story, { formatter, messages: messagesEn, measureText }, PAPER_SIZES[1]!, layoutTimeline);
    expect(layout.groups.length, 'the story has groups on paper').to.be.greaterThan(10);
    const onChart = new Set<number>();
    for (const mark of layout.marks) {
      const number = /^(\d+)/.exec(mark.label)?.[1];
      if (number) onChart.add(Number(number));
    }
    for (const group of layout.groups) {
      expect(group.label, `group ${group.key}`).to.not.equal('');
      for (const n of named(group.label)) onChart.add(n);
    }
    const missing = layout.order.map((_, i) => i + 1).filter((n) => !onChart.has(n));
    expect(missing).to.deep.equal([]);
    // A group's label names exactly its own events, or a span of them.
    const numberOf = new Map(layout.order.map((id, i) => [id, i + 1]));
    for (const group of layout.groups) {
      const own = group.events.map((event) => numberOf.get(event.id)!);
      expect([...named(group.label)]).to.include.members(own);
      if (group.label.includes(',')) expect([...named(group.label)].sort((a, b) => a - b)).to.deep.equal(own.sort((a, b) => a - b));
    }
  });
});
