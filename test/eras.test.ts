import { expect } from 'chai';
import { layoutAsOf, layoutEras } from '../src/layout/eras.js';
import { messagesEn } from '../src/words/en.js';
import { createTimeScale } from '../src/layout/time-scale.js';
import { parseWhen } from '../src/model/edtf.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';
import { formatter, layoutOf, measureText, parsed } from './layout-helpers.js';

const when = (text: string) => {
  const result = parseWhen(text);
  if (!('when' in result)) throw new Error(result.error);
  return result.when;
};

const scale = createTimeScale([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)], [0, 620]);
const context = (s = scale, width = 620) => ({ scale: s, width, formatter, messages: messagesEn, languages: [], measure: measureText });

describe('layoutEras', () => {
  it('spans each era, open sides reaching the plot\'s edges, named from its visible start', () => {
    const eras = layoutEras([
      { title: 'Before', when: when('../2024-12-08'), extra: {} },
      { title: 'After', when: when('2024-12-08/..'), extra: {} },
    ], undefined, context());
    // "Until 8 December" runs to that day's end; "from 8 December" from its start.
    const dec8 = scale(Date.UTC(2024, 11, 8)), dec9 = scale(Date.UTC(2024, 11, 9));
    expect(eras.map((era) => [era.index, era.left, era.right, era.label, era.edge])).to.deep.equal([
      [0, 0, dec9, 'Before', false], [1, dec8, 620, 'After', true],
    ]);
    // An era begun before the window has no edge to mark on the plot.
    const [clipped] = layoutEras([{ title: 'Long', when: when('2024-11-01/2024-12-05'), extra: {} }], undefined, context());
    expect(clipped).to.include({ left: 0, edge: false });
    expect(eras[1]!.labelX).to.equal(dec8 + 4);
  });

  it('leaves out eras outside the window, and elides names to their band', () => {
    const eras = layoutEras([
      { title: 'Long ago', when: when('2020/2021'), extra: {} },
      { title: 'A name far too long for two days', when: when('2024-12-10/2024-12-11'), extra: {} },
    ], undefined, context());
    expect(eras).to.have.length(1);
    const band = eras[0]!;
    expect(band.index).to.equal(1);
    // Two days are 40 px here: room for "A n…" at 7 px a letter, not for the name.
    expect(band.label).to.equal('A n…');
    expect(measureText(band.label)).to.be.at.most(band.right - band.left - 8);
  });

  it('stops an era\'s name before the "as of" label', () => {
    const asOf = layoutAsOf(when('2024-12-16'), context())!;
    const [era] = layoutEras([{ title: 'After the fall of the government in Damascus', when: when('2024-12-08/..'), extra: {} }], asOf, context());
    const eraRight = era!.labelX + measureText(era!.label);
    expect(eraRight).to.be.at.most(asOf.labelX);
    expect(era!.label).to.match(/…$/);
  });

  it('mirrors for right-to-left time', () => {
    const rtl = createTimeScale([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)], [620, 0]);
    const [, after] = layoutEras([
      { title: 'Before', when: when('../2024-12-08'), extra: {} },
      { title: 'After', when: when('2024-12-08/..'), extra: {} },
    ], undefined, context(rtl));
    expect(after!.left).to.equal(0);
    expect(after).to.include({ labelAlign: 'right', labelX: rtl(Date.UTC(2024, 11, 8)) - 4 });
  });
});

