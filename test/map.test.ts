import { expect } from 'chai';
import { registerMessages, type DrawdownTimeline } from '../src/index.js';
import { MOST_PAIRS, mapPlaces, mapRoutes } from '../src/map/map-routes.js';
import { generateStory } from '../bench/generate.mjs';
import { edgePoint, farPlace, fitFrame } from '../src/map/map-projection.js';
import { routeShape } from '../src/map/route-shape.js';
import { parseStory } from '../src/model/parse-story.js';
import type { Story } from '../src/model/types.js';
import { frameWhere, framePage, removeFrames } from './frames.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { wheelOn } from './input.js';
import { cleanup, nextEvent, seedElement } from './helpers.js';
import { command } from './pixels.js';

// The route map (the `map` attribute): its projection, its routes, and the element's map in sync with its chart.

interface SeedInput {
  places: { id: string; lat?: number; lon?: number; name: string | Record<string, string> }[];
  events: { id: string; when: string; from?: string | string[]; to?: string | string[] }[];
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The routes the seed's moves make, counted from the data: one per origin × destination with both coordinates. */
function seedPairs(seed: SeedInput): string[] {
  const located = new Set(seed.places.filter((place) => place.lat !== undefined && place.lon !== undefined).map((place) => place.id));
  return seed.events.flatMap((event) => list(event.from).flatMap((from) => list(event.to)
    .filter((to) => to !== from && located.has(from) && located.has(to)).map((to) => `${event.id} ${from}→${to}`)));
}

async function seedStory(): Promise<{ input: SeedInput; story: Story }> {
  const input = await (await fetch('/data/russia-syria-2024.json')).json() as SeedInput;
  return { input, story: parseStory(input).story! };
}

/** Waits for the element's map to be drawn, with routes or its words for none. */
async function mapDrawn(element: DrawdownTimeline): Promise<ShadowRoot> {
  const root = element.shadowRoot!;
  await frameWhere(() => !!root.querySelector('.map-box .map-plot'), 'the map');
  await element.updateComplete;
  return root;
}

const routeKeys = (root: ShadowRoot) => [...root.querySelectorAll('.map-box .route')].map((route) => {
  const [id, from, to] = route.getAttribute('data-key')!.split('\n');
  return `${id} ${from}→${to}`;
});

describe('route map: projection and routes', () => {
  it('puts Hmeimim east of Benghazi and north of it, both inside the map', async () => {
    const { story } = await seedStory();
    const places = mapPlaces(story);
    const frame = fitFrame(places.map(({ lon, lat }) => [lon, lat]), { width: 600, minHeight: 200, maxHeight: 500, inset: 18 });
    const at = (id: string) => {
      const { lon, lat } = places.find(({ place }) => place.id === id)!;
      return frame.projection([lon, lat])!;
    };
    const [hmeimim, benina] = [at('hmeimim'), at('benina')];
    expect(hmeimim[0], 'east: further right').to.be.greaterThan(benina[0] + 100);
    expect(hmeimim[1], 'north: higher up').to.be.lessThan(benina[1]);
    for (const [x, y] of [hmeimim, benina]) {
      expect(x).to.be.within(0, frame.width);
      expect(y).to.be.within(0, frame.height);
    }
    expect(frame.kind, 'a region gets the conic equal-area projection').to.equal('conic');
  });

  it('makes one route for each origin × destination pair with coordinates, and lists the places without', async () => {
    const { input, story } = await seedStory();
    const routes = mapRoutes(story, mapPlaces(story), undefined);
    expect(routes.routes.map(({ event, from, to }) => `${event.id} ${from}→${to}`)).to.have.members(seedPairs(input));
    // Two origins and two destinations make four routes; a place without coordinates makes none, and is listed.
    const made = parseStory({
      ...input,
      places: [...input.places, { id: 'nowhere', name: 'Nowhere' }],
      events: [...input.events, { id: 'two-by-two', title: 'Two by two', kind: 'transfer', when: '2024-12-20', from: ['hmeimim', 'tartus'], to: ['benina', 'russia', 'nowhere'] }],
    }).story!;
    expect(made.events.map((event) => event.id)).to.include('two-by-two');
    const more = mapRoutes(made, mapPlaces(made), undefined);
    expect(more.routes.filter((route) => route.event.id === 'two-by-two').map(({ from, to }) => `${from}→${to}`))
      .to.deep.equal(['hmeimim→benina', 'hmeimim→russia', 'tartus→benina', 'tartus→russia']);
    expect(more.unplaced.map((place) => place.id)).to.deep.equal(['nowhere']);
  });

  it('draws the moves of a pair as one route past three, as wide as they are many, and counts each in words', async () => {
    const { input } = await seedStory();
    const airlift = Array.from({ length: 5 }, (_, i) => ({
      id: `airlift-${i}`, title: `Airlift ${i}`, kind: 'transfer', status: i < 4 ? 'reported' : 'claimed', when: `2024-12-${10 + i}`, from: 'hmeimim', to: 'benina',
    }));
    const story = parseStory({ ...input, events: [...input.events, ...airlift] }).story!;
    const { routes } = mapRoutes(story, mapPlaces(story), undefined);
    const pair = routes.filter((route) => route.from === 'hmeimim' && route.to === 'benina');
    expect(pair.length, 'six moves, one route').to.equal(1);
    expect(pair[0]!.events.map((event) => event.id)).to.deep.equal(['personnel-hmeimim-to-benghazi', ...airlift.map((event) => event.id)]);
    expect(pair[0]!.status, 'the status most of them have').to.equal('reported');
    expect(pair[0]!.width).to.be.greaterThan(routes.find((route) => route.event.id === 's400-to-central-libya')!.width);
    // Three moves the same way stay three routes, each bending further.
    const three = parseStory({ ...input, events: [...input.events, ...airlift.slice(0, 2)] }).story!;
    const apart = mapRoutes(three, mapPlaces(three), undefined).routes.filter((route) => route.from === 'hmeimim' && route.to === 'benina');
    expect(apart.map((route) => route.lane)).to.deep.equal([0, 1, 2]);
  });

  it('draws a dense story\'s busiest pairs of places, each once, and counts every move in words', async () => {
    const story = parseStory(generateStory(10_000)).story!;
    const data = mapRoutes(story, mapPlaces(story), undefined);
    expect(data.routes.length, 'at most the busiest pairs').to.equal(MOST_PAIRS);
    expect(new Set(data.routes.map(({ from, to }) => `${from}→${to}`)).size, 'each pair once').to.equal(data.routes.length);
    expect(data.undrawn.length).to.be.greaterThan(0);
    const busiestLeftOut = Math.max(...data.undrawn.map((pair) => pair.moves));
    expect(Math.min(...data.routes.map((route) => route.events.length)), 'none drawn busier than one left out').to.be.at.least(busiestLeftOut);
    // Every move between two places on the map is counted, drawn or not.
    const located = new Set(mapPlaces(story).map(({ place }) => place.id));
    const moves = story.events.reduce((sum, event) => sum + event.from.filter((from) => located.has(from))
      .reduce((n, from) => n + event.to.filter((to) => to !== from && located.has(to)).length, 0), 0);
    expect(data.routes.reduce((sum, route) => sum + route.events.length, 0) + data.undrawn.reduce((sum, pair) => sum + pair.moves, 0)).to.equal(moves);
  });

  it('keeps only the moves that reach into the window', async () => {
    const { input, story } = await seedStory();
    const places = mapPlaces(story);
    // Before the fall of Assad, only the moves dated "by the end of December" (`../2024-12-31`) may have happened.
    const open = new Set(input.events.filter((event) => event.when.startsWith('..')).map((event) => event.id));
    const november = mapRoutes(story, places, [Date.UTC(2024, 10, 1), Date.UTC(2024, 10, 30)]).routes.map((route) => route.event.id);
    expect(november.length).to.be.greaterThan(0);
    expect(november.filter((id) => !open.has(id))).to.deep.equal([]);
    // The first week after it: the moves dated from the 8th, and those open-ended before the end of December.
    const week = mapRoutes(story, places, [Date.UTC(2024, 11, 8), Date.UTC(2024, 11, 15)]).routes.map((route) => route.event.id);
    expect(week).to.include('personnel-hmeimim-to-benghazi');
    const late = mapRoutes(story, places, [Date.UTC(2025, 0, 2), Date.UTC(2025, 0, 20)]).routes;
    expect(late, 'no move of the seed reaches past December').to.deep.equal([]);
  });

  it('leaves one far capital off the map, at its edge in its direction', async () => {
    const { story } = await seedStory();
    const places = mapPlaces(story), points = places.map(({ lon, lat }) => [lon, lat] as const);
    const far = farPlace(points);
    expect(far === undefined ? undefined : places[far]!.place.id).to.equal('russia');
    // Without Moscow, nothing is far: the bases, Libya and Iraq make one region.
    expect(farPlace(points.filter((_, i) => i !== far))).to.equal(undefined);
    // At the edge, inside it, along the line from the middle.
    const [x, y] = edgePoint([300, -900], 600, 400, 10);
    expect(y).to.equal(10);
    expect(x).to.be.closeTo(300, 0.01);
  });

  it('draws a route as a curve to the left of its way, its head\'s tip short of the destination by the point\'s radius', () => {
    const shape = routeShape([0, 100], [200, 100], 3, 0, 5)!;
    // Going east, left is north (up): the curve's middle is above the straight line.
    expect(shape.middle[1]).to.be.lessThan(100);
    const tip = shape.head.match(/^M([\d.-]+),([\d.-]+)/)!.slice(1).map(Number);
    expect(Math.hypot(tip[0]! - 200, tip[1]! - 100)).to.be.closeTo(6, 0.2);
    // Back west, the curve runs on the other side: the two do not lie over each other.
    expect(routeShape([200, 100], [0, 100], 3, 0, 5)!.middle[1]).to.be.greaterThan(100);
    // The second route between the same places bends further.
    expect(routeShape([0, 100], [200, 100], 3, 1, 5)!.middle[1]).to.be.lessThan(shape.middle[1]);
    // Places that fall together at this scale make no line.
    expect(routeShape([0, 0], [8, 0], 3, 0, 5)).to.equal(null);
  });
});

describe('route map: the element', () => {
  afterEach(cleanup);

  it('draws every move of the seed as a route, in the kind\'s colour and the status\'s dashes, with the map in words', async () => {
    const { element, seed } = await seedElement<SeedInput>('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    expect(routeKeys(root)).to.have.members(seedPairs(seed));
    const route = root.querySelector('.map-box .route[data-id="personnel-hmeimim-to-benghazi"]')!;
    expect(route.classList.contains('kind-transfer')).to.equal(true);
    expect(route.querySelector('.link')!.classList.contains('status-claimed')).to.equal(true);
    const line = getComputedStyle(route.querySelector('.link')!);
    expect(line.strokeDasharray, 'claimed: short dashes').to.not.equal('none');
    expect(line.stroke).to.equal(getComputedStyle(route.querySelector('.route-head')!).fill);
    // ~1,000 personnel is wider than a move of no stated size.
    const width = (id: string) => Number(root.querySelector(`.map-box .route[data-id="${id}"] .link`)!.getAttribute('stroke-width'));
    expect(width('personnel-hmeimim-to-benghazi')).to.be.greaterThan(width('s400-to-central-libya'));
    expect([...root.querySelectorAll('.map-summary li')].map((item) => item.textContent!.replace(/[\u2068\u2069]/g, ''))).to.deep.equal([
      '9 routes from Syria: 6 to Libya, 1 to Lebanon, 1 to Iraq, 1 to Russia',
      '1 route from Iraq: 1 within Iraq',
    ]);
    expect(root.querySelector('.map-credit')!.textContent).to.include('Natural Earth');
    const svg = root.querySelector('.map-box .map-plot')!;
    expect(svg.getAttribute('aria-label')).to.equal('Map of the moves');
  });

  it('places every name clear of the others, of the points and of every route', async () => {
    for (const width of [1280, 375]) {
      const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
      element.parentElement!.style.width = `${width}px`;
      const root = await mapDrawn(element);
      const box = () => {
        const mapBox = root.querySelector('.map-box')!, style = getComputedStyle(mapBox);
        return mapBox.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      };
      await frameWhere(() => Math.abs(box() - Number(root.querySelector('.map-box .map-plot')?.getAttribute('width'))) < 2, 'the map at its width');
      const texts = [...root.querySelectorAll<SVGTextElement>('.map-box .place text')].map((text) => text.getBBox());
      expect(texts.length, `names shown at ${width}px`).to.be.greaterThan(3);
      const meets = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => expect(meets(a, b), `two names at ${width}px`).to.equal(false)));
      for (const circle of root.querySelectorAll<SVGCircleElement>('.map-box .place circle:not(.place-target)')) {
        const point = circle.getBBox();
        for (const text of texts) expect(meets(point, text), `a name over a point at ${width}px`).to.equal(false);
      }
      for (const path of root.querySelectorAll<SVGPathElement>('.map-box .route .link, .map-box .route .route-head')) {
        const length = path.getTotalLength(), half = Number(path.getAttribute('stroke-width') ?? 0) / 2;
        for (let at = 0; at <= length; at += 2) {
          const { x, y } = path.getPointAtLength(at);
          for (const text of texts) {
            const inside = x > text.x - half && x < text.x + text.width + half && y > text.y - half && y < text.y + text.height + half;
            expect(inside, `a route through a name at ${width}px`).to.equal(false);
          }
        }
      }
      cleanup();
    }
  });

  it('shows only the moves of the window the chart shows', async () => {
    const { element } = await seedElement('<drawdown-timeline map="above" start="2025-01-02" end="2025-01-20"></drawdown-timeline>');
    const root = await mapDrawn(element);
    expect(routeKeys(root)).to.deep.equal([]);
    expect(root.querySelector('.map-summary')!.textContent).to.include('No move in the time shown');
    element.start = '2024-12-01';
    element.end = '2024-12-31';
    await element.updateComplete;
    await frameWhere(() => routeKeys(root).length > 0, 'the routes of December');
    expect(routeKeys(root)).to.include('personnel-hmeimim-to-benghazi hmeimim→benina');
  });

  it('lights up an event on the chart from its route, and a route from its event on the chart', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const id = 'personnel-hmeimim-to-benghazi';
    root.querySelector(`.map-box .route[data-id="${id}"] .route-target`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector(`.plot-wrap .hit[data-id="${id}"]`)!.hasAttribute('data-map-hot'), 'its mark on the chart').to.equal(true);
    expect(root.querySelector(`.map-box .route[data-id="${id}"]`)!.classList.contains('hot')).to.equal(true);
    root.querySelector('.map-box .map-plot')!.dispatchEvent(new PointerEvent('pointerleave'));
    await element.updateComplete;
    expect(root.querySelectorAll('.plot-wrap [data-map-hot]').length).to.equal(0);
    // From the chart: the pointer over another event's mark lights its route up on the map.
    const other = 'combat-forces-hmeimim-to-russia';
    root.querySelector(`.plot-wrap .hit[data-id="${other}"]`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector(`.map-box .route[data-id="${other}"]`)!.classList.contains('hot')).to.equal(true);
    expect(root.querySelector(`.map-box .route[data-id="${id}"]`)!.classList.contains('hot')).to.equal(false);
    expect(root.querySelector('.map-box .map-plot')!.classList.contains('lit')).to.equal(true);
  });

