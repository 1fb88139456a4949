import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { EVENT_STATUSES } from '../src/model/types.js';
import type { DrawdownTimeline } from '../src/index.js';
import { frameWhere } from './frames.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';

/**
 * Forced colours (Windows High Contrast), as Chromium draws them: it forces the HTML's colours to the reader's, but
 * leaves SVG paint as the page set it, so a drawing with no rules of its own keeps its theme's colours on the
 * reader's background (dark text on High Contrast Black). The element draws in the system colours instead, keeps
 * its statuses apart by fills and dashes, and its focus apart from its selection; the HTML it leaves to the browser.
 * Forced colours come from test/forced-colors-plugin.mjs: emulateMedia passes no forcedColors to puppeteer.
 */

const SEED = '/data/russia-syria-2024.json';
const PALETTES = ['light', 'dark'] as const;
type Palette = (typeof PALETTES)[number];

const forcedColors = (payload: { active: boolean; palette?: Palette }) => executeServerCommand('forced-colors', payload);

/** What a system colour resolves to in this page now, as computed styles give colours. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** One event per status, as a bar in lane c and as a transfer from a to b, kinds taking turns: a denied one, in a
 * page that asks for its transfer faint. */
async function mountEveryStatus(attributes: string): Promise<DrawdownTimeline> {
  const kinds = ['transfer', 'withdrawal', 'evacuation', 'handover'];
  const day = (n: number) => `2024-12-${String(n).padStart(2, '0')}`;
  const element = await mount(`<drawdown-timeline ${attributes}></drawdown-timeline>`, 1000);
  element.style.setProperty('--drawdown-denied-opacity', '0.2');
  const loading = nextEvent(element, 'drawdown-load');
  element.data = story({
    places: [{ id: 'a', name: 'Alpha Base' }, { id: 'b', name: 'Bravo Airport' }, { id: 'c', name: 'Charlie Port' }],
    events: EVENT_STATUSES.flatMap((status, i) => [
      { id: `bar-${status}`, kind: kinds[i % 4], status, title: `A ${status} event`, when: `${day(2 + i * 4)}/${day(4 + i * 4)}`, at: 'c' },
      { id: `move-${status}`, kind: kinds[i % 4], status, title: `A ${status} move`, when: day(3 + i * 4), from: 'a', to: 'b' },
    ]),
  });
  await loading;
  await element.updateComplete;
  return element;
}

async function mountSeed(attributes: string): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, 900);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

/** Each node's computed `property` that is not `expected`, as one line each: what, which, and the colour found. */
function offColour(nodes: Iterable<Element>, property: 'fill' | 'stroke', expected: string, what: string): string[] {
  return [...nodes].map((node) => ({ node, found: getComputedStyle(node)[property] }))
    .filter(({ found }) => found !== expected)
    .map(({ node, found }) => `${what} ${node.getAttribute('data-id') ?? node.getAttribute('class')}: ${property} ${found}, not ${expected}`);
}

