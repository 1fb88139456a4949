/** A computed CSS colour split into an opaque colour and its alpha, as SVG 1.1 editors read paint. */
export interface Paint {
  readonly color: string;
  /** Null when opaque. */
  readonly opacity: number | null;
}

/** Parses the `rgb()`/`rgba()` a computed style gives; any other form passes through as opaque. */
export function splitAlpha(css: string): Paint {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
  if (!match) return { color: css, opacity: null };
  const [, r, g, b, a] = match;
  const alpha = a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
  return { color: `rgb(${r}, ${g}, ${b})`, opacity: alpha < 1 ? alpha : null };
}

/** Whether a computed colour paints anything. */
export function isVisibleColor(css: string): boolean {
  return css !== 'transparent' && splitAlpha(css).opacity !== 0;
}