  it('holds still while the wheel turns, and follows the chart\'s window once it rests', async () => {
    // The real wheel goes where the plot is: the whole element in view.
    await setViewport({ width: 1320, height: 4000 });
    try {
      const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
      const root = await mapDrawn(element);
      const summary = () => root.querySelector('.map-summary')!.textContent;
      const before = summary();
      const box = root.querySelector('.plot-wrap')!.getBoundingClientRect();
      // One notch as far as a wheel goes, into January, past every move (as the legend's test in zoom-frames does).
      await wheelOn(element, { x: Math.round(box.right - 30), y: Math.round(box.top + box.height / 2), deltaY: -200, modifiers: ['ctrl'] });
      expect(Date.parse(element.start), 'the window starts in January').to.be.greaterThan(Date.UTC(2025, 0, 1));
      expect(summary(), 'the frame the wheel drew').to.equal(before);
      await frameWhere(() => summary()!.includes('No move in the time shown'), 'the map of the window, once the wheel rests');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('selects a route\'s event on a click, and the selection shows on the map', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const id = 's400-to-central-libya';
    const selected = nextEvent<CustomEvent<{ id: string | null }>>(element, 'drawdown-select');
    root.querySelector<SVGElement>(`.map-box .route[data-id="${id}"] .route-target`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal(id);
    await element.updateComplete;
    expect(element.selected).to.equal(id);
    const route = root.querySelector(`.map-box .route[data-id="${id}"]`)!;
    expect(route.classList.contains('selected')).to.equal(true);
    expect(route.querySelector('.route-target')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('gives the keyboard one stop into the map, from which arrows walk the routes and places, and Enter selects', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const stops = () => [...root.querySelectorAll<SVGElement>('.map-box .route-target, .map-box .place-target')];
    expect(stops().filter((stop) => stop.getAttribute('tabindex') === '0').length, 'one tab stop').to.equal(1);
    const first = stops().find((stop) => stop.getAttribute('tabindex') === '0')!;
    first.focus();
    const names = [first.getAttribute('aria-label')];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await frameWhere(() => root.activeElement !== null && !names.includes(root.activeElement.getAttribute('aria-label')), 'the next stop');
      names.push(root.activeElement!.getAttribute('aria-label'));
    }
    expect(new Set(names).size).to.equal(4);
    expect(names[1]).to.match(/\d/);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const focused = root.activeElement!.closest('.route')?.getAttribute('data-id');
    expect(element.selected).to.equal(focused);
    // The last stops are the places, named with their count of moves.
    await sendKeys({ press: 'End' });
    await frameWhere(() => root.activeElement?.classList.contains('place-target') === true, 'the last place');
    expect(root.activeElement!.getAttribute('aria-label')).to.match(/: \d+ events?$|: 1 event$/);
  });

  it('stacks the map above the chart on a narrow element, and asks for nothing it does not know', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    expect(root.querySelector<HTMLElement>('.frame')!.dataset.map).to.equal('beside');
    element.parentElement!.style.width = '320px';
    await frameWhere(() => root.querySelector<HTMLElement>('.frame')!.dataset.map === 'above', 'the map above the chart');
    const map = root.querySelector('.map-box')!.getBoundingClientRect(), plot = root.querySelector('.plot-wrap')!.getBoundingClientRect();
    expect(map.bottom).to.be.at.most(plot.top + 1);
    expect(map.width).to.be.at.most(320);
    const warned: string[] = [], warn = console.warn;
    console.warn = (...parts: unknown[]) => warned.push(parts.join(' '));
    try {
      element.setAttribute('map', 'sideways');
      await element.updateComplete;
      expect(root.querySelector('.map-box')).to.equal(null);
      expect(warned.join('\n')).to.include('ignoring map="sideways": expected one of none, beside, above, inset');
    } finally {
      console.warn = warn;
    }
    element.setAttribute('map', 'none');
    await element.updateComplete;
    expect(root.querySelector('.map-box')).to.equal(null);
    expect(root.querySelector<HTMLElement>('.frame')!.dataset.map).to.equal(undefined);
  });

  it('draws the map in Arabic, right to left: names, summary and credit in Arabic', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside" lang="ar" dir="rtl"></drawdown-timeline>');
    const root = await mapDrawn(element);
    await frameWhere(() => /[\u0600-\u06ff]/.test(root.querySelector('.map-summary')?.textContent ?? ''), 'the Arabic words');
    const names = [...root.querySelectorAll('.map-box .place text')];
    expect(names.length).to.be.greaterThan(2);
    for (const name of names) {
      expect(name.getAttribute('direction')).to.equal('rtl');
      expect(name.textContent).to.match(/[\u0600-\u06ff]/);
    }
    expect(root.querySelector('.map-summary')!.textContent).to.match(/^9 مسارات من/);
    expect(root.querySelector('.map-credit')!.textContent).to.include('حدود الدول');
    expect(root.querySelector('.map-box .map-plot')!.getAttribute('aria-label')).to.equal('خريطة التحركات');
    // Beside the chart at its inline end: the left, right to left.
    const map = root.querySelector('.map-box')!.getBoundingClientRect(), plot = root.querySelector('.plot-wrap')!.getBoundingClientRect();
    expect(map.right).to.be.at.most(plot.left + 1);
  });

  it('walks the routes with the arrow keys mirrored right to left', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside" lang="ar" dir="rtl"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const first = root.querySelector<SVGElement>('.map-box .route-target[tabindex="0"]')!;
    first.focus();
    // Right to left, the next stop is to the left.
    await sendKeys({ press: 'ArrowLeft' });
    await frameWhere(() => root.activeElement !== first && root.activeElement?.classList.contains('route-target') === true, 'the next route');
    const second = root.activeElement!;
    await sendKeys({ press: 'ArrowRight' });
    await frameWhere(() => root.activeElement === first, 'back to the first route');
    expect(second).to.not.equal(first);
  });

  it('lets go of what it lit up when the focus or the pointer leaves the map', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const place = root.querySelector<SVGElement>('.map-box .place[data-place="hmeimim"] .place-target')!;
    place.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelectorAll('.plot-wrap [data-map-hot]').length, 'Hmeimim\'s events on the chart').to.be.greaterThan(0);
    root.querySelector('.map-box .map-plot')!.dispatchEvent(new PointerEvent('pointerleave'));
    await element.updateComplete;
    expect(root.querySelectorAll('.plot-wrap [data-map-hot]').length).to.equal(0);
    expect(root.querySelector('.map-box .place.hot')).to.equal(null);
    // By keyboard: into the map, then out of it to the chart.
    root.querySelector<SVGElement>('.map-box .route-target[tabindex="0"]')!.focus();
    await element.updateComplete;
    expect(root.querySelector('.map-box .map-plot')!.classList.contains('lit')).to.equal(true);
    root.querySelector<SVGElement>('.plot-wrap [part~="event-target"]')!.focus();
    await element.updateComplete;
    expect(root.querySelectorAll('.map-box .route.hot').length, 'only the chart\'s focused event, if it has a route').to.be.at.most(1);
    expect(root.querySelectorAll('.plot-wrap [data-map-hot]').length).to.equal(0);
  });

  it('lets go of the chart\'s preview of what it lit up when it goes', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const id = 'personnel-hmeimim-to-benghazi';
    root.querySelector(`.map-box .route[data-id="${id}"] .route-target`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(root.querySelector('[part~="details"] h3')?.textContent, 'the route\'s event previewed on the chart').to.include('1,000 personnel');
    element.setAttribute('map', 'none');
    await element.updateComplete;
    expect(root.querySelector('[part~="details"] h3'), 'no preview left behind').to.equal(null);
    expect(root.querySelectorAll('.plot-wrap [data-map-hot]').length).to.equal(0);
  });

  it('comes and goes with its attribute', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const root = await mapDrawn(element);
    const frame = root.querySelector<HTMLElement>('.frame')!;
    for (const map of ['none', 'beside', 'none', 'above']) {
      element.setAttribute('map', map);
      await element.updateComplete;
      if (map === 'none') {
        expect(root.querySelector('.map-box'), map).to.equal(null);
        expect(frame.dataset.map).to.equal(undefined);
        expect(parseFloat(getComputedStyle(frame).paddingInlineEnd), 'the chart has the whole width again').to.equal(0);
      } else {
        await frameWhere(() => !!root.querySelector('.map-box .route'), `the map ${map}`);
        expect(frame.dataset.map).to.equal(map);
      }
    }
  });

  it('says, for a story without coordinates, that no move is on the map and which places it could not put there', async () => {
    const { element } = await seedElement('<drawdown-timeline map="beside"></drawdown-timeline>');
    const bare = await (await fetch('/data/russia-syria-2024.json')).json() as SeedInput;
    for (const place of bare.places) {
      delete place.lat;
      delete place.lon;
    }
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = bare;
    await loaded;
    const root = element.shadowRoot!;
    await frameWhere(() => !!root.querySelector('.map-box .map-none'), 'the words for no map');
    expect(root.querySelector('.map-box .map-plot')).to.equal(null);
    expect(root.querySelector<HTMLElement>('.frame')!.dataset.map, 'words alone go above the chart').to.equal('above');
    const unplaced = root.querySelector('.map-box .map-unplaced')!.textContent!;
    expect(unplaced).to.include('Hmeimim Air Base');
    expect(unplaced).to.include('Benina Airport, Benghazi');
  });

  it('speaks a page\'s own language for the words its table gives, English for the rest', async () => {
    // `routes` without `other`: its one form is laid over English's forms.
    registerMessages('fr', { map: { title: 'Carte des mouvements', routes: { many: '{count} trajets' } } });
    const { element } = await seedElement('<drawdown-timeline map="beside" lang="fr"></drawdown-timeline>');
    const root = await mapDrawn(element);
    expect(root.querySelector('.map-box .map-plot')!.getAttribute('aria-label')).to.equal('Carte des mouvements');
    // French counts 9 as `other`, which the page's table left to English.
    expect(root.querySelector('.map-summary')!.textContent!.replace(/[\u2068\u2069]/g, '')).to.match(/^9 routes from Syria: 6 to Libya/);
    expect(root.querySelector('.map-credit')!.textContent).to.include('Natural Earth');
  });

  it('is part of the exports: the SVG holds the map, its outlines, routes and credit, whole whatever the zoom', async () => {
    /** The paths of an export that draw land: filled, and of hundreds of corners (the chart draws nothing so long). */
    const land = (svg: Element) => [...svg.querySelectorAll('path')].filter((path) =>
      (path.getAttribute('d') ?? '').split('L').length > 200 && path.getAttribute('fill') && path.getAttribute('fill') !== 'none');
    const exported = async (element: DrawdownTimeline) => new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml').documentElement;
    const { element } = await seedElement('<drawdown-timeline map="beside" start="2025-01-02" end="2025-01-20"></drawdown-timeline>');
    const root = await mapDrawn(element);
    // On screen, the map shows the zoomed window's moves: none of the seed's reach into January.
    expect(root.querySelector('.map-summary')!.textContent).to.include('No move in the time shown');
    const svg = await exported(element);
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(land(svg).length, 'the outlines').to.equal(1);
    const text = svg.textContent!.replace(/[\u2068\u2069]/g, '');
    expect(text).to.include('Natural Earth');
    // The chart is zoomed past the moves, but paper holds the whole story (print-range="story"), and so does its map.
    expect(text).to.include('9 routes from Syria: 6 to Libya, 1 to Lebanon, 1 to Iraq, 1 to Russia');
    cleanup();
    const plain = await seedElement('<drawdown-timeline></drawdown-timeline>');
    const without = await exported(plain.element);
    expect(land(without), 'no map asked for, none exported').to.deep.equal([]);
    expect(without.textContent).to.not.include('Natural Earth');
  });

  it('loads the world\'s outlines for places beyond the detailed ones, and an export waits for them', async () => {
    const { element } = await seedElement('<drawdown-timeline map="above"></drawdown-timeline>');
    const wide = await (await fetch('/data/russia-syria-2024.json')).json() as SeedInput & Record<string, unknown>;
    wide.places.push({ id: 'vladivostok', name: 'Vladivostok', lat: 43.12, lon: 131.9 }, { id: 'tokyo', name: 'Tokyo', lat: 35.68, lon: 139.69 });
    wide.events.push({ id: 'far-east', title: 'Pacific fleet leaves', kind: 'withdrawal', when: '2024-12-20', from: 'vladivostok', to: 'tokyo' } as SeedInput['events'][number]);
    const loaded = nextEvent(element, 'drawdown-load');
    element.data = wide;
    await loaded;
    const svg = new DOMParser().parseFromString(await element.exportSVG(), 'image/svg+xml').documentElement;
    const land = [...svg.querySelectorAll('path')].find((path) => (path.getAttribute('d') ?? '').split('L').length > 200);
    expect(land, 'the world\'s outlines in the export').to.not.equal(undefined);
    const root = element.shadowRoot!;
    await frameWhere(() => (root.querySelector('.map-box .land')?.getAttribute('d') ?? '').length > 1000, 'the world on screen');
  });

  it('prints above the chart: its credit and its words in the PDF', async () => {
    const printed = await command<{ pages: { str: string; y: number }[][] }>('print-pdf', { path: `/test/fixtures/print.html?${new URLSearchParams({ map: 'beside' })}`, format: 'A4', landscape: false });
    const items = printed.pages[0]!;
    const credit = items.findIndex((item) => item.str.includes('Natural Earth'));
    expect(credit, 'the map\'s credit on the first page').to.be.greaterThan(-1);
    const words = items.map((item) => item.str).join(' ').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
    expect(words).to.include('routes from Syria');
  });
});

