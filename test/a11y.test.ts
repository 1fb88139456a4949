import { setViewport } from '@web/test-runner-commands';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { expect } from 'chai';
import type { DrawdownTimeline } from '../src/index.js';
import { frameWhere } from './frames.js';
import { cleanup, mount, nextEvent, shadow, story } from './helpers.js';
import { internals } from './internals.js';
import { generateStory } from '../bench/generate.mjs';

/**
 * Accessibility: axe-core finds no WCAG 2.2 A/AA violation in either theme, with details open or the table shown;
 * every colour that carries meaning in the drawing meets the non-text contrast axe does not check (1.4.11), and
 * its SVG text the text contrast (1.4.3); and the element reflows into 320 px (1.4.10) with nothing off-page.
 */

const SEED = '/data/russia-syria-2024.json';
const FIRST_SEED_EVENT = 'fall-of-assad';
const DARK_PAGE = '#16171b';
const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const KINDS = ['withdrawal', 'transfer', 'evacuation', 'deployment', 'handover', 'statement', 'other'] as const;

type Axe = typeof import('axe-core');

declare global {
  interface Window {
    axe?: Axe;
  }
}

/** axe-core's UMD build is not an ES module: a script tag runs it, and it sets `window.axe`. */
async function loadAxe(): Promise<Axe> {
  if (!window.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error(`could not load ${script.src}`)), { once: true });
    });
    document.head.append(script);
    await loaded;
  }
  return window.axe!;
}

async function mountLoaded(markup: string, width?: number): Promise<DrawdownTimeline> {
  const element = await mount(markup, width);
  if (!shadow(element).querySelector('[part~="plot"]')) await nextEvent(element, 'drawdown-load');
  await element.updateComplete;
  return element;
}

async function mountSeed(attributes = '', width?: number): Promise<DrawdownTimeline> {
  return mountLoaded(`<drawdown-timeline src="${SEED}" ${attributes}></drawdown-timeline>`, width);
}

/** One confirmed event of each kind, exact dates, so every mark has its kind colour as a solid fill. */
async function mountEveryKind(attributes = ''): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline ${attributes}></drawdown-timeline>`);
  const events = KINDS.map((kind, i) => ({
    id: `k-${kind}`, kind, status: 'confirmed', title: `One ${kind}`, when: `2024-12-${String(10 + i)}`,
    ...(kind === 'transfer' ? { from: 'a', to: 'b' } : { at: i % 2 ? 'a' : 'b' }),
  }));
  const loading = nextEvent(element, 'drawdown-load');
  element.data = story({ events });
  await loading;
  await element.updateComplete;
  return element;
}

/** One denied event of each kind, each a transfer from a to b: a denied mark, its label and its link, per kind. */
async function mountDeniedOfEveryKind(attributes = ''): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline ${attributes}></drawdown-timeline>`);
  const events = KINDS.map((kind, i) => ({
    id: `denied-${kind}`, kind, status: 'denied', title: `A denied ${kind}`, when: `2024-12-${String(10 + i)}`, from: 'a', to: 'b',
  }));
  const loading = nextEvent(element, 'drawdown-load');
  element.data = story({ events });
  await loading;
  await element.updateComplete;
  return element;
}

function inDarkPage(element: DrawdownTimeline): void {
  element.parentElement!.style.background = DARK_PAGE;
}

function part(element: DrawdownTimeline, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

// --- axe ---

const oneLine = (text: string, length: number) => text.replace(/\s+/g, ' ').trim().slice(0, length);

/** Each violation as its rule, help and the nodes it names (the first ten), readable in a test report. */
function describeViolations(violations: readonly Result[]): string {
  return violations.map((violation) => [
    `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} [${violation.helpUrl}]`,
    ...violation.nodes.slice(0, 10).map((node) => {
      const target = node.target.map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : String(selector))).join(' | ');
      return `    at ${target}\n      ${oneLine(node.html, 200)}\n      ${oneLine(node.failureSummary ?? '', 400)}`;
    }),
    ...(violation.nodes.length > 10 ? [`    … and ${violation.nodes.length - 10} more`] : []),
  ].join('\n')).join('\n');
}

