import { expect } from 'chai';
import type { ImportResult } from '../src/model/import-result.js';
import { importTimelineJs, isTimelineJs } from '../src/model/import-timelinejs.js';
import { parseStory, type ParseResult } from '../src/model/parse-story.js';
import type { Problem } from '../src/model/types.js';

/**
 * Tests of the TimelineJS3 importer against Knight Lab's format: the upstream group sample (test/fixtures, MPL-2.0,
 * see its README), data/timelinejs-sample.json, and small documents for each rule.
 */

type Doc = {
  title: string; subtitle?: string; places: { id: string; name: string }[];
  eras: { title: string; when: string }[]; events: Record<string, unknown>[];
};

/** Imports, checks every problem is a sentence with a path, and parses the document as the element would. */
function convert(json: unknown): { result: ImportResult; doc: Doc; parsed: ParseResult; all: Problem[] } {
  const result = importTimelineJs(json);
  const parsed = parseStory(result.document);
  const all = [...result.problems, ...parsed.problems.map((p) => ({ ...p, path: result.sourcePath(p.path) }))];
  for (const problem of result.problems) {
    expect(['error', 'warning']).to.include(problem.severity);
    expect(problem.path, JSON.stringify(problem)).to.match(/^([a-z_]+(\[\d+\])?(\.[a-z_]+)*)?$/);
    expect(problem.message, JSON.stringify(problem)).to.match(/\w+ \w+.*(; |: )/);
    expect(problem.message, JSON.stringify(problem)).not.to.match(/\[object Object\]|undefined|NaN/);
  }
  return { result, doc: result.document as Doc, parsed, all };
}

const listed = (problems: readonly Problem[]) => problems.map((p) => `${p.severity} ${p.path}`);

/** A TimelineJS date object as real files write it: strings, with "" for the parts not given. */
function date(year: string | number, month = '', day = '', hour = '', minute = '', second = ''): Record<string, unknown> {
  return { year: String(year), month, day, hour, minute, second, millisecond: '', format: '' };
}

/** A one-event file with the event's fields overridden. */
function timeline(event: Record<string, unknown>, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: { text: { headline: 'T', text: '' } }, events: [{ start_date: date(2021), text: { headline: 'E', text: '' }, ...event }], ...rest };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.ok, `${url}: HTTP ${response.status}`).to.equal(true);
  return response.json();
}

describe('isTimelineJs', () => {
  it('isTimelineJs(json) is true for events with start_date objects, or a title slide, with no version', () => {
    expect(isTimelineJs({ events: [{ start_date: { year: '2016' } }] })).to.equal(true);
    expect(isTimelineJs({ title: { text: { headline: 'Only a title' } } })).to.equal(true);
    expect(isTimelineJs({ events: ['x', { start_date: { year: 1 } }] })).to.equal(true);
  });

  it('isTimelineJs(json) is false for a v1 story and for anything that is not an object', () => {
    expect(isTimelineJs({ version: 1, title: 'A', events: [{ id: 'a', title: 'A', when: '2024' }] })).to.equal(false);
    expect(isTimelineJs({ version: 1, events: [{ start_date: { year: '2016' } }] })).to.equal(false);
    expect(isTimelineJs({ title: 'A', events: [{ when: '2024' }] })).to.equal(false);
    expect(isTimelineJs({ events: [{ start_date: '2016' }] })).to.equal(false);
    for (const value of [null, undefined, 42, 'events', [], [{ start_date: {} }]]) expect(isTimelineJs(value), String(value)).to.equal(false);
  });
});

