import { expect } from 'chai';
import { mount, nextEvent, story, shadow, cleanup } from './helpers.js';

describe('smoke', () => {
  afterEach(cleanup);
  it('renders data', async () => {
    const el = await mount('<drawdown-timeline></drawdown-timeline>');
    const loaded = nextEvent(el, 'drawdown-load');
    el.data = story();
    await loaded;
    expect(shadow(el).querySelectorAll('[part~="event"]').length).to.equal(3);
  });
});
