import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, story } from './helpers.js';

describe('a glide', () => {
  afterEach(cleanup);

  it('arrives even when frames come with the timestamp of the frame before (Chromium runs such frames)', async () => {
    const element: DrawdownTimeline = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story();
    await loaded;
    await element.updateComplete;
    // Every frame from now on says it is the first frame of the glide: the glide must not wait for time to move in
    // frames' timestamps (Chromium runs two rounds of frame callbacks with one timestamp at times), it asks for its
    // next frame each time.
    const raf = window.requestAnimationFrame;
    let first: number | undefined;
    window.requestAnimationFrame = (callback) => raf.call(window, (now) => callback((first ??= now)));
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="controls"] button[title="Zoom in"]')!.click();
      await element.updateComplete;
    } finally {
      window.requestAnimationFrame = raf;
    }
    expect(element.start).to.not.equal('');
  });
});