describe('importTimelineJs: the upstream group sample', () => {
  it('converts to a story that passes parseStory with no errors, one place per group', async () => {
    const { doc, parsed, all } = convert(await fetchJson('/test/fixtures/timelinejs-group-sample.json'));
    expect(all.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(doc.title).to.equal('Demo of groups');
    expect(doc.subtitle).to.equal('Demo of groups and actions');
    expect(parsed.story!.events.length).to.equal(7);
    expect(doc.events[0]).to.deep.equal({
      id: 'event-1', kind: 'other', title: 'event 1 heading send notification long description', text: 'text of event 1 - group 1',
      when: '2016-11-13T09:30Z', at: ['group-1-1st-interview-1st-interview-technical'],
    });
    expect(doc.places.map((p) => p.name)).to.deep.equal([
      'Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment', 'Group 2 - 2ND_INTERVIEW - 2nd Interview',
      'Group 3 - 3RD_INTERVIEW - 3rd Interview', 'Group 4 - 4th_INTERVIEW - 4th Interview',
    ]);
    expect(parsed.story!.events.map((e) => e.at.length)).to.deep.equal([1, 1, 1, 1, 1, 1, 1]);
    expect(listed(all)).to.deep.equal(['warning events[0].start_date']);
    expect(all[0]!.message).to.match(/^times on 7 events are read as UTC/);
  });
});

describe('importTimelineJs: data/timelinejs-sample.json', () => {
  it('converts to a story that passes parseStory with no errors, keeping groups, eras and intervals', async () => {
    const { doc, parsed, all } = convert(await fetchJson('/data/timelinejs-sample.json'));
    expect(all.filter((p) => p.severity === 'error')).to.deep.equal([]);
    const story = parsed.story!;
    expect(story.events.length).to.equal(15);
    expect(parsed.skippedEvents).to.equal(0);
    expect(doc.title).to.equal('The US withdrawal from Afghanistan, 2020–2021');
    expect(doc.subtitle).to.equal('From the US–Taliban agreement in Doha to the last US military flight out of Kabul.\n\n' +
      'Compiled from the agreement text, US Department of Defense and White House statements, and wire reports.');
    expect(doc.eras).to.deep.equal([
      { title: 'Doha agreement drawdown', when: '2020-02-29/2021-04-14' },
      { title: 'Final withdrawal', when: '2021-04-14/2021-08-30' },
    ]);
    const byId = new Map(doc.events.map((e) => [e.id, e]));
    expect(byId.get('drawdown-to-8600')!.when).to.equal('2020-03/2020-07');
    expect(byId.get('last-us-flight')!.when).to.equal('2021-08-30T19:29Z');
    expect(byId.get('cut-to-4500-announced')).not.to.have.property('at');
    expect(byId.get('biden-announces-withdrawal')!.text).to.include('America’s longest war');
    expect(byId.get('doha-agreement-signed')!.text).to.equal('The United States and the Taliban sign the Agreement for Bringing Peace ' +
      'to Afghanistan in Doha.\n\nThe US commits to reduce its forces to 8,600 within 135 days and to withdraw all forces within ' +
      '14 months, in return for Taliban counter‑terrorism guarantees.');
    expect(doc.places.map((p) => p.id)).to.deep.equal([
      'doha', 'afghanistan', 'washington', 'kandahar-airfield', 'bagram-airfield', 'hamid-karzai-international-airport', 'kabul',
    ]);
    expect(all.map((p) => `${p.path}: ${p.message.split(':')[0]}`)).to.deep.equal([
      'title.background: background on 2 slides is not shown',
      'events[0].text: links on 3 slides are dropped',
      'events[0].media: media on 3 slides is not shown',
      'events[1].display_date: display_date on 4 events is not shown',
      'events[14].start_date: times on 1 event are read as UTC',
    ]);
  });
});

describe('importTimelineJs: text', () => {
  it('reads headline and text through stripHtml, and shows the date as the title when there is no headline', () => {
    const { doc, result } = convert(timeline({ text: { headline: '<b>US &amp; NATO</b> leave', text: '<p>One</p><p>Two</p>' } }));
    expect(doc.events[0]).to.include({ title: 'US & NATO leave', text: 'One\n\nTwo' });
    const untitled = convert(timeline({ text: { headline: '', text: 'x' } }));
    expect(untitled.doc.events[0]!.title).to.equal('2021');
    expect(listed(untitled.result.problems)).to.deep.equal(['warning events[0].text.headline']);
    expect(result.problems).to.deep.equal([]);
  });

  it("titles a story without a title slide or headline 'Untitled', with a warning", () => {
    const none = convert({ events: [{ start_date: date(2021), text: { headline: 'E' } }] });
    expect(none.doc.title).to.equal('Untitled');
    expect(listed(none.result.problems)).to.deep.equal(['warning title']);
    const empty = convert(timeline({}, { title: { text: { headline: '  ', text: 'Sub' } } }));
    expect([empty.doc.title, empty.doc.subtitle]).to.deep.equal(['Untitled', 'Sub']);
    expect(listed(empty.result.problems)).to.deep.equal(['warning title.text.headline']);
  });
});

describe('importTimelineJs: dates', () => {
  const cases: [given: Record<string, unknown>, when: string][] = [
    [date('2016'), '2016'],
    [date('2016', '11'), '2016-11'],
    [date('2016', '11', '3'), '2016-11-03'],
    [date('2016', '11', '13', '9'), '2016-11-13T09:00Z'],
    [date('2016', '11', '13', '9', '30'), '2016-11-13T09:30Z'],
    [date('2016', '11', '13', '9', '30', '5'), '2016-11-13T09:30:05Z'],
    [{ year: 2016, month: 2, day: 29 }, '2016-02-29'],
    [{ year: ' 800 ', month: null }, '0800'],
    [date('-44', '3', '15'), '-0044-03-15'],
    [date('-12000'), 'Y-12000'],
    [date('0'), '0000'],
  ];
  for (const [given, when] of cases) {
    it(`reads start_date ${JSON.stringify(given)} as ${when}`, () => {
      const { doc, parsed } = convert(timeline({ start_date: given }));
      expect(doc.events[0]!.when).to.equal(when);
      expect(parsed.story!.events.length).to.equal(1);
    });
  }

  it('reads an end_date as the end of an interval, and an all-empty end_date as none', () => {
    expect(convert(timeline({ end_date: date('2022', '1') })).doc.events[0]!.when).to.equal('2021/2022-01');
    const { doc, result } = convert(timeline({ start_date: date('2021', '8', '14'), end_date: date('2021', '8', '30', '12') }));
    expect(doc.events[0]!.when).to.equal('2021-08-14/2021-08-30T12:00Z');
    expect(convert(timeline({ end_date: date('') })).doc.events[0]!.when).to.equal('2021');
    expect(listed(result.problems)).to.deep.equal(['warning events[0].end_date']);
    expect(result.problems[0]!.message).to.match(/^times on 1 event are read as UTC/);
  });

  it('keeps the start, with a warning, when the end_date is before it or unreadable', () => {
    const before = convert(timeline({ start_date: date('2021', '8'), end_date: date('2020') }));
    expect(before.doc.events[0]!.when).to.equal('2021-08');
    expect(listed(before.result.problems)).to.deep.equal(['warning events[0].end_date']);
    expect(before.result.problems[0]!.message).to.include('the end is left out');
    const bad = convert(timeline({ end_date: date('2021', 'Sept') }));
    expect(bad.doc.events[0]!.when).to.equal('2021');
    expect(listed(bad.result.problems)).to.deep.equal(['warning events[0].end_date.month']);
  });

  it('reads a date to the last part given in order, as TimelineJS does: a day without a month reads as the year', () => {
    expect(convert(timeline({ start_date: date('2016', '', '13') })).doc.events[0]!.when).to.equal('2016');
    expect(convert(timeline({ start_date: date('2016', '11', '', '9', '30') })).doc.events[0]!.when).to.equal('2016-11');
  });

  it('skips, with an error, an event whose start_date is missing or unreadable, and keeps the others', () => {
    const events = [
      { text: { headline: 'no date' } },
      { start_date: date('2016', 'Nov'), text: { headline: 'word month' } },
      { start_date: date('2016', '13'), text: { headline: 'month 13' } },
      { start_date: date('2016', '2', '30'), text: { headline: '30 February' } },
      { start_date: { month: '2' }, text: { headline: 'no year' } },
      { start_date: date('1e300'), text: { headline: 'huge' } },
      { start_date: { year: 1e300 }, text: { headline: 'huge number' } },
      { start_date: date('999999'), text: { headline: 'past the axis' } },
      { start_date: '2016-11-13', text: { headline: 'a string' } },
      { start_date: date('2016', '11', '13', '25'), text: { headline: 'hour 25' } },
      { start_date: date('2016'), text: { headline: 'fine' } },
    ];
    const { doc, parsed, result } = convert({ title: { text: { headline: 'T' } }, events });
    expect(doc.events.map((e) => e.title)).to.deep.equal(['fine']);
    expect(parsed.story!.events.length).to.equal(1);
    expect(listed(result.problems)).to.deep.equal([
      'error events[0].start_date', 'error events[1].start_date.month', 'error events[2].start_date', 'error events[3].start_date',
      'error events[4].start_date.year', 'error events[5].start_date.year', 'error events[6].start_date.year', 'error events[7].start_date',
      'error events[8].start_date', 'error events[9].start_date',
    ]);
    expect(result.problems.every((p) => p.message.endsWith('; the event is left out'))).to.equal(true);
  });

  it('warns once about times of day, with a count, and only when there are times', () => {
    const events = [
      { start_date: date('2021', '8', '30'), text: { headline: 'a' } },
      { start_date: date('2021', '8', '30', '19', '29'), text: { headline: 'b' } },
      { start_date: { ...date('2021', '8', '30', '20'), millisecond: '500' }, text: { headline: 'c' } },
    ];
    const { result } = convert({ title: { text: { headline: 'T' } }, events });
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      "events[1].start_date: times on 2 events are read as UTC: TimelineJS shows them in each reader's time zone",
    ]);
    expect(convert(timeline({})).result.problems).to.deep.equal([]);
  });
});

