import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { LABEL_HALF_HEIGHT } from '../src/layout/label-room.js';
import { PAPER_SIZES, wholeLaneHeight } from '../src/layout/paper-sizes.js';
import { layoutPaper } from '../src/layout/paper-layout.js';
import { layoutTimeline } from '../src/layout/layout-timeline.js';
import type { TimelineLayout } from '../src/layout/types.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story } from '../src/model/types.js';
import { messagesEn } from '../src/words/en.js';
import { formatter, measureText, plain } from './layout-helpers.js';

// On paper each lane is a row of its own, clipped to its band, and a page may break between any two: what is
// drawn in a row must lie inside it.

const seed = async (): Promise<Story> => parseStory(await (await fetch('/data/russia-syria-2024.json')).json()).story!;

function paper(story: Story, direction: 'ltr' | 'rtl' = 'ltr', size = PAPER_SIZES[1]!): TimelineLayout {
  return layoutPaper(story, story, { formatter, messages: messagesEn, measureText, direction }, size, layoutTimeline).layout;
}

/** The amounts drawn across two lanes' bands: each would be cut in half where the rows meet. */
function amountsAcrossLanes(layout: TimelineLayout): string[] {
  return layout.links.filter((link) => link.label).filter((link) => !layout.lanes.some((lane) =>
    link.labelY - LABEL_HALF_HEIGHT >= lane.top && link.labelY + LABEL_HALF_HEIGHT <= lane.top + lane.height))
    .map((link) => `${link.label} at ${link.labelY}`);
}

describe('the paper layout', () => {
  it('keeps every amount inside one lane, in a 300-event story, either direction', () => {
    const story = parseStory(generateStory(300)).story!;
    for (const direction of ['ltr', 'rtl'] as const) {
      const layout = paper(story, direction);
      expect(layout.links.filter((link) => link.label).length, 'amounts drawn').to.be.greaterThan(5);
      expect(amountsAcrossLanes(layout), direction).to.deep.equal([]);
    }
  });

  it('keeps every amount of the seed story inside one lane, and names no lane\'s country twice', async () => {
    const story = await seed();
    for (const direction of ['ltr', 'rtl'] as const) expect(amountsAcrossLanes(paper(story, direction)), direction).to.deep.equal([]);
    const syria = paper(story).lanes.find((lane) => lane.label === 'Syria')!;
    expect(syria.detail, 'the lane of Syria, a country').to.equal('');
    expect(plain(paper(story).lanes.find((lane) => lane.label === 'Hmeimim Air Base')!.detail)).to.equal('Jableh, Latakia Governorate, Syria');
  });

  it('cuts every lane into bands a page may break between, none through a mark or a word, for every class of paper', () => {
    const story = parseStory(generateStory(300)).story!;
    for (const size of PAPER_SIZES) {
      const { layout, rows } = layoutPaper(story, story, { formatter, messages: messagesEn, measureText }, size, layoutTimeline);
      // The bands cover the plot under the head, top to bottom, with no gap: tracks, then each lane's head and parts.
      const bands = [rows.head, ...(rows.tracks ? [rows.tracks] : []), ...rows.lanes.flatMap((lane) => [lane.head, ...lane.parts])];
      bands.forEach((band, i) => { if (i) expect(band[0], `${size.name} band ${i}`).to.equal(bands[i - 1]![1]); });
      expect(bands.at(-1)![1]).to.equal(layout.height);
      // Each lane's head holds its name; no cut runs through a mark, a label (either line), a group's numbers or an
      // amount.
      rows.lanes.forEach((lane, i) => expect(lane.head[0]).to.equal(layout.lanes[i]!.top));
      const cuts = rows.lanes.flatMap((lane) => lane.parts.map((part) => part[0]));
      const texts: [number, number, string][] = [
        ...layout.marks.map((mark): [number, number, string] => [mark.y - 12, mark.y + 12 + (mark.label2 === undefined ? 0 : 15), mark.label]),
        ...layout.links.filter((link) => link.label).map((link): [number, number, string] => [link.labelY - LABEL_HALF_HEIGHT, link.labelY + LABEL_HALF_HEIGHT, link.label]),
        ...layout.groups.map((group): [number, number, string] => [group.labelY - LABEL_HALF_HEIGHT, group.labelY + LABEL_HALF_HEIGHT, group.label]),
      ];
      const crossed = cuts.flatMap((y) => texts.filter(([top, bottom]) => top < y - 0.5 && bottom > y + 0.5).map(([, , text]) => `${text} at ${y}`));
      expect(crossed, size.name).to.deep.equal([]);
      // Tall lanes may break (and say their name again on the next page); short ones move whole.
      const whole = wholeLaneHeight(size, rows.head[1]);
      expect(rows.lanes.map((lane, i) => lane.whole === layout.lanes[i]!.height <= whole)).to.not.include(false);
      expect(rows.lanes.filter((lane) => !lane.whole).length, `${size.name}: lanes taller than a third of a page`).to.be.greaterThan(0);
      expect(rows.lanes.filter((lane) => lane.parts.length > 4).length, `${size.name}: lanes cut in many parts`).to.be.greaterThan(0);
    }
  });

});
