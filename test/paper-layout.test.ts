import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { LABEL_HALF_HEIGHT } from '../src/layout/label-room.js';
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

function paper(story: Story, direction: 'ltr' | 'rtl' = 'ltr'): TimelineLayout {
  return layoutPaper(story, story, { formatter, messages: messagesEn, measureText, direction }, false, layoutTimeline).layout;
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
});
