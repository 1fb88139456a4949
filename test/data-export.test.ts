import { expect } from 'chai';
import { csvParseRows } from 'd3-dsv';
import { storyCsv } from '../src/export/story-csv.js';
import { storyJson } from '../src/export/story-json.js';
import { guardFormula, unguardFormula } from '../src/model/formula-guard.js';
import { importCsv } from '../src/model/import-csv.js';
import { importTimelineJs } from '../src/model/import-timelinejs.js';
import { parseStory } from '../src/model/parse-story.js';
import { pickText } from '../src/model/pick-text.js';
import type { Problem, Story, Text } from '../src/model/types.js';

/**
 * Tests of the story's data as files: storyCsv writes what the CSV importer reads back into the same events,
 * storyJson a v1 document the parser reads back into the same story; both for every shipped story, a generated
 * one, one in two languages, and hostile text.
 */

const errors = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === 'error');

function parsed(document: unknown): Story {
  const result = parseStory(document);
  expect(errors(result.problems)).to.deep.equal([]);
  return result.story!;
}

/** The story the CSV importer makes of storyCsv(story), and every problem on the way. */
function throughCsv(story: Story): { story: Story; problems: Problem[] } {
  const imported = importCsv(storyCsv(story), { title: 'from csv' });
  const result = parseStory(imported.document);
  return { story: result.story!, problems: [...imported.problems, ...result.problems] };
}

/** What CSV holds of each event: places by name, sources by the name shown first, amounts whole. */
function csvFields(story: Story) {
  const places = new Map(story.places.map((place) => [place.id, place.name]));
  const sources = new Map(story.sources.map((source) => [source.id, pickText(source.name)]));
  const names = (ids: readonly string[]): Text[] => ids.map((id) => places.get(id)!);
  return story.events.map((event) => ({
    id: event.id, kind: event.kind, title: event.title, text: event.text, when: event.when.text, status: event.status,
    from: names(event.from), to: names(event.to), at: names(event.at), amount: event.amount,
    assets: event.assets, units: event.units, sources: event.sources.map((id) => sources.get(id)), tags: event.tags,
  }));
}

function expectCsvRoundTrip(story: Story): void {
  const back = throughCsv(story);
  expect(back.problems).to.deep.equal([]);
  expect(back.story.events.map((event) => event.id)).to.deep.equal(story.events.map((event) => event.id));
  const [want, got] = [csvFields(story), csvFields(back.story)];
  want.forEach((event, i) => expect(got[i], event.id).to.deep.equal(event));
}

function expectJsonRoundTrip(story: Story): void {
  const text = storyJson(story);
  const result = parseStory(JSON.parse(text));
  expect(result.problems).to.deep.equal([]);
  expect(result.story).to.deep.equal(story);
  // Twice through is the same file: nothing drifts.
  expect(storyJson(result.story!)).to.equal(text);
}

const fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** The shipped stories and a generated one, each read as the element reads it. */
const STORIES: [name: string, load: () => Promise<Story>][] = [
  ['russia-syria-2024.json', async () => parsed(await fetchJson('/data/russia-syria-2024.json'))],
  ['us-afghanistan-2020-2021.json', async () => parsed(await fetchJson('/data/us-afghanistan-2020-2021.json'))],
  ['timelinejs-sample.json (TimelineJS)', async () => parsed(importTimelineJs(await fetchJson('/data/timelinejs-sample.json')).document)],
  ['withdrawals.csv', async () => parsed(importCsv(await (await fetch('/data/withdrawals.csv')).text(), { title: 'withdrawals' }).document)],
  ['a generated story of 300 events', async () => parsed(await fetchJson('/__test/generated?events=300'))],
];

