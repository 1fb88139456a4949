import type { Problem } from '../model/types.js';

export interface FetchOptions {
  readonly timeoutMs: number;
  /** Largest response accepted, in bytes. */
  readonly maxBytes: number;
  /** Aborts the request when the element is given another source or removed. */
  readonly signal: AbortSignal;
}

export type FetchResult =
  | { readonly ok: true; readonly text: string; readonly contentType: string }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Fetches a story file's text (JSON, CSV or TimelineJS: `readStory` tells them apart): no cookies sent (`credentials: 'omit'`, so any CORS-enabled host works), a timeout,
 * and a size cap enforced while reading. Every failure becomes one problem that says what happened and to what.
 */
export async function fetchStory(src: string, options: FetchOptions): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return fail(`"${src}" is not a valid address for src`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(`Could not load "${src}": only http: and https: addresses can be loaded (this one is ${url.protocol}); ` +
      'a page opened from disk must be served over http to load data');
  }
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal, headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
    if (!response.ok) {
      return fail(`Could not load "${src}": the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > options.maxBytes) {
      // Refused by its declared size: the download is cancelled, not left open behind the error.
      void response.body?.cancel().catch(() => undefined);
      return fail(tooLarge(src, options.maxBytes));
    }
    const text = await readText(response, options.maxBytes);
    if (text === undefined) return fail(tooLarge(src, options.maxBytes));
    return { ok: true, text, contentType: response.headers.get('Content-Type') ?? '' };
  } catch (error) {
    if (timedOut) return fail(`Could not load "${src}": no complete answer within ${formatSeconds(options.timeoutMs)}`);
    if (options.signal.aborted) return fail(`Loading "${src}" was cancelled`);
    return fail(`Could not load "${src}": the request failed (${(error as Error).message}). ` +
      'The address may be wrong, the network down, or the server may not allow cross-origin requests (CORS)');
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', abort);
  }
}

function fail(message: string): FetchResult {
  return { ok: false, problem: { severity: 'error', path: '', message } };
}

/** Reads the body as UTF-8, giving up (and cancelling the download) as soon as it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(src: string, maxBytes: number): string {
  return `Could not load "${src}": it is larger than the ${Math.round(maxBytes / 1_000_000)} MB limit`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
