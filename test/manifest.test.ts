import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import * as eventClasses from '../src/element/events.js';
import { DrawdownTimeline } from '../src/index.js';
import { frameWhere } from './frames.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';

// The manifest is written by `npm run build` (`npm run manifest`), which `npm test` runs before the browser tests.
// These tests hold it to the element as it runs: what it lists exists, and what exists is listed.

interface Named { name: string; description?: string }
interface Attribute extends Named { fieldName?: string }
interface Member extends Named { kind: string; privacy?: string; static?: boolean; attribute?: string; reflects?: boolean }
interface EventEntry extends Named { type?: { text: string } }
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: EventEntry[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest { modules: { path: string; declarations?: Declaration[] }[] }

const SEED = '/data/russia-syria-2024.json';
const names = (items: readonly Named[] | undefined) => (items ?? []).map((item) => item.name);

async function timelineDeclaration(): Promise<Declaration> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run build` (or `npm run manifest`) before the browser tests');
  const manifest = (await response.json()) as Manifest;
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'drawdown-timeline');
  if (!declaration) throw new Error('custom-elements.json has no declaration with tagName drawdown-timeline (is @tag missing?)');
  return declaration;
}

/** Every part name in a shadow root. */
function partsIn(root: ShadowRoot): Set<string> {
  return new Set([...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean)));
}

describe('custom-elements.json', () => {
  let declaration: Declaration;
  before(async () => {
    declaration = await timelineDeclaration();
  });
  afterEach(cleanup);

  it('lists exactly the attributes the element observes', () => {
    const observed = [...(customElements.get('drawdown-timeline') as unknown as { observedAttributes: string[] }).observedAttributes];
    expect(names(declaration.attributes).sort(), 'manifest attributes vs observedAttributes').to.deep.equal(observed.sort());
  });

  it('maps each attribute to the reactive property Lit declares for it, reflected where Lit reflects it', () => {
    for (const attribute of declaration.attributes ?? []) {
      if (!attribute.fieldName) continue; // a global attribute the element reads (lang, dir)
      const options = DrawdownTimeline.elementProperties.get(attribute.fieldName);
      expect(options, `property ${attribute.fieldName}`).to.not.equal(undefined);
      const litName = typeof options!.attribute === 'string' ? options!.attribute : attribute.fieldName.toLowerCase();
      expect(litName, `attribute of ${attribute.fieldName}`).to.equal(attribute.name);
      const field = declaration.members?.find((member) => member.name === attribute.fieldName);
      expect(Boolean(field?.reflects), `reflect of ${attribute.fieldName}`).to.equal(Boolean(options!.reflect));
    }
  });

  it('lists as public only properties an element has, and no internal state', () => {
    const element = document.createElement('drawdown-timeline');
    const publicFields = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);
    for (const field of publicFields) expect(field.name in element, `property ${field.name}`).to.equal(true);
    // @state() properties are internal: Lit gives them no attribute, and neither may the manifest.
    for (const [name, options] of DrawdownTimeline.elementProperties) {
      if (!options.state) continue;
      expect(publicFields.map((field) => field.name), `@state ${String(name)}`).not.to.include(name);
    }
    expect(publicFields.every((field) => !field.name.startsWith('#'))).to.equal(true);
  });

  it('documents every event, and each event class fires that name, bubbling and composed', () => {
    const events = declaration.events ?? [];
    expect(events.length).to.be.greaterThan(0);
    const classes = eventClasses as unknown as Record<string, new (detail: never) => CustomEvent>;
    for (const event of events) {
      expect(event.name, 'event name').to.match(/^drawdown-[a-z]+$/);
      expect(event.description ?? '', `@fires description of ${event.name}`).to.not.equal('');
      const type = event.type?.text;
      expect(type && classes[type], `event class of ${event.name} (${type}) in src/element/events.ts`).to.be.a('function');
      const instance = new classes[type!]!({} as never);
      expect([instance.type, instance.bubbles, instance.composed], type).to.deep.equal([event.name, true, true]);
    }
  });

  describe('parts', () => {
    // A viewport taller than the plot, so every lane and mark is drawn (see vertical-band).
    before(() => setViewport({ width: 1200, height: 2400 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('names exactly the parts the element renders, across its states', async () => {
      const seen = new Map<string, string>(); // part → the state it was first seen in
      const note = (state: string, root: ShadowRoot) => {
        for (const part of partsIn(root)) if (!seen.has(part)) seen.set(part, state);
      };

      // The seed story has every feature: subtitle, credit, transfers with amounts, series, eras, a published date;
      // and the map beside it, whose file loads once the views after the first paint are in.
      const full = await mount(`<drawdown-timeline show-table show-outline map="beside"></drawdown-timeline>`, 1000);
      const loaded = nextEvent(full, 'drawdown-load');
      full.setAttribute('src', SEED);
      await loaded;
      await full.updateComplete;
      await frameWhere(() => !!shadow(full).querySelector('[part~="map"]'), 'the map');
      note('the seed story', shadow(full));

      // `cards` shows only on a phone's width.
      const phone = await mount(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`, 375);
      if (!shadow(phone).querySelector('[part~="plot"]')) await nextEvent(phone, 'drawdown-load');
      await phone.updateComplete;
      note('a phone', shadow(phone));

      // `warnings` shows only for a story drawn despite problems: here an unknown place reference.
      const flawed = await mount(`<drawdown-timeline show-warnings></drawdown-timeline>`);
      const drawn = nextEvent(flawed, 'drawdown-load');
      flawed.data = story({ events: [{ id: 'e1', kind: 'withdrawal', title: 'Leaves', when: '2024-12-16', at: 'nowhere' }] });
      await drawn;
      await flawed.updateComplete;
      note('a story with a warning', shadow(flawed));

      // `error` shows only when nothing can be drawn.
      const broken = await mount(`<drawdown-timeline></drawdown-timeline>`);
      const failed = nextEvent(broken, 'drawdown-error');
      broken.data = { version: 99 };
      await failed;
      await broken.updateComplete;
      note('a bad document', shadow(broken));

      const listed = names(declaration.cssParts);
      expect(listed.filter((part) => !seen.has(part)), 'parts listed in the manifest but never rendered').to.deep.equal([]);
      expect([...seen.keys()].filter((part) => !listed.includes(part)), 'parts rendered but not documented with @csspart')
        .to.deep.equal([]);
    });
  });

  it('lists only custom properties the shadow stylesheet reads', () => {
    const styles = [DrawdownTimeline.styles].flat(Infinity as 1) as { cssText?: string }[];
    const text = styles.map((sheet) => sheet.cssText ?? '').join('\n');
    expect(text.length).to.be.greaterThan(0);
    const listed = names(declaration.cssProperties);
    expect(listed.length).to.be.greaterThan(0);
    const unread = listed.filter((name) => !new RegExp(`var\\(\\s*${name}\\s*[,)]`).test(text));
    expect(unread, 'custom properties listed but not read with var() in DrawdownTimeline.styles').to.deep.equal([]);
  });
});
