import { expect } from 'chai';
import type { DrawdownErrorEvent, DrawdownLoadEvent, DrawdownTimeline } from '../src/index.js';
import { cleanup, collectingWarnings, mount, nextEvent, shadow, story } from './helpers.js';

/** Mounts an element with this src and resolves with the error it reports, and its shadow root. */
async function failing(markup: string) {
  const container = document.createElement('div');
  container.className = 'test-container';
  document.body.append(container);
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    const caught = nextEvent<DrawdownErrorEvent>(container, 'drawdown-error');
    container.innerHTML = markup;
    const event = await caught;
    const element = container.querySelector('drawdown-timeline') as DrawdownTimeline;
    await element.updateComplete;
    const errorBox = shadow(element).querySelector<HTMLElement>('[part~="error"]');
    expect(errors, 'uncaught errors').to.deep.equal([]);
    return { element, problems: event.detail.problems, errorBox, text: errorBox?.textContent?.replace(/\s+/g, ' ') ?? '' };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

describe('bad input: loading', () => {
  afterEach(cleanup);

  it('a src that 404s shows the status in the element and fires drawdown-error', async () => {
    const { problems, errorBox, text } = await failing('<drawdown-timeline src="/data/no-such-file.json"></drawdown-timeline>');
    expect(errorBox).to.exist;
    expect(errorBox!.getAttribute('role')).to.equal('alert');
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.include('/data/no-such-file.json');
    expect(problems[0]!.message).to.include('404');
    expect(text).to.include('404');
  });

  it('a server error is reported with its status', async () => {
    const { text } = await failing('<drawdown-timeline src="/__test/error-500"></drawdown-timeline>');
    expect(text).to.include('the server answered 500');
  });

  it('a src that does not answer in time is reported as a timeout', async () => {
    const { text } = await failing('<drawdown-timeline src="/__test/never" fetch-timeout="300"></drawdown-timeline>');
    expect(text).to.include('no complete answer within 0.3 s');
  });

  it('a file that is not JSON says so, and where', async () => {
    const { text } = await failing('<drawdown-timeline src="/demo/not-json.txt"></drawdown-timeline>');
    expect(text).to.include('"/demo/not-json.txt" is not valid JSON');
  });

  it('a file past the size limit is refused with the limit named', async () => {
    const { text } = await failing('<drawdown-timeline src="/__test/huge"></drawdown-timeline>');
    expect(text).to.include('larger than the 20 MB limit');
  });

  it('a file declaring a size past the limit is refused, and its download cancelled rather than left open', async () => {
    const key = `declared-${Math.random()}`;
    const { text } = await failing(`<drawdown-timeline src="/__test/declared-huge?key=${key}"></drawdown-timeline>`);
    expect(text, text).to.include('larger than the 20 MB limit');
    expect(await (await fetch(`/__test/held-state?key=${key}&until=aborted`)).json(), 'the connection closed by the element').to.equal(true);
  });

  it('a src that is not http(s) is refused before any request', async () => {
    const { text } = await failing('<drawdown-timeline src="javascript:alert(1)"></drawdown-timeline>');
    expect(text).to.include('only http: and https: addresses can be loaded');
  });

  it('a src that changes while loading shows only the newest story', async () => {
    // The test server holds the first request until the client aborts it, and says when it has it and when it was
    // aborted.
    const key = `superseded-${Math.random()}`;
    const heldState = async (until: 'received' | 'aborted') => (await fetch(`/__test/held-state?key=${key}&until=${until}`)).json();
    const element = await mount(`<drawdown-timeline src="/__test/held?key=${key}"></drawdown-timeline>`);
    expect(await heldState('received'), 'the first fetch reached the server').to.equal(true);
    const loaded = nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
    let errored = false;
    element.addEventListener('drawdown-error', () => (errored = true));
    element.src = '/data/russia-syria-2024.json';
    await loaded;
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part~="event"][data-primary]').length).to.be.greaterThan(5);
    // The first fetch was stopped: it has nothing more to report, and reported nothing.
    expect(await heldState('aborted'), 'the superseded fetch was aborted').to.equal(true);
    expect(errored, 'the superseded fetch reports nothing').to.equal(false);
  });
});

