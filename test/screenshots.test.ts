import { expect } from 'chai';
import { command, difference, pixels } from './pixels.js';

// The seed story on a newsroom's page, at a desktop's and a phone's width, against pictures a person looked at
// (test/references/screen-*.png; UPDATE_REFERENCES=1 remakes them): a change of layout shows here.

async function shot(width: number, reference: string): Promise<ImageData> {
  const answer = await command<{ png?: string; error?: string }>('screen-screenshot', { path: '/test/fixtures/print.html', width, reference });
  if (answer.error) throw new Error(answer.error);
  return pixels(await (await fetch(`data:image/png;base64,${answer.png}`)).blob());
}

describe('the seed story on screen', () => {
  for (const [width, name] of [[1280, 'screen-seed-1280'], [375, 'screen-seed-375']] as const) {
    it(`looks as it did at ${width} px (test/references/${name}.png)`, async () => {
      const actual = await shot(width, name);
      const reference = await pixels(await (await fetch(`/test/references/${name}.png`, { cache: 'no-store' })).blob());
      expect(difference(actual, reference), 'against the reference').to.be.below(0.005);
    });
  }
});
