import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { nextEvent } from './helpers.js';

// Elements created, used and removed leave nothing behind that grows: a page that swaps stories (a live blog)
// does not carry dead timelines. Each removed element is followed by a WeakRef, read after Chromium has collected
// garbage (memory-plugin.mjs): this page's own elements, whatever else the browser holds. Chromium's DOM node
// counter, which the test read before, is kept per renderer process, not per page; under a busy machine it once
// grew by ten elements' worth, in a test that passed alone and beside CPU burners.

interface Memory { readonly nodes: number; readonly listeners: number; readonly heap: number }
const memory = () => executeServerCommand<Memory, undefined>('memory-metrics');

/**
 * Creates `count` elements one after another, each loaded, used (selected, zoomed, its table shown) and removed,
 * and adds a WeakRef to each to `removed`.
 */
async function cycles(count: number, story: unknown, removed: WeakRef<DrawdownTimeline>[]): Promise<void> {
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
    removed.push(new WeakRef(element));
  }
  // Let the frame that follows the last removal pass, as a page would.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** How many of `refs` are alive. */
const alive = (refs: readonly WeakRef<DrawdownTimeline>[]) => refs.filter((ref) => ref.deref() !== undefined).length;

/**
 * How many of `refs` are alive once garbage is collected: collected again a frame later while more than `most` are,
 * for up to 60 frames, since Chromium lets the last elements go a while after their removal.
 */
async function aliveAfterCollection(refs: readonly WeakRef<DrawdownTimeline>[], most: number): Promise<number> {
  for (let frame = 0; ; frame++) {
    await memory();
    const count = alive(refs);
    if (count <= most || frame >= 60) return count;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('memory', () => {
  it('100 elements created, used and removed can all be collected but the last few, and so can 50 more', async () => {
    const story = await (await fetch('/data/russia-syria-2024.json')).json();
    const removed: WeakRef<DrawdownTimeline>[] = [];
    // One first, so that what is made once a page (Intl formats, shared styles, the Arabic-free words) is made.
    await cycles(1, story, removed);
    const before = await memory();
    const nodesBefore = document.querySelectorAll('*').length;
    await cycles(100, story, removed);
    // Chromium may keep the last few removed elements a while (its style and SVG resource caches): bounded.
    expect(await aliveAfterCollection(removed, 5), 'elements of the first 101 alive').to.be.at.most(5);
    const after100 = await memory();
    await cycles(50, story, removed);
    expect(await aliveAfterCollection(removed, 5), 'elements of all 151 alive').to.be.at.most(5);
    const after150 = await memory();
    expect(alive(removed.slice(0, 101)), 'elements of the first 101 alive after 50 more').to.be.at.most(1);
    // Nothing left in the page's own document either.
    expect(document.querySelectorAll('*').length, 'nodes left in the document').to.equal(nodesBefore);
    expect(after150.listeners - before.listeners, 'listeners left').to.be.below(100);
    // A heap that grows with every element would have grown by megabytes over 150.
    expect(after150.heap - after100.heap, 'heap growth over the last 50').to.be.below(2_000_000);
  });
});
