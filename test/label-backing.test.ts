import { expect } from 'chai';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

describe('a label inside a bar', () => {
  afterEach(cleanup);

  it('sits on a backing of its own, never on the bar\'s outline or hatching, pinned where the bar shows', async () => {
    const element = await mount('<drawdown-timeline start="2024-06" end="2024-06"></drawdown-timeline>', 700);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story({
      events: [{ id: 'long', kind: 'withdrawal', status: 'claimed', title: 'A long withdrawal', when: '2024-01-01/2024-12-31', at: 'a', sources: ['s1'] }],
    });
    await loaded;
    await element.updateComplete;
    const root = shadow(element);
    const label = root.querySelector<SVGTextElement>(`${internals.label}[data-id="long"]`)!;
    expect(label.textContent).to.equal('A long withdrawal');
    const backing = root.querySelector<SVGRectElement>(internals.labelBacking)!;
    expect(backing, 'the backing').to.exist;
    const [text, plate] = [label.getBBox(), backing.getBBox()];
    expect(plate.x).to.be.at.most(text.x);
    expect(plate.x + plate.width).to.be.at.least(text.x + text.width);
    expect(plate.y).to.be.at.most(text.y + 2);
    expect(plate.y + plate.height).to.be.at.least(text.y + text.height - 2);
    // Painted under the text: earlier in the labels' layer.
    expect(backing.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(getComputedStyle(backing).fill).to.equal(getComputedStyle(root.querySelector(internals.frame)!).backgroundColor);
    // The bar runs past both edges; its label starts in from the left edge of the plot.
    expect(text.x).to.be.within(10, 20);
  });
});
