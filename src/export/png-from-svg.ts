/** Browsers refuse canvases much past this many pixels a side (and about 268 million in all). */
const MAX_SIDE = 16_384;

/**
 * Draws a standalone SVG into a canvas at `scale` device pixels a CSS pixel and returns it as a PNG. The SVG holds
 * no external reference, so the canvas stays readable whatever origin the data came from. A very tall story is
 * drawn at a smaller scale rather than not at all.
 */
export async function pngFromSvg(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const fit = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(2 ** 28 / (width * height)));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * fit);
    canvas.height = Math.round(height * fit);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