describe('route map: the single file', () => {
  afterEach(removeFrames);

  it('loads the map from beside the single file, only for an element that asks for one', async () => {
    const page = (key: string, map: string) => `<!doctype html><html lang="en"><head><script src="/__test/tally/${key}/drawdown-timeline.min.js"></script></head>
      <body><drawdown-timeline src="/data/russia-syria-2024.json" ${map}></drawdown-timeline></body></html>`;
    const requests = async (key: string, file: string) => (await fetch(`/__test/count?key=${encodeURIComponent(`tally:${key}/${file}`)}`)).json() as Promise<number>;
    const key = `map${Date.now()}`;
    const { document: doc } = await framePage(page(key, 'map="beside"'));
    const element = doc.querySelector<DrawdownTimeline>('drawdown-timeline')!;
    await frameWhere(() => !!element.shadowRoot?.querySelector('.map-box .route'), 'the map');
    expect(await requests(key, 'drawdown-timeline-map.min.js')).to.equal(1);
    // Within the detailed outlines' box: the world's are never asked for.
    expect(await requests(key, 'drawdown-timeline-world.min.js')).to.equal(0);
    removeFrames();
    const none = `none${Date.now()}`;
    const plain = await framePage(page(none, ''));
    const other = plain.document.querySelector<DrawdownTimeline>('drawdown-timeline')!;
    // An export needs the views after the first paint (the map's place is among them) and waits for a map asked for.
    await frameWhere(() => !!other.shadowRoot?.querySelector('[part~="event"][data-primary]'), 'the seed story');
    await other.exportSVG();
    await other.updateComplete;
    expect(await requests(none, 'drawdown-timeline-reading.min.js')).to.equal(1);
    expect(await requests(none, 'drawdown-timeline-map.min.js'), 'no map asked for, none loaded').to.equal(0);
  });

  it('says, where the map would be, that it could not be loaded, and keeps the chart', async () => {
    const { window: win, document: doc } = await framePage(`<!doctype html><html lang="en"><head>
      <script>window.logged = []; console.error = (...parts) => logged.push(parts.join(' '));</script>
      <script src="/__test/with-reading/drawdown-timeline.min.js"></script></head>
      <body><drawdown-timeline src="/data/russia-syria-2024.json" map="beside"></drawdown-timeline></body></html>`);
    const element = doc.querySelector<DrawdownTimeline>('drawdown-timeline')!;
    await frameWhere(() => !!element.shadowRoot?.querySelector('.map-missing'), 'the note where the map would be');
    expect(element.shadowRoot!.querySelector('.map-missing')!.textContent).to.equal('The map could not be loaded.');
    const logged = (win as unknown as { logged: string[] }).logged;
    expect(logged.join('\n')).to.include('drawdown-timeline-map.min.js, which belongs beside drawdown-timeline.min.js');
    expect(element.shadowRoot!.querySelectorAll('[part~="event"][data-primary]').length).to.be.greaterThan(10);
  });
});