/** axe's audit of the element; every node it passed listed only when `passes` (slower), else one a rule. */
async function auditAxe(element: DrawdownTimeline, passes = false): Promise<AxeResults> {
  const axe = await loadAxe();
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG22_AA }, resultTypes: passes ? ['violations', 'passes'] : ['violations'] };
  return axe.run(element, options);
}

async function expectNoAxeViolations(element: DrawdownTimeline): Promise<void> {
  const results = await auditAxe(element);
  // axe saw inside the shadow root: it checked the toolbar's buttons.
  expect(results.passes.map((rule) => rule.id), 'axe did not reach the shadow root').to.include('button-name');
  const report = describeViolations(results.violations);
  expect(results.violations.length, `axe found ${results.violations.length} violation(s):\n${report}\n`).to.equal(0);
}

/** Targets a pointer can hit (the copies of an event in other lanes too) under 24 px, and any two over each other. */
function targetProblems(element: DrawdownTimeline): { small: string[]; overlapping: string[] } {
  const targets = [...shadow(element).querySelectorAll<SVGGraphicsElement>('[part~="plot"] [part~="event-target"]')];
  const boxes = targets.map((target) => ({ id: target.dataset.id, box: target.getBoundingClientRect() }));
  const small = boxes.filter(({ box }) => box.width < 24 || box.height < 24).map(({ id }) => id!);
  // axe's target-size rule passes over SVG: the overlap is checked here. Rows touch; nothing more.
  const overlapping: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (width > 0.5 && height > 0.5) overlapping.push(`${a.id} and ${b.id}: ${width.toFixed(1)} × ${height.toFixed(1)}`);
    }
  }
  return { small, overlapping };
}

describe('axe-core: no WCAG 2.2 A/AA violations', () => {
  afterEach(cleanup);

  it('in the light theme', async () => {
    const element = await mountSeed();
    expect(targetProblems(element)).to.deep.equal({ small: [], overlapping: [] });
    await expectNoAxeViolations(element);
  });

  it('in the dark theme, on a dark page', async () => {
    const element = await mountSeed('theme="dark"');
    inDarkPage(element);
    await expectNoAxeViolations(element);
  });

  it('with the details of a selected event open', async () => {
    const element = await mountSeed(`selected="${FIRST_SEED_EVENT}"`);
    const details = part(element, 'details')!;
    expect(details.dataset.id).to.equal(FIRST_SEED_EVENT);
    expect(details.querySelector('h3')?.textContent).to.match(/\S/);
    await expectNoAxeViolations(element);
  });

  it('with the details open in the dark theme', async () => {
    const element = await mountSeed(`theme="dark" selected="${FIRST_SEED_EVENT}"`);
    inDarkPage(element);
    expect(part(element, 'details')!.dataset.id).to.equal(FIRST_SEED_EVENT);
    await expectNoAxeViolations(element);
  });

  it('with the event table shown', async () => {
    const element = await mountSeed('show-table');
    expect(part(element, 'table')!.querySelectorAll('tbody tr').length).to.be.greaterThan(10);
    await expectNoAxeViolations(element);
  });

  it('with the event table shown in the dark theme', async () => {
    const element = await mountSeed('show-table theme="dark"');
    inDarkPage(element);
    expect(part(element, 'table')).to.not.equal(null);
    await expectNoAxeViolations(element);
  });
  it('with the story outline open to an event, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await mountSeed(`show-outline theme="${theme}"`);
      if (theme === 'dark') inDarkPage(element);
      for (const key of ['places', 'lane/0']) {
        part(element, 'outline')!.querySelector<HTMLElement>(`[data-key="${key}"]`)!.click();
        await element.updateComplete;
      }
      expect(part(element, 'outline')!.querySelectorAll('[role="treeitem"][aria-level="3"]').length).to.be.greaterThan(0);
      await expectNoAxeViolations(element);
      cleanup();
    }
  });

  it('right to left in Arabic, with details, the table and the outline open', async () => {
    const element = await mountSeed(`lang="ar" dir="rtl" show-table show-outline selected="${FIRST_SEED_EVENT}"`);
    expect(part(element, 'details')!.dataset.id).to.equal(FIRST_SEED_EVENT);
    await expectNoAxeViolations(element);
  });

  it('on a phone, with the overview and its cards', async () => {
    const element = await mountSeed('', 375);
    expect(part(element, 'cards')).to.not.equal(null);
    expect(targetProblems(element)).to.deep.equal({ small: [], overlapping: [] });
    await expectNoAxeViolations(element);
  });

  it('with 200 events, every target 24 px or more and none over another (WCAG 2.5.8)', async () => {
    const element = await mount('<drawdown-timeline></drawdown-timeline>', 1000);
    const loading = nextEvent(element, 'drawdown-load');
    element.data = generateStory(200);
    await loading;
    await element.updateComplete;
    // At 1,000 px most of them are drawn one by one; the rest in groups, whose bars are no buttons.
    expect(shadow(element).querySelectorAll('[part~="plot"] [part~="event-target"][role="button"]').length).to.be.greaterThan(20);
    expect(targetProblems(element)).to.deep.equal({ small: [], overlapping: [] });
    await expectNoAxeViolations(element);
  });
});

