import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';

/**
 * Three ways to hand the element data (src, an inline script child, the data property) and three formats (v1
 * JSON, CSV, TimelineJS), all validated the same way: problems show inside the element with where they are, the
 * page hears of them, and every good event is still drawn.
 */

type Detail = { events: number; skipped: number; problems: { severity: string; path: string; message: string }[] };

/** Mounts markup and waits for its first drawdown-load or drawdown-error. */
async function loaded(markup: string): Promise<{ element: DrawdownTimeline; event: CustomEvent<Detail> }> {
  const container = document.createElement('div');
  container.className = 'test-container';
  container.style.width = '900px';
  const done = new Promise<CustomEvent<Detail>>((resolve) => {
    container.addEventListener('drawdown-load', (event) => resolve(event as CustomEvent<Detail>), { once: true });
    container.addEventListener('drawdown-error', (event) => resolve(event as CustomEvent<Detail>), { once: true });
  });
  container.innerHTML = markup;
  document.body.append(container);
  const event = await done;
  const element = container.querySelector('drawdown-timeline')!;
  await element.updateComplete;
  return { element, event };
}

const titles = (element: DrawdownTimeline) => shadow(element).querySelector('[part~="title"]')?.textContent;
const primaries = (element: DrawdownTimeline) => shadow(element).querySelectorAll('[part~="event"][data-primary]').length;

describe('src, in each format', () => {
  afterEach(cleanup);

  it('reads a CSV file, told by its name: one event per row, places and sources made from names', async () => {
    const text = await (await fetch('/data/withdrawals.csv')).text();
    const rows = text.trim().split(/\r?\n(?=[a-z0-9-]+,)/).length - 1;
    const { element, event } = await loaded('<drawdown-timeline src="/data/withdrawals.csv"></drawdown-timeline>');
    expect(event.type).to.equal('drawdown-load');
    expect(event.detail.events).to.equal(rows);
    expect(event.detail.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    expect(titles(element)).to.equal('withdrawals');
    expect(shadow(element).querySelectorAll('[part~="transfer"]').length).to.be.greaterThan(0);
    const lanes = [...shadow(element).querySelectorAll('[part~="lane-label"]')].map((lane) => lane.textContent);
    expect(lanes.join(' ')).to.include('Hmeimim Air Base');
  });

  it('reads a TimelineJS file, told by its content, with what it cannot map listed as warnings', async () => {
    const sample = await (await fetch('/data/timelinejs-sample.json')).json();
    const { element, event } = await loaded('<drawdown-timeline src="/data/timelinejs-sample.json"></drawdown-timeline>');
    expect(event.type).to.equal('drawdown-load');
    expect(event.detail.events).to.equal(sample.events.length);
    // The title slide's headline, its HTML entity decoded.
    expect(titles(element)).to.equal('The US withdrawal from Afghanistan, 2020–2021');
    const warnings = event.detail.problems.filter((problem) => problem.severity === 'warning');
    expect(warnings.some((problem) => /display_date/.test(problem.message))).to.equal(true);
    // They are the author's: listed on the page only with show-warnings.
    expect(shadow(element).querySelector('[part~="warnings"]')).to.equal(null);
    element.showWarnings = true;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="warnings"]')).to.exist;
    // A file of a format with no sources is not marked event by event as unattributed.
    expect([...shadow(element).querySelectorAll('text[data-id]')].map((label) => label.textContent!).filter((text) => text.includes('unattributed'))).to.deep.equal([]);
  });

  it('reads the same TimelineJS file with format="timelinejs", and the upstream sample too', async () => {
    const { event } = await loaded('<drawdown-timeline format="timelinejs" src="/test/fixtures/timelinejs-group-sample.json"></drawdown-timeline>');
    expect(event.type).to.equal('drawdown-load');
    expect(event.detail.skipped).to.equal(0);
  });

  it('points a CSV file\'s problems at its rows, and still draws every good row', async () => {
    const csv = 'id,kind,title,when\na,withdrawal,Leaves,2024-12-16\nb,withdrawal,"Bad, date",soon\nc,transfer,Moves,2024-12-18\n';
    const { element, event } = await loaded(`<drawdown-timeline format="csv" show-warnings><script type="text/csv">${csv}</script></drawdown-timeline>`);
    expect(event.detail.events).to.equal(2);
    expect(event.detail.skipped).to.equal(1);
    const error = event.detail.problems.find((problem) => problem.severity === 'error')!;
    expect(error.path).to.equal('row 3.when');
    expect(shadow(element).querySelector('[part~="warnings"]')!.textContent).to.include('row 3.when');
    expect(primaries(element)).to.equal(2);
  });
});