describe('importTimelineJs: ids, groups and eras', () => {
  it('takes unique_id as the id, generates event-N for the rest, and keeps ids unique with a warning', () => {
    const events = ['a', '', 'a', 7, 'event-5', { x: 1 }].map((unique_id) => ({ unique_id, start_date: date(2020), text: { headline: 'x' } }));
    const { doc, parsed, result } = convert({ title: { text: { headline: 'T' } }, events });
    expect(doc.events.map((e) => e.id)).to.deep.equal(['a', 'event-2', 'a-2', '7', 'event-5', 'event-6']);
    expect(listed(result.problems)).to.deep.equal(['warning events[2].unique_id']);
    expect(parsed.story!.events.length).to.equal(6);
  });

  it('makes one place per distinct group, named as written, with ids kept unique', () => {
    const groups = ['Kabul', 'Group 1', 'Kabul', 'group-1', '  ', undefined, 'KABUL'];
    const events = groups.map((group) => ({ group, start_date: date(2020), text: { headline: 'x' } }));
    const { doc, parsed } = convert({ title: { text: { headline: 'T' } }, events });
    expect(doc.places).to.deep.equal([
      { id: 'kabul', name: 'Kabul' }, { id: 'group-1', name: 'Group 1' }, { id: 'group-1-2', name: 'group-1' }, { id: 'kabul-2', name: 'KABUL' },
    ]);
    expect(parsed.story!.events.map((e) => e.at.join())).to.deep.equal(['kabul', 'group-1', 'kabul', 'group-1-2', '', '', 'kabul-2']);
  });

  it('reads eras: the headline as title, start_date and end_date as when; one without a name or date is left out', () => {
    const eras = [
      { start_date: date('2020', '2', '29'), end_date: date('2021', '4', '14'), text: { headline: '<i>Doha</i> drawdown', text: '<p>More</p>' } },
      { start_date: date('2021', '4', '14'), end_date: date('2021', '8', '30'), text: { headline: '' } },
      { start_date: date('April'), text: { headline: 'Bad date' } },
      { start_date: date('2021'), text: { headline: 'One year' } },
      'not an era',
    ];
    const { doc, parsed, result } = convert(timeline({}, { eras }));
    expect(doc.eras).to.deep.equal([{ title: 'Doha drawdown', when: '2020-02-29/2021-04-14' }, { title: 'One year', when: '2021' }]);
    expect(parsed.story!.eras.length).to.equal(2);
    expect(listed(result.problems)).to.deep.equal(['warning eras[1].text.headline', 'warning eras[2].start_date.year', 'warning eras[4]']);
    expect(result.problems[2]!.message).to.equal('expected an era object, got "not an era"; it is left out');
  });
});

