import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TimelineLayout } from '../layout/types.js';
import { memoizeLast } from '../model/memoize-last.js';
import type { Story, TimelineEvent } from '../model/types.js';
import { accessibleName, type EventDescription } from '../words/describe-event.js';
import type { MapMessages } from '../words/messages.js';
import { fill } from '../words/messages.js';
import type { Words } from '../words/words.js';
import { layoutMap, type MapLayout, type MapPlace, type MapRoute } from './layout-map.js';
import { loadWorld } from './load-world.js';
import { outlinePaths, type Countries, type OutlinePaths } from './map-outlines.js';
import { farPlace, fitFrame, type MapFrame } from './map-projection.js';
import { mapPlaces, mapRoutes, type Located } from './map-routes.js';
import { mapSummary } from './map-summary.js';
import { mapView, type MapPlacement } from './map-view.js';

type MapHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the map reads from the element and acts on: the story shown, the selection, the reader's words. */
export interface MapWiring {
  /** The story as the element shows it, laid out (see ShownStory). */
  readonly view: {
    readonly shown: Story | null;
    readonly layout: TimelineLayout | null;
    readonly describe: (event: TimelineEvent) => EventDescription;
  };
  /** The event the reader points at or focuses on, and the one selected (see Selection). */
  readonly selection: { readonly previewId: string | undefined; readonly selectedId: string | undefined };
  /** What the reader does to them (see SelectionActions). */
  readonly actions: { preview(id: string | undefined, group: string | undefined): void; toggle(id: string): void };
  /** The reader's words, direction and label measure (see LanguageController). */
  readonly language: { readonly words: Words; readonly direction: 'ltr' | 'rtl'; readonly measure: (text: string) => number };
  /** The map's words in the reader's language (English where the language's table has none). */
  readonly words: () => MapMessages;
}

/** The map's height where it sits, by the width it has: [least, most]. Beside the chart it is nearly as tall as it
 * is wide, showing more land around the places than a strip of them; it does not follow the chart's height, which
 * changes as a zoom restacks rows, so the map holds still while the chart moves. */
function heights(placement: MapPlacement, width: number): [number, number] {
  if (placement === 'inset') return [120, 200];
  if (placement === 'beside') return [Math.max(240, Math.min(560, Math.round(width * 0.8))), 560];
  return [180, Math.min(440, Math.max(220, width * 0.6))];
}

/** The outlines drawn while the world's are on their way, or when they could not be loaded: none. */
const NO_OUTLINES: OutlinePaths = { land: '', detailed: false };
const WORLD_MISSING = 'a map reaching beyond Europe, Africa north of the equator and the Middle East needs ' +
  'drawdown-timeline-world.min.js, which belongs beside drawdown-timeline.min.js';

/** The width a paper map is drawn at: a printout scales it to the page. */
const PAPER_WIDTH = 640;

/**
 * The route map beside the timeline: one story, two views. It draws the moves the timeline's window shows (the
 * window moves, the routes follow), lights up the events the reader points at or focuses on either view in the
 * other, selects a route's event on a click or Enter, and gives the keyboard one tab stop into the map, from which
 * arrow keys walk the routes and then the places. Its width is its box's, read as the page lays it out.
 */
export class MapPanel implements ReactiveController {
  readonly #host: MapHost;
  readonly #wiring: MapWiring;
  #width = 0;
  #observer: ResizeObserver | undefined;
  /** The box watched. */
  #box: Element | null = null;
  /** The event and the place lit up from the map itself. */
  #hotEvent: string | undefined;
  #hotPlace: string | undefined;
  /** The route or place holding the map's tab stop. */
  #current = '';
  /** Where the map sits now. */
  #placement: MapPlacement = 'above';
  /** The plot's marks this map lit up last. */
  #lit: Element[] = [];

