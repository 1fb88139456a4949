import { expect } from 'chai';
import { generateStory } from '../bench/generate.mjs';
import { framePage, frameWhere, removeFrames } from './frames.js';
import { internals } from './internals.js';

// The single file bundles d3-selection with only the methods the element calls (scripts/lean-d3-selection.mjs);
// one left out throws. This draws every render path from that file: one missing would show here as an error.

type Element = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const page = `<!doctype html><html lang="en"><head>
  <script>
    window.logged = [];
    console.error = (...parts) => logged.push(parts.join(' '));
    addEventListener('unhandledrejection', (event) => logged.push(String(event.reason)));
  </script>
  <script src="/dist/drawdown-timeline.min.js"></script></head>
  <body><drawdown-timeline></drawdown-timeline></body></html>`;

describe('the single file\'s lean d3-selection', () => {
  afterEach(removeFrames);

  it('draws crowded groups, transfers, eras, "as of", a series and a selection, zooms in and out, and prints', async () => {
    const { window: win, document: doc, errors } = await framePage(page, 1000, 2400);
    const logged = (win as unknown as { logged: string[] }).logged;
    // A method left out throws while drawing: waits end there, saying what was thrown, rather than time out.
    const failures = () => [...errors, ...logged];
    const until = async (check: () => boolean, what: string) => {
      await frameWhere(() => failures().length > 0 || check(), what);
      expect(failures(), `while waiting for ${what}`).to.deep.equal([]);
    };
    const element = doc.querySelector<Element>('drawdown-timeline')!;
    // 2,000 events in four places over two years crowd into groups; transfers run between the places; a bar a
    // year long, alone in a fifth place, carries its label inside once zoomed in.
    const generated = generateStory(2000, { places: 4 }) as { places: unknown[]; events: unknown[] };
    const story = {
      ...generated,
      places: [...generated.places, { id: 'quiet', name: 'Quiet Base', country: 'Syria' }],
      events: [...generated.events, { id: 'long', kind: 'withdrawal', title: 'A long withdrawal', when: '2024-01-01/2024-12-31', at: 'quiet' }],
      published: '2024-06-01',
      eras: [{ title: 'Before', when: '../2023-09-01' }, { title: 'After', when: '2023-09-01/..' }],
    };
    // Made in the page's own realm, as a page's script would.
    element.data = win.JSON.parse(JSON.stringify(story));
    const root = () => element.shadowRoot!;
    const plot = () => root().querySelector('[part~="plot"]');
    const count = (selector: string) => plot()?.querySelectorAll(selector).length ?? 0;
    const ids = () => new Set([...plot()!.querySelectorAll<SVGElement>('[part~="event"][data-primary]')].map((mark) => mark.dataset.id));
    await until(() => count(internals.groupBar) > 0 && count('[part~="event"][data-primary]') > 0, 'the whole story drawn');
    await element.updateComplete;

    expect(count(internals.groupBar), 'group bars').to.be.greaterThan(0);
    expect(count('[part~="transfer"]'), 'transfers').to.be.greaterThan(0);
    expect(count(`[part~="eras"] ${internals.eraBand}`), 'era bands').to.equal(2);
    expect(count('[part~="as-of"]'), 'as of').to.equal(1);
    expect(count('[part~="series"]'), 'series').to.equal(1);
    expect(count(`[part~="series"] ${internals.seriesDot}`), 'series dots').to.be.greaterThan(0);
    expect(count(`[part~="series"] ${internals.seriesTick}`), 'series ticks').to.be.greaterThan(0);
    expect(count('[part~="lane"]'), 'lanes').to.be.greaterThan(1);
    expect(count('[part~="lane-label"]'), 'lane labels').to.be.greaterThan(1);
    expect(count('[part~="axis"] text'), 'axis labels').to.be.greaterThan(1);
    expect(count('[part~="event-target"]'), 'targets').to.be.greaterThan(0);
    const whole = ids();
    const axis = () => [...plot()!.querySelectorAll('[part~="axis"] text')].map((text) => text.textContent).join(' ');
    const wholeAxis = axis();

    // Zoomed in, the joins update, enter and remove: groups open into marks, labels sit inside wide bars.
    element.setAttribute('start', '2024-03-01');
    element.setAttribute('end', '2024-04-15');
    await element.updateComplete;
    await until(() => [...ids()].some((id) => !whole.has(id)), 'marks of the zoomed window');
    const zoomed = ids();
    expect([...whole].some((id) => !zoomed.has(id)), 'marks removed').to.equal(true);
    expect([...zoomed].some((id) => !whole.has(id)), 'marks entered').to.equal(true);
    expect(count(internals.label), 'labels').to.be.greaterThan(0);
    expect(count(internals.labelBacking), 'label backings').to.be.greaterThan(0);

    // Selecting an event marks it, and selecting another moves the mark (filter and classed).
    const [first, second] = [...zoomed] as [string, string];
    element.setAttribute('selected', first);
    await element.updateComplete;
    await until(() => plot()!.querySelector(`[part~="event"]${internals.selected}`)?.getAttribute('data-id') === first, 'the first selected');
    element.setAttribute('selected', second);
    await element.updateComplete;
    await until(() => plot()!.querySelector(`[part~="event"]${internals.selected}`)?.getAttribute('data-id') === second, 'the second selected');
    expect(plot()!.querySelectorAll(`[data-id="${CSS.escape(first)}"]${internals.selected}`).length, 'the first let go').to.equal(0);

    // Zoomed out again, the groups come back.
    element.removeAttribute('start');
    element.removeAttribute('end');
    await element.updateComplete;
    await until(() => axis() === wholeAxis, 'the whole story again');
    expect(count(internals.groupBar), 'group bars again').to.be.greaterThan(0);

    // On paper, groups carry their events' numbers (text()).
    await until(() => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('drawdown-timeline-reading.min.js')), 'the views after the first paint');
    await element.updateComplete;
    win.dispatchEvent(new win.Event('beforeprint'));
    try {
      const paper = root().querySelector(internals.printout);
      expect(paper, 'the paper view').to.exist;
      expect(paper!.querySelectorAll(internals.groupNumbers).length, 'group numbers on paper').to.be.greaterThan(0);
    } finally {
      win.dispatchEvent(new win.Event('afterprint'));
    }
    await element.updateComplete;

    expect(failures()).to.deep.equal([]);
  });

  it('says which method is left out and where to add it, rather than leaving it undefined', async () => {
    const source = await (await fetch('/dist/drawdown-timeline.min.js')).text();
    expect(source).to.include('is left out of this build of d3-selection: add it to KEEP in scripts/lean-d3-selection.mjs');
    // selection.on() is one left out: its code is not in the file.
    expect(source).to.include('"on"');
    expect(source).not.to.include('.__on');
  });
});
