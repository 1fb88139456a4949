import { executeServerCommand } from '@web/test-runner-commands';
import type { DrawdownTimeline } from '../src/index.js';

// Real input for the element's gestures: the wheel and fingers through test/input-plugin.mjs (the mouse and keys go
// through @web/test-runner-commands), and waits for the element to be done with them.

export const wheel = (payload: { x: number; y: number; deltaX?: number; deltaY: number; modifiers?: string[] }) =>
  executeServerCommand('input-wheel', payload);
export const touch = (steps: { x: number; y: number }[][]) => executeServerCommand('input-touch', { steps });

/** The centre of an element's box in the page, as the input commands take it. */
export function centre(target: Element): { x: number; y: number } {
  const box = target.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/**
 * Resolves once the element is done with input that ends in `count` events of `type` (the wheel itself; the
 * pointerup of each finger or button): they have reached the element, then came the frame in which it applies the
 * window the input asked for (it applies at most one a frame, in a frame it asked for as it heard the input, from
 * the plot inside it, before the listener here), and the update that draws that window. Made before the input is
 * sent.
 */
export function handled(element: DrawdownTimeline, type: 'wheel' | 'pointerup', count = 1): Promise<void> {
  return new Promise<void>((resolve) => {
    let left = count;
    const heard = () => {
      if (--left > 0) return;
      element.removeEventListener(type, heard);
      requestAnimationFrame(() => resolve());
    };
    element.addEventListener(type, heard, { passive: true });
  }).then(() => element.updateComplete).then(() => undefined);
}

/** A wheel event over the element, and the element done with it (see handled). */
export async function wheelOn(element: DrawdownTimeline, payload: Parameters<typeof wheel>[0]): Promise<void> {
  const done = handled(element, 'wheel');
  await wheel(payload);
  await done;
}

/** A touch gesture over the element, and the element done with it: every finger lifted (see handled). */
export async function touchOn(element: DrawdownTimeline, steps: { x: number; y: number }[][]): Promise<void> {
  const done = handled(element, 'pointerup', steps[0]!.length);
  await touch(steps);
  await done;
}