describe('inline data', () => {
  afterEach(cleanup);

  it('reads a <script type="application/json"> child', async () => {
    const json = JSON.stringify(story({ title: 'Inline story' }));
    const { element, event } = await loaded(`<drawdown-timeline><script type="application/json">${json}</script></drawdown-timeline>`);
    expect(event.detail.events).to.equal(3);
    expect(titles(element)).to.equal('Inline story');
    // The script is the page's: it stays in the light DOM, unseen.
    expect(element.querySelector('script')!.getBoundingClientRect().height).to.equal(0);
  });

  it('reads a <script type="text/csv"> child whatever the format attribute says is auto', async () => {
    const { event } = await loaded('<drawdown-timeline><script type="text/csv">id,kind,title,when\nx,evacuation,Flights out,2021-08</script></drawdown-timeline>');
    expect(event.type).to.equal('drawdown-load');
    expect(event.detail.events).to.equal(1);
  });

  it('reads indented inline CSV as the author meant it', async () => {
    const { element, event } = await loaded(`<drawdown-timeline>
      <script type="text/csv">
        id,kind,title,when,at
        x,evacuation,Flights out,2021-08,Kabul
        y,withdrawal,Last flight,2021-08-30,Kabul
      </script>
    </drawdown-timeline>`);
    expect(event.detail.events).to.equal(2);
    expect(event.detail.problems).to.deep.equal([]);
    expect(shadow(element).querySelector('[part~="lane-label"]')!.textContent).to.include('Kabul');
  });

  it('reads a child added after the element, and reads it again when it changes', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(story({ title: 'First' }));
    let loading = nextEvent(element, 'drawdown-load');
    element.append(script);
    await loading;
    await element.updateComplete;
    expect(titles(element)).to.equal('First');
    loading = nextEvent(element, 'drawdown-load');
    script.textContent = JSON.stringify(story({ title: 'Second' }));
    await loading;
    await element.updateComplete;
    expect(titles(element)).to.equal('Second');
  });

  it('shows what is wrong with bad inline JSON, where, and tells the page', async () => {
    const { element, event } = await loaded('<drawdown-timeline><script type="application/json">{"version": 1, "events": [}</script></drawdown-timeline>');
    expect(event.type).to.equal('drawdown-error');
    const error = shadow(element).querySelector('[part~="error"]')!;
    expect(error.textContent).to.include('the inline data is not valid JSON');
    // Where: the browser's parser quotes the text around the fault.
    expect(error.textContent).to.include('"events": [}');
  });

  it('validates inline data like any other: a bad event is reported by its path and the rest drawn', async () => {
    const json = JSON.stringify(story({ events: [...(story().events as unknown[]), { id: 'bad', kind: 'withdrawal', title: 'No date' }] }));
    const { element, event } = await loaded(`<drawdown-timeline><script type="application/json">${json}</script></drawdown-timeline>`);
    expect(event.detail.skipped).to.equal(1);
    expect(event.detail.problems.map((problem) => problem.path)).to.include('events[3].when');
    expect(primaries(element)).to.equal(3);
  });
});

describe('taking the data away', () => {
  afterEach(cleanup);

  it('removing src empties the element, whether its story had loaded or was still loading', async () => {
    const element = await mount('<drawdown-timeline src="/__test/never"></drawdown-timeline>');
    expect(shadow(element).querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
    element.removeAttribute('src');
    await element.updateComplete;
    expect(shadow(element).querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('false');
    expect(shadow(element).querySelector('[aria-busy]')!.textContent!.trim()).to.equal('');
    const loading = nextEvent(element, 'drawdown-load');
    element.src = '/data/russia-syria-2024.json';
    await loading;
    await element.updateComplete;
    expect(titles(element)).to.match(/Russia/);
    element.src = '';
    await element.updateComplete;
    expect(titles(element)).to.equal(undefined);
  });
});

describe('the data property', () => {
  afterEach(cleanup);

  it('takes a parsed story, or a file\'s text with format, and wins over src and inline data until src changes', async () => {
    const element = await mount(`<drawdown-timeline src="/data/russia-syria-2024.json">
      <script type="application/json">${JSON.stringify(story({ title: 'Inline' }))}</script></drawdown-timeline>`);
    if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    expect(titles(element), 'src wins over the inline child').to.match(/Russia/);
    element.data = story({ title: 'From data' });
    await element.updateComplete;
    expect(titles(element)).to.equal('From data');
    element.format = 'csv';
    const imported = nextEvent(element, 'drawdown-load');
    element.data = 'id,kind,title,when\nq,handover,Keys handed over,2021-07-02';
    // CSV waits for its importer, loaded on first use.
    await imported;
    await element.updateComplete;
    expect(titles(element)).to.equal('Untitled');
    expect(primaries(element)).to.equal(1);
    element.format = 'auto';
    const loading = nextEvent(element, 'drawdown-load');
    element.src = '/data/us-afghanistan-2020-2021.json';
    await loading;
    await element.updateComplete;
    expect(titles(element)).to.match(/Afghanistan/);
  });

  it('refuses CSV that is not text with a clear error', async () => {
    const element = await mount('<drawdown-timeline format="csv"></drawdown-timeline>');
    const failing = nextEvent<CustomEvent>(element, 'drawdown-error');
    element.data = { rows: [] };
    const { detail } = await failing;
    expect(detail.problems[0].message).to.equal('format="csv" reads text, but the data property is already a parsed value; pass the CSV file\'s text');
  });
});