describe('importTimelineJs: what cannot be shown', () => {
  it('warns once per kind of loss, with a count and the path of the first, and not for empty parts', () => {
    const empty = { media: { url: '', caption: '', credit: '' }, background: {}, display_date: '', autolink: false };
    const full = { media: { url: 'https://example.org/a.jpg' }, background: { color: '#000' }, display_date: 'Summer', autolink: true };
    const events = [empty, full, { ...full, start_date: { ...date(2020), display_date: 'Then' }, display_date: '' }, empty, full]
      .map((parts) => ({ start_date: date(2020), text: { headline: 'x', text: '<a href="#">link</a>' }, ...parts }));
    const { result } = convert({ title: { text: { headline: 'T' }, media: { url: 'https://example.org/b.jpg' } }, events, scale: 'cosmological' });
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'scale: the scale "cosmological" is not supported; dates are read as calendar dates',
      'title.media: media on 4 slides is not shown: the timeline draws no pictures or embeds',
      'events[0].text: links on 5 slides are dropped: their words stay, as plain text',
      'events[1].background: background on 3 slides is not shown: the timeline draws no backgrounds',
      'events[1].autolink: autolink on 3 slides is not applied: web addresses stay plain text',
      'events[1].display_date: display_date on 3 events is not shown: dates are drawn from start_date and end_date',
    ]);
    expect(result.problems.filter((p) => p.message.includes('display_date'))[0]!.path).to.equal('events[1].display_date');
  });

  it('says nothing of the "human" scale, which is what a v1 story draws', () => {
    expect(convert(timeline({}, { scale: 'human' })).result.problems).to.deep.equal([]);
  });
});