/** A story in English and Arabic, fields written in one, both, or neither tag, and every part the format has. */
const MIXED = {
  version: 1,
  title: { en: 'Drawdown', ar: 'الانسحاب' },
  subtitle: 'Only in one language',
  credit: { ar: 'إعداد: قسم البيانات' },
  published: '2024-12-16/2024-12-31',
  sources: [
    { id: 's1', name: { en: 'Al-Araby Al-Jadeed', ar: 'العربي الجديد' }, url: 'https://example.org/a', date: '2024-12-20', via: 's2' },
    { id: 's2', name: 'مصدر عسكري', note: { en: 'A note', ar: 'ملاحظة' }, future: { kept: [1, 'two'] } },
  ],
  places: [
    { id: 'hmeimim', name: { en: 'Hmeimim Air Base', ar: 'قاعدة حميميم الجوية' }, region: 'Latakia', country: { ar: 'سوريا' }, kind: 'airbase', lat: 35.4, lon: 35.95 },
    { id: 'benina', name: { en: 'Benina Airport, Benghazi', ar: 'مطار بنينا' }, kind: 'airport' },
    { id: 'moscow', name: 'Moscow' },
    { id: 'tartus', name: { ar: 'طرطوس' }, kind: 'naval-base' },
  ],
  series: [{ id: 'sites', title: { en: 'Russian sites', ar: 'المواقع الروسية' }, unit: 'sites', points: [
    { when: '2025-01', value: 1, status: 'expected', note: 'forecast' }, { when: '2024-12-08', value: 100, approx: true }, { when: '2024-12-20', value: 3 },
  ], colour: 'red' }],
  eras: [{ title: { en: 'After Assad', ar: 'بعد سقوط الأسد' }, when: '2024-12-08/..' }],
  events: [
    { id: 'e1', kind: 'withdrawal', title: { en: 'Out of Hmeimim', ar: 'انسحاب من حميميم' }, when: '2024-12-16', at: 'hmeimim', sources: ['s1'],
      status: 'confirmed', amount: { value: 10, unit: '%', of: { en: 'combat forces', ar: 'القوات القتالية' } }, tags: ['air', 'syria'] },
    { id: 'e2', kind: 'transfer', title: 'Personnel to Benghazi', text: { en: 'Two paragraphs.\n\nThe second.', ar: 'فقرتان.\n\nالثانية.' },
      when: '2024-12-15~/2024-12-18', from: ['hmeimim', 'tartus'], to: ['moscow', 'benina'], sources: ['s1', 's2'],
      amount: { value: 1000, unit: { en: 'personnel', ar: 'فرد' }, approx: true, min: 800, max: 1200 },
      assets: [{ en: 'S-400', ar: 'إس-400' }, 'Il-76', { ar: 'سفن' }], units: ['Fifth Corps'], extra: 'kept in JSON' },
    { id: 'e3', kind: 'statement', title: { ar: 'تصريح رسمي' }, when: '2024-12~', sources: ['s2'], status: 'claimed' },
    { id: 'e4', kind: 'evacuation', title: { en: 'Evacuation' }, when: '2024-12-20?', at: ['benina', 'moscow'], status: 'denied',
      amount: { value: 1.5e-7, unit: 'share', min: 0 } },
    { id: 'e5', kind: 'deployment', title: 'Expected', when: '../2025-01-17', status: 'expected', amount: { value: 1e15, unit: 'rounds', max: 1e15 } },
    { id: 'e6', kind: 'handover', title: { en: 'Handover', ar: 'تسليم' }, when: '2024-12-10%/2024-12-XX', at: 'tartus', status: 'planned' },
  ],
  schemaNote: 'an unknown story field',
};

