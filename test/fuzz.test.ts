import { expect } from 'chai';
import fc from 'fast-check';
import type { DrawdownTimeline } from '../src/index.js';
import { PAPER_SIZES } from '../src/layout/paper-sizes.js';
import { layoutPaper } from '../src/layout/paper-layout.js';
import { layoutTimeline } from '../src/layout/layout-timeline.js';
import { parseStory } from '../src/model/parse-story.js';
import { EVENT_KINDS, EVENT_STATUSES, type Story } from '../src/model/types.js';
import { messagesEn } from '../src/words/en.js';
import { cleanup, mount } from './helpers.js';
import { formatter, layoutOf, measureText } from './layout-helpers.js';

// Property-based tests over generated and mutated stories, through parse, validate, layout and render: nothing
// throws, every event left out has an error at its path, every event kept is placed once, no coordinate is NaN
// or infinite, and exports parse as XML with nothing active in them. The seed is fixed, so a failure is the same
// failure on every run; `npm run fuzz` runs many more documents with a seed of its own (the test server passes
// FUZZ_RUNS, FUZZ_DRAWN and FUZZ_SEED), and fast-check prints the seed and the smallest failing document.

interface FuzzSettings {
  /** Documents parsed and laid out, and of them drawn and exported. */
  readonly runs: number;
  readonly drawn: number;
  readonly seed: number;
}
const settings = async (): Promise<FuzzSettings> => (await fetch('/__test/fuzz')).json() as Promise<FuzzSettings>;

// --- what the generated documents are made of

/** Strings a hostile or careless author writes: any code units (controls and lone surrogates too), markup. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u0001x\u0008',
    '\uD800', '', '   ', 'قاعدة حميميم الجوية', 'a'.repeat(2000)),
);
/** Text, or the same in several languages, some of them not language tags. */
const textValue = fc.oneof(text, fc.dictionary(fc.constantFrom('en', 'ar', 'fr-CA', 'not a tag', 'constructor', '__proto__'), text, { maxKeys: 3 }));
/** A number as JSON or a page might hand one over: huge, negative, not finite. */
const number = fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -1e308, 1e308, 0, -0));
/** Dates: valid EDTF of every form, and things that are not dates. */
const date = fc.oneof(
  fc.constantFrom('2024-12-16', '2024-12', '2024', '2024-12~', '2024-12?', '2024-12%', '../2025-01-17', '2024-12-17/..',
    '/2025-01-17', '2024-12-16~/2025-01-31~', '2024-24', '2024-12-XX', '201X', '2024-12-16T14:00Z', '2024-06-16T01:00+14:00',
    '-0043-03-15', '0000', '9999-12-31', 'Y-100000', 'Dec 2024', '2024-13-01', '2024-02-30', '', '2024-12-15/2024-12-01'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), fc.integer({ min: 0, max: 400 }))
    .map(([d, days]) => `${d.toISOString().slice(0, 10)}/${new Date(+d + days * 86_400_000).toISOString().slice(0, 10)}`),
  text,
);
const placeIds = fc.constantFrom('a', 'b', 'c', 'missing');
const places = fc.oneof(placeIds, fc.array(placeIds, { maxLength: 3 }));
/** Any JSON-ish value, put where a field's value should be: the mutation of a good document. */
const anything = fc.anything({ maxDepth: 2, maxKeys: 3 });

const amount = fc.record({
  value: number, unit: fc.oneof(textValue, fc.constant('%')), approx: fc.oneof(fc.boolean(), anything), min: number, max: number, of: textValue,
}, { requiredKeys: ['value', 'unit'] });

const eventDocument = fc.record({
  id: fc.oneof(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'), text),
  kind: fc.oneof(fc.constantFrom(...EVENT_KINDS), text),
  title: textValue,
  text: textValue,
  when: date,
  status: fc.oneof(fc.constantFrom(...EVENT_STATUSES), text),
  from: places, to: places, at: places,
  amount: fc.oneof(amount, anything),
  assets: fc.array(textValue, { maxLength: 2 }),
  units: fc.oneof(fc.array(textValue, { maxLength: 2 }), anything),
  sources: fc.oneof(fc.array(fc.constantFrom('s1', 's2', 'nope'), { maxLength: 2 }), anything),
}, { requiredKeys: ['id', 'kind', 'title', 'when'] });

const storyDocument = fc.record({
  version: fc.oneof(fc.constant(1), anything),
  title: textValue,
  subtitle: textValue,
  published: date,
  sources: fc.array(fc.record({ id: fc.constantFrom('s1', 's2'), name: textValue, url: fc.oneof(fc.webUrl(), text), via: fc.constantFrom('s1', 's2', 'x') }, { requiredKeys: ['id', 'name'] }), { maxLength: 3 }),
  places: fc.array(fc.record({ id: placeIds, name: textValue, region: textValue, country: textValue, lat: number, lon: number }, { requiredKeys: ['id', 'name'] }), { maxLength: 4 }),
  series: fc.array(fc.record({
    id: fc.constantFrom('s', 't'), title: textValue, unit: textValue,
    points: fc.array(fc.record({ when: date, value: number, approx: fc.boolean(), status: fc.constantFrom('reported', 'expected') }, { requiredKeys: ['when', 'value'] }), { maxLength: 6 }),
  }, { requiredKeys: ['id', 'title', 'unit', 'points'] }), { maxLength: 2 }),
  eras: fc.array(fc.record({ title: textValue, when: date }), { maxLength: 2 }),
  events: fc.array(fc.oneof({ weight: 9, arbitrary: eventDocument }, { weight: 1, arbitrary: anything }), { maxLength: 25 }),
}, { requiredKeys: ['version', 'events'] });
/** Mostly stories, sometimes anything at all in place of one. */
const anyDocument = fc.oneof({ weight: 19, arbitrary: storyDocument }, { weight: 1, arbitrary: anything });

// --- the properties

/** Every number in a layout's plain data finite, and no drawing path holding NaN: where each is, if not. */
function nonFinite(value: unknown, path = 'layout', seen = new Set<unknown>(), found: string[] = []): string[] {
  if (typeof value === 'number') {
    // The "as of" line's x is NaN by design when the line lies off the plot: the drawing hides it.
    if (!Number.isFinite(value) && !path.endsWith('asOf.lineX')) found.push(`${path} = ${value}`);
  } else if (typeof value === 'string') {
    if (/^(?:path|d|line|forecast|trail|arrow|curvePath)$/.test(path.split('.').pop()!) && /NaN|Infinity/.test(value)) found.push(`${path} = ${value.slice(0, 60)}`);
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, item] of Object.entries(value)) {
      // The data's own events are not the layout's numbers, and the index holds typed arrays of ranks.
      if (key === 'event' || key === 'events' || key === 'index') continue;
      nonFinite(item, `${path}.${key}`, seen, found);
    }
  }
  return found;
}

