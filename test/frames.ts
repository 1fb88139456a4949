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

export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe.test-frame')) frame.remove();
}

/** Waits until `check` holds, polling every 25 ms; fails with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The primary marks an element in a frame has drawn. */
export function drawnMarks(element: Element): number {
  return element.shadowRoot?.querySelectorAll('[part~="event"][data-primary]').length ?? 0;
}
