import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from 'chai';

// Pictures in tests: a server command's answer (which may come in parts), pixels decoded by the browser, and how
// far two pictures differ.

/** Runs a command of test/print-plugin.mjs, asking again while a long print is still going. */
export async function command<T>(name: string, payload: unknown): Promise<T> {
  let result = await executeServerCommand<T | { pending: number }, unknown>(name, payload);
  while (result && typeof result === 'object' && 'pending' in result) {
    result = await executeServerCommand<T | { pending: number }, unknown>('print-wait', { id: result.pending });
  }
  return result as T;
}

/**
 * The share of pixels that differ by more than 48 in a channel, for images of the same size. A shift of one pixel
 * is about 6% of the seed story's page: under 0.5% allows for antialiasing, not a change of layout.
 */
export function difference(actual: ImageData, expected: ImageData): number {
  expect([actual.width, actual.height], 'size').to.deep.equal([expected.width, expected.height]);
  let differ = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(actual.data[i + c]! - expected.data[i + c]!) > 48) {
        differ++;
        break;
      }
    }
  }
  return differ / (actual.width * actual.height);
}

/** A PNG's pixels, decoded by the browser. */
export async function pixels(png: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(png, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
