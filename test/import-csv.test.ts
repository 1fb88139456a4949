import { expect } from 'chai';
import { importCsv } from '../src/model/import-csv.js';
import type { ImportResult } from '../src/model/import-result.js';
import { parseStory, type ParseResult } from '../src/model/parse-story.js';
import type { Problem } from '../src/model/types.js';

/**
 * Tests of the CSV importer: what a spreadsheet's cells become in a v1 document, what it reports (by spreadsheet
 * row and column), and that the document then passes parseStory, whose problems sourcePath maps back to cells.
 */

type Doc = { title: string; places: { id: string; name: string }[]; sources: { id: string; name: string; url?: string }[]; events: Record<string, unknown>[] };

/** Imports, checks every problem is a sentence with a path, and parses the document as the element would. */
function convert(text: string, title?: string): { result: ImportResult; doc: Doc; parsed: ParseResult; all: Problem[] } {
  const result = importCsv(text, title === undefined ? {} : { title });
  const parsed = parseStory(result.document);
  const all = [...result.problems, ...parsed.problems.map((p) => ({ ...p, path: result.sourcePath(p.path) }))];
  for (const problem of result.problems) {
    expect(['error', 'warning']).to.include(problem.severity);
    expect(problem.path, JSON.stringify(problem)).to.match(/^(row \d+(\.[\w.]+(:[\w-]+)?)?)?$/);
    expect(problem.message, JSON.stringify(problem)).to.match(/\w+ \w+.*; |: /);
    expect(problem.message, JSON.stringify(problem)).not.to.match(/\[object Object\]|undefined|NaN/);
  }
  return { result, doc: result.document as Doc, parsed, all };
}

const listed = (problems: readonly Problem[]) => problems.map((p) => `${p.severity} ${p.path}`);
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