// --- contrast, computed here ---

type Rgb = readonly [number, number, number];
interface Paint { readonly rgb: Rgb; readonly alpha: number }

/** A computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)` (commas or spaces), or null for `none` or a `url(…)`. */
function parsePaint(text: string, opacity = 1): Paint | null {
  const match = /^rgba?\(([^)]*)\)$/.exec(text.trim());
  if (!match) {
    if (text === 'none' || text.startsWith('url(')) return null;
    throw new Error(`cannot read the colour ${text}`);
  }
  const [r, g, b, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  if ([r, g, b, a].some((n) => n === undefined || Number.isNaN(n))) throw new Error(`cannot read the colour ${text}`);
  return { rgb: [r!, g!, b!], alpha: a * opacity };
}

/** A paint laid over an opaque background, as the eye sees it. */
function over(paint: Paint, background: Rgb): Rgb {
  return paint.rgb.map((c, i) => paint.alpha * c + (1 - paint.alpha) * background[i]!) as unknown as Rgb;
}

/** WCAG 2.2 relative luminance of an sRGB colour. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

interface Colour { readonly what: string; readonly paint: Paint }
interface Background { readonly what: string; readonly rgb: Rgb }

function opaque(what: string, text: string): Background {
  const paint = parsePaint(text);
  if (!paint || paint.alpha < 1) throw new Error(`${what} is not an opaque colour: ${text}`);
  return { what, rgb: paint.rgb };
}

/** The frame's background and both lanes' bands, which every mark, link and label is drawn over. */
function backgrounds(element: DrawdownTimeline): Background[] {
  const root = shadow(element);
  const frame = root.querySelector(internals.frame)!;
  const even = root.querySelector(`[part~="lane"]:not(${internals.odd}) ${internals.laneBand}`);
  const odd = root.querySelector(`[part~="lane"]${internals.odd} ${internals.laneBand}`);
  expect(even, 'an even lane band').to.not.equal(null);
  expect(odd, 'an odd lane band').to.not.equal(null);
  return [
    opaque('the frame background', getComputedStyle(frame).backgroundColor),
    opaque('the even lane band', getComputedStyle(even!).fill),
    opaque('the odd lane band', getComputedStyle(odd!).fill),
  ];
}

function strokeOf(what: string, node: Element): Colour | null {
  const style = getComputedStyle(node);
  const paint = parsePaint(style.stroke, Number(style.strokeOpacity) * Number(style.opacity));
  return paint && { what: `${what} stroke`, paint };
}

function fillOf(what: string, node: Element): Colour | null {
  const style = getComputedStyle(node);
  const paint = parsePaint(style.fill, Number(style.fillOpacity) * Number(style.opacity));
  return paint && { what: `${what} fill`, paint };
}

