import type { DrawdownTimeline } from '../src/index.js';
import '../src/index.js';

/** Mounts an element from markup in a fresh container, returns it when it has rendered once. */
export async function mount(markup: string, width = 900): Promise<DrawdownTimeline> {
  const container = document.createElement('div');
  container.className = 'test-container';
  container.setAttribute('data-width', String(width));
  container.innerHTML = markup;
  Object.assign(container.style, { width: `${width}px` });
  document.body.append(container);
  const element = container.querySelector('drawdown-timeline')!;
  await element.updateComplete;
  return element;
}

/**
 * Mounts `markup` and gives it the seed story as data (`T`, the part of its shape a test reads); resolves once it
 * is drawn and its update, with the views loaded after the first paint, is complete.
 */
export async function seedElement<T = unknown>(markup = '<drawdown-timeline start="2024-12-10" end="2024-12-14"></drawdown-timeline>') {
  const seed = await (await fetch('/data/russia-syria-2024.json')).json() as T;
  const element = await mount(markup);
  const loaded = nextEvent(element, 'drawdown-load');
  element.data = seed;
  await loaded;
  await element.updateComplete;
  return { element, seed, root: element.shadowRoot! };
}

/** Removes everything `mount` added. */
export function cleanup(): void {
  for (const container of document.querySelectorAll('.test-container')) container.remove();
}

/**
 * Resolves with the next event of this name from the target. No deadline of its own: an event that never comes
 * is a hang, which the test's timeout ends.
 */
export function nextEvent<T extends Event>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => {
    target.addEventListener(name, (event) => resolve(event as T), { once: true });
  });
}

/** A minimal valid document, with any part overridden. */
export function story(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    title: 'Test story',
    places: [
      { id: 'a', name: 'Alpha Base', country: 'Syria' },
      { id: 'b', name: 'Bravo Airport', country: 'Libya' },
    ],
    sources: [{ id: 's1', name: 'Wire service', url: 'https://example.org/wire' }],
    events: [
      { id: 'e1', kind: 'withdrawal', title: 'Leaves Alpha', when: '2024-12-16', at: 'a', sources: ['s1'] },
      { id: 'e2', kind: 'transfer', title: 'Alpha to Bravo', when: '2024-12-15/2024-12-18', from: 'a', to: 'b' },
      { id: 'e3', kind: 'statement', title: 'Says something', when: '2024-12~' },
    ],
    ...overrides,
  };
}

/**
 * The element's shadow root, which tests read through its public contract: `part` names, the `data-id`, `data-to`,
 * `data-series` and `data-lane` attributes, ARIA roles, names and states. What has no public hook they reach
 * through test/internals.ts, which names each internal class once.
 */
export function shadow(element: DrawdownTimeline): ShadowRoot {
  return element.shadowRoot!;
}

/**
 * `text` with plain spaces where Intl writes thin or narrow no-break ones: CLDR puts them around a range's dash
 * ("December 8 – 31, 2024") and before AM and PM, and whether a browser does depends on its ICU data. Tests that
 * compare words compare them with plain spaces.
 */
export function plainSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2009\u202f]/g, ' ');
}

/** Runs `body` with the console's warnings collected rather than printed, and gives them to it. */
export async function collectingWarnings(body: (warnings: readonly string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
}

/** Puts a button before `element` and one after it, to Tab in from and out to. */
export function betweenButtons<T extends Element>(element: T): { element: T; before: HTMLButtonElement; after: HTMLButtonElement } {
  const before = document.createElement('button'), after = document.createElement('button');
  before.textContent = 'before';
  after.textContent = 'after';
  element.before(before);
  element.after(after);
  return { element, before, after };
}