  readonly #places = memoizeLast((shown: Story) => mapPlaces(shown));
  readonly #frame = memoizeLast((places: readonly Located[], width: number, placement: MapPlacement): MapFrame => {
    const [minHeight, maxHeight] = heights(placement, width);
    const points = places.map(({ lon, lat }) => [lon, lat] as const), far = farPlace(points);
    const frame = fitFrame(points.filter((_, i) => i !== far), { width, minHeight, maxHeight, inset: placement === 'inset' ? 10 : 18 });
    return { ...frame, far: far === undefined ? undefined : places[far]!.place.id };
  });
  readonly #outlines = memoizeLast(outlinePaths);
  readonly #layout = memoizeLast((shown: Story, places: readonly Located[], start: number, end: number, frame: MapFrame, outlines: OutlinePaths,
    words: Words, direction: 'ltr' | 'rtl', measure: (text: string) => number) =>
    layoutMap(mapRoutes(shown, places, [start, end]), frame, outlines, { languages: words.languages, direction, measure }));
  /** The world's outlines, once a map reaching beyond the detailed ones asked for them. */
  #world: Countries | undefined;
  #worldLoad: Promise<void> | undefined;
  readonly #summary = memoizeLast(mapSummary);

  constructor(host: MapHost, wiring: MapWiring) {
    this.#host = host;
    this.#wiring = wiring;
    host.addController(this);
  }

  /** The map's box is watched for the width the page gives it. */
  hostConnected(): void {
    // The new size is acted on in the next frame: changing the page's layout inside the observer's callback, while
    // the browser still delivers sizes, is a "ResizeObserver loop" error (see PlotDrawing).
    this.#observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      requestAnimationFrame(() => {
        // A frame with the map beside the chart is at least as tall as the map (see map-styles.ts).
        this.#host.renderRoot.querySelector<HTMLElement>('.frame')?.style.setProperty('--_map-height', `${Math.ceil(height)}px`);
        if (Math.floor(width) === this.#width) return;
        this.#width = Math.floor(width);
        this.#host.requestUpdate();
      });
    });
    this.#box = null;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#hotEvent = this.#hotPlace = undefined;
  }

  /** The map laid out for its box now, or null before the story is drawn or the box measured. */
  layout(placement = this.#placement, width = this.#width): MapLayout | null {
    const { view, language } = this.#wiring, { shown, layout } = view;
    if (!shown || !layout || width <= 0) return null;
    const places = this.#places(shown);
    if (!places.length) return null;
    const [start, end] = layout.scale.domain() as [number, number];
    const frame = this.#frame(places, Math.round(width), placement);
    const outlines = this.#outlines(frame, this.#world) ?? this.#loadWorld();
    return this.#layout(shown, places, start, end, frame, outlines, language.words, language.direction, language.measure);
  }

  /** Resolves once the outlines the map needs are here: print and the exports wait for them. */
  async settled(): Promise<void> {
    await this.#worldLoad;
  }

  /** Starts loading the world's outlines, and draws the map without them until they arrive; a file that cannot be
   * loaded is said once, and the map stays without outlines. */
  #loadWorld(): OutlinePaths {
    this.#worldLoad ??= loadWorld().then(({ WORLD }) => {
      this.#world = WORLD;
      this.#host.requestUpdate();
    }, (error: unknown) => {
      console.error(`<drawdown-timeline>: ${WORLD_MISSING} (${error instanceof Error ? error.message : String(error)})`);
    });
    return NO_OUTLINES;
  }

  /** The map's box where it sits, and the map in it once the box has a width. */
  view(placement: MapPlacement): TemplateResult {
    this.#placement = placement;
    const map = this.layout(placement);
    return html`<div class="map-box ${placement}" part="map">${map ? this.#draw(map, placement, false) : nothing}</div>`;
  }

  /** The map for paper and exports: whole, without tab stops or lit events, scaled to the page. */
  paperView(): TemplateResult | undefined {
    const map = this.layout('above', PAPER_WIDTH);
    return map ? this.#draw(map, 'above', true) : undefined;
  }

  #draw(map: MapLayout, placement: MapPlacement, paper: boolean): TemplateResult {
    const { selection, language } = this.#wiring, words = language.words, messages = this.#wiring.words();
    const hot = new Set<string>();
    if (!paper) for (const id of [this.#hotEvent, selection.previewId]) if (id) hot.add(id);
    const keys = this.#keys(map);
    if (!keys.includes(this.#current)) this.#current = keys[0] ?? '';
    return mapView({
      layout: map, placement, summary: this.#summary(map, words, messages), words: messages, messages: words.messages,
      direction: language.direction, hot, hotPlace: paper ? undefined : this.#hotPlace, selected: paper ? undefined : selection.selectedId,
      current: this.#current, paper,
      routeName: (route) => this.#routeName(route, words, map), placeName: (place) => this.#placeName(place, words, messages),
      on: { keydown: this.#onKeydown, over: this.#onOver, leave: this.#onLeave, focus: this.#onFocus, click: this.#onClick },
    });
  }

  /** After each update: the map's box is watched (a new one, if the map came back), and the plot's marks of the
   * events lit up from the map are lit up too, after each drawing of the plot. */
  hostUpdated(): void {
    const box = this.#host.renderRoot.querySelector('.map-box');
    if (box !== this.#box && this.#observer) {
      if (this.#box) this.#observer.unobserve(this.#box);
      if (box) this.#observer.observe(box);
      this.#box = box;
    }
    for (const element of this.#lit) element.removeAttribute('data-map-hot');
    this.#lit = [];
    const ids = this.#hotPlace ? this.layout()?.places.find(({ place }) => place.id === this.#hotPlace)?.events ?? [] : this.#hotEvent ? [this.#hotEvent] : [];
    const plot = this.#host.renderRoot.querySelector('.plot-wrap');
    for (const id of ids) {
      for (const element of plot?.querySelectorAll(`[data-id="${CSS.escape(id)}"]`) ?? []) {
        element.setAttribute('data-map-hot', '');
        this.#lit.push(element);
      }
    }
  }

  /** A route's accessible name: its event's, and which of the event's routes it is when it has several. */
  #routeName(route: MapRoute, words: Words, map: MapLayout): string {
    const event = accessibleName(this.#wiring.view.describe(route.event), words.messages);
    if (route.event.from.length * route.event.to.length < 2) return event;
    const name = (id: string) => map.places.find(({ place }) => place.id === id)?.name ?? '';
    return `${event}. ${fill(words.messages.routeSpoken, { from: name(route.from), to: name(route.to) })}`;
  }

  #placeName(place: MapPlace, words: Words, messages: MapMessages): string {
    const name = place.beyond ? fill(messages.beyond, { place: place.name }) : place.name;
    return fill(messages.place, { place: name, moves: words.formatter.count(words.messages.events, place.events.length) });
  }

  /** The map's stops for the keyboard, in order: its routes, then its places. */
  #keys(map: MapLayout): string[] {
    return [...map.routes.map((route) => route.key), ...map.places.map(({ place }) => place.id)];
  }

  /** Arrow keys walk the routes and places (mirrored right to left), Home and End to the ends; Enter and Space
   * select a route's event, or a place's first. */
  readonly #onKeydown = (event: KeyboardEvent) => {
    const map = this.layout();
    if (!map || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = this.#keys(map), at = Math.max(0, keys.indexOf(this.#current));
    const back = this.#wiring.language.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const forth = back === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const to = event.key === forth || event.key === 'ArrowDown' ? Math.min(keys.length - 1, at + 1)
      : event.key === back || event.key === 'ArrowUp' ? Math.max(0, at - 1)
        : event.key === 'Home' ? 0 : event.key === 'End' ? keys.length - 1 : undefined;
    if (to !== undefined) {
      event.preventDefault();
      this.#current = keys[to]!;
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => this.#target(this.#current)?.focus());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = this.#eventOf(map, this.#current);
      if (id) this.#wiring.actions.toggle(id);
    }
  };

  /** The route or place under the pointer lights up its events on the chart. */
  readonly #onOver = (event: Event) => this.#light(event.target);
  readonly #onFocus = (event: FocusEvent) => {
    const key = (event.target as Element).getAttribute?.('data-key') ?? (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    if (key) this.#current = key;
    this.#light(event.target);
  };

  readonly #onLeave = () => {
    if (this.#hotEvent === undefined && this.#hotPlace === undefined) return;
    this.#hotEvent = this.#hotPlace = undefined;
    this.#wiring.actions.preview(undefined, undefined);
  };

  readonly #onClick = (event: MouseEvent) => {
    const map = this.layout(), key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    const id = map && key ? this.#eventOf(map, key) : undefined;
    if (id) this.#wiring.actions.toggle(id);
  };

  #light(target: EventTarget | null): void {
    const element = target as Element | null;
    const route = element?.closest?.('.route')?.getAttribute('data-id') ?? undefined;
    const place = route ? undefined : element?.closest?.('.place')?.getAttribute('data-place') ?? undefined;
    if (route === this.#hotEvent && place === this.#hotPlace) return;
    this.#hotEvent = route;
    this.#hotPlace = place;
    this.#wiring.actions.preview(route, undefined);
    this.#host.requestUpdate();
  }

  /** The event a route's key names, or the first event of a place's routes. */
  #eventOf(map: MapLayout, key: string): string | undefined {
    return map.routes.find((route) => route.key === key)?.event.id ?? map.places.find(({ place }) => place.id === key)?.events[0];
  }

  #target(key: string): SVGElement | null {
    const map = this.#host.renderRoot.querySelector('.map-box .map-plot');
    return map?.querySelector<SVGElement>(`.route[data-key="${CSS.escape(key)}"] .route-target, .place-target[data-key="${CSS.escape(key)}"]`) ?? null;
  }
}
