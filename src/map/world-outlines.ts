import { loadWorld } from './load-world.js';
import type { Countries } from './map-outlines.js';

/** The world's outlines, once loaded for the page; the load on its way; who waits for them. */
let world: Countries | undefined;
let loading: Promise<void> | undefined;
/** Whether the load failed: maps then stay without outlines, and nothing waits. */
let failed = false;
const waiting = new Set<() => void>();

const MISSING = 'a map reaching beyond Europe, the Middle East and Africa north of the equator needs ' +
  'drawdown-timeline-world.min.js, which belongs beside drawdown-timeline.min.js';

/**
 * The world's coarse outlines, for a map reaching beyond the detailed ones: here, or undefined while they load (then
 * `arrived` is called once they are, to draw the map again). Loaded once for the page, the first time a map needs
 * them; a file that cannot be loaded is said once on the console, and such maps stay without outlines.
 */
export function worldOutlines(arrived: () => void): Countries | undefined {
  if (world || failed) return world;
  waiting.add(arrived);
  loading ??= loadWorld().then(({ WORLD }) => {
    world = WORLD;
  }, (error: unknown) => {
    failed = true;
    console.error(`<drawdown-timeline>: ${MISSING} (${error instanceof Error ? error.message : String(error)})`);
  }).finally(() => {
    for (const wake of waiting) wake();
    waiting.clear();
  });
  return undefined;
}

/** Resolves once a load of the world's outlines, if one was started, has ended. */
export async function worldSettled(): Promise<void> {
  await loading;
}