/** Each kind's colour, read from the first primary mark of that kind: its outline, and its fill where solid. */
function kindColours(element: DrawdownTimeline): Map<string, Colour[]> {
  const colours = new Map<string, Colour[]>();
  for (const mark of shadow(element).querySelectorAll('[part~="event"][data-primary]')) {
    const kind = internals.kindOf(mark)!;
    if (colours.has(kind) || mark.matches(internals.selected)) continue;
    const what = `the ${kind} mark (${mark.getAttribute('data-id')})`;
    // A light fill (a month's span, an uncertain date) is drawn inside a full-strength outline, which carries it;
    // a forecast is hollow by design, filled with the background.
    const hollow = mark.matches(internals.status('expected')) || mark.matches(internals.status('planned'));
    const fill = hollow ? null : fillOf(what, mark);
    colours.set(kind, [strokeOf(what, mark), fill && fill.paint.alpha === 1 ? fill : null].filter((c): c is Colour => c !== null));
  }
  return colours;
}

/** Every colour that falls short of `minimum` against any background, as one line each. */
function shortfalls(colours: readonly Colour[], against: readonly Background[], minimum: number): string[] {
  const lines: string[] = [];
  for (const colour of colours) {
    for (const background of against) {
      const seen = over(colour.paint, background.rgb);
      const ratio = contrast(seen, background.rgb);
      if (ratio < minimum) {
        const alpha = colour.paint.alpha < 1 ? ` at opacity ${colour.paint.alpha.toFixed(2)} (seen as ${hex(seen)})` : '';
        lines.push(`${colour.what} ${hex(colour.paint.rgb)}${alpha} on ${background.what} ${hex(background.rgb)}: ` +
          `${ratio.toFixed(2)}:1, needs ${minimum}:1`);
      }
    }
  }
  return lines;
}

function expectContrast(colours: readonly Colour[], against: readonly Background[], minimum: number): void {
  const lines = shortfalls(colours, against, minimum);
  expect(lines.length, `${lines.length} colour(s) below ${minimum}:1:\n${lines.join('\n')}\n`).to.equal(0);
}

/** Text drawn in SVG, which axe may skip: each kind of text present, by its computed fill. */
function textColours(element: DrawdownTimeline, selectors: Record<string, string>): Colour[] {
  const root = shadow(element);
  return Object.entries(selectors).flatMap(([what, selector]) => {
    const node = root.querySelector(selector);
    expect(node, `${what} (${selector})`).to.not.equal(null);
    return [fillOf(what, node!)].filter((c): c is Colour => c !== null);
  });
}

