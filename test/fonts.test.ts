import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

// The font hook: a page sets --drawdown-font-family to a web font, which arrives after the first drawing was
// measured in a fallback. When it has loaded, text is measured again: labels are cut and placed by the font they
// are drawn in.

const FAMILY = 'Drawdown Test Black';
const URL_BLACK = '/node_modules/@expo-google-fonts/noto-sans/900Black/NotoSans_900Black.ttf';

/** Long titles, so that labels are cut where the font's width decides. */
const longTitles = story({
  events: Array.from({ length: 6 }, (_, i) => ({
    id: `e${i}`, kind: 'withdrawal', at: i % 2 ? 'a' : 'b', sources: ['s1'], when: `2024-12-${String(10 + i * 3).padStart(2, '0')}`,
    title: `Withdrawal number ${i + 1} from the base, with a title long enough to be cut short beside its mark on any screen this test draws it on, however wide`,
  })),
});

const labels = (element: DrawdownTimeline) =>
  [...shadow(element).querySelectorAll<SVGTextElement>(`[part~="plot"] ${internals.label}`)];

describe('the font hook', () => {
  afterEach(cleanup);

  it('measures text again when the font the page names has loaded, and draws labels that fit as measured', async () => {
    const element = await mount('<drawdown-timeline lang="en"></drawdown-timeline>', 480);
    element.style.setProperty('--drawdown-font-family', `"${FAMILY}", sans-serif`);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = longTitles;
    await loaded;
    await element.updateComplete;
    const before = labels(element).map(internals.labelText);
    expect(before.some((text) => text.endsWith('…')), `some labels cut: ${before.join(' | ')}`).to.equal(true);
    // The web font arrives only now, after the first drawing was measured in the fallback.
    const face = new FontFace(FAMILY, `url(${URL_BLACK})`);
    const done = nextEvent(document.fonts, 'loadingdone');
    document.fonts.add(face);
    await face.load();
    await done;
    await element.updateComplete;
    const after = labels(element).map(internals.labelText);
    expect(after, 'cut again, shorter, in the wider font').to.not.deep.equal(before);
    // Measured as drawn: each one-line label is as wide in the canvas (the layout's measure) as on screen.
    const context = document.createElement('canvas').getContext('2d')!;
    const label = labels(element).find((node) => !node.children.length && node.textContent!.endsWith('…'))!;
    context.font = `${getComputedStyle(label).fontSize} "${FAMILY}"`;
    expect(label.getComputedTextLength()).to.be.closeTo(context.measureText(label.textContent!).width, 1);
    document.fonts.delete(face);
  });
});
