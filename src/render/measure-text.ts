/**
 * A text measurer for the layout, backed by a canvas 2D context with the labels' font. Widths are cached per
 * string, since the same titles are measured again at every zoom level.
 */
export function createTextMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  if (!context) return (text) => text.length * 6.5;
  context.font = font;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