describe('storyCsv and storyJson: round trips', () => {
  for (const [name, load] of STORIES) {
    it(`storyCsv(story) of ${name} reads back through importCsv into the same events`, async () => {
      expectCsvRoundTrip(await load());
    });
    it(`storyJson(story) of ${name} parses back into a deep-equal story`, async () => {
      expectJsonRoundTrip(await load());
    });
  }

  it('storyCsv(story) of a story in English and Arabic keeps every language of every field CSV holds', () => {
    const story = parsed(MIXED);
    expectCsvRoundTrip(story);
    const back = throughCsv(story).story;
    // The check above compares by name; here the names themselves, an item missing in a language kept in its place.
    expect(back.events[1]!.assets).to.deep.equal([{ en: 'S-400', ar: 'إس-400' }, 'Il-76', { ar: 'سفن' }]);
    expect(back.places.map((place) => place.name)).to.deep.equal(
      [{ en: 'Hmeimim Air Base', ar: 'قاعدة حميميم الجوية' }, { ar: 'طرطوس' }, 'Moscow', { en: 'Benina Airport, Benghazi', ar: 'مطار بنينا' }]);
    expect(back.events[3]!.amount).to.deep.equal({ value: 1.5e-7, unit: 'share', approx: false, min: 0, max: undefined, of: undefined });
  });

  it('storyJson(story) of a story in English and Arabic keeps sources, places, series, eras and unknown fields', () => {
    const story = parsed(MIXED);
    expectJsonRoundTrip(story);
    const document = JSON.parse(storyJson(story));
    expect(document.sources[0]).to.deep.equal(MIXED.sources[0]);
    expect(document.places[0]).to.deep.equal(MIXED.places[0]);
    expect(document.sources[1].future).to.deep.equal({ kept: [1, 'two'] });
    expect(document.schemaNote).to.equal('an unknown story field');
    // Series points come out sorted by time, as the parser keeps them.
    expect(document.series[0].points.map((point: { when: string }) => point.when)).to.deep.equal(['2024-12-08', '2024-12-20', '2025-01']);
    expect(storyJson(story)).to.match(/^\{\n {2}"version": 1,\n {2}"title": \{\n {4}"en": "Drawdown",/);
  });
});

describe('storyCsv: the file', () => {
  it('begins with a byte-order mark, ends lines in CRLF, and names only the columns the story uses', () => {
    const csv = storyCsv(parsed(MIXED));
    expect(csv.startsWith('\uFEFFid,kind,title,title:en,title:ar,when,status,')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const header = csvParseRows(csv.slice(1))[0]!;
    expect(header).to.include.members(['from:en', 'from:ar', 'to', 'to:en', 'amount.unit:en', 'amount.unit:ar', 'amount.unit', 'assets', 'assets:en', 'assets:ar', 'text:en', 'text:ar', 'tags']);
    const plain = storyCsv(parsed({ version: 1, title: 'T', events: [{ id: 'a', kind: 'other', title: 'A', when: '2024' }] }));
    expect(plain).to.equal('\uFEFFid,kind,title,when\r\na,other,A,2024\r\n');
  });

  it('writes a list in languages with an empty place for an item missing in one', () => {
    const rows = csvParseRows(storyCsv(parsed(MIXED)).slice(1));
    const cell = (column: string, row: number) => rows[row]![rows[0]!.indexOf(column)];
    expect([cell('assets', 2), cell('assets:en', 2), cell('assets:ar', 2)]).to.deep.equal(['; Il-76; ', 'S-400; ; ', 'إس-400; ; سفن']);
    expect(rows[0]).not.to.include('from');
    expect([cell('from:en', 2), cell('from:ar', 2)]).to.deep.equal(['Hmeimim Air Base; ', 'قاعدة حميميم الجوية; طرطوس']);
  });
});

describe('storyCsv: hostile cells', () => {
  const hostile = [
    'He said "no", then left', 'one, two, three', 'line one\nline two\r\nline three', '=HYPERLINK("https://example.org","x")',
    '+1+1', '-5 troops', '@SUM(A1:A2)', "'=already quoted", "''+two apostrophes", "'plain apostrophe",
    '\u202Bقاعدة حميميم\u202C (Hmeimim)', '\u2067طرطوس\u2069 \u200Fالقاعدة', '"', ',',
  ];
  const story = parsed({
    version: 1, title: 'Hostile',
    sources: [{ id: 's', name: '=cmd "/C calc"!A0' }],
    places: [{ id: 'p', name: { en: '-Evil, "Base"', ar: '\u202E=مكان' } }],
    events: hostile.map((title, i) => ({
      id: i === 3 ? '=id' : `e${i}`, kind: 'other', title, text: { en: title, ar: `@${title}` }, when: '2024-12', at: 'p', sources: ['s'],
      tags: ['-tag', '=x'], units: [`+${i}`],
    })),
  });

  it('reads back every value as written', () => {
    expectCsvRoundTrip(story);
    expect(throughCsv(story).story.events.map((event) => event.title)).to.deep.equal(hostile);
  });

  it('starts no cell with a character that makes a spreadsheet read it as a formula', () => {
    const cells = csvParseRows(storyCsv(story).slice(1)).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).to.deep.equal([]);
    expect(cells).to.include("'=HYPERLINK(\"https://example.org\",\"x\")");
    expect(cells).to.include("''=already quoted");
  });

  it('guardFormula(cell) and unguardFormula(cell) undo each other, tabs and carriage returns too', () => {
    for (const cell of ['\t=1', '\r=1', '=1', "'", "'=", "''-", 'x=1', '', 'حميميم']) {
      expect(unguardFormula(guardFormula(cell)), JSON.stringify(cell)).to.equal(cell);
    }
    expect(guardFormula('\t=1')).to.equal("'\t=1");
    expect(guardFormula('x=1')).to.equal('x=1');
    // A cell nobody guarded is read as written.
    expect(unguardFormula("'hello")).to.equal("'hello");
  });
});
