import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { EVENT_STATUSES } from '../src/model/types.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

/** One exact-day event per status, all of one kind, so only the status tells them apart. */
const statusStory = () => story({
  events: EVENT_STATUSES.map((status, i) => ({
    id: status, kind: 'transfer', title: `A ${status} move`, when: `2024-12-${String(10 + i * 3).padStart(2, '0')}/2024-12-${String(12 + i * 3).padStart(2, '0')}`,
    status, at: 'a', sources: ['s1'],
  })),
});

/** The element drawing `statusStory`, once it has drawn. */
async function mountStatusStory() {
  const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
  element.data = statusStory();
  await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

/**
 * What a mark looks like with its colours taken away: its fill as a kind of fill (solid, hollow, or which
 * pattern) and its outline's dashes. Two statuses with the same signature would look alike in greyscale.
 */
function greyscaleSignature(mark: SVGElement, background: string, ink: string): string {
  const style = getComputedStyle(mark);
  const fill = style.fill.startsWith('url(') ? style.fill.replace(/.*#([a-z]+)-.*/, '$1')
    : style.fill === background ? 'hollow' : style.fill === ink ? 'solid' : `other ${style.fill}`;
  return `${fill} | dashes ${style.strokeDasharray}`;
}

describe('status treatments', () => {
  before(() => setViewport({ width: 1200, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  it('draws each of the six statuses with its own fill or outline, not colour alone', async () => {
    const element = await mountStatusStory();
    const root = shadow(element);
    const background = getComputedStyle(root.querySelector(internals.patternPaper)!).fill;
    const ink = getComputedStyle(root.querySelector(`[part~="event"]${internals.status('confirmed')}`)!).stroke;
    const signatures = new Map(EVENT_STATUSES.map((status) => {
      const mark = root.querySelector<SVGElement>(`[part~="event"][data-id="${status}"]`)!;
      expect(mark.matches(internals.status(status)), status).to.equal(true);
      return [status, greyscaleSignature(mark, background, ink)];
    }));
    expect(new Set(signatures.values()).size, JSON.stringify(Object.fromEntries(signatures))).to.equal(EVENT_STATUSES.length);
    // The ones the issue names: a confirmed move is solid, a claimed one hatched, a forecast hollow or dotted and
    // dashed, and every pattern a mark (or the legend's sample of one) uses exists in this element's tree.
    expect(signatures.get('confirmed')).to.match(/^solid \| dashes none/);
    expect(signatures.get('claimed')).to.match(/^hatch/);
    expect(signatures.get('expected')).to.match(/^hollow \| dashes 4(px)?,? 2/);
    expect(signatures.get('planned')).to.match(/^dots \| dashes 4(px)?,? 2/);
    const patterns = [...root.querySelectorAll<SVGElement>('[part~="event"], [part~="legend"] path')]
      .map((mark) => /#([\w-]+)/.exec(getComputedStyle(mark).fill)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(patterns.length, 'marks filled with a pattern').to.be.greaterThan(0);
    for (const id of patterns) expect(root.getElementById(id), `pattern ${id}`).to.be.instanceOf(SVGPatternElement);
  });

  it('paints the patterns in the kind colour, and the hollows in the background', async () => {
    const element = await mountStatusStory();
    const root = shadow(element);
    const kindColour = getComputedStyle(root.querySelector(`[part~="event"]${internals.status('confirmed')}`)!).fill;
    const hatchInk = root.querySelector(`#hatch-transfer ${internals.patternInk}`)!;
    expect(getComputedStyle(hatchInk).fill).to.equal(kindColour);
    expect(getComputedStyle(root.querySelector(`#hatch-transfer ${internals.patternPaper}`)!).fill).to.equal(getComputedStyle(root.querySelector(internals.frame)!).backgroundColor);
  });

  it('explains each status present in the legend, with the same treatment as the marks', async () => {
    const element = await mountStatusStory();
    const legend = shadow(element).querySelector('[part~="legend"]')!;
    const items = [...legend.querySelectorAll<HTMLElement>('li[data-status]')];
    expect(items.map((item) => item.dataset.status)).to.deep.equal([...EVENT_STATUSES]);
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(['Confirmed', 'Reported', 'Claimed', 'Expected', 'Planned', 'Denied']);
    const claimedSample = items[2]!.querySelector('path')!;
    expect(getComputedStyle(claimedSample).fill).to.match(/url\(.*#hatch-other/);
  });

  it('sets forecasts in italics and strikes denied events through, in their labels', async () => {
    const element = await mountStatusStory();
    const label = (id: string) => getComputedStyle(shadow(element).querySelector(`${internals.label}[data-id="${id}"]`)!);
    expect(label('expected').fontStyle).to.equal('italic');
    expect(label('planned').fontStyle).to.equal('italic');
    expect(label('confirmed').fontStyle).to.equal('normal');
    expect(label('denied').textDecorationLine).to.equal('line-through');
  });

  it('tells an uncertain date (dotted) from a forecast (dashed), and shows both at once', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    element.data = story({
      events: [
        { id: 'u', kind: 'transfer', title: 'Uncertain', when: '2024-12-10?/2024-12-14', status: 'confirmed', at: 'a' },
        { id: 'f', kind: 'transfer', title: 'Forecast', when: '2024-12-16/2024-12-20', status: 'expected', at: 'a' },
        { id: 'uf', kind: 'transfer', title: 'Both', when: '2024-12-22?/2024-12-26', status: 'expected', at: 'a' },
      ],
    });
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const dashes = (id: string) => getComputedStyle(shadow(element).querySelector(`[part~="event"][data-id="${id}"]`)!).strokeDasharray.replace(/px/g, '');
    expect(dashes('u')).to.equal('1, 2');
    expect(dashes('f')).to.equal('4, 2');
    expect(dashes('uf')).to.equal('4, 2, 1, 2');
  });
});

describe('date form treatments', () => {
  afterEach(cleanup);

  it('feathers approximate marks and fades open ends with masks, leaving exact ones plain', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    element.data = story({
      events: [
        { id: 'exact', kind: 'transfer', title: 'Exact', when: '2024-12-10', at: 'a' },
        { id: 'about', kind: 'transfer', title: 'About', when: '2024-12-12~', at: 'a' },
        { id: 'about-bar', kind: 'transfer', title: 'About bar', when: '2024-12-13~/2024-12-20', at: 'a' },
        { id: 'about-end', kind: 'transfer', title: 'About its end', when: '2024-12-13/2024-12-20~', at: 'a' },
        { id: 'about-both', kind: 'transfer', title: 'About both ends', when: '2024-12-13~/2024-12-20~', at: 'a' },
        { id: 'by', kind: 'transfer', title: 'By', when: '../2024-12-17', at: 'a' },
        { id: 'by-about', kind: 'transfer', title: 'By about', when: '../2024-12-20~', at: 'a' },
        { id: 'ongoing', kind: 'transfer', title: 'Ongoing', when: '2024-12-20/..', at: 'a' },
      ],
    });
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const mask = (id: string) => shadow(element).querySelector(`[part~="event"][data-id="${id}"]`)!.getAttribute('mask');
    expect(mask('exact')).to.equal(null);
    expect(mask('about')).to.equal('url(#soft-point)');
    // Only the end the data says "about" of is feathered; a precise end stays crisp.
    expect(mask('about-bar')).to.equal('url(#soft-left)');
    expect(mask('about-end')).to.equal('url(#soft-right)');
    expect(mask('about-both')).to.equal('url(#soft)');
    expect(mask('by')).to.equal('url(#open-left)');
    expect(mask('by-about')).to.equal('url(#open-left-soft)');
    expect(mask('ongoing')).to.equal('url(#open-right)');
    for (const id of ['soft-point', 'soft', 'soft-left', 'soft-right', 'open-left', 'open-left-soft', 'open-right']) {
      expect(shadow(element).getElementById(id), id).to.be.instanceOf(SVGMaskElement);
    }
    // Selected, a mark shows whole: the feathering gives way, so its ring is never faded.
    const about = shadow(element).querySelector<SVGElement>('[part~="event"][data-id="about"]')!;
    expect(getComputedStyle(about).mask).to.not.equal('none');
    internals.drawAsSelected(about);
    expect(getComputedStyle(about).mask).to.equal('none');
    // Time running right to left puts the start on the right.
    element.dir = 'rtl';
    await element.updateComplete;
    expect(mask('about-bar')).to.equal('url(#soft-right)');
    expect(mask('about-end')).to.equal('url(#soft-left)');
  });
});