for (const theme of ['light', 'dark'] as const) {
  describe(`non-text contrast (WCAG 1.4.11) and SVG text contrast, ${theme} theme`, () => {
    afterEach(cleanup);
    const attributes = theme === 'dark' ? 'theme="dark"' : '';
    const setUp = async (element: DrawdownTimeline) => {
      if (theme === 'dark') inDarkPage(element);
      return element;
    };

    it('every kind colour in the seed story is 3:1 against the background and both lanes', async () => {
      const element = await setUp(await mountSeed(attributes));
      const colours = kindColours(element);
      expect([...colours.keys()].sort()).to.deep.equal(['evacuation', 'other', 'statement', 'transfer', 'withdrawal']);
      expectContrast([...colours.values()].flat(), backgrounds(element), 3);
    });

    it('each of the seven kind colours is 3:1 against the background and both lanes', async () => {
      const element = await setUp(await mountEveryKind(attributes));
      const colours = kindColours(element);
      expect([...colours.keys()].sort()).to.deep.equal([...KINDS].sort());
      // Confirmed and exact: each mark's fill is solid, so both outline and fill are checked.
      expect([...colours.values()].every((list) => list.length === 2)).to.equal(true);
      expectContrast([...colours.values()].flat(), backgrounds(element), 3);
    });

    it('transfer links are 3:1 against the background and both lanes, at the opacity they are drawn with', async () => {
      // One link per look: kind and status decide colour, opacity and dashes. The seed's links are reported and
      // claimed, the generated stories' confirmed and denied; one element at a time, since lanes out of view are not
      // drawn.
      const looks = new Map<string, { status: string | undefined; colour: Colour }>();
      const collect = (element: DrawdownTimeline) => {
        for (const link of shadow(element).querySelectorAll('[part~="transfer"]')) {
          const look = internals.look(link);
          const colour = strokeOf(`the transfer link (${link.getAttribute('data-id')}, ${look})`, link);
          if (colour && !looks.has(look)) looks.set(look, { status: internals.statusOf(link), colour });
        }
        return backgrounds(element);
      };
      const against = collect(await setUp(await mountSeed(attributes)));
      cleanup();
      collect(await setUp(await mountEveryKind(attributes)));
      cleanup();
      collect(await setUp(await mountDeniedOfEveryKind(attributes)));
      expect(new Set([...looks.values()].map(({ status }) => status))).to.deep.equal(new Set(['claimed', 'confirmed', 'denied', 'reported']));
      // A denied transfer is told by its dashes, not by fading: each kind's, at the opacity it is drawn with.
      expect([...looks.values()].filter(({ status }) => status === 'denied').length).to.equal(KINDS.length);
      expectContrast([...looks.values()].map(({ colour }) => colour), against, 3);
    });

    it('denied marks, their outline and the ink of their crossing-out, are 3:1 against the background and both lanes', async () => {
      const element = await setUp(await mountDeniedOfEveryKind(attributes));
      const root = shadow(element);
      const marks = [...root.querySelectorAll(`[part~="plot"] [part~="event"][data-primary]${internals.status('denied')}`)];
      expect(marks.length).to.equal(KINDS.length);
      const colours = marks.flatMap((mark) => {
        const what = `the denied ${internals.kindOf(mark)} mark`;
        const pattern = /#([\w-]+)/.exec(getComputedStyle(mark).fill)?.[1];
        expect(pattern, `${what} is filled with its crossing-out`).to.match(/^cross-/);
        const inks = [...root.querySelectorAll(`#${pattern} ${internals.patternInk}`)];
        expect(inks.length, `the ink of #${pattern}`).to.be.greaterThan(0);
        return [strokeOf(what, mark), ...inks.map((ink) => fillOf(`the ink of #${pattern}`, ink))];
      }).filter((c): c is Colour => c !== null);
      expectContrast(colours, backgrounds(element), 3);
      // Their labels (those with room to be drawn), struck through, are text like any other.
      const labels = [...root.querySelectorAll(`[part~="plot"] ${internals.label}${internals.status('denied')}`)];
      expect(labels.length).to.be.greaterThan(0);
      expectContrast(labels.map((label) => fillOf('a denied label', label)!), backgrounds(element), 4.5);
    });

    it('the focus colour, the outline of the selected mark, is 3:1 against the background and both lanes', async () => {
      const element = await setUp(await mountSeed(`${attributes} selected="${FIRST_SEED_EVENT}"`));
      const selected = shadow(element).querySelector(`[part~="event"]${internals.selected}`)!;
      expect(selected.getAttribute('data-id')).to.equal(FIRST_SEED_EVENT);
      const focus = strokeOf('the selected (focus) mark', selected)!;
      // The focus colour is its own, not the kind colour it replaces.
      expect(hex(focus.paint.rgb)).to.not.equal(hex(fillOf('', selected)!.paint.rgb));
      expectContrast([focus], backgrounds(element), 3);
    });

    it('axis text and lane labels are 4.5:1 against the background and both lanes', async () => {
      const element = await setUp(await mountSeed(attributes));
      const colours = textColours(element, {
        'the axis text': '[part~="axis"] text',
        'the lane label name': `[part~="lane-label"] ${internals.name}`,
        'the lane label detail': `[part~="lane-label"] ${internals.detail}`,
      });
      expectContrast(colours, backgrounds(element), 4.5);
    });

    // axe leaves all of these "incomplete": it cannot find the background of SVG text.
    it('force-level tracks, eras and the as-of label are 4.5:1 against the background and both lanes', async () => {
      const element = await setUp(await mountSeed(attributes));
      const colours = textColours(element, {
        'the track title name': `[part~="series"] ${internals.seriesTitle} ${internals.name}`,
        'the track title detail': `[part~="series"] ${internals.seriesTitle} ${internals.detail}`,
        'a track tick': `[part~="series"] ${internals.seriesTick} text`,
        'an era label': `[part~="eras"] ${internals.eraLabel}`,
        'the as-of label': `[part~="as-of"] ${internals.asOfLabel}`,
      });
      expectContrast(colours, backgrounds(element), 4.5);
    });

    it('event and transfer labels are 4.5:1 against the halo of background colour they are drawn on', async () => {
      const element = await setUp(await mountSeed(attributes));
      const root = shadow(element);
      const halo = opaque('their halo', getComputedStyle(root.querySelector('[part~="transfer-label"]')!).stroke);
      expect(hex(halo.rgb)).to.equal(hex(backgrounds(element)[0]!.rgb));
      const colours = textColours(element, { 'an event label': `[part~="plot"] ${internals.label}`, 'a transfer label': '[part~="transfer-label"]' });
      expectContrast(colours, [halo], 4.5);
    });
  });
}