describe('layoutAsOf', () => {
  it('draws the line where the published period ends, and hatches what comes after it', () => {
    const asOf = layoutAsOf(when('2024-12-16/2024-12-31'), context())!;
    expect(asOf.left).to.equal(scale(Date.UTC(2024, 11, 16)));
    expect(asOf.right).to.equal(scale(Date.UTC(2025, 0, 1)));
    expect(asOf.lineX).to.equal(asOf.right);
    expect(asOf.after).to.deep.equal([asOf.right, 620]);
    // Intl writes the range; some versions put thin spaces around the dash.
    expect(asOf.label).to.match(/^As of 16\s?–\s?31 December 2024$/);
  });

  it('puts the label before the line when there is no room after it', () => {
    const asOf = layoutAsOf(when('2024-12-29'), context())!;
    expect(asOf.labelAlign).to.equal('right');
    expect(asOf.labelX - measureText(asOf.label)).to.be.at.least(0);
  });

  it('is absent with no published date, or one after the window; one before it hatches the whole plot, with no line', () => {
    expect(layoutAsOf(undefined, context())).to.equal(undefined);
    expect(layoutAsOf(when('2025-05-01'), context())).to.equal(undefined);
    const before = layoutAsOf(when('2023-05-01'), context())!;
    expect(before.after).to.deep.equal([0, 620]);
    expect(before.lineX).to.be.NaN;
    expect(before.label).to.equal('');
    const rtl = createTimeScale([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)], [620, 0]);
    expect(layoutAsOf(when('2023-05-01'), context(rtl))!.after).to.deep.equal([0, 620]);
  });

  it('reads an open published interval as its known side, with a line there and no period', () => {
    const by = layoutAsOf(when('../2024-12-16'), context())!;
    expect(by.label).to.equal('As of 16 December 2024');
    expect(by.lineX).to.equal(scale(Date.UTC(2024, 11, 17)));
    expect(by.right - by.left).to.equal(0);
    const since = layoutAsOf(when('2024-12-16/..'), context())!;
    expect(since.label).to.equal('As of 16 December 2024');
    expect(since.lineX).to.equal(scale(Date.UTC(2024, 11, 16)));
  });
});

describe('eras and "as of" in the layout and the element', () => {
  afterEach(cleanup);

  it('take a strip under the axis only when the story has one or the other, whatever the window', () => {
    const plain = layoutOf(parsed());
    const withEras = layoutOf(parsed({ eras: [{ title: 'After', when: '2024-12-08/..' }] }));
    const withPublished = layoutOf(parsed({ published: '2024-12-17' }));
    expect(withEras.lanesTop - plain.lanesTop).to.equal(18);
    expect(withPublished.lanesTop - plain.lanesTop).to.equal(18);
    expect(withPublished.asOf?.label).to.equal('As of 17 December 2024');
    // Zoomed away from the "as of" date, the lanes stay where they were.
    const zoomed = layoutOf(parsed({ published: '2024-12-17' }), { window: [Date.UTC(2024, 11, 1), Date.UTC(2024, 11, 5)] });
    expect(zoomed.asOf).to.equal(undefined);
    expect(zoomed.lanesTop).to.equal(withPublished.lanesTop);
  });

  it('draws the bands behind the marks across the whole plot, and the "as of" line with its label', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 900);
    element.data = story({
      published: '2024-12-17',
      eras: [{ title: 'Before', when: '../2024-12-08' }, { title: 'After', when: '2024-12-08/..' }],
    });
    await nextEvent(element, 'drawdown-load');
    await element.updateComplete;
    const root = shadow(element);
    const eras = root.querySelector('[part~="eras"]')!;
    expect([...eras.querySelectorAll(internals.eraLabel)].map((label) => label.textContent)).to.deep.equal(['Before', 'After']);
    const plot = root.querySelector('svg[part~="plot"]')!;
    const band = eras.querySelector(`${internals.odd} ${internals.eraBand}`)!;
    expect(Number(band.getAttribute('y')) + Number(band.getAttribute('height'))).to.equal(Number(plot.getAttribute('height')));
    expect(eras.compareDocumentPosition(root.querySelector('[part~="event"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const asOf = root.querySelector('[part~="as-of"]')!;
    expect(asOf.querySelector(internals.asOfLabel)!.textContent).to.match(/^As of .*17.*2024$/);
    expect(getComputedStyle(asOf.querySelector(internals.afterReport)!).fill).to.match(/url\(.*#after-report/);
  });
});
