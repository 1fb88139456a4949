import { withPngMetadata, type PngMetadata } from './png-metadata.js';

/** Browsers refuse canvases much past this many pixels a side (and about 268 million in all). */
const MAX_SIDE = 16_384;
/** CSS pixels an inch. */
const CSS_DPI = 96;

export interface PngOptions {
  /** Device pixels a CSS pixel. */
  readonly scale: number;
  /** Text to write into the PNG (see png-metadata.ts); its density is always written, from the scale drawn at. */
  readonly metadata?: Omit<PngMetadata, 'dpi'>;
}

/**
 * Draws a standalone SVG into a canvas at `scale` device pixels a CSS pixel and returns it as a PNG that says its
 * density (96 dpi × the scale, so it prints at the size it shows) and any metadata given. The SVG holds no external
 * reference, so the canvas stays readable whatever origin the data came from. A very tall story is drawn at a
 * smaller scale rather than not at all.
 */
export async function pngFromSvg(svgText: string, width: number, height: number, options: number | PngOptions): Promise<Blob> {
  const { scale, metadata } = typeof options === 'number' ? { scale: options, metadata: undefined } : options;
  const fit = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(2 ** 28 / (width * height)));
  const image = await decoded(svgText);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * fit);
  canvas.height = Math.round(height * fit);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
  });
  return withPngMetadata(png, { ...metadata, dpi: CSS_DPI * (canvas.width / width) });
}

/** The longest address Chromium loads (2 MiB): a data: address past it fails, so the blob: one is tried first. */
const LONGEST_URL = 2 * 1024 * 1024;

/**
 * The SVG as an image, from a data: address or a blob: one, whichever a page's Content-Security-Policy allows:
 * a strict `img-src` names data: more often than blob:, so data: comes first unless its address would be too
 * long (each address refused is a violation the page hears). Neither is another origin: the canvas stays readable.
 */
async function decoded(svgText: string): Promise<HTMLImageElement> {
  const address = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const byValue = () => load(address);
  const byBlob = async () => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    try {
      return await load(url);
    } finally {
      URL.revokeObjectURL(url);
    }
  };
  const [first, second] = address.length < LONGEST_URL ? [byValue, byBlob] : [byBlob, byValue];
  try {
    return await first();
  } catch {
    // Refused, most likely by img-src: the other way.
  }
  try {
    return await second();
  } catch {
    throw new Error('The PNG could not be made: the drawing did not load as an image, by a data: or a blob: address. ' +
      'If the page has a Content-Security-Policy, its img-src directive may need data:.');
  }
}

async function load(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  await image.decode();
  return image;
}
