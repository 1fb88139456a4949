import { expect } from 'chai';
import { frameTools } from '../src/layout/frame-tools.js';
import { gestureFrame, type GestureOptions } from '../src/layout/gesture-frame.js';
import { storyDomain } from '../src/layout/story-domain.js';
import type { EventMark, TimelineLayout } from '../src/layout/types.js';
import { zoomWindow } from '../src/layout/zoom-window.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story } from '../src/model/types.js';
import { layoutOf, measureText, formatter } from './layout-helpers.js';
import { messagesEn } from '../src/words/en.js';

// A frame of a gesture (src/layout/gesture-frame.ts): the last full layout moved to a new window. What moves must
// land where a full layout of that window puts it; what is laid out again must be what the full layout makes; and
// the words may only keep their place or give way, never change.

async function load(url: string): Promise<Story> {
  const result = parseStory(await (await fetch(url)).json());
  return result.story!;
}

const options: GestureOptions = { formatter, messages: messagesEn, measureText };
const key = (mark: EventMark) => `${mark.event.id} ${mark.lane}`;

/** The frame from `base` to `window`, and a full layout of that window, for the same story and width. */
function frameAndFull(story: Story, base: TimelineLayout, window: readonly [number, number]) {
  return { frame: gestureFrame(base, window, story, options, frameTools), full: layoutOf(story, { width: base.width, window }) };
}

describe('a gesture frame', () => {
  let seed: Story, generated: Story;
  before(async () => {
    seed = await load('/data/russia-syria-2024.json');
    generated = await load('/__test/generated?events=300');
  });

  it('puts every mark where the new window\'s time puts it: points keep their size, bars stretch with time', () => {
    for (const story of [seed, generated]) {
      const whole = storyDomain(story)!;
      const base = layoutOf(story, { width: 1000, window: zoomWindow(whole, 0.5, whole) });
      for (const factor of [0.4, 0.8, 1.3, 2]) {
        const window = zoomWindow(base.scale.domain(), factor, whole, whole[0] + (whole[1] - whole[0]) * 0.6);
        const { frame } = frameAndFull(story, base, window);
        expect(frame.marks.map(key), 'the last layout\'s marks, in its order').to.deep.equal(base.marks.map(key));
        frame.marks.forEach((mark, i) => {
          const was = base.marks[i]!, at = (x: number) => frame.scale(base.scale.invert(x));
          if (mark.shape === 'point') {
            expect(mark.x, `${key(mark)} at its time`).to.be.closeTo(at(was.x), 1e-6);
            expect(mark.right - mark.left, `${key(mark)} keeps its size`).to.be.closeTo(was.right - was.left, 1e-6);
          } else {
            expect(mark.left, `${key(mark)} starts at its time`).to.be.closeTo(at(was.left), 1e-6);
            expect(mark.right, `${key(mark)} ends at its time`).to.be.closeTo(at(was.right), 1e-6);
          }
          // A frame never writes a word anew: a label stays as the full layout made it, or gives way for the frame.
          expect([was.label, ''], `${key(mark)}'s label`).to.include(mark.label);
        });
        // A line moves with the mark it leaves from; one moved off the plot is left out of the frame.
        const kept = new Set(frame.links.map((link) => link.key));
        for (const link of base.links) {
          const x = frame.scale(base.scale.invert(link.curve.x));
          if (x >= 0 && x <= frame.width) expect(kept.has(link.key), `${link.key} on the plot`).to.equal(true);
          if (x < -300 || x > frame.width + 300) expect(kept.has(link.key), `${link.key} far off the plot`).to.equal(false);
        }
        for (const link of frame.links) {
          const from = frame.marks.find((mark) => mark.event === link.event && mark.lane === link.fromLane);
          if (from && !link.aggregate) expect(link.curve.x, link.key).to.be.closeTo(from.x, 0.05);
        }
      }
    }
  });

  it('lays out the axis, eras, "as of" line and force levels as a full layout of the window does', () => {
    const whole = storyDomain(seed)!;
    const base = layoutOf(seed, { width: 1000 });
    for (const factor of [0.3, 0.7]) {
      const { frame, full } = frameAndFull(seed, base, zoomWindow(whole, factor, whole, Date.UTC(2024, 11, 20)));
      expect(frame.scale.domain()).to.deep.equal(full.scale.domain());
      expect(frame.scale.range()).to.deep.equal(full.scale.range());
      expect(frame.ticks).to.deep.equal(full.ticks);
      expect(frame.eras.map(({ left, right, label }) => ({ left, right, label }))).to.deep.equal(full.eras.map(({ left, right, label }) => ({ left, right, label })));
      expect(frame.asOf?.lineX).to.equal(full.asOf?.lineX);
      expect(frame.tracks.map((track) => track.line)).to.deep.equal(full.tracks.map((track) => track.line));
    }
  });

  it('names the lanes afresh: a region cut for the last layout\'s lines comes back when they have moved on', () => {
    const whole = storyDomain(seed)!;
    const base = layoutOf(seed, { width: 1000 });
    const cut = base.lanes.filter((lane, i) => lane.detail !== base.index.laneLabels[i]!.detail);
    expect(cut.length, 'lanes whose region the whole story\'s lines cut').to.be.greaterThan(0);
    const { frame } = frameAndFull(seed, base, zoomWindow(whole, 0.1, whole, Date.UTC(2025, 0, 20)));
    // Zoomed far in on late January, the lines of December have left the plot: every region is whole again.
    expect(frame.lanes.map((lane) => lane.detail)).to.deep.equal(base.index.laneLabels.map((names) => names.detail));
  });
});
