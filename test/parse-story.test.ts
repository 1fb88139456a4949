import { expect } from 'chai';
import { jsonErrorPlace } from '../src/model/json-error-place.js';
import { parseStory, type ParseResult } from '../src/model/parse-story.js';
import { readStory } from '../src/model/read-story.js';
import { pickText } from '../src/model/pick-text.js';
import { EVENT_KINDS, type Problem, type Source, type Story, type Text } from '../src/model/types.js';
import { story } from './helpers.js';

/**
 * Tests of the v1 parser/validator: the normalised model, fatal documents, per-event errors, warnings that keep
 * what holds them, hostile input, and the real data files. Every problem any test produces is also checked to be a
 * readable sentence with a path.
 */

/** Parses and checks that every problem is well-formed: a known severity, a string path, a sentence of a message. */
function parse(input: unknown): ParseResult {
  const result = parseStory(input);
  for (const problem of result.problems) {
    expect(['error', 'warning'], JSON.stringify(problem)).to.include(problem.severity);
    expect(problem.path, JSON.stringify(problem)).to.be.a('string');
    expect(problem.message, JSON.stringify(problem)).to.be.a('string');
    expect(problem.message.trim().length, `message too short: ${JSON.stringify(problem)}`).to.be.greaterThan(10);
    expect(problem.message, `message is not a sentence: ${JSON.stringify(problem)}`).to.match(/\w+ \w+/);
    expect(problem.message, JSON.stringify(problem)).not.to.match(/\[object Object\]|\bundefined\b(?!")/);
  }
  return result;
}

/** `severity path` for each problem, in order: compact to compare. */
function listed(result: ParseResult): string[] {
  return result.problems.map((problem) => `${problem.severity} ${problem.path}`);
}

/** The one problem at `path`; fails if there is none or more than one. */
function problemAt(result: ParseResult, path: string): Problem {
  const found = result.problems.filter((problem) => problem.path === path);
  expect(found.length, `problems at ${JSON.stringify(path)} in ${JSON.stringify(result.problems)}`).to.equal(1);
  return found[0]!;
}

function storyOf(result: ParseResult): Story {
  expect(result.story, `story is null: ${JSON.stringify(result.problems)}`).to.not.equal(null);
  return result.story!;
}

/** A copy of the minimal document's events with one changed by `patch` (undefined values delete the key). */
function withEvent(index: number, patch: Record<string, unknown>): Record<string, unknown> {
  const base = story();
  const events = (base.events as Record<string, unknown>[]).map((event) => ({ ...event }));
  const event = events[index]!;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete event[key];
    else event[key] = value;
  }
  return { ...base, events };
}

function withSources(sources: unknown[]): Record<string, unknown> {
  // Events of the minimal story cite s1; keep that citation valid unless a test replaces it.
  return story({ sources });
}

describe('parseStory: a valid document', () => {
  it('parseStory(story()) gives no problems and every event', () => {
    const result = parse(story());
    expect(result.problems).to.deep.equal([]);
    expect(result.skippedEvents).to.equal(0);
    const s = storyOf(result);
    expect(s.version).to.equal(1);
    expect(s.title).to.equal('Test story');
    expect(s.events.map((event) => event.id)).to.deep.equal(['e1', 'e2', 'e3']);
    expect(s.events.map((event) => event.index)).to.deep.equal([0, 1, 2]);
    expect(s.places.map((place) => place.id)).to.deep.equal(['a', 'b']);
    expect(s.sources.map((source) => source.id)).to.deep.equal(['s1']);
    expect(s.series).to.deep.equal([]);
    expect(s.eras).to.deep.equal([]);
    expect(s.extra).to.deep.equal({});
    expect(s.subtitle).to.equal(undefined);
    expect(s.published).to.equal(undefined);
  });

  it('fills defaults: status "reported", and every list as an array', () => {
    const s = storyOf(parse(story()));
    const [e1, e2, e3] = s.events;
    expect(e1!.status).to.equal('reported');
    expect(e1!.kind).to.equal('withdrawal');
    expect(e1!.at, 'a lone string id is read as a list of one').to.deep.equal(['a']);
    expect(e1!.from).to.deep.equal([]);
    expect(e1!.to).to.deep.equal([]);
    expect(e1!.sources).to.deep.equal(['s1']);
    expect(e1!.assets).to.deep.equal([]);
    expect(e1!.units).to.deep.equal([]);
    expect(e1!.tags).to.deep.equal([]);
    expect(e1!.amount).to.equal(undefined);
    expect(e1!.text).to.equal(undefined);
    expect(e1!.extra).to.deep.equal({});
    expect(e2!.from).to.deep.equal(['a']);
    expect(e2!.to).to.deep.equal(['b']);
    expect(e2!.when.interval).to.equal(true);
    expect(e2!.when.min).to.equal(Date.UTC(2024, 11, 15));
    expect(e2!.when.max).to.equal(Date.UTC(2024, 11, 19));
    expect(e3!.when.text).to.equal('2024-12~');
    expect(e3!.sources).to.deep.equal([]);
  });

  it('reads every field of a full document into the normalised model', () => {
    const result = parse({
      $schema: '../schema/drawdown-timeline.v1.schema.json',
      version: 1,
      title: { en: 'Drawdown', ar: 'انسحاب' },
      subtitle: 'A subtitle',
      credit: 'Reporting: someone',
      published: '2024-12-16/2024-12-31',
      sources: [
        { id: 'wire', name: 'Wire', url: 'https://example.org/wire', date: '2024-12-17', note: 'Paywalled' },
        { id: 'paper', name: { en: 'Paper' }, via: 'wire', url: 'http://example.org/paper' },
      ],
      places: [
        { id: 'hmeimim', name: 'Hmeimim', region: 'Latakia', country: 'Syria', kind: 'airbase', lat: 35.41, lon: 35.95 },
        { id: 'benghazi', name: 'Benghazi', kind: 'city' },
      ],
      series: [{ id: 'troops', title: 'Troops in Syria', unit: 'personnel', points: [{ when: '2024-11', value: 7500, approx: true }] }],
      eras: [{ title: 'After Assad', when: '2024-12-08/..' }],
      events: [{
        id: 'move', kind: 'transfer', title: 'Personnel moved', text: 'One.\n\nTwo.', when: '2024-12-18',
        status: 'claimed', from: ['hmeimim'], to: 'benghazi', at: [],
        amount: { value: 1000, unit: 'personnel', approx: true, min: 900, max: 1100, of: 'Russian forces' },
        assets: ['S-400'], units: ['Africa Corps'], sources: ['paper', 'wire'], tags: ['air'],
      }],
    });
    expect(result.problems).to.deep.equal([]);
    const s = storyOf(result);
    expect(s.title).to.deep.equal({ en: 'Drawdown', ar: 'انسحاب' });
    expect(s.subtitle).to.equal('A subtitle');
    expect(s.credit).to.equal('Reporting: someone');
    expect(s.published!.min).to.equal(Date.UTC(2024, 11, 16));
    expect(s.published!.max).to.equal(Date.UTC(2025, 0, 1));
    expect(s.extra, '$schema is a known field, not extra').to.deep.equal({});
    const [wire, paper] = s.sources;
    expect(wire!.url).to.equal('https://example.org/wire');
    expect(wire!.date!.min).to.equal(Date.UTC(2024, 11, 17));
    expect(wire!.note).to.equal('Paywalled');
    expect(wire!.via).to.equal(undefined);
    expect(paper!.name).to.deep.equal({ en: 'Paper' });
    expect(paper!.via).to.equal('wire');
    expect(paper!.url).to.equal('http://example.org/paper');
    const [hmeimim, benghazi] = s.places;
    expect(hmeimim).to.deep.include({ id: 'hmeimim', name: 'Hmeimim', region: 'Latakia', country: 'Syria', kind: 'airbase', lat: 35.41, lon: 35.95 });
    expect(benghazi!.kind).to.equal('city');
    expect(benghazi!.lat).to.equal(undefined);
    expect(s.series[0]!.unit).to.equal('personnel');
    expect(s.series[0]!.points.map((p) => [p.when.text, p.value, p.approx])).to.deep.equal([['2024-11', 7500, true]]);
    expect(s.eras[0]!.title).to.equal('After Assad');
    expect(s.eras[0]!.when.max).to.be.NaN;
    const event = s.events[0]!;
    expect(event.kind).to.equal('transfer');
    expect(event.status).to.equal('claimed');
    expect(event.text).to.equal('One.\n\nTwo.');
    expect(event.from).to.deep.equal(['hmeimim']);
    expect(event.to).to.deep.equal(['benghazi']);
    expect(event.at).to.deep.equal([]);
    expect(event.amount).to.deep.equal({ value: 1000, unit: 'personnel', approx: true, min: 900, max: 1100, of: 'Russian forces' });
    expect(event.assets).to.deep.equal(['S-400']);
    expect(event.units).to.deep.equal(['Africa Corps']);
    expect(event.sources).to.deep.equal(['paper', 'wire']);
    expect(event.tags).to.deep.equal(['air']);
  });

  it('keeps unknown fields in extra at story, event, place and source level', () => {
    const doc = story({
      'x-desk': 'world',
      futureField: { nested: [1, 2] },
      places: [{ id: 'a', name: 'Alpha', elevation: 12 }, { id: 'b', name: 'Bravo' }],
      sources: [{ id: 's1', name: 'Wire', reliability: 'high' }],
    });
    (doc.events as Record<string, unknown>[])[0] = {
      ...(doc.events as Record<string, unknown>[])[0], confidence: 0.8, 'geo-json': { type: 'Point' },
    };
    const result = parse(doc);
    expect(result.problems).to.deep.equal([]);
    const s = storyOf(result);
    expect(s.extra).to.deep.equal({ 'x-desk': 'world', futureField: { nested: [1, 2] } });
    expect(s.events[0]!.extra).to.deep.equal({ confidence: 0.8, 'geo-json': { type: 'Point' } });
    expect(s.events[1]!.extra).to.deep.equal({});
    expect(s.places[0]!.extra).to.deep.equal({ elevation: 12 });
    expect(s.places[1]!.extra).to.deep.equal({});
    expect(s.sources[0]!.extra).to.deep.equal({ reliability: 'high' });
  });

  it('accepts an empty events list, with a warning and an empty story', () => {
    const result = parse(story({ events: [] }));
    expect(listed(result)).to.deep.equal(['warning events']);
    expect(storyOf(result).events).to.deep.equal([]);
    expect(result.skippedEvents).to.equal(0);
  });
});

describe('parseStory: documents that cannot be read at all', () => {
  const fatal: readonly { says: string; input: unknown; path: string; mentions: string }[] = [
    { says: 'null', input: null, path: '$', mentions: 'null' },
    { says: 'a number', input: 42, path: '$', mentions: '42' },
    { says: 'a string', input: 'text', path: '$', mentions: 'text' },
    { says: 'a list', input: [], path: '$', mentions: 'list' },
    { says: 'a boolean', input: true, path: '$', mentions: 'true' },
    { says: 'undefined', input: undefined, path: '$', mentions: 'object' },
    { says: 'version 2', input: story({ version: 2 }), path: 'version', mentions: '2' },
    { says: 'version "1" (a string)', input: story({ version: '1' }), path: 'version', mentions: '"1"' },
    { says: 'no events', input: story({ events: undefined }), path: 'events', mentions: 'list' },
    { says: 'events as an object', input: story({ events: { e1: {} } }), path: 'events', mentions: 'list' },
    { says: 'events as a string', input: story({ events: 'e1' }), path: 'events', mentions: 'list' },
    { says: 'events null', input: story({ events: null }), path: 'events', mentions: 'null' },
  ];
  for (const c of fatal) {
    it(`parseStory(${c.says}) is story null with one error at ${JSON.stringify(c.path)}`, () => {
      const result = parse(c.input);
      expect(result.story).to.equal(null);
      expect(listed(result)).to.deep.equal([`error ${c.path}`]);
      expect(result.problems[0]!.message).to.include(c.mentions);
      expect(result.skippedEvents).to.equal(0);
    });
  }

  it('names what a story must have when the input is not an object', () => {
    const message = parse([]).problems[0]!.message;
    expect(message).to.include('version');
    expect(message).to.include('events');
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [
      {}, { version: 1 }, { events: [null, 1, 'x', [], {}] }, { version: 1, events: [], sources: 'x', places: 3 },
      { version: 1, events: [{ id: {}, title: [], when: {} }] }, Object.create(null), new Date(0), () => 1,
    ];
    inputs.forEach((input, i) => expect(() => parse(input), `input ${i}`).not.to.throw());
  });
});

describe('parseStory: an event that cannot be used is skipped, the others are kept', () => {
  it('reports events[1].when, events[2].id (missing) and events[3].id (duplicate), keeping events 0 and 4', () => {
    const result = parse(story({
      events: [
        { id: 'e1', kind: 'withdrawal', title: 'Good one', when: '2024-12-16' },
        { id: 'e2', kind: 'withdrawal', title: 'Bad date', when: 'Dec 2024' },
        { kind: 'withdrawal', title: 'No id', when: '2024-12-16' },
        { id: 'e1', kind: 'withdrawal', title: 'Same id again', when: '2024-12-16' },
        { id: 'e5', kind: 'statement', title: 'Good two', when: '2024' },
      ],
    }));
    expect(listed(result)).to.deep.equal(['error events[1].when', 'error events[2].id', 'error events[3].id']);
    expect(result.skippedEvents).to.equal(3);
    const s = storyOf(result);
    expect(s.events.map((event) => [event.id, event.index])).to.deep.equal([['e1', 0], ['e5', 4]]);
    expect(problemAt(result, 'events[1].when').message).to.include('Dec 2024');
    expect(problemAt(result, 'events[1].when').message).to.include('2024-12-16');
    expect(problemAt(result, 'events[3].id').message).to.include('"e1"');
  });

  const perEvent: readonly { says: string; patch: Record<string, unknown>; path: string; mentions: readonly string[] }[] = [
    { says: 'a missing title', patch: { title: undefined }, path: 'events[0].title', mentions: ['title'] },
    { says: 'a missing when', patch: { when: undefined }, path: 'events[0].when', mentions: ['EDTF', '2024-12-16'] },
    { says: 'a when that is a number', patch: { when: 2024 }, path: 'events[0].when', mentions: ['EDTF', 'number 2024'] },
    { says: 'a when of 2024-13', patch: { when: '2024-13' }, path: 'events[0].when', mentions: ['month 13'] },
    { says: 'a reversed interval', patch: { when: '2025/2024' }, path: 'events[0].when', mentions: ['before it starts'] },
    { says: 'an empty id', patch: { id: '  ' }, path: 'events[0].id', mentions: ['id'] },
    { says: 'a numeric id', patch: { id: 7 }, path: 'events[0].id', mentions: ['id', '7'] },
  ];
  for (const c of perEvent) {
    it(`skips an event with ${c.says}: one error at ${c.path}`, () => {
      const result = parse(withEvent(0, c.patch));
      expect(listed(result)).to.deep.equal([`error ${c.path}`]);
      expect(result.skippedEvents).to.equal(1);
      expect(storyOf(result).events.map((event) => event.id)).to.deep.equal(['e2', 'e3']);
      for (const wanted of c.mentions) expect(problemAt(result, c.path).message).to.include(wanted);
    });
  }

  it('skips an event whose title has no usable text (error at events[0].title, warning for the entry)', () => {
    const result = parse(withEvent(0, { title: { en: '' } }));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).to.deep.equal(['events[0].title']);
    expect(storyOf(result).events.map((event) => event.id)).to.deep.equal(['e2', 'e3']);
    expect(result.skippedEvents).to.equal(1);
  });

  it('skips entries of events that are not objects, at events[i]', () => {
    const base = story();
    const result = parse({ ...base, events: [null, ...(base.events as unknown[]), 'e9'] });
    expect(listed(result)).to.deep.equal(['error events[0]', 'error events[4]']);
    expect(result.skippedEvents).to.equal(2);
    expect(storyOf(result).events.map((event) => [event.id, event.index])).to.deep.equal([['e1', 1], ['e2', 2], ['e3', 3]]);
  });

  it('reports every problem of one bad event, not just the first', () => {
    const result = parse(withEvent(1, { id: undefined, title: undefined, when: 'soon' }));
    expect(listed(result)).to.deep.equal(['error events[1].id', 'error events[1].title', 'error events[1].when']);
    expect(result.skippedEvents).to.equal(1);
  });
});

