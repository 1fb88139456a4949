import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { nextEvent } from './helpers.js';

// Elements created, used and removed leave nothing behind that grows: a page that swaps stories (a live blog)
// does not carry dead timelines. Measured by Chromium's own counters after collecting garbage (memory-plugin.mjs).

interface Memory { readonly nodes: number; readonly listeners: number; readonly heap: number }
const memory = () => executeServerCommand<Memory, undefined>('memory-metrics');

/** Creates `count` elements one after another, each loaded, used (selected, zoomed, its table shown) and removed. */
async function cycles(count: number, story: unknown): Promise<void> {
  for (let i = 0; i < count; i++) {
    const element = document.createElement('drawdown-timeline') as DrawdownTimeline;
    document.body.append(element);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = story;
    await loaded;
    element.selected = 'personnel-hmeimim-to-benghazi';
    element.start = '2024-12-10';
    element.end = '2024-12-20';
    element.showTable = true;
    await element.updateComplete;
    element.remove();
  }
  // Let the frame that follows the last removal pass, as a page would.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

describe('memory', () => {
  it('100 elements created, used and removed leave no more behind than a few, and none more after 50 more', async () => {
    const story = await (await fetch('/data/russia-syria-2024.json')).json();
    // One first, so that what is made once a page (Intl formats, shared styles, the Arabic-free words) is made.
    await cycles(1, story);
    const before = await memory();
    // What one element drawn holds: the yardstick.
    let one: DrawdownTimeline | null = document.createElement('drawdown-timeline') as DrawdownTimeline;
    document.body.append(one);
    const loaded = nextEvent(one, 'drawdown-load');
    one.data = story;
    await loaded;
    await one.updateComplete;
    const perElement = (await memory()).nodes - before.nodes;
    expect(perElement, 'DOM nodes of one drawn element').to.be.greaterThan(500);
    one.remove();
    one = null;
    await cycles(100, story);
    const after100 = await memory();
    await cycles(50, story);
    const after150 = await memory();
    // Chromium may keep the last few removed elements a while (its style and SVG resource caches): bounded.
    expect(after100.nodes - before.nodes, 'nodes left by 100 elements').to.be.below(4 * perElement);
    expect(after150.nodes - after100.nodes, 'nodes left by 50 more').to.be.below(3 * perElement);
    expect(after150.listeners - before.listeners, 'listeners left').to.be.below(100);
    // A heap that grows with every element would have grown by megabytes over 150.
    expect(after150.heap - after100.heap, 'heap growth over the last 50').to.be.below(2_000_000);
  });
});
