/** A list item's number or bullet, which the browser draws as a `::marker` that no text node holds. */
export interface ListMarker {
  readonly text: string;
  /** Where the marker ends: left of the item's start edge, or right of it in a right-to-left list. */
  readonly x: number;
  readonly top: number;
  readonly height: number;
  readonly style: CSSStyleDeclaration;
}

const BULLETS: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };
/** Counter styles written in another script's digits (CSS Counter Styles), each followed by ". ". */
const NUMBERING: Record<string, string> = { decimal: 'latn', 'arabic-indic': 'arab', persian: 'arabext' };

/**
 * The markers of the lists in `root` that show them outside their items: bullets and numbers in the counter
 * styles above (others are written as decimal numbers), beside the item's first line.
 */
export function listMarkers(root: HTMLElement): ListMarker[] {
  const markers: ListMarker[] = [];
  const range = document.createRange();
  for (const list of root.querySelectorAll('ol, ul')) {
    let count = list instanceof HTMLOListElement ? list.start - 1 : 0;
    for (const item of list.children) {
      if (!(item instanceof HTMLLIElement)) continue;
      count = item.hasAttribute('value') ? item.value : count + 1;
      const style = getComputedStyle(item);
      if (style.display !== 'list-item' || style.listStyleType === 'none' || style.listStylePosition !== 'outside' || style.visibility !== 'visible') continue;
      range.selectNodeContents(item);
      const first = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0);
      if (!first) continue;
      const box = item.getBoundingClientRect(), rtl = style.direction === 'rtl', gap = parseFloat(style.fontSize) * 0.3;
      const start = rtl ? box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) + gap
        : box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) - gap;
      markers.push({ text: markerText(style.listStyleType, count), x: start, top: first.top, height: first.height, style });
    }
  }
  return markers;
}

function markerText(type: string, value: number): string {
  const bullet = BULLETS[type];
  if (bullet) return bullet;
  const digits = new Intl.NumberFormat('en', { numberingSystem: NUMBERING[type] ?? 'latn', useGrouping: false });
  return `${digits.format(value)}.`;
}