interface WarningCase {
  readonly says: string;
  readonly doc: Record<string, unknown>;
  /** Every problem, as `severity path`, in order. */
  readonly problems: readonly string[];
  /** Words that must be in the message at the first listed path. */
  readonly mentions?: readonly string[];
  readonly check: (story: Story) => void;
}

const kindList = EVENT_KINDS.join(', ');

const warnings: readonly WarningCase[] = [
  {
    says: 'an unknown kind is read as "other"',
    doc: withEvent(0, { kind: 'retreat' }),
    problems: ['warning events[0].kind'],
    mentions: [kindList, 'retreat', 'other'],
    check: (s) => expect(s.events[0]!.kind).to.equal('other'),
  },
  {
    says: 'a missing kind is read as "other"',
    doc: withEvent(0, { kind: undefined }),
    problems: ['warning events[0].kind'],
    mentions: [kindList],
    check: (s) => expect(s.events[0]!.kind).to.equal('other'),
  },
  {
    says: 'an unknown status is read as "reported"',
    doc: withEvent(0, { status: 'rumoured' }),
    problems: ['warning events[0].status'],
    mentions: ['confirmed', 'rumoured', 'reported'],
    check: (s) => expect(s.events[0]!.status).to.equal('reported'),
  },
  {
    says: 'a known status is kept',
    doc: withEvent(0, { status: 'denied' }),
    problems: [],
    check: (s) => expect(s.events[0]!.status).to.equal('denied'),
  },
  {
    says: 'a dangling lone place id in "to" is dropped, at events[1].to',
    doc: withEvent(1, { to: 'nowhere' }),
    problems: ['warning events[1].to'],
    mentions: ['"nowhere"', 'places'],
    check: (s) => {
      expect(s.events[1]!.to).to.deep.equal([]);
      expect(s.events[1]!.from).to.deep.equal(['a']);
    },
  },
  {
    says: 'a dangling place id in a "to" list is dropped, the rest kept, at events[1].to[1]',
    doc: withEvent(1, { to: ['b', 'nowhere', 'a'] }),
    problems: ['warning events[1].to[1]'],
    mentions: ['"nowhere"'],
    check: (s) => expect(s.events[1]!.to).to.deep.equal(['b', 'a']),
  },
  {
    says: 'a dangling place id in "from" and "at" is reported where it is',
    doc: withEvent(0, { from: ['ghost'], at: ['a', 'b', 'ghost2'] }),
    problems: ['warning events[0].from[0]', 'warning events[0].at[2]'],
    mentions: ['"ghost"'],
    check: (s) => {
      expect(s.events[0]!.from).to.deep.equal([]);
      expect(s.events[0]!.at).to.deep.equal(['a', 'b']);
    },
  },
  {
    says: 'a dangling source id is dropped, the rest kept, at events[0].sources[1]',
    doc: withEvent(0, { sources: ['s1', 'nobody'] }),
    problems: ['warning events[0].sources[1]'],
    mentions: ['"nobody"', 'sources'],
    check: (s) => expect(s.events[0]!.sources).to.deep.equal(['s1']),
  },
  {
    says: 'a "via" to a missing source is dropped',
    doc: withSources([{ id: 's1', name: 'Wire', via: 'ghost' }]),
    problems: ['warning sources[0].via'],
    mentions: ['"ghost"'],
    check: (s) => {
      expect(s.sources[0]!.via).to.equal(undefined);
      expect(s.sources[0]!.name).to.equal('Wire');
    },
  },
  {
    says: 'a source that is "via" itself has that via dropped',
    doc: withSources([{ id: 's1', name: 'Wire', via: 's1' }]),
    problems: ['warning sources[0].via'],
    mentions: ['via'],
    check: (s) => expect(s.sources[0]!.via).to.equal(undefined),
  },
  {
    says: 'a valid "via" chain is kept',
    doc: withSources([{ id: 's1', name: 'Wire', via: 's2' }, { id: 's2', name: 'Agency', via: 's3' }, { id: 's3', name: 'Ministry' }]),
    problems: [],
    check: (s) => expect(s.sources.map((source) => source.via)).to.deep.equal(['s2', 's3', undefined]),
  },
  {
    says: 'a source without a name is shown by its id',
    doc: withSources([{ id: 's1' }]),
    problems: ['warning sources[0].name'],
    check: (s) => expect(s.sources[0]!.name).to.equal('s1'),
  },
  {
    says: 'an amount with min larger than max keeps its value and drops min and max',
    doc: withEvent(0, { amount: { value: 1000, unit: 'personnel', min: 1200, max: 800 } }),
    problems: ['warning events[0].amount'],
    mentions: ['1200', '800'],
    check: (s) => {
      const amount = s.events[0]!.amount!;
      expect(amount.value).to.equal(1000);
      expect(amount.unit).to.equal('personnel');
      expect(amount.min).to.equal(undefined);
      expect(amount.max).to.equal(undefined);
    },
  },
  {
    says: 'an amount without a unit is dropped, the event kept',
    doc: withEvent(0, { amount: { value: 1000 } }),
    problems: ['warning events[0].amount.unit', 'warning events[0].amount'],
    mentions: ['string'],
    check: (s) => {
      expect(s.events[0]!.amount).to.equal(undefined);
      expect(s.events[0]!.id).to.equal('e1');
    },
  },
  {
    says: 'an amount whose value is not a number is dropped',
    doc: withEvent(0, { amount: { value: 'about 1000', unit: 'personnel' } }),
    problems: ['warning events[0].amount.value', 'warning events[0].amount'],
    mentions: ['number', 'about 1000'],
    check: (s) => expect(s.events[0]!.amount).to.equal(undefined),
  },
  {
    says: 'a Text entry with a bad language tag is dropped, the rest kept',
    doc: story({ title: { en: 'Drawdown', 'not a tag!': 'x' } }),
    problems: ['warning title["not a tag!"]'],
    mentions: ['not a tag!', 'language tag'],
    check: (s) => expect(s.title).to.deep.equal({ en: 'Drawdown' }),
  },
  {
    says: 'a Text entry with an empty string is dropped, the rest kept',
    doc: story({ subtitle: { en: '', ar: 'نص' } }),
    problems: ['warning subtitle.en'],
    mentions: ['empty string'],
    check: (s) => expect(s.subtitle).to.deep.equal({ ar: 'نص' }),
  },
  {
    says: 'an empty Text string is dropped',
    doc: story({ subtitle: '   ' }),
    problems: ['warning subtitle'],
    mentions: ['text'],
    check: (s) => expect(s.subtitle).to.equal(undefined),
  },
  {
    says: 'a Text object with no usable entry is dropped',
    doc: story({ subtitle: { en: '', 'x y': 'z' } }),
    problems: ['warning subtitle.en', 'warning subtitle["x y"]', 'warning subtitle'],
    check: (s) => expect(s.subtitle).to.equal(undefined),
  },
  {
    says: 'an event text that is an empty object is dropped, the event kept',
    doc: withEvent(0, { text: {} }),
    problems: ['warning events[0].text'],
    mentions: ['"en"'],
    check: (s) => {
      expect(s.events[0]!.text).to.equal(undefined);
      expect(s.events).to.have.length(3);
    },
  },
  {
    says: 'a Text that is a number is dropped',
    doc: story({ credit: 42 }),
    problems: ['warning credit'],
    mentions: ['42'],
    check: (s) => expect(s.credit).to.equal(undefined),
  },
  {
    says: 'a missing story title is a warning and the title is empty',
    doc: story({ title: undefined }),
    problems: ['warning title'],
    mentions: ['title'],
    check: (s) => {
      expect(s.title).to.equal('');
      expect(s.events).to.have.length(3);
    },
  },
  {
    says: 'a missing version is a warning and the document is read as version 1',
    doc: story({ version: undefined }),
    problems: ['warning version'],
    mentions: ['1'],
    check: (s) => {
      expect(s.version).to.equal(1);
      expect(s.events).to.have.length(3);
    },
  },
  {
    says: 'a bad published date is dropped with a warning',
    doc: story({ published: 'last week' }),
    problems: ['warning published'],
    mentions: ['last week'],
    check: (s) => expect(s.published).to.equal(undefined),
  },
  {
    says: 'series points are sorted by time and a bad point is dropped',
    doc: story({
      series: [{
        id: 'troops', title: 'Troops', unit: 'personnel',
        points: [{ when: '2024-12', value: 10 }, { when: '2024-06', value: 'lots' }, { when: '2024-01', value: 30 }, { when: '../2023', value: 50 }],
      }],
    }),
    problems: ['warning series[0].points[1].value'],
    mentions: ['number', 'lots'],
    check: (s) => {
      expect(s.series[0]!.points.map((p) => [p.when.text, p.value])).to.deep.equal([['../2023', 50], ['2024-01', 30], ['2024-12', 10]]);
    },
  },
  {
    says: 'a series point keeps its status and note; a bad status is read as reported with a warning',
    doc: story({
      series: [{
        id: 'sites', title: 'Sites', unit: 'sites',
        points: [
          { when: '2024-12', value: 3, note: 'Three remain' },
          { when: '2025-01~', value: 0, status: 'expected' },
          { when: '2025-02', value: 0, status: 'rumoured' },
        ],
      }],
    }),
    problems: ['warning series[0].points[2].status'],
    mentions: ['rumoured', 'expected', 'reported'],
    check: (s) => {
      expect(s.series[0]!.points.map((p) => [p.status, p.note])).to.deep.equal([
        ['reported', 'Three remain'], ['expected', undefined], ['reported', undefined],
      ]);
    },
  },
  {
    says: 'a series point with a bad date is dropped',
    doc: story({ series: [{ id: 'troops', title: 'Troops', unit: 'personnel', points: [{ when: '2024-02-30', value: 1 }] }] }),
    problems: ['warning series[0].points[0].when'],
    mentions: ['29 days'],
    check: (s) => expect(s.series[0]!.points).to.deep.equal([]),
  },
  {
    says: 'an era with a bad date is left out with an error, the others kept',
    doc: story({ eras: [{ title: 'Bad', when: 'soon' }, { title: 'Good', when: '2024-12-08/..' }] }),
    problems: ['error eras[0].when'],
    mentions: ['soon'],
    check: (s) => expect(s.eras.map((era) => era.title)).to.deep.equal(['Good']),
  },
  {
    says: 'a place with a duplicate id is left out with an error, the first kept',
    doc: story({ places: [{ id: 'a', name: 'Alpha Base' }, { id: 'a', name: 'Impostor' }, { id: 'b', name: 'Bravo' }] }),
    problems: ['error places[1].id'],
    mentions: ['"a"'],
    check: (s) => {
      expect(s.places.map((place) => place.name)).to.deep.equal(['Alpha Base', 'Bravo']);
      expect(s.events[1]!.from).to.deep.equal(['a']);
    },
  },
  {
    says: 'a source with a duplicate id is left out with an error',
    doc: withSources([{ id: 's1', name: 'First' }, { id: 's1', name: 'Second' }]),
    problems: ['error sources[1].id'],
    check: (s) => expect(s.sources.map((source) => source.name)).to.deep.equal(['First']),
  },
  {
    says: 'a place with a latitude of 91 keeps the place and drops the latitude',
    doc: story({ places: [{ id: 'a', name: 'Alpha', lat: 91, lon: 35 }, { id: 'b', name: 'Bravo' }] }),
    problems: ['warning places[0].lat'],
    mentions: ['-90', '90', '91'],
    check: (s) => {
      expect(s.places[0]!.lat).to.equal(undefined);
      expect(s.places[0]!.lon).to.equal(35);
    },
  },
  {
    says: 'a place with a longitude of -181 drops the longitude',
    doc: story({ places: [{ id: 'a', name: 'Alpha', lon: -181 }, { id: 'b', name: 'Bravo' }] }),
    problems: ['warning places[0].lon'],
    check: (s) => expect(s.places[0]!.lon).to.equal(undefined),
  },
  {
    says: 'a place of an unknown kind is read as "other"',
    doc: story({ places: [{ id: 'a', name: 'Alpha', kind: 'fortress' }, { id: 'b', name: 'Bravo' }] }),
    problems: ['warning places[0].kind'],
    mentions: ['airbase', 'fortress'],
    check: (s) => expect(s.places[0]!.kind).to.equal('other'),
  },
  {
    says: 'a place without an id is left out with an error',
    doc: story({ places: [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Bravo' }, { name: 'Nameless' }] }),
    problems: ['error places[2].id'],
    check: (s) => expect(s.places).to.have.length(2),
  },
  {
    says: 'a non-string asset is dropped, the rest kept',
    doc: withEvent(0, { assets: ['S-400', 7, ''] }),
    problems: ['warning events[0].assets[1]', 'warning events[0].assets[2]'],
    check: (s) => expect(s.events[0]!.assets).to.deep.equal(['S-400']),
  },
];

describe('parseStory: warnings keep what holds them', () => {
  for (const c of warnings) {
    it(`parseStory: ${c.says}`, () => {
      const result = parse(c.doc);
      expect(listed(result)).to.deep.equal(c.problems);
      expect(result.skippedEvents).to.equal(0);
      const s = storyOf(result);
      c.check(s);
      if (c.mentions) {
        const message = result.problems[0]!.message;
        for (const wanted of c.mentions) expect(message, JSON.stringify(message)).to.include(wanted);
      }
    });
  }

  it('parseStory: a "via" cycle is broken, each dropped via is reported at sources[i].via', () => {
    const result = parse(withSources([
      { id: 's1', name: 'Wire', via: 's2' },
      { id: 's2', name: 'Agency', via: 's3' },
      { id: 's3', name: 'Ministry', via: 's2' },
    ]));
    const s = storyOf(result);
    expect(result.problems.length).to.be.greaterThan(0);
    for (const problem of result.problems) {
      expect(problem.severity).to.equal('warning');
      const match = /^sources\[(\d)\]\.via$/.exec(problem.path);
      expect(match, problem.path).to.not.equal(null);
      expect(s.sources[Number(match![1])]!.via, `${problem.path} is dropped`).to.equal(undefined);
    }
    // No chain of via loops any more.
    const byId = new Map<string, Source>(s.sources.map((source) => [source.id, source]));
    for (const source of s.sources) {
      const seen = new Set<string>();
      let next: Source | undefined = source;
      while (next) {
        expect(seen.has(next.id), `via chain from ${source.id} loops`).to.equal(false);
        seen.add(next.id);
        next = next.via === undefined ? undefined : byId.get(next.via);
      }
    }
    // s2 and s3 are in the loop, and the loop is cut at exactly one of them; s1 only runs into it and keeps its via.
    expect(listed(result)).to.deep.equal(['warning sources[1].via']);
    expect(s.sources.map((source) => source.via)).to.deep.equal(['s2', undefined, 's2']);
  });

  it('parseStory: a two-source "via" cycle is reported', () => {
    const result = parse(withSources([{ id: 's1', name: 'Wire', via: 's2' }, { id: 's2', name: 'Agency', via: 's1' }]));
    expect(problemAt(result, 'sources[0].via').severity).to.equal('warning');
    expect(problemAt(result, 'sources[0].via').message).to.include('via');
    expect(storyOf(result).sources[0]!.via).to.equal(undefined);
  });

  // Reported at the document's own index, not the index after bad entries were dropped.
  it('parseStory: a dangling id after a non-string entry is reported at its own index', () => {
    const result = parse(withEvent(1, { to: [42, 'nowhere', 'b'] }));
    expect(listed(result)).to.deep.equal(['warning events[1].to[0]', 'warning events[1].to[1]']);
    expect(problemAt(result, 'events[1].to[1]').message).to.include('"nowhere"');
    expect(storyOf(result).events[1]!.to).to.deep.equal(['b']);
  });
});

describe('parseStory: source urls', () => {
  const urls: readonly { url: string; kept: boolean }[] = [
    { url: 'https://example.org/a?b=c#d', kept: true },
    { url: 'http://example.org/path', kept: true },
    { url: 'javascript:alert(1)', kept: false },
    { url: 'JavaScript:alert(1)', kept: false },
    { url: ' javascript:alert(1)', kept: false },
    { url: 'data:text/html,<script>alert(1)</script>', kept: false },
    { url: '/news/story.html', kept: false },
    { url: 'story.html', kept: false },
    { url: '//example.org/no-scheme', kept: false },
    { url: 'ftp://example.org/file', kept: false },
    { url: 'vbscript:msgbox(1)', kept: false },
  ];
  for (const c of urls) {
    it(`parseStory: a source url ${JSON.stringify(c.url)} is ${c.kept ? 'kept' : 'dropped with a warning at sources[0].url'}`, () => {
      const result = parse(withSources([{ id: 's1', name: 'Wire', url: c.url }]));
      const source = storyOf(result).sources[0]!;
      if (c.kept) {
        expect(result.problems).to.deep.equal([]);
        expect(source.url).to.equal(c.url);
      } else {
        expect(listed(result)).to.deep.equal(['warning sources[0].url']);
        expect(result.problems[0]!.message).to.include('http');
        expect(source.url).to.equal(undefined);
        expect(source.name, 'the source itself is kept').to.equal('Wire');
      }
    });
  }
});

describe('parseStory: hostile input', () => {
  it('refuses numbers that would break a scale: series values past ±1e15, negative or huge amounts', () => {
    const result = parse(story({
      series: [{ id: 's', title: 'Troops', unit: 'troops', points: [
        { when: '2024-12-01', value: -1e308 }, { when: '2024-12-02', value: 1e308 }, { when: '2024-12-03', value: 5 },
      ] }],
      events: [
        { id: 'e1', kind: 'transfer', title: 'A', when: '2024-12-16', amount: { value: -5, unit: 'troops' } },
        { id: 'e2', kind: 'transfer', title: 'B', when: '2024-12-17', amount: { value: 10, unit: 'troops', min: -1, max: 1e300 } },
      ],
    }));
    expect(listed(result)).to.include.members([
      'warning series[0].points[0].value', 'warning series[0].points[1].value',
      'warning events[0].amount.value', 'warning events[1].amount.min', 'warning events[1].amount.max',
    ]);
    const s = storyOf(result);
    expect(s.series[0]!.points.map((point) => point.value)).to.deep.equal([5]);
    expect(s.events.find((event) => event.id === 'e1')!.amount).to.equal(undefined);
    expect(s.events.find((event) => event.id === 'e2')!.amount).to.include({ value: 10, min: undefined, max: undefined });
  });

  it('keeps a 1,000-character title as text, markup and all', () => {
    const long = 'x'.repeat(988) + '<b>&amp;</b>';
    expect(long).to.have.length(1_000);
    const result = parse(story({ title: long }));
    expect(result.problems).to.deep.equal([]);
    expect(storyOf(result).title).to.equal(long);
  });

  it('cuts a title or name past 1,000 characters, a note past 10,000, a text past 100,000, each with a warning', () => {
    const result = parse(story({
      title: 'x'.repeat(100_000),
      sources: [{ id: 's1', name: 'Wire', note: 'n'.repeat(20_000) }],
      places: [{ id: 'a', name: { en: 'y'.repeat(5_000) } }, { id: 'b', name: 'B' }],
      events: [{ id: 'e1', kind: 'other', title: 'z'.repeat(1_001), text: 't'.repeat(100_001), when: '2024', at: 'a' }],
    }));
    expect(listed(result)).to.deep.equal(['warning title', 'warning sources[0].note', 'warning places[0].name.en', 'warning events[0].title', 'warning events[0].text']);
    expect(result.problems[0]!.message).to.include('100,000 characters long; it is cut to 1,000');
    const s = storyOf(result);
    expect(s.title).to.have.length(1_001).and.match(/x…$/);
    expect((s.places[0]!.name as Record<string, string>).en).to.have.length(1_001);
    expect(s.sources[0]!.note).to.have.length(10_001);
    expect(s.events[0]!.title).to.have.length(1_001);
    expect(s.events[0]!.text).to.have.length(100_001);
    // A cut never splits a character written as two code units.
    const emoji = parse(story({ title: 'x'.repeat(999) + '😀😀' }));
    expect(storyOf(emoji).title).to.equal(`${'x'.repeat(999)}…`);
  });

  it('keeps a 1,000-character event title and a 10,000-character text as text', () => {
    const long = '<img src=x onerror=alert(1)>'.repeat(400).slice(0, 10_000);
    const result = parse(withEvent(0, { title: long.slice(0, 1_000), text: long }));
    expect(result.problems).to.deep.equal([]);
    expect(storyOf(result).events[0]!.title).to.equal(long.slice(0, 1_000));
    expect(storyOf(result).events[0]!.text).to.equal(long);
  });

  it('a {"__proto__": …} Text value does not pollute Object.prototype', () => {
    const doc = story();
    doc.subtitle = JSON.parse('{"__proto__": {"polluted": true}}');
    const result = parse(doc);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(storyOf(result).subtitle).to.equal(undefined);
    expect(result.problems.some((p) => p.path === 'subtitle' && p.severity === 'warning')).to.equal(true);
  });

  it('a Text with a "__proto__" key next to a real language keeps only the language', () => {
    const doc = story();
    doc.title = JSON.parse('{"__proto__": {"polluted": true}, "en": "Drawdown"}');
    const result = parse(doc);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const title = storyOf(result).title as Record<string, string>;
    expect(Object.keys(title)).to.deep.equal(['en']);
    expect(pickText(title, ['__proto__'])).to.equal('Drawdown');
  });

  it('a "__proto__" extra field is kept as data and does not pollute Object.prototype', () => {
    const doc = JSON.parse(`{"version": 1, "title": "T", "__proto__": {"polluted": true},
      "constructor": {"prototype": {"polluted2": true}},
      "events": [{"id": "e1", "kind": "other", "title": "E", "when": "2024", "__proto__": {"polluted3": true}}]}`);
    const result = parse(doc);
    expect(result.problems).to.deep.equal([]);
    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.polluted2, probe.polluted3]).to.deep.equal([undefined, undefined, undefined]);
    const s = storyOf(result);
    expect(Object.getPrototypeOf(s.extra)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(s.extra, '__proto__')?.value).to.deep.equal({ polluted: true });
    expect(Object.getOwnPropertyDescriptor(s.events[0]!.extra, '__proto__')?.value).to.deep.equal({ polluted3: true });
    expect(Object.getPrototypeOf(s.events[0]!.extra)).to.equal(Object.prototype);
  });

  it('an event id of "__proto__" or "constructor" is an ordinary id', () => {
    const result = parse(story({
      events: [
        { id: '__proto__', kind: 'other', title: 'A', when: '2024' },
        { id: 'constructor', kind: 'other', title: 'B', when: '2024' },
        { id: 'hasOwnProperty', kind: 'other', title: 'C', when: '2024', at: 'toString' },
      ],
    }));
    expect(listed(result)).to.deep.equal(['warning events[2].at']);
    expect(storyOf(result).events.map((event) => event.id)).to.deep.equal(['__proto__', 'constructor', 'hasOwnProperty']);
  });

  it('a long bad value is shortened in a message about its type', () => {
    const result = parse(withEvent(0, { kind: 'k'.repeat(5_000) }));
    expect(problemAt(result, 'events[0].kind').message.length).to.be.lessThan(500);
  });
});

describe('pickText', () => {
  const multi: Text = { en: 'Withdrawal', 'ar-SY': 'انسحاب', 'en-GB': 'Withdrawal (UK)', fr: 'Retrait' };
  const cases: readonly { says: string; text: Text | undefined; languages: readonly string[]; expected: string }[] = [
    { says: 'returns "" for undefined', text: undefined, languages: ['en'], expected: '' },
    { says: 'returns a plain string as is', text: 'Plain', languages: ['ar'], expected: 'Plain' },
    { says: 'picks the exact tag', text: multi, languages: ['fr'], expected: 'Retrait' },
    { says: 'picks the exact tag over the base language', text: multi, languages: ['en-GB'], expected: 'Withdrawal (UK)' },
    { says: 'picks an exact tag case-insensitively', text: multi, languages: ['AR-sy'], expected: 'انسحاب' },
    { says: 'finds "en" for "en-US" through the base language', text: { de: 'Abzug', en: 'Withdrawal' }, languages: ['en-US'], expected: 'Withdrawal' },
    { says: 'finds "en" for "en-GB" through the base language', text: { ar: 'انسحاب', en: 'Withdrawal' }, languages: ['en-GB'], expected: 'Withdrawal' },
    { says: 'finds "ar-SY" for "ar"', text: { en: 'Withdrawal', 'ar-SY': 'انسحاب' }, languages: ['ar'], expected: 'انسحاب' },
    { says: 'takes the languages in order', text: { en: 'Withdrawal', ar: 'انسحاب' }, languages: ['de', 'ar', 'en'], expected: 'انسحاب' },
    { says: 'falls back to the first entry', text: { fr: 'Retrait', en: 'Withdrawal' }, languages: ['de'], expected: 'Retrait' },
    { says: 'falls back to the first entry with no languages', text: { fr: 'Retrait', en: 'Withdrawal' }, languages: [], expected: 'Retrait' },
    { says: 'never reads "constructor" from the prototype', text: { en: 'Withdrawal', ar: 'انسحاب' }, languages: ['constructor'], expected: 'Withdrawal' },
    { says: 'never reads "__proto__" from the prototype', text: { en: 'Withdrawal', ar: 'انسحاب' }, languages: ['__proto__'], expected: 'Withdrawal' },
    { says: 'never reads "toString" from the prototype', text: { ar: 'انسحاب' }, languages: ['toString', 'hasOwnProperty'], expected: 'انسحاب' },
    { says: 'returns "" for an object with no entries', text: {}, languages: ['en'], expected: '' },
  ];
  for (const c of cases) {
    it(`pickText(${JSON.stringify(c.text)}, ${JSON.stringify(c.languages)}) ${c.says}`, () => {
      const picked = pickText(c.text, c.languages);
      expect(picked).to.be.a('string');
      expect(picked).to.equal(c.expected);
    });
  }

  it('pickText with ["constructor"] or ["__proto__"] returns one of the object\'s own strings', () => {
    const text: Text = { en: 'Withdrawal', ar: 'انسحاب' };
    for (const language of ['constructor', '__proto__', 'prototype', 'valueOf']) {
      expect(Object.values(text), language).to.include(pickText(text, [language]));
    }
  });
});

describe('parseStory: the real data files', () => {
  const files = ['/data/russia-syria-2024.json', '/data/us-afghanistan-2020-2021.json'];
  for (const url of files) {
    it(`parseStory(${url}) has zero problems`, async () => {
      const response = await fetch(url);
      expect(response.ok, `${url}: HTTP ${response.status}`).to.equal(true);
      const json: unknown = await response.json();
      const result = parse(json);
      expect(result.problems, JSON.stringify(result.problems, null, 2)).to.deep.equal([]);
      expect(result.skippedEvents).to.equal(0);
      const s = storyOf(result);
      expect(pickText(s.title, ['en'])).to.not.equal('');
      expect(s.events.length).to.be.greaterThan(0);
      expect(s.events.length).to.equal((json as { events: unknown[] }).events.length);
      expect(s.sources.length).to.be.greaterThan(0);
      expect(s.events.some((event) => event.from.length > 0 && event.to.length > 0), 'has at least one transfer').to.equal(true);
    });
  }
});

describe('readStory: text that is not JSON says where', () => {
  const cases: readonly [string, string][] = [
    ['{\n  "version": 1,\n  "title": "x"\n  "events": []\n}', 'line 4, column 3'],
    ['{"version": 1,}', 'line 1, column 15'],
    ['[1, 2,, 3]', 'line 1, column 7'],
    ['abc', 'line 1, column 1'],
    ['{"version": 1, "events": [', 'line 1, column 27'],
    ['', 'line 1, column 1'],
  ];
  for (const [text, place] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} fails at ${place}`, async () => {
      const result = await readStory(text, { format: 'json' });
      expect(result.story).to.equal(null);
      expect(result.problems.map((problem) => problem.path)).to.deep.equal([place]);
      expect(result.problems[0]!.message).to.include('is not valid JSON');
    });
  }

  it('finds the place by JSON\'s grammar, whatever the browser\'s message says', () => {
    const places: readonly [string, string][] = [
      ['{\n"a"}', 'line 2, column 4'],
      ['{\n"a" 1}', 'line 2, column 5'],
      ['{"a": "b\\q"}', 'line 1, column 10'],
      ['{"a": [1, 2,]}', 'line 1, column 13'],
      ['{"a": tru}', 'line 1, column 10'],
      ['{"a": 1} x', 'line 1, column 10'],
      ['{"a": "unterminated', 'line 1, column 20'],
      ['{"a": 01}', 'line 1, column 8'],
      ['["\\u12G4"]', 'line 1, column 7'],
      ['[1]', 'line 1, column 4'],
    ];
    for (const [text, place] of places) expect(jsonErrorPlace(text), text).to.equal(place);
  });
});
