/**
 * A text measurer for the layout, backed by a canvas 2D context with the labels' font. Text in scripts whose
 * letters do not change shape with their neighbours (Latin, Greek, Cyrillic) is measured as the sum of its
 * characters' widths, each measured once: a 100,000-event story then costs a few thousand canvas calls, not
 * 100,000, at the price of ignoring kerning (a fraction of a pixel a label). Other text (Arabic joins its
 * letters, Indic scripts combine them) is measured whole, once per string.
 */
export function createTextMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 6.5;
  context.font = font;
  const charWidths = new Map<number, number>();
  const whole = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Combining marks, and everything from Hebrew on but punctuation such as "…", are measured whole.
      if ((code >= 0x0300 && code <= 0x036f) || (code >= 0x0590 && (code < 0x2000 || code > 0x206f))) return measureWhole(text);
      let w = charWidths.get(code);
      if (w === undefined) charWidths.set(code, (w = context.measureText(text[i]!).width));
      width += w;
    }
    return width;
  };

  function measureWhole(text: string): number {
    let width = whole.get(text);
    if (width === undefined) {
      if (whole.size > 50_000) whole.clear();
      whole.set(text, (width = context!.measureText(text).width));
    }
    return width;
  }
}