/** Each event of the story once among the layout's first marks and its groups. */
function placements(story: Story, layout: ReturnType<typeof layoutOf>): Map<string, number> {
  const count = new Map(story.events.map((e) => [e.id, 0]));
  for (const mark of layout.marks) if (mark.primary) count.set(mark.event.id, count.get(mark.event.id)! + 1);
  for (const group of layout.groups) for (const e of group.events) count.set(e.id, count.get(e.id)! + 1);
  return count;
}

describe('fuzzing: generated and mutated stories', () => {
  afterEach(cleanup);

  it('parse and layout: no exception, every event left out said at its path, every event kept placed once, nothing non-finite', async function () {
    const { runs, seed } = await settings();
    this.timeout(Math.max(60_000, runs * 20));
    let tried = 0;
    fc.assert(fc.property(anyDocument, (doc) => {
      tried++;
      const result = parseStory(doc);
      if (!result.story) {
        expect(result.problems.some((p) => p.severity === 'error'), 'a story refused says why').to.equal(true);
        return;
      }
      const input = (doc as { events: unknown[] }).events;
      const kept = new Set(result.story.events.map((e) => e.index));
      input.forEach((_, i) => {
        if (!kept.has(i)) expect(result.problems.some((p) => p.severity === 'error' && p.path.startsWith(`events[${i}]`)), `events[${i}] left out, and said`).to.equal(true);
      });
      expect(result.skippedEvents).to.equal(input.length - kept.size);
      for (const direction of ['ltr', 'rtl'] as const) {
        const layout = layoutOf(result.story, { direction });
        expect(nonFinite(layout)).to.deep.equal([]);
        expect([...placements(result.story, layout)].filter(([, n]) => n !== 1)).to.deep.equal([]);
      }
      const paper = layoutPaper(result.story, result.story, { formatter, messages: messagesEn, measureText }, PAPER_SIZES[1]!, layoutTimeline).layout;
      expect(nonFinite(paper, 'paper')).to.deep.equal([]);
    }), { seed, numRuns: runs, includeErrorInReport: true });
    expect(tried, 'documents tried').to.be.at.least(runs);
  });

  it('render and export: no exception, no NaN drawn, exports well-formed with nothing active in them', async function () {
    const { drawn, seed } = await settings();
    // `npm run fuzz` draws thousands: about 30 ms each, more on a busy machine.
    this.timeout(Math.max(60_000, drawn * 200));
    const errors: string[] = [];
    let exported = 0;
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      await fc.assert(fc.asyncProperty(storyDocument, async (doc) => {
        const element: DrawdownTimeline = await mount('<drawdown-timeline lang="en"></drawdown-timeline>', 700);
        const done = new Promise<number | undefined>((resolve) => {
          element.addEventListener('drawdown-load', (event) => resolve((event as CustomEvent<{ events: number }>).detail.events), { once: true });
          element.addEventListener('drawdown-error', () => resolve(undefined), { once: true });
        });
        element.data = doc;
        const events = await done;
        if (events === 0) {
          // Nothing to export: it says so.
          const refusal = await element.exportSVG().then(() => '', (error: Error) => error.message);
          expect(refusal).to.include('no events');
        } else if (events !== undefined) {
          await element.updateComplete;
          const notFinite = [...element.shadowRoot!.querySelectorAll('svg *')].flatMap((node) => [...node.attributes])
            .filter((attribute) => /NaN|Infinity/.test(attribute.value) && attribute.name !== 'aria-label' && attribute.name !== 'data-id')
            .map((attribute) => `${attribute.ownerElement!.localName}[${attribute.name}="${attribute.value.slice(0, 40)}"]`);
          expect(notFinite).to.deep.equal([]);
          const svg = new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml');
          expect(svg.querySelector('parsererror'), 'the export parses').to.equal(null);
          expect(svg.querySelectorAll('script, foreignObject').length).to.equal(0);
          const active = [...svg.querySelectorAll('*')].flatMap((node) => [...node.attributes])
            .filter((attribute) => /^on/i.test(attribute.name) || (/href$/i.test(attribute.name) && !/^(#|https?:)/i.test(attribute.value)));
          expect(active.map((attribute) => `${attribute.name}=${attribute.value}`)).to.deep.equal([]);
          exported++;
        }
        cleanup();
      }), { seed, numRuns: drawn, includeErrorInReport: true });
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
    // Not a property that held because nothing was drawn.
    expect(exported, 'stories drawn and exported').to.be.greaterThan(drawn / 4);
  });
});
