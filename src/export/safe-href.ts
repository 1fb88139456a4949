import { toSafeUrl } from '../model/read-values.js';

/**
 * The address of the link a node sits in, when it is one a reader can safely follow from a file: http: or https:
 * only, so an exported SVG never carries a `javascript:` or `data:` link out of the page.
 */
export function safeHref(node: Node, within: Element): string | null {
  const start = node instanceof Element ? node : node.parentElement;
  const anchor = start?.closest('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || !within.contains(anchor)) return null;
  return toSafeUrl(anchor.href) ?? null;
}
