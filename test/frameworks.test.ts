import { expect } from 'chai';
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-browser.prod.js';
import type { DrawdownTimeline, StoryInput } from '../src/index.js';
import { cleanup, collectingWarnings, mount, nextEvent, shadow } from './helpers.js';
import { internals } from './internals.js';

// What frameworks hand the element: React 19, Vue 3 and Svelte 5 set a property when the element has one (so
// arrays, Dates, numbers and objects arrive as they are), and listen to drawdown-* events by name. Vue runs here
// for real, with the README's example; React's and Svelte's routes are the same property sets, done by hand.

const seed = await (await fetch('/data/russia-syria-2024.json')).json() as StoryInput;
const kindsOf = (element: DrawdownTimeline) => new Set([...shadow(element).querySelectorAll('[part~="event"][data-primary]')]
  .map(internals.kindOf));

/** What every route must give: the kinds asked for, the window from the Date, the height from the number. */
async function expectConfigured(element: DrawdownTimeline): Promise<void> {
  expect(kindsOf(element)).to.deep.equal(new Set(['withdrawal', 'transfer']));
  expect(element.start).to.equal('2024-12-01T00:00:00Z');
  expect(shadow(element).querySelector(internals.plotWrap)!.getBoundingClientRect().height).to.equal(480);
}

describe('with frameworks', () => {
  afterEach(cleanup);

  it('Vue 3: the README\'s template sets data, kinds, start and height as properties and hears drawdown-select', async () => {
    const container = document.createElement('div');
    container.className = 'test-container';
    container.style.width = '900px';
    document.body.append(container);
    const selected = ref<string | null>(null);
    const app = createApp({
      setup: () => ({ story: seed, selected }),
      template: `<drawdown-timeline :data="story" :kinds="['withdrawal', 'transfer']" :start="new Date('2024-12-01')"
        :height="480" @drawdown-select="selected = $event.detail.id" />`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'drawdown-timeline';
    const element = container.querySelector('drawdown-timeline') ?? undefined;
    expect(element).to.equal(undefined);
    app.mount(container);
    const timeline = container.querySelector('drawdown-timeline')!;
    if (!shadow(timeline).querySelector('[part~="plot"]')) await nextEvent(timeline, 'drawdown-load');
    await timeline.updateComplete;
    expect(timeline.kinds).to.deep.equal(['withdrawal', 'transfer']);
    expect(timeline.height).to.equal(480);
    await expectConfigured(timeline);
    shadow(timeline).querySelector<SVGElement>('[part~="event"][data-id="personnel-hmeimim-to-benghazi"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await nextTick();
    expect(selected.value).to.equal('personnel-hmeimim-to-benghazi');
    app.unmount();
  });

  it('React 19 and Svelte 5: the same properties set on the element, an event listener by name', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const selections: (string | null)[] = [];
    element.addEventListener('drawdown-select', (event) => selections.push(event.detail.id));
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = seed;
    element.kinds = ['withdrawal', 'transfer'];
    element.start = new Date('2024-12-01');
    element.height = 480;
    await loaded;
    await element.updateComplete;
    await expectConfigured(element);
    shadow(element).querySelector<SVGElement>('[part~="event"][data-id="personnel-hmeimim-to-benghazi"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selections).to.deep.equal(['personnel-hmeimim-to-benghazi']);
  });

  it('takes statuses as an array and a CSS length or digits for height, as attributes give them', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = seed;
    element.statuses = ['confirmed'];
    element.height = '300';
    await loaded;
    await element.updateComplete;
    const marks = [...shadow(element).querySelectorAll('[part~="event"][data-primary]')];
    expect(marks.map((mark) => mark.getAttribute('data-id'))).to.deep.equal(['fall-of-assad']);
    expect(shadow(element).querySelector(internals.plotWrap)!.getBoundingClientRect().height).to.equal(300);
  });

  it('ignores what no property takes, with one warning each, and never throws', () => collectingWarnings(async (warnings) => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = seed;
    const bad = element as unknown as Record<string, unknown>;
    bad.kinds = 5;
    bad.statuses = { confirmed: true };
    bad.start = { year: 2024 };
    bad.end = new Date('not a date');
    bad.height = true;
    bad.theme = 7;
    bad.groupBy = ['kind'];
    bad.fetchTimeout = 'soon';
    await loaded;
    await element.updateComplete;
    // Everything is shown, unfiltered, over the whole story.
    element.showTable = true;
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part~="table"] tbody tr').length).to.equal(seed.events.length);
    expect([element.start, element.end]).to.deep.equal(['', '']);
    expect(warnings).to.deep.equal([
      '<drawdown-timeline>: ignoring start={year}: expected a date in the data format, such as 2024-12-16, or a Date',
      '<drawdown-timeline>: ignoring end=Date(invalid): expected a date in the data format, such as 2024-12-16, or a Date',
      '<drawdown-timeline>: ignoring fetch-timeout="soon": expected a positive number of milliseconds',
      '<drawdown-timeline>: ignoring group-by=["kind"]: expected one of place, kind, status, none',
      '<drawdown-timeline>: ignoring kinds="5": expected space-separated values among withdrawal, transfer, evacuation, deployment, handover, statement, other',
      '<drawdown-timeline>: ignoring statuses={confirmed}: expected space-separated values among confirmed, reported, claimed, expected, planned, denied, or an array of them',
      '<drawdown-timeline>: ignoring theme=7: expected one of light, dark, auto',
      '<drawdown-timeline>: ignoring height=true: expected a positive length such as 480 (pixels), 480px or 70vh',
    ]);
  }));
});
