/** Pages built in the test, in iframes: the single built file on a page of the test's making. */

export interface FramePage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** Errors thrown in the page. */
  readonly errors: string[];
}

/** Loads `html` (which may use the test server's absolute paths) in an iframe and resolves once it has loaded. */
export function framePage(html: string, width = 1000, height = 1600): Promise<FramePage> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.className = 'test-frame';
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    const errors: string[] = [];
    frame.addEventListener('load', () => {
      const win = frame.contentWindow as Window & typeof globalThis;
      resolve({ frame, window: win, document: frame.contentDocument!, errors });
    }, { once: true });
    frame.srcdoc = html.replace('<head>', '<head><script>addEventListener("error", (e) => parent.postMessage({ frameError: e.message }, "*"))</script>');
    addEventListener('message', (event) => {
      if (event.source === frame.contentWindow && event.data?.frameError) errors.push(event.data.frameError);
    });
    document.body.append(frame);
  });
}

/** Loads a page of the test server (its own headers and policies, unlike `framePage`'s srcdoc) in an iframe of
 * class `className`, and resolves once it has loaded. */
export function frameAt(path: string, className = 'test-frame', width = 1000, height = 1600): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.className = className;
    Object.assign(frame.style, { width: `${width}px`, height: `${height}px` });
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.src = path;
    document.body.append(frame);
  });
}

export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe.test-frame')) frame.remove();
}

/** The next animation frame of the test's page. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The waits still going, by what they wait for: a test that times out leaves one behind (see the hook below). */
const waiting = new Set<{ readonly what: string }>();

/**
 * Resolves in the first animation frame in which `check()` holds, or at once if it holds now. It has no deadline
 * of its own: a state that never comes is ended by the test's timeout, and the hook below then names `what` it
 * was waiting for.
 */
export async function frameWhere(check: () => boolean, what = 'a state'): Promise<void> {
  const wait = { what };
  waiting.add(wait);
  try {
    while (!check()) {
      await nextFrame();
      // The test ended (timed out) while this waited: stop checking, and never settle.
      if (!waiting.has(wait)) return new Promise<void>(() => {});
    }
  } finally {
    waiting.delete(wait);
  }
}

// After each test of a file that imports this: a wait left behind belongs to a test that timed out. It says what
// it was waiting for, and stops, so that it checks nothing of the next test's (and throws nothing into it).
afterEach(() => {
  for (const wait of waiting) console.warn(`A test ended while waiting for ${wait.what}`);
  waiting.clear();
});

/** The primary marks an element in a frame has drawn. */
export function drawnMarks(element: Element): number {
  return element.shadowRoot?.querySelectorAll('[part~="event"][data-primary]').length ?? 0;
}

/** How far the test's clock (steppedClock) moves on in each frame, in ms. */
export const STEP_MS = 50;

/**
 * The element times a glide by performance.now(): the test's own clock stands in for it while it records a
 * glide, and moves on by STEP_MS in each frame, so a glide takes the same frames however slowly they come.
 */
export function steppedClock(): { step: () => void; restore: () => void } {
  let now = performance.now();
  performance.now = () => now;
  return {
    step: () => { now += STEP_MS; },
    restore: () => { delete (performance as { now?: unknown }).now; },
  };
}
