import { expect } from 'chai';
import { createFormatter } from '../src/words/format-when.js';
import { assignLanes } from '../src/layout/lanes.js';
import { elide } from '../src/layout/label-placement.js';
import { layoutTimeline } from '../src/layout/layout-timeline.js';
import type { EventMark, LaneBox, TimelineLayout } from '../src/layout/types.js';
import { wrapLabels } from '../src/layout/label-wrap.js';
import { TextField } from '../src/layout/text-field.js';
import { linkGeometry } from '../src/layout/link-geometry.js';
import { messagesEn } from '../src/words/en.js';
import { messagesAr } from '../src/words/ar.js';
import { storyDomain } from '../src/layout/story-domain.js';
import { createTimeScale } from '../src/layout/time-scale.js';
import { parseWhen } from '../src/model/edtf.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story, When } from '../src/model/types.js';
import { story as storyDocument } from './helpers.js';
import { measureText, plain } from './layout-helpers.js';

const formatter = createFormatter('en-GB', messagesEn);

function parsed(overrides: Record<string, unknown> = {}): Story {
  const result = parseStory(storyDocument(overrides));
  expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  return result.story!;
}

function layout(story: Story, width = 800, direction: 'ltr' | 'rtl' = 'ltr'): TimelineLayout {
  return layoutTimeline(story, { width, direction, formatter, messages: messagesEn, measureText });
}

function primary(result: TimelineLayout, id: string): EventMark {
  const mark = result.marks.find((m) => m.event.id === id && m.primary);
  expect(mark, `mark of ${id}`).to.exist;
  return mark!;
}

describe('createTimeScale', () => {
  it('maps the domain linearly onto the range, and inverts', () => {
    const scale = createTimeScale([0, 1000], [10, 110]);
    expect(scale(0)).to.equal(10);
    expect(scale(500)).to.equal(60);
    expect(scale(new Date(1000))).to.equal(110);
    expect(scale.invert(60)).to.equal(500);
  });
  it('runs right to left when the range is reversed', () => {
    const scale = createTimeScale([0, 1000], [110, 10]);
    expect(scale(0)).to.equal(110);
    expect(scale(1000)).to.equal(10);
    expect(scale.copy().range()).to.deep.equal([110, 10]);
  });
  it('ticks on calendar boundaries in UTC', () => {
    const scale = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 1000]);
    const ticks = scale.ticks(4).map((d) => d.toISOString().slice(0, 10));
    expect(ticks).to.deep.equal(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01']);
  });
});

describe('assignLanes', () => {
  it('makes a lane per place with events, in the order of places, then one for events with no place', () => {
    const story = parsed({
      places: [{ id: 'x', name: 'Unused' }, { id: 'b', name: 'B' }, { id: 'a', name: 'A' }],
    });
    const { lanes, homes, routes } = assignLanes(story);
    expect(lanes.map((lane) => lane.key)).to.deep.equal(['b', 'a', '']);
    // e1 is at a, e2 moves a → b, e3 has no place.
    expect(homes).to.deep.equal([[1], [1], [2]]);
    expect(routes).to.deep.equal([[], [[1, 0]], []]);
  });
  it('fans a transfer out to every origin and destination pair', () => {
    const story = parsed({
      places: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id })),
      events: [{ id: 'm', kind: 'transfer', title: 'Fan', when: '2024-12', from: ['a', 'b'], to: ['c', 'd'] }],
    });
    const { routes, homes } = assignLanes(story);
    expect(homes[0]).to.deep.equal([0, 1]);
    expect(routes[0]).to.deep.equal([[0, 2], [0, 3], [1, 2], [1, 3]]);
  });
  it('puts an event with only a destination in the destination lane', () => {
    const story = parsed({ events: [{ id: 'd', kind: 'deployment', title: 'Arrives', when: '2024', to: 'b' }] });
    const { lanes, homes } = assignLanes(story);
    expect(lanes.map((lane) => lane.key)).to.deep.equal(['b']);
    expect(homes[0]).to.deep.equal([0]);
  });
});

describe('storyDomain', () => {
  it('spans every finite date with a 4% margin and ignores open ends', () => {
    const story = parsed({
      events: [
        { id: 'a', kind: 'other', title: 'A', when: '2024-01-01' },
        { id: 'b', kind: 'other', title: 'B', when: '2024-01-10/..' },
        { id: 'c', kind: 'other', title: 'C', when: '../2024-01-20' },
      ],
    });
    const [start, end] = storyDomain(story)!;
    const min = Date.UTC(2024, 0, 1), max = Date.UTC(2024, 0, 21);
    const margin = (max - min) * 0.04;
    expect(start).to.equal(min - margin);
    expect(end).to.equal(max + margin);
  });
  it('is null for a story with no events', () => {
    expect(storyDomain(parsed({ events: [] }))).to.equal(null);
  });
});