// --- reflow ---

describe('at 320 px (WCAG 1.4.10 reflow)', () => {
  let margin = '';
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    // The page's own 8 px margin would push any 320 px box off a 320 px page.
    margin = document.body.style.margin;
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = margin;
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(cleanup);

  const settle = async (element: DrawdownTimeline) => {
    // The element follows its container's width through a ResizeObserver: a frame where the plot is drawn across
    // the container, once what the last change asked for is rendered.
    await element.updateComplete;
    const width = String(Math.floor(element.parentElement!.getBoundingClientRect().width));
    await frameWhere(() => part(element, 'plot')?.getAttribute('width') === width, `the plot ${width} px wide`);
  };

  it('keeps the page, plot and toolbar within 320 px, and opens the details under the event\'s row', async () => {
    const element = await mountSeed('', 320);
    await settle(element);
    const container = element.parentElement!.getBoundingClientRect();
    expect(container.width).to.equal(320);
    expect(document.documentElement.clientWidth).to.equal(320);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);

    const plot = part(element, 'plot')!.getBoundingClientRect();
    expect(plot.width, 'plot width').to.be.greaterThan(0);
    expect(plot.left, 'plot left').to.be.at.least(container.left);
    expect(plot.right, 'plot right').to.be.at.most(container.right);

    const buttons = [...part(element, 'controls')!.querySelectorAll('button')];
    expect(buttons.length).to.be.greaterThan(0);
    const outside = buttons.map((button) => ({ label: button.title || button.textContent!.trim(), box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.right > 320)
      .map(({ label, box }) => `${label}: ${box.left.toFixed(1)}–${box.right.toFixed(1)} px`);
    expect(outside.length, `toolbar buttons outside 0–320 px:\n${outside.join('\n')}\n`).to.equal(0);

    element.setAttribute('selected', FIRST_SEED_EVENT);
    await settle(element);
    const details = part(element, 'details')!;
    expect(details.dataset.id).to.equal(FIRST_SEED_EVENT);
    const box = details.getBoundingClientRect();
    // Next to the event: just under its mark, not a screen away below the plot.
    const mark = shadow(element).querySelector(`[part~="plot"] [part~="event"][data-primary][data-id="${FIRST_SEED_EVENT}"]`)!.getBoundingClientRect();
    expect(box.top, 'details under the mark').to.be.at.least(mark.bottom);
    expect(box.top - mark.bottom, 'details right under the mark').to.be.below(20);
    expect(box.left, 'details left').to.be.at.least(0);
    expect(box.right, 'details right').to.be.at.most(320);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways with details open').to.be.at.most(320);
  });
});