describe('importCsv: cells and rows', () => {
  it('importCsv(text) makes one event per row from columns named as v1 fields, matched case-insensitively and trimmed', () => {
    const { doc, parsed, all } = convert(' ID ,Kind, TITLE ,When,Status\na,withdrawal,Out of Bagram,2021-07-02,Confirmed\n', 'Bagram');
    expect(doc.title).to.equal('Bagram');
    expect(doc.events).to.deep.equal([{ id: 'a', kind: 'withdrawal', title: 'Out of Bagram', when: '2021-07-02', status: 'confirmed' }]);
    expect(all).to.deep.equal([]);
    expect(parsed.story!.events[0]!.status).to.equal('confirmed');
  });

  it('titles the story "Untitled" when no title is given, and a blank title counts as none', () => {
    expect(convert('title,when\nx,2024\n').doc.title).to.equal('Untitled');
    expect(convert('title,when\nx,2024\n', '  ').doc.title).to.equal('Untitled');
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks', () => {
    const text = 'title,when,text,to,kind\n"About 1,000 moved",2024-12,"The ""Fifth Corps"", mostly.\n\nSecond paragraph.","Benina Airport, Benghazi",transfer\n';
    const { doc, all } = convert(text);
    expect(all).to.deep.equal([]);
    expect(doc.events[0]!.title).to.equal('About 1,000 moved');
    expect(doc.events[0]!.text).to.equal('The "Fifth Corps", mostly.\n\nSecond paragraph.');
    expect(doc.places).to.deep.equal([{ id: 'benina-airport-benghazi', name: 'Benina Airport, Benghazi' }]);
  });

  it('reads a byte-order mark and CRLF line endings, inside quoted cells too', () => {
    const { doc, all } = convert('\uFEFFid,title,when,kind\r\na,"One\r\nTwo",2024-12-16,other\r\nb,Three,2025,other\r\n');
    expect(all).to.deep.equal([]);
    expect(doc.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(doc.events[0]!.title).to.equal('One\r\nTwo');
    expect(doc.events[1]!.when).to.equal('2025');
  });

  it('skips blank lines silently, and still counts them as spreadsheet rows', () => {
    const { doc, result, all } = convert('title,when,kind\nA,2024,other\n\n , ,\nB,2024-13,other\n');
    expect(doc.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
    expect(result.problems).to.deep.equal([]);
    expect(listed(all)).to.deep.equal(['error row 5.when']);
  });

  it('reads a cell guarded against spreadsheet formulas ("\'=…") as the value it guards, and other apostrophes as written', () => {
    const { doc, all } = convert("id,title,when,kind,tags\n'-a,'=SUM(A1),2024,other,'@x; y\nb,'plain,2024,other,''+z\n");
    expect(all).to.deep.equal([]);
    expect(doc.events.map((e) => [e.id, e.title, e.when, e.tags])).to.deep.equal([
      ['-a', '=SUM(A1)', '2024', ['@x', 'y']], ['b', "'plain", '2024', ["'+z"]],
    ]);
  });

  it('gives a row without an id the id row-N, N being its spreadsheet row', () => {
    const { doc } = convert('id,title,when,kind\n,A,2024,other\nkept,B,2024,other\n');
    expect(doc.events.map((e) => e.id)).to.deep.equal(['row-2', 'kept']);
  });

  it('reads an empty kind as "other" with a warning at that cell, and a kind written in capitals as the kind', () => {
    const { doc, result } = convert('title,when,kind\nA,2024,\nB,2024,Withdrawal\n');
    expect(doc.events.map((e) => e.kind)).to.deep.equal(['other', 'withdrawal']);
    expect(listed(result.problems)).to.deep.equal(['warning row 2.kind']);
    expect(result.problems[0]!.message).to.include('read as "other"');
  });

  it('warns once, not per row, when there is no kind column', () => {
    const { doc, result } = convert('title,when\nA,2024\nB,2025\nC,2026\n');
    expect(doc.events.map((e) => e.kind)).to.deep.equal(['other', 'other', 'other']);
    expect(listed(result.problems)).to.deep.equal(['warning row 1']);
    expect(result.problems[0]!.message).to.include('"kind"');
  });

  it('converts a row missing its title or date, so parseStory reports it at the cell, and keeps the other rows', () => {
    const { doc, parsed, all } = convert('kind,title,when\nother,,2024\nother,No date,\nother,Fine,2024-12\nother,Bad date,Dec 2024\n');
    expect(doc.events.length).to.equal(4);
    expect(listed(errors(all))).to.deep.equal(['error row 2.title', 'error row 3.when', 'error row 5.when']);
    expect(parsed.story!.events.map((e) => e.title)).to.deep.equal(['Fine']);
  });

  it('names every unknown column in one warning, and ignores their cells', () => {
    const { doc, result } = convert('title,when,kind,Date,notes,,title\nA,2024,other,12/2024,n,,B\n');
    expect(listed(result.problems)).to.deep.equal(['warning row 1']);
    expect(result.problems[0]!.message).to.include('"Date", "notes", "title"');
    expect(doc.events[0]).to.deep.equal({ id: 'row-2', kind: 'other', title: 'A', when: '2024' });
  });

  it('warns about a row with more cells than the header has columns, the sign of a comma without quotes', () => {
    const { doc, result } = convert('title,when,kind,amount\nA,2024,other,1,000 troops\nB,2024,other,5 troops,,\n');
    expect(listed(result.problems)).to.deep.equal(['warning row 2', 'warning row 2.amount']);
    expect(result.problems[0]!.message).to.include('quotes');
    expect(doc.events[1]!.amount).to.deep.equal({ value: 5, unit: 'troops' });
  });
});

describe('importCsv: lists, places and sources', () => {
  it('splits list cells on ";" or "|", trims them and drops empty entries', () => {
    const { doc } = convert('title,when,kind,assets,units,tags\nA,2024,other,Il-76 | An-22 ;; S-400,Fifth Corps;,;\n');
    expect(doc.events[0]!.assets).to.deep.equal(['Il-76', 'An-22', 'S-400']);
    expect(doc.events[0]!.units).to.deep.equal(['Fifth Corps']);
    expect(doc.events[0]).not.to.have.property('tags');
  });

  it('makes one place per distinct name in from, to and at, named as first written, with a slug for an id', () => {
    const text = 'title,when,kind,from,to,at\n' +
      'A,2024,transfer,Hmeimim Air Base,Benina Airport; Russia,\n' +
      'B,2024,transfer,hmeimim air base,Russia,\n' +
      'C,2024,other,,,Qamishli Airport | Ḥamāh\n';
    const { doc, parsed, all } = convert(text);
    expect(all).to.deep.equal([]);
    expect(doc.places).to.deep.equal([
      { id: 'hmeimim-air-base', name: 'Hmeimim Air Base' },
      { id: 'benina-airport', name: 'Benina Airport' },
      { id: 'russia', name: 'Russia' },
      { id: 'qamishli-airport', name: 'Qamishli Airport' },
      { id: 'hamah', name: 'Ḥamāh' },
    ]);
    const [a, b, c] = parsed.story!.events;
    expect([a!.from, a!.to, b!.from, b!.to, c!.at]).to.deep.equal([
      ['hmeimim-air-base'], ['benina-airport', 'russia'], ['hmeimim-air-base'], ['russia'], ['qamishli-airport', 'hamah'],
    ]);
  });

  it('keeps ids unique and readable for names that slug to nothing or only differ in punctuation', () => {
    const { doc } = convert('title,when,kind,at\nA,2024,other,— ; ? ; حميميم ; US ; U.S.\n');
    expect(doc.places.map((p) => p.id)).to.deep.equal(['place', 'place-2', 'حميميم', 'us', 'u-s']);
  });

  it('makes sources from names, and from http(s) addresses a source named by its host', () => {
    const text = 'title,when,kind,sources\n' +
      'A,2024,other,Reuters; https://www.reuters.com/world/a-1/\n' +
      'B,2024,other,reuters | https://apnews.com/article/x | javascript:alert(1)\n';
    const { doc, parsed, all } = convert(text);
    expect(all).to.deep.equal([]);
    expect(doc.sources).to.deep.equal([
      { id: 'reuters', name: 'Reuters' },
      { id: 'reuters-com', name: 'reuters.com', url: 'https://www.reuters.com/world/a-1/' },
      { id: 'apnews-com', name: 'apnews.com', url: 'https://apnews.com/article/x' },
      { id: 'javascript-alert-1', name: 'javascript:alert(1)' },
    ]);
    expect(parsed.story!.events[1]!.sources).to.deep.equal(['reuters', 'apnews-com', 'javascript-alert-1']);
  });
});

describe('importCsv: columns in several languages', () => {
  it('reads "title:ar" beside "title:en" as one Text, and a list item by item in each language', () => {
    const text = 'title:en,title:ar,when,kind,from:en,from:ar,amount,amount.unit:en,amount.unit:ar,assets:en,assets:ar\n' +
      'Moved,نقل,2024-12,transfer,Hmeimim Air Base,قاعدة حميميم,"~1,000",personnel,عنصر,S-400; Il-76,إس-400; إيل-76\n';
    const { doc, parsed, all } = convert(text);
    expect(all).to.deep.equal([]);
    const event = doc.events[0]!;
    expect(event.title).to.deep.equal({ en: 'Moved', ar: 'نقل' });
    expect(event.amount).to.deep.equal({ value: 1000, approx: true, unit: { en: 'personnel', ar: 'عنصر' } });
    expect(event.assets).to.deep.equal([{ en: 'S-400', ar: 'إس-400' }, { en: 'Il-76', ar: 'إيل-76' }]);
    expect(doc.places).to.deep.equal([{ id: 'hmeimim-air-base', name: { en: 'Hmeimim Air Base', ar: 'قاعدة حميميم' } }]);
    expect(parsed.story!.events[0]!.assets).to.deep.equal([{ en: 'S-400', ar: 'إس-400' }, { en: 'Il-76', ar: 'إيل-76' }]);
  });

  it('keeps an empty place in a list written in languages, so an item missing in one language does not shift the rest', () => {
    const text = 'title,when,kind,to:en,to:ar,assets,assets:ar\n' +
      'Moved,2024-12,transfer,Moscow; Benina Airport,; مطار بنينا,Il-76; ;,; إس-400; سفن\n';
    const { doc, all } = convert(text);
    expect(all).to.deep.equal([]);
    expect(doc.places.map((place) => place.name)).to.deep.equal([{ en: 'Moscow' }, { en: 'Benina Airport', ar: 'مطار بنينا' }]);
    expect(doc.events[0]!.assets).to.deep.equal(['Il-76', { ar: 'إس-400' }, { ar: 'سفن' }]);
  });

  it('keeps a plain column beside a translated one as the language no tag names ("und"), shown to other readers', () => {
    const { doc, all } = convert('kind,title,title:ar,when\nother,Moved,نقل,2024-12\nother,Alone,,2025\n');
    expect(all).to.deep.equal([]);
    expect(doc.events[0]!.title).to.deep.equal({ und: 'Moved', ar: 'نقل' });
    // A row with only the untagged column written is a plain string; with only a tagged one, it keeps its tag.
    expect(doc.events[1]!.title).to.equal('Alone');
    const arabicOnly = convert('kind,title:en,title:ar,when\nother,,نقل,2024-12\n').doc;
    expect(arabicOnly.events[0]!.title).to.deep.equal({ ar: 'نقل' });
  });

  it('points a problem in a translated cell at its own column', () => {
    const { result } = convert('title,when\nMoved,2024-12\n');
    expect(result.sourcePath('events[0].title.ar')).to.equal('row 2.title');
    const { result: translated } = convert('title,title:ar,when\nMoved,نقل,2024-12\n');
    expect(translated.sourcePath('events[0].title.ar')).to.equal('row 2.title:ar');
    expect(translated.sourcePath('events[0].title')).to.equal('row 2.title');
    expect(translated.sourcePath('events[0].title.und'), 'the untagged column by its own name').to.equal('row 2.title');
  });
});

describe('importCsv: amounts', () => {
  const cases: [cell: string, amount: Record<string, unknown>][] = [
    ['1000 troops', { value: 1000, unit: 'troops' }],
    ['1,000 troops', { value: 1000, unit: 'troops' }],
    ['~1,000 personnel', { value: 1000, unit: 'personnel', approx: true }],
    ['about 1,000 personnel', { value: 1000, unit: 'personnel', approx: true }],
    ['Approximately 12,500.5 people', { value: 12500.5, unit: 'people', approx: true }],
    ['10%', { value: 10, unit: '%' }],
    ['10 %', { value: 10, unit: '%' }],
    ['more than 100 military points and bases', { value: 100, unit: 'military points and bases', min: 100 }],
    ['up to 500 troops', { value: 500, unit: 'troops', max: 500 }],
  ];
  for (const [cell, amount] of cases) {
    it(`reads the amount cell ${JSON.stringify(cell)}`, () => {
      const { doc, all } = convert(`title,when,kind,amount\nA,2024,other,"${cell}"\n`);
      expect(all).to.deep.equal([]);
      expect(doc.events[0]!.amount).to.deep.equal(amount);
    });
  }

  it('lets an amount.unit column win over a unit written in the amount cell, and supply one where there is none', () => {
    const { doc, all } = convert('title,when,kind,amount,amount.unit\nA,2024,other,1000 men,troops\nB,2024,other,"2,500",troops\n');
    expect(all).to.deep.equal([]);
    expect(doc.events.map((e) => e.amount)).to.deep.equal([{ value: 1000, unit: 'troops' }, { value: 2500, unit: 'troops' }]);
  });

  it('reads amount.value, amount.approx, amount.min, amount.max and amount.of columns', () => {
    const text = 'title,when,kind,amount.value,amount.unit,amount.approx,amount.min,amount.max,amount.of\n' +
      'A,2024,other,124000,people,yes,"123,000",,\n' +
      'B,2024,other,10,%,FALSE,,,Russian combat forces\n';
    const { doc, parsed, all } = convert(text);
    expect(all).to.deep.equal([]);
    expect(doc.events.map((e) => e.amount)).to.deep.equal([
      { value: 124000, unit: 'people', approx: true, min: 123000 },
      { value: 10, unit: '%', approx: false, of: 'Russian combat forces' },
    ]);
    expect(parsed.story!.events[0]!.amount!.min).to.equal(123000);
  });

  it('passes a bad amount.min or amount.approx on, so parseStory reports it at that cell', () => {
    const { doc, all } = convert('title,when,kind,amount,amount.min,amount.approx\nA,2024,other,5 troops,few,maybe\n');
    expect(doc.events[0]!.amount).to.deep.equal({ value: 5, unit: 'troops', min: 'few', approx: 'maybe' });
    expect(listed(all)).to.deep.equal(['warning row 2.amount.min', 'warning row 2.amount.approx']);
  });

  it('leaves out, with a warning at the cell, an amount that is not a number or has no unit', () => {
    const { doc, result } = convert('title,when,kind,amount\nA,2024,other,many\nB,2024,other,"1,5 troops"\nC,2024,other,1000\n');
    expect(doc.events.map((e) => e.amount)).to.deep.equal([undefined, undefined, undefined]);
    expect(listed(result.problems)).to.deep.equal(['warning row 2.amount', 'warning row 3.amount', 'warning row 4.amount']);
    expect(result.problems[2]!.message).to.include('no unit');
  });
});

describe('importCsv: files it cannot read', () => {
  for (const [says, text] of [['an empty file', ''], ['a file of blank lines', '\n \r\n'], ['a lone byte-order mark', '\uFEFF']]) {
    it(`reports ${says} as one error at row 1 and makes no events`, () => {
      const { doc, result } = convert(text!);
      expect(listed(result.problems)).to.deep.equal(['error row 1']);
      expect(result.problems[0]!.message).to.include('empty');
      expect(doc.events).to.deep.equal([]);
    });
  }

  it('reports a file without a header row (no title and when columns) as one error at row 1', () => {
    const { doc, result } = convert('Bagram handover,2021-07-02,withdrawal\nKabul airlift,2021-08-14,evacuation\n');
    expect(listed(result.problems)).to.deep.equal(['error row 1']);
    expect(result.problems[0]!.message).to.include('no "title" or "when" column');
    expect(doc.events).to.deep.equal([]);
  });

  it('cannot be made to pollute prototypes with __proto__ headers or cells', () => {
    const { doc, result } = convert('__proto__,title,when,kind,at,sources\nx,__proto__,2024,other,__proto__,constructor\n');
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(listed(result.problems)).to.deep.equal(['warning row 1']);
    expect(doc.places).to.deep.equal([{ id: 'proto', name: '__proto__' }]);
    expect(doc.sources).to.deep.equal([{ id: 'constructor', name: 'constructor' }]);
    expect(Object.getPrototypeOf(doc.events[0])).to.equal(Object.prototype);
  });
});

describe('importCsv: sourcePath', () => {
  const text = 'id,title,when,kind,from,amount,amount.min\n' +
    'a,A,2024,other,X; Y,5 troops,\n\nb,B,2024,other,,,\nc,C,2024,other,,,\nd,D,2024,other,,,4\n';

  it('maps an event to the row it came from, counting blank rows as the spreadsheet does', () => {
    const { result } = convert(text);
    // Rows: header 1, a 2, blank 3, b 4, c 5, d 6.
    expect(result.sourcePath('events[2].when')).to.equal('row 5.when');
    expect(result.sourcePath('events[3].when')).to.equal('row 6.when');
  });

  it('maps events[3].when to row 5.when in a file without blank lines, the header being row 1', () => {
    const { result } = convert('title,when\na,2024\nb,2024\nc,2024\nd,2024\n');
    expect(result.sourcePath('events[3].when')).to.equal('row 5.when');
    expect(result.sourcePath('events[3]')).to.equal('row 5');
  });

  it('maps list entries to their cell, and amount parts to their own column or else the amount cell', () => {
    const { result } = convert(text);
    expect(result.sourcePath('events[0].from[1]')).to.equal('row 2.from');
    expect(result.sourcePath('events[0].amount.value')).to.equal('row 2.amount');
    expect(result.sourcePath('events[0].amount.unit')).to.equal('row 2.amount');
    expect(result.sourcePath('events[3].amount.min')).to.equal('row 6.amount.min');
  });

  it("maps paths outside the events, and events that do not exist, to the whole file ('')", () => {
    const { result } = convert(text);
    for (const path of ['title', 'events', 'places[0].name', 'events[99].when', '']) expect(result.sourcePath(path), path).to.equal('');
  });
});

describe('importCsv: data/withdrawals.csv', () => {
  it('converts to a story that passes parseStory with zero problems', async () => {
    const response = await fetch('/data/withdrawals.csv');
    expect(response.ok, `HTTP ${response.status}`).to.equal(true);
    const { doc, parsed, all } = convert(await response.text(), 'withdrawals');
    expect(all, JSON.stringify(all, null, 2)).to.deep.equal([]);
    const story = parsed.story!;
    expect(story.events.length).to.equal(15);
    expect(parsed.skippedEvents).to.equal(0);
    expect(story.places.length).to.equal(doc.places.length);
    expect(doc.places.find((p) => p.id === 'benina-airport-benghazi')!.name).to.equal('Benina Airport, Benghazi');
    expect(doc.sources.find((s) => s.url === 'https://www.newarab.com/')!.name).to.equal('newarab.com');
    const byId = new Map(story.events.map((e) => [e.id, e]));
    expect(byId.get('personnel-hmeimim-to-benghazi')!.amount).to.include({ value: 1000, unit: 'personnel', approx: true });
    expect(byId.get('personnel-hmeimim-to-benghazi')!.text).to.match(/the "Fifth Corps" and[^\n]+\n\nSome of those/);
    expect(byId.get('combat-forces-hmeimim-to-russia')!.amount).to.include({ value: 10, unit: '%', of: 'Russian combat forces' });
    expect(byId.get('combat-forces-hmeimim-to-russia')!.assets).to.deep.equal(['Il-76', 'An-22', 'military equipment']);
    expect(byId.get('points-and-bases-evacuated')!.amount).to.include({ value: 100, min: 100 });
    expect(byId.get('points-and-bases-evacuated')!.at.length).to.equal(5);
    expect(byId.get('fall-of-assad')!.sources.length).to.equal(2);
    expect(story.events.some((e) => e.amount === undefined && e.to.length === 0 && e.from.length === 0)).to.equal(true);
  });
});