describe('importTimelineJs: hostile input', () => {
  for (const value of [null, undefined, 42, 'timeline', [], true]) {
    it(`importTimelineJs(${JSON.stringify(value)}) reports one error at '' and makes an empty v1 document`, () => {
      const { doc, result } = convert(value);
      expect(listed(result.problems)).to.deep.equal(['error ']);
      expect(doc.events).to.deep.equal([]);
    });
  }

  it('reports events that are not a list, or entries that are not objects, and keeps the rest', () => {
    expect(listed(convert({ events: { 0: {} } }).result.problems)).to.deep.equal(['error events']);
    const { doc, result } = convert({ title: { text: { headline: 'T' } }, events: [null, 'x', [], { start_date: date(2020), text: 'not an object' }] });
    expect(listed(result.problems)).to.deep.equal(['error events[0]', 'error events[1]', 'error events[2]', 'warning events[3].text.headline']);
    expect(doc.events.length).to.equal(1);
  });

  it('cannot be made to pollute prototypes by __proto__ keys, ids or groups', () => {
    const json: unknown = JSON.parse('{"__proto__": {"polluted": 1}, "title": {"text": {"headline": "T", "__proto__": {"polluted": 2}}},' +
      '"events": [{"__proto__": {"polluted": 3}, "unique_id": "__proto__", "group": "__proto__", "start_date": {"year": "2020", "__proto__": {"month": "5"}},' +
      '"text": {"headline": "constructor"}}, {"unique_id": "constructor", "group": "constructor", "start_date": {"year": "2021"}, "text": {"headline": "x"}}]}');
    const { doc, parsed } = convert(json);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(doc.events.map((e) => [e.id, e.when, e.at])).to.deep.equal([['__proto__', '2020', ['proto']], ['constructor', '2021', ['constructor']]]);
    expect(parsed.story!.events.length).to.equal(2);
    expect(Object.getPrototypeOf(doc.events[0])).to.equal(Object.prototype);
  });

  it('passes extremely long strings through', () => {
    const long = 'x'.repeat(1_000_000);
    const { doc } = convert(timeline({ text: { headline: long, text: `<p>${long}</p>` }, group: long }));
    expect((doc.events[0]!.title as string).length).to.equal(1_000_000);
    expect(doc.places[0]!.id.length).to.equal(48);
  });
});

describe('importTimelineJs: sourcePath', () => {
  const events = [
    { start_date: date(2020), text: { headline: 'a' } },
    { text: { headline: 'skipped: no date' } },
    { start_date: date(2021), text: { headline: 'c' } },
    { start_date: date(2022), text: { headline: 'd' } },
    { start_date: date(2023), text: { headline: 'e' } },
  ];
  const eras = [{ text: { headline: 'no date' } }, { start_date: date(2020), text: { headline: 'Era' } }];

  it('maps events[3].when to the start_date of the TimelineJS event it came from', () => {
    const { result } = convert({ title: { text: { headline: 'T' } }, events: events.filter((_, i) => i !== 1) });
    expect(result.sourcePath('events[3].when')).to.equal('events[3].start_date');
  });

  it('maps past the events it skipped, and each v1 field to the TimelineJS part it came from', () => {
    const { result } = convert({ title: { text: { headline: 'T' } }, events, eras });
    expect(result.sourcePath('events[3].when')).to.equal('events[4].start_date');
    expect(result.sourcePath('events[1].title')).to.equal('events[2].text.headline');
    expect(result.sourcePath('events[1].text')).to.equal('events[2].text.text');
    expect(result.sourcePath('events[1].id')).to.equal('events[2].unique_id');
    expect(result.sourcePath('events[1].at[0]')).to.equal('events[2].group');
    expect(result.sourcePath('events[1].kind')).to.equal('events[2]');
    expect(result.sourcePath('events[1].constructor')).to.equal('events[2]');
    expect(result.sourcePath('eras[0].when')).to.equal('eras[1].start_date');
    // The title and places are made so that parseStory has nothing to say of them: they map to the file.
    for (const path of ['events[9].when', 'places[0].name', 'title', 'events', 'version', '']) expect(result.sourcePath(path), path).to.equal('');
  });
});