describe('layoutTimeline', () => {
  it('fits the whole story into the width on first layout', () => {
    const result = layout(parsed(), 640);
    expect(result.marks.length).to.be.greaterThan(0);
    for (const mark of result.marks) {
      expect(mark.left, mark.event.id).to.be.at.least(0);
      expect(mark.right, mark.event.id).to.be.at.most(640);
    }
  });

  it('draws an exact day as a point, a month as a span and an interval as a bar', () => {
    const result = layout(parsed());
    expect(primary(result, 'e1').shape).to.equal('point');
    expect(primary(result, 'e2').shape).to.equal('bar');
    expect(primary(result, 'e3').shape).to.equal('span');
  });

  it('flags approximate and uncertain dates, on either end of an interval', () => {
    const result = layout(parsed({
      events: [
        { id: 'a', kind: 'other', title: 'A', when: '2024-12~' },
        { id: 'u', kind: 'other', title: 'U', when: '2024-12-01/2024-12-20?' },
        { id: 'x', kind: 'other', title: 'X', when: '2024-12-05' },
      ],
    }));
    expect(primary(result, 'a')).to.include({ approximate: true, uncertain: false });
    expect(primary(result, 'u')).to.include({ approximate: false, uncertain: true });
    expect(primary(result, 'x')).to.include({ approximate: false, uncertain: false });
  });

  it('draws open ends on the side time runs to, mirrored for right-to-left', () => {
    const doc = parsed({
      events: [
        { id: 'by', kind: 'other', title: 'By', when: '../2025-01-17' },
        { id: 'on', kind: 'other', title: 'On', when: '2024-12-17/..' },
        { id: 'x', kind: 'other', title: 'X', when: '2024-12-01' },
      ],
    });
    const ltr = layout(doc, 800, 'ltr');
    expect(primary(ltr, 'by')).to.include({ openLeft: true, openRight: false });
    expect(primary(ltr, 'on')).to.include({ openLeft: false, openRight: true });
    const rtl = layout(doc, 800, 'rtl');
    expect(primary(rtl, 'by')).to.include({ openLeft: false, openRight: true });
    expect(primary(rtl, 'on')).to.include({ openLeft: true, openRight: false });
  });

  it('mirrors time for right-to-left: the same date sits at the mirrored x', () => {
    const doc = parsed();
    const ltr = layout(doc, 800, 'ltr');
    const rtl = layout(doc, 800, 'rtl');
    for (const id of ['e1', 'e2', 'e3']) {
      expect(primary(rtl, id).x).to.be.closeTo(800 - primary(ltr, id).x, 0.001);
    }
    expect(rtl.ticks.map((t) => t.x)).to.deep.equal(ltr.ticks.map((t) => 800 - t.x));
  });

  it('puts labels after marks in reading order: right of them for ltr, left for rtl', () => {
    const doc = parsed({ events: [{ id: 'p', kind: 'other', title: 'Point', when: '2024-12-10' }, { id: 'q', kind: 'other', title: 'Q', when: '2024-12-20' }] });
    const ltr = primary(layout(doc, 800, 'ltr'), 'p');
    expect(ltr.labelAlign).to.equal('left');
    expect(ltr.labelX).to.be.greaterThan(ltr.right);
    const rtl = primary(layout(doc, 800, 'rtl'), 'p');
    expect(rtl.labelAlign).to.equal('right');
    expect(rtl.labelX).to.be.lessThan(rtl.left);
  });

  it('never lets two labels, or a label and a mark, overlap in a lane', () => {
    // As many as eight rows hold: the lane stacks them all, with no group.
    const events = Array.from({ length: 14 }, (_, i) => ({
      id: `e${i}`, kind: 'other', title: `Event number ${i} with a long title`, when: `2024-12-${String(1 + 2 * i).padStart(2, '0')}`, at: 'a',
    }));
    const result = layout(parsed({ events }), 1400);
    expect(result.groups).to.deep.equal([]);
    const boxes = result.marks.filter((m) => m.label).map((m) => {
      const width = measureText(m.label);
      const labelLeft = m.labelAlign === 'left' ? m.labelX : m.labelX - width;
      return { id: m.event.id, y: m.y, left: Math.min(m.left, labelLeft), right: Math.max(m.right, labelLeft + width) };
    });
    expect(boxes.length).to.be.greaterThan(10);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || a.y !== b.y) continue;
        const overlap = a.left < b.right && b.left < a.right;
        expect(overlap, `${a.id} and ${b.id} overlap`).to.equal(false);
      }
    }
  });

  it('keeps every event when a lane runs out of rows: the crowded stretch becomes a group', () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, kind: 'other', title: `Same day ${i}`, when: '2024-12-10', at: 'a' }));
    const result = layout(parsed({ events }), 600);
    const grouped = result.groups.flatMap((group) => group.events.map((event) => event.id));
    const single = result.marks.map((m) => m.event.id);
    expect([...single, ...grouped].sort()).to.deep.equal(events.map((e) => e.id).sort());
    expect(grouped.length).to.be.greaterThan(0);
  });

  it('draws one link per origin and destination pair, from the origin mark to the destination lane', () => {
    const result = layout(parsed());
    expect(result.links.length).to.equal(1);
    const [link] = result.links;
    const from = primary(result, 'e2');
    const toLane = result.lanes[link!.toLane]!;
    expect(result.lanes[link!.fromLane]!.key).to.equal('a');
    expect(toLane.key).to.equal('b');
    expect(link!.toPlace).to.equal('b');
    expect(link!.path.startsWith(`M${Math.round(from.x * 10) / 10},`)).to.equal(true);
    // The arrowhead's tip is inside the destination lane.
    const tipY = Number(link!.arrow.split('L')[1]!.split(',')[1]);
    expect(tipY).to.be.within(toLane.top, toLane.top + toLane.height);
  });

  it('elides a lane\'s region and country before its name when the plot is narrow', () => {
    const doc = parsed({
      places: [{ id: 'a', name: 'Alpha Base', region: 'A region with a very long name indeed', country: 'Syria' }, { id: 'b', name: 'B' }],
    });
    expect(plain(layout(doc, 900).lanes[0]!.detail)).to.equal('A region with a very long name indeed, Syria');
    const narrow = layout(doc, 320).lanes[0]!;
    expect(narrow.label).to.equal('Alpha Base');
    expect(narrow.detail.endsWith('…')).to.equal(true);
    expect(measureText(narrow.label) + measureText(narrow.detail)).to.be.at.most(320);
  });

  it('lists event ids in time order for keyboard and table', () => {
    const result = layout(parsed({
      events: [
        { id: 'late', kind: 'other', title: 'Late', when: '2025-01' },
        { id: 'by', kind: 'other', title: 'By', when: '../2024-12-05' },
        { id: 'early', kind: 'other', title: 'Early', when: '2024-11-30' },
      ],
    }));
    expect(result.order).to.deep.equal(['early', 'by', 'late']);
  });

  it('stacks lanes top to bottom without gaps, below the axis', () => {
    const result = layout(parsed());
    let top = result.lanes[0]!.top;
    expect(top).to.be.greaterThan(0);
    for (const lane of result.lanes) {
      expect(lane.top).to.equal(top);
      top += lane.height;
    }
    expect(result.height).to.equal(top);
  });

  it('labels axis ticks by the coarsest calendar boundary they fall on', () => {
    const result = layout(parsed({
      events: [{ id: 'a', kind: 'other', title: 'A', when: '2023-06/2025-06' }],
    }), 1200);
    const labels = result.ticks.map((t) => t.label);
    expect(labels).to.include('2024');
    expect(labels.some((label) => /^[A-Z][a-z]{2,3}$/.test(label)), labels.join('|')).to.equal(true);
  });
});

