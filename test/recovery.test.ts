import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow } from './helpers.js';

// A failed load can be retried by the reader (the error's "Try again") and by the page (reload(), or setting the
// same src again, or putting the element back on the page); a story shown stays shown when loading it again fails.
// The test server's /__test/flaky answers 503 to the requests ?fail= lists, by their number under ?key=.

const flaky = (fail: string) => `/__test/flaky?key=${Math.random()}&fail=${fail}`;
const requests = async (src: string) => (await fetch(`/__test/count?key=${new URL(src, location.href).searchParams.get('key')}`)).json() as Promise<number>;
const drawn = (element: DrawdownTimeline) => shadow(element).querySelector('[part~="plot"]') !== null;

/** An element whose first load of `src` has failed, showing its error. */
async function failed(src: string): Promise<DrawdownTimeline> {
  const element = await mount('<drawdown-timeline></drawdown-timeline>');
  const error = nextEvent(element, 'drawdown-error');
  element.src = src;
  await error;
  await element.updateComplete;
  const text = shadow(element).querySelector('[part~="error"]')!.textContent!;
  expect(text, text).to.include('503');
  return element;
}

describe('recovering from a failed load', () => {
  afterEach(cleanup);

  it('the error\'s "Try again" loads the story again', async () => {
    const element = await failed(flaky('1'));
    const loaded = nextEvent(element, 'drawdown-load');
    shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await loaded;
    await element.updateComplete;
    expect(drawn(element)).to.equal(true);
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
  });

  it('setting the same src again retries, as a property or an attribute', async () => {
    const src = flaky('1,2');
    const element = await failed(src);
    const error = nextEvent(element, 'drawdown-error');
    element.setAttribute('src', src);
    await error;
    expect(await requests(src)).to.equal(2);
    const loaded = nextEvent(element, 'drawdown-load');
    element.src = src;
    await loaded;
    expect(await requests(src)).to.equal(3);
    // Set again once it has loaded, it is left alone: frameworks set properties again on every render.
    element.src = src;
    element.setAttribute('src', src);
    await element.updateComplete;
    expect(await requests(src)).to.equal(3);
  });

  it('put back on the page after a failure, it tries again', async () => {
    const element = await failed(flaky('1'));
    const parent = element.parentElement!;
    element.remove();
    const loaded = nextEvent(element, 'drawdown-load');
    parent.append(element);
    await loaded;
    expect(drawn(element)).to.equal(true);
  });

  it('reload() over a story shown keeps it while it loads, and keeps it with a note when loading fails', async () => {
    const src = flaky('2,3');
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(element, 'drawdown-load');
    element.src = src;
    await loaded;
    await element.updateComplete;
    const error = nextEvent<CustomEvent<{ problems: { message: string }[] }>>(element, 'drawdown-error');
    const reloaded = element.reload();
    await element.updateComplete;
    expect(drawn(element), 'still drawn while it loads again').to.equal(true);
    const { detail } = await error;
    await reloaded;
    await element.updateComplete;
    expect(detail.problems[0]!.message).to.include('503');
    expect(drawn(element), 'still drawn after loading again failed').to.equal(true);
    const note = shadow(element).querySelector('[part~="warnings"][role="alert"]')!;
    expect(note.textContent).to.include('could not be loaded again').and.include('503');
    // Setting the same src again retries, as after any failure, and the story still stays when that fails too.
    const failedAgain = nextEvent(element, 'drawdown-error');
    element.src = src;
    await failedAgain;
    await element.updateComplete;
    expect(await requests(src)).to.equal(3);
    expect(drawn(element), 'still drawn after the retry failed').to.equal(true);
    // The next reload that works clears the note.
    const again = nextEvent(element, 'drawdown-load');
    await element.reload();
    await again;
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="warnings"][role="alert"]')).to.equal(null);
    expect(await requests(src)).to.equal(4);
  });

  it('reload() resolves when there is nothing left to read: an inline story whose script was removed', async () => {
    const loaded = nextEvent(document, 'drawdown-load');
    const element = await mount('<drawdown-timeline><script type="application/json">{"version": 1, "title": "T", ' +
      '"events": [{"id": "e", "kind": "other", "title": "E", "when": "2024"}]}</script></drawdown-timeline>');
    await loaded;
    await element.updateComplete;
    expect(drawn(element)).to.equal(true);
    element.querySelector('script')!.remove();
    await element.reload();
    await element.updateComplete;
    expect(drawn(element)).to.equal(false);
  });

  it('reload() reads data set as a property again', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>');
    const story = await (await fetch('/data/russia-syria-2024.json')).json() as { events: unknown[] };
    let loaded = nextEvent<CustomEvent<{ events: number }>>(element, 'drawdown-load');
    element.data = story;
    expect((await loaded).detail.events).to.equal(story.events.length);
    // The page changed the object it gave: reload() reads it as it now is.
    story.events.splice(1);
    loaded = nextEvent(element, 'drawdown-load');
    await element.reload();
    expect((await loaded).detail.events).to.equal(1);
  });
});