for (const palette of PALETTES) {
  // The element in the other theme than the reader's palette: the case in which its own colours would vanish.
  const theme = palette === 'light' ? 'theme="dark"' : '';

  describe(`forced colours, High Contrast ${palette === 'light' ? 'White' : 'Black'}`, () => {
    let text = '', canvas = '';
    before(async () => {
      await forcedColors({ active: true, palette });
      await frameWhere(() => matchMedia('(forced-colors: active)').matches, 'forced colours');
      text = systemColour('CanvasText');
      canvas = systemColour('Canvas');
      expect(text, 'the palette has its text apart from its background').to.not.equal(canvas);
    });
    after(() => forcedColors({ active: false }));
    afterEach(cleanup);

    it('draws marks, status fills, links and text in the system text colour, on the system background', async () => {
      const element = await mountEveryStatus(theme);
      const root = shadow(element);
      const plot = root.querySelector('[part~="plot"]')!;
      expect(getComputedStyle(root.querySelector(internals.frame)!).backgroundColor, 'the frame (the browser forces it)').to.equal(canvas);
      const marks = [...plot.querySelectorAll('[part~="event"][data-primary]')];
      const links = [...plot.querySelectorAll('[part~="transfer"]')];
      expect(marks.length).to.equal(2 * EVENT_STATUSES.length);
      expect(links.map((link) => internals.statusOf(link)).sort()).to.deep.equal([...EVENT_STATUSES].sort());

      // Each mark's fill: the text colour (solid), the background (hollow), or a pattern drawn in both.
      const patterns = new Set<string>();
      const fills = marks.flatMap((mark) => {
        const fill = getComputedStyle(mark).fill;
        const id = /#([\w-]+)/.exec(fill)?.[1];
        if (id) patterns.add(id);
        return id || fill === text || fill === canvas ? [] : [`mark ${mark.getAttribute('data-id')}: fill ${fill}`];
      });
      expect(patterns.size, 'the status fills').to.be.greaterThan(2);
      const inks = [...patterns].flatMap((id) => [...root.querySelectorAll(`#${id} ${internals.patternInk}`)]);
      const papers = [...patterns].flatMap((id) => [...root.querySelectorAll(`#${id} ${internals.patternPaper}`)]);
      const lanes = [...plot.querySelectorAll(`[part~="lane"] ${internals.laneBand}`)];
      const off = [
        ...fills,
        ...offColour(marks, 'stroke', text, 'mark'),
        ...offColour(inks, 'fill', text, 'pattern ink'),
        ...offColour(papers, 'fill', canvas, 'pattern ground'),
        ...offColour(links, 'stroke', text, 'link'),
        ...offColour(plot.querySelectorAll(`${internals.label}, [part~="transfer-label"], [part~="axis"] text`), 'fill', text, 'text'),
        ...offColour(plot.querySelectorAll(`[part~="lane-label"] ${internals.name}, [part~="lane-label"] ${internals.detail}`), 'fill', text, 'lane label'),
        ...offColour(plot.querySelectorAll(internals.label), 'stroke', canvas, 'label halo'),
        ...offColour(lanes, 'fill', canvas, 'lane band'),
        ...offColour(lanes, 'stroke', systemColour('GrayText'), 'lane line'),
      ];
      expect(off.length, `${off.length} colour(s) not the system's:\n${off.join('\n')}\n`).to.equal(0);
      // Full strength, the denied one too, though the page asked for it faint.
      expect(links.map((link) => getComputedStyle(link).strokeOpacity)).to.deep.equal(links.map(() => '1'));
    });

    it('keeps the statuses apart by fills and dashes where every kind has one colour', async () => {
      const element = await mountEveryStatus(theme);
      const plot = shadow(element).querySelector('[part~="plot"]')!;
      const look = (node: Element) => {
        const style = getComputedStyle(node);
        return `${style.fill.replace(/.*#([a-z]+)-.*/, '$1')} | ${style.strokeDasharray}`;
      };
      const marks = EVENT_STATUSES.map((status) => look(plot.querySelector(`[part~="event"][data-id="bar-${status}"]`)!));
      const links = EVENT_STATUSES.map((status) => getComputedStyle(plot.querySelector(`[part~="transfer"][data-id="move-${status}"]`)!).strokeDasharray);
      expect(new Set(marks).size, marks.join('\n')).to.equal(EVENT_STATUSES.length);
      // Expected and planned are both forecasts, dotted alike; their marks tell them apart.
      expect(new Set(links).size, links.join('\n')).to.equal(EVENT_STATUSES.length - 1);
    });

    it('tells the focused event, its target ringed in the text colour, from the selected one, outlined in Highlight', async () => {
      const element = await mountSeed(`${theme} no-controls selected="fall-of-assad"`);
      const before = document.createElement('button');
      before.textContent = 'before';
      element.before(before);
      before.focus();
      // Past the skip link, one Tab enters the plot on the selected event; an arrow moves the focus on, the selection
      // stays.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      const selected = shadow(element).querySelector<SVGElement>(`[part~="plot"] [part~="event"]${internals.selected}`)!;
      const focused = shadow(element).activeElement as SVGElement;
      expect(selected.dataset.id).to.equal('fall-of-assad');
      expect(focused.getAttribute('part')).to.equal('event-target');
      expect(focused.dataset.id).to.not.equal(selected.dataset.id);
      await frameWhere(() => focused.matches(':focus-visible'), 'the focus shown');

      const highlight = systemColour('Highlight');
      expect(highlight, 'Highlight is not the text colour').to.not.equal(text);
      const [ring, outline] = [getComputedStyle(focused), getComputedStyle(selected)];
      expect(outline.stroke, 'the selection, in Highlight').to.equal(highlight);
      expect(outline.outlineStyle, 'the selection has no ring').to.equal('none');
      expect(ring.stroke, 'the focus ring round the target, in the text colour').to.equal(text);
      expect(parseFloat(ring.strokeWidth)).to.be.at.least(2);
    });

    it('leaves the HTML to the browser: buttons, a disabled one and links in the system colours', async () => {
      const element = await mountSeed(`${theme} selected="fall-of-assad"`);
      const root = shadow(element);
      await frameWhere(() => root.querySelector('[part~="details"] a[href]') !== null, 'the details with their sources');
      const colour = (node: Element) => getComputedStyle(node).color;
      const buttons = [...root.querySelectorAll('[part~="controls"] button')];
      const disabled = buttons.filter((button) => button.matches(':disabled, [aria-disabled="true"]'));
      expect(disabled.length, 'the whole story is in view: a button to see it all is unavailable').to.be.greaterThan(0);
      expect(new Set(buttons.filter((button) => !disabled.includes(button)).map(colour))).to.deep.equal(new Set([systemColour('ButtonText')]));
      expect(new Set(disabled.map(colour))).to.deep.equal(new Set([systemColour('GrayText')]));
      expect(colour(root.querySelector('[part~="details"] a[href]')!)).to.equal(systemColour('LinkText'));
    });
  });
}