describe('layoutTimeline with a window', () => {
  const days = Array.from({ length: 60 }, (_, i) => ({
    id: `d${i}`, kind: 'other', title: `Day ${i}`, at: i % 2 ? 'a' : 'b',
    when: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  const doc = () => parsed({ events: [...days, { id: 'long', kind: 'other', title: 'Long', when: '2023-06/2024-06', at: 'a' },
    { id: 'open', kind: 'other', title: 'Open', when: '2023-06/..', at: 'b' }] });

  it('lays out only the marks that reach into the window, and never drops one that does', () => {
    const window: [number, number] = [Date.UTC(2024, 0, 10), Date.UTC(2024, 0, 20)];
    const result = layoutTimeline(doc(), { width: 800, formatter, messages: messagesEn, measureText, window });
    const drawn = new Set(result.marks.map((m) => m.event.id));
    // d9..d18 (10–19 January) are inside; a neighbour's point may reach a few pixels over an edge, so d8 and d19 may show.
    for (let i = 9; i <= 18; i++) expect(drawn.has(`d${i}`), `d${i}`).to.equal(true);
    expect(drawn.has('long')).to.equal(true);
    for (let i = 0; i < 7; i++) expect(drawn.has(`d${i}`), `d${i}`).to.equal(false);
    for (let i = 20; i < 60; i++) expect(drawn.has(`d${i}`), `d${i}`).to.equal(false);
    for (const mark of result.marks) {
      expect(mark.right, mark.event.id).to.be.at.least(0);
      expect(mark.left, mark.event.id).to.be.at.most(800);
    }
    // Lanes and the keyboard order still cover the whole story.
    expect(result.lanes.map((lane) => lane.key)).to.deep.equal(['a', 'b']);
    expect(result.order.length).to.equal(62);
  });

  it('maps the window onto the full width', () => {
    const window: [number, number] = [Date.UTC(2024, 0, 10), Date.UTC(2024, 0, 20)];
    const result = layoutTimeline(doc(), { width: 800, formatter, messages: messagesEn, measureText, window });
    expect(result.scale(window[0])).to.equal(20);
    expect(result.scale(window[1])).to.equal(780);
  });
});

describe('elide', () => {
  it('returns text that fits unchanged', () => {
    expect(elide('Short', 100, measureText)).to.equal('Short');
  });
  it('cuts text that does not fit and ends it with an ellipsis', () => {
    // 70 px holds 10 characters: "A rather l…" would be 11; the space before the cut is trimmed.
    expect(elide('A rather long title', 70, measureText)).to.equal('A rather…');
    expect(elide('A rather long title', 84, measureText)).to.equal('A rather lo…');
  });
  it('gives up when not even three letters fit', () => {
    expect(elide('Title', 20, measureText)).to.equal('');
  });
  it('measures no more of a long text than its room could show: the cost does not grow with the text', () => {
    const measured: number[] = [];
    const measure = (text: string) => {
      measured.push(text.length);
      return measureText(text);
    };
    expect(elide('x'.repeat(100_000), 300, measure)).to.equal(`${'x'.repeat(41)}…`);
    expect(Math.max(...measured)).to.be.at.most(302);
    expect(measured.length).to.be.at.most(12);
  });
});

describe('linkGeometry', () => {
  it('runs from the start to the arrowhead, whose tip is the end point', () => {
    const { path, arrow } = linkGeometry(100, 10, 200, 30);
    expect(path).to.equal('M100,10Q130,105 100,200');
    // An open chevron: one side, the tip at the end point, the other side.
    expect(arrow).to.match(/^M[\d.-]+,[\d.-]+L100,200L[\d.-]+,[\d.-]+$/);
  });
});

describe('createFormatter', () => {
  const when = (text: string) => {
    const result = parseWhen(text);
    if ('error' in result) throw new Error(result.error);
    return formatter.when(result.when);
  };
  const cases: [string, string][] = [
    ['2024-12-16', '16 December 2024'],
    ['2024-12', 'December 2024'],
    ['2024', '2024'],
    ['2024-12~', 'c. December 2024'],
    ['2024-12?', 'December 2024 (uncertain)'],
    ['2024-12%', 'c. December 2024 (uncertain)'],
    ['../2025-01-17', 'by 17 January 2025'],
    ['2024-12-17/..', 'from 17 December 2024, ongoing'],
    ['/2025-01-17', 'until 17 January 2025 (start unknown)'],
    ['2024-12-17/', 'from 17 December 2024 (end unknown)'],
    ['2024-12-16~/2025-01-31~', 'from c. 16 December 2024 to c. 31 January 2025'],
    ['2024-24', 'winter 2024'],
    ['2024-12-XX', 'December 2024 (exact date not given)'],
    ['2024-12-16T14:00Z', '16 December 2024 at 14:00 UTC'],
    // As the data states it: the day and time in the offset written, not moved to UTC (15 June, 11:00).
    ['2024-06-16T01:00+14:00', '16 June 2024 at 01:00 UTC+14:00'],
    ['2024-06-15T20:30-03:30', '15 June 2024 at 20:30 UTC-03:30'],
    // Before year 1, the era: -0043 is 44 BC (year 0 is 1 BC), which Intl alone writes "44" and "1".
    ['-0043-03-15', '15 March 44 BC'],
    ['0000', '1 BC'],
  ];
  for (const [input, expected] of cases) {
    it(`writes ${input} as "${expected}"`, () => {
      expect(when(input)).to.equal(expected);
    });
  }
  it('writes a range of plain days compactly, in the locale\'s own punctuation', () => {
    expect(when('2024-12-15/2024-12-16')).to.match(/^15\s?–\s?16 December 2024$/);
  });
  it('writes a second calendar beside, a Gregorian month as the Hijri days it covers, with no divisions loaded', () => {
    // This page never loads the calendar chunk: the wording is Intl's, and must not wait for the axis's divisions.
    const both = createFormatter('en-u-ca-gregory', messagesEn, 'islamic-umalqura');
    const month = both.when((parseWhen('2024-12') as { when: When }).when);
    expect(month).to.match(/^December 2024 \(Jumada I 29\s?–\s?Jumada II 30, 1446 AH\)$/);
  });
  it('writes a range across the eras with both', () => {
    expect(when('-0043/0014')).to.match(/^44 BC\s?–\s?14 AD$/);
    const arabic = createFormatter('ar', messagesAr).when((parseWhen('-0043-03-15') as { when: When }).when);
    expect(arabic).to.include('ق.م');
  });
  it('says the era on the axis before year 1: the tick at year 0 is 1 BC', () => {
    expect(formatter.tick(Date.parse('0000-01-01T00:00:00Z'), 'year')).to.equal('1 BC');
    expect(formatter.tick(Date.parse('2024-01-01T00:00:00Z'), 'year')).to.equal('2024');
  });
  it('writes 201X as the decade it covers', () => {
    expect(when('201X')).to.match(/^2010\s?–\s?2019 \(exact date not given\)$/);
  });
  it('formats amounts with Intl, approximate ones marked', () => {
    expect(formatter.amount({ value: 1000, unit: 'personnel', approx: true })).to.equal('~1,000 personnel');
    expect(formatter.amount({ value: 10, unit: '%', approx: false })).to.equal('10%');
    expect(formatter.amount({ value: 150, unit: 'vehicles', approx: false, min: 100, max: 200 })).to.match(/^100\s*–\s*200 vehicles$/);
  });
  it('uses the locale it is given', () => {
    const german = createFormatter('de', messagesEn);
    const result = parseWhen('2024-12-16');
    if ('error' in result) throw new Error(result.error);
    expect(german.when(result.when)).to.equal('16. Dezember 2024');
    expect(german.number(1000)).to.equal('1.000');
  });
});

describe('labels of bars that run past the window', () => {
  it('are pinned inside the bar at the visible edge, whole where the bar shows room for them', () => {
    const doc = parsed({
      events: [{ id: 'long', kind: 'withdrawal', title: 'A long withdrawal', when: '2024-01-01/2024-12-31', at: 'a', sources: ['s1'] }],
    });
    const window: [number, number] = [Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)];
    for (const direction of ['ltr', 'rtl'] as const) {
      const result = layoutTimeline(doc, { width: 600, direction, window, formatter, messages: messagesEn, measureText });
      const mark = result.marks.find((m) => m.event.id === 'long')!;
      expect(mark.left, direction).to.be.below(0);
      expect(mark.right, direction).to.be.above(600);
      expect(mark).to.include({ label: 'A long withdrawal', labelInside: true });
      // From the edge time starts from, a gap in: where the bar shows.
      const x = direction === 'ltr' ? mark.labelX : 600 - mark.labelX;
      expect(x, direction).to.equal(10 + 6);
      expect(mark.labelWidth).to.equal(measureText('A long withdrawal'));
    }
  });
});

describe('a label cut short', () => {
  const title = 'The first withdrawal from the base and the port';
  const mark = { event: { id: 'e' }, lane: 0, y: 100, left: 10, right: 20, labelX: 26, labelAlign: 'left', labelInside: false,
    label: elide(title, 140, measureText), labelWidth: 140 } as unknown as EventMark;
  const parts = () => [{ title, titleWidth: measureText(title), number: '', suffix: '', room: 140 }];
  const lanes = [{ top: 60, height: 80 }] as unknown as LaneBox[];

  it('takes a second line where the room below is free, breaking the title at a word', () => {
    const [wrapped] = wrapLabels([mark], parts(), lanes, new TextField([]), measureText);
    expect(wrapped!.label).to.equal('The first withdrawal');
    expect(wrapped!.label2).to.equal(elide('from the base and the port', 140, measureText));
    for (const line of [wrapped!.label, wrapped!.label2!]) expect(measureText(line)).to.be.at.most(140);
  });

  it('stays on one line where something takes the room below, or the lane ends', () => {
    const field = new TextField([]);
    field.add({ left: 60, right: 80, top: 110, bottom: 120 });
    expect(wrapLabels([mark], parts(), lanes, field, measureText)[0]).to.equal(mark);
    const short = [{ top: 60, height: 50 }] as unknown as LaneBox[];
    expect(wrapLabels([mark], parts(), short, new TextField([]), measureText)[0]).to.equal(mark);
  });
});