describe('bad input: documents', () => {
  afterEach(cleanup);

  const fatal: [string, unknown, string, string][] = [
    ['not an object', [1, 2], '$', 'expected a story'],
    ['null', null, '$', 'expected a story'],
    ['another version', { ...story(), version: 2 }, 'version', 'reads version 1'],
    ['events missing', { version: 1, title: 'T' }, 'events', 'expected a list of events'],
    ['events not a list', { version: 1, title: 'T', events: { id: 'x' } }, 'events', 'expected a list of events'],
  ];
  for (const [name, data, path, words] of fatal) {
    it(`a document with ${name} shows an error at "${path}" and fires drawdown-error`, async () => {
      const element = await mount('<drawdown-timeline></drawdown-timeline>');
      const caught = nextEvent<DrawdownErrorEvent>(element, 'drawdown-error');
      element.data = data;
      const { detail } = await caught;
      await element.updateComplete;
      expect(detail.problems[0]).to.include({ path, severity: 'error' });
      expect(detail.problems[0]!.message).to.include(words);
      const box = shadow(element).querySelector('[part~="error"]')!;
      expect(box.textContent).to.include(words);
      if (path) expect(box.querySelector('code')!.textContent).to.equal(path);
    });
  }

  it('a document with some bad events draws the good ones, and tells its author in the console, not its readers', () => collectingWarnings(async (warnings) => {
    const element = await mount('<drawdown-timeline src="/demo/partly-bad.json"></drawdown-timeline>');
    const { detail } = await nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part~="event"][data-primary]').length).to.equal(3);
    expect(shadow(element).querySelector('[part~="warnings"]')).to.equal(null);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.match(/^<drawdown-timeline>: the story was drawn with \d+ problems in its data \(3 events left out\); show-warnings/);
    for (const problem of detail.problems) expect(warnings[0]).to.include(`${problem.path}: ${problem.message}`);
  }));

  it('a document with some bad events draws the good ones and, with show-warnings, lists the rest above them', async () => {
    const element = await mount('<drawdown-timeline show-warnings src="/demo/partly-bad.json"></drawdown-timeline>');
    const { detail } = await nextEvent<DrawdownLoadEvent>(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    const drawn = [...root.querySelectorAll<SVGElement>('[part~="event"][data-primary]')].map((m) => m.dataset.id).sort();
    expect(drawn).to.deep.equal(['ok-1', 'ok-2', 'ok-3']);
    expect(detail.skipped).to.equal(3);
    const warnings = root.querySelector<HTMLDetailsElement>('[part~="warnings"]')!;
    expect(warnings.querySelector('summary')!.textContent).to.include('3 events could not be shown');
    const items = [...warnings.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.some((item) => item.startsWith('events[1].when:') && item.includes('mid-December 2024'))).to.equal(true);
    expect(items.some((item) => item.startsWith('events[3].id:'))).to.equal(true);
    expect(items.some((item) => item.startsWith('events[5].id:') && item.includes('already used'))).to.equal(true);
    expect(items.some((item) => item.startsWith('events[4].kind:'))).to.equal(true);
    expect(items.some((item) => item.startsWith('events[4].to:') && item.includes('tripoli'))).to.equal(true);
    // Collapsed by default, but one click away.
    expect(warnings.open).to.equal(false);
    expect(root.querySelector('[part~="error"]')).to.equal(null);
  });

  it('recovers from an error when it is given a good story', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const failed = nextEvent(element, 'drawdown-error');
    element.data = { version: 1 };
    await failed;
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story();
    await loaded;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('[part~="event"]').length).to.equal(3);
  });
});
