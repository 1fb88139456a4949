import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';
import { internals } from './internals.js';

// On a phone, the plot is an overview whose marks carry numbers, and the events are read in cards under it.

const SEED = '/data/russia-syria-2024.json';

interface Seed {
  events: { id: string; title: string | Record<string, string>; sources?: string[] }[];
  sources: { id: string; name: string | Record<string, string> }[];
}
const english = (text: string | Record<string, string>) => (typeof text === 'string' ? text : text.en!);

async function mountAt(width: number): Promise<DrawdownTimeline> {
  await setViewport({ width, height: 4000 });
  document.body.style.margin = '0';
  const element = await mount(`<drawdown-timeline src="${SEED}"></drawdown-timeline>`, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

describe('on a phone', () => {
  afterEach(async () => {
    cleanup();
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 375, 414]) {
    it(`reads every event whole in numbered cards under a numbered overview, with nothing scrolling sideways, at ${width} px`, async () => {
      const element = await mountAt(width);
      const seed = await (await fetch(SEED)).json() as Seed;
      const root = shadow(element);
      const cards = [...root.querySelectorAll<HTMLLIElement>('[part~="cards"] li')];
      expect(cards.length).to.equal(seed.events.length);
      const byId = new Map(seed.events.map((event) => [event.id, event]));
      const sources = new Map(seed.sources.map((source) => [source.id, english(source.name)]));
      cards.forEach((card, i) => {
        const event = byId.get(card.dataset.id!)!;
        expect(card.querySelector('.ref')!.textContent).to.equal(String(i + 1));
        expect(card.textContent, 'the whole title').to.include(english(event.title));
        for (const id of event.sources ?? []) expect(card.textContent, 'its sources').to.include(sources.get(id)!);
      });
      // The marks' labels start with the number their card has.
      const numberOf = new Map(cards.map((card, i) => [card.dataset.id!, String(i + 1)]));
      const labels = [...root.querySelectorAll<SVGTextElement>(`[part~="plot"] ${internals.label}`)];
      expect(labels.length).to.be.greaterThan(0);
      for (const label of labels) expect(label.textContent!.split(' ')[0]).to.equal(numberOf.get(label.dataset.id!));
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      for (const card of cards) expect(card.getBoundingClientRect().right).to.be.at.most(width);
    });
  }

  it('picks an event on the plot from its card', async () => {
    const element = await mountAt(375);
    const card = shadow(element).querySelector<HTMLButtonElement>('[part~="cards"] li[data-id="personnel-hmeimim-to-benghazi"] button')!;
    const picked = nextEvent<CustomEvent>(element, 'drawdown-select');
    card.click();
    expect((await picked).detail.id).to.equal('personnel-hmeimim-to-benghazi');
    await element.updateComplete;
    expect(card.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('[part~="details"]')!.getAttribute('data-id')).to.equal('personnel-hmeimim-to-benghazi');
    // Pressed again, the card lets go, as a second click on a mark does.
    const released = nextEvent<CustomEvent>(element, 'drawdown-select');
    card.click();
    expect((await released).detail.id).to.equal(null);
    await element.updateComplete;
    expect(card.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(element).querySelector('[part~="details"]')?.hasAttribute('data-id')).to.equal(false);
  });

  it('is a plain timeline from 480 px up', async () => {
    const element = await mountAt(480);
    expect(shadow(element).querySelector('[part~="cards"]')).to.equal(null);
  });
});
