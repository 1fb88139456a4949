import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TimelineLayout } from '../layout/types.js';
import { memoizeLast } from '../model/memoize-last.js';
import type { Story, TimelineEvent } from '../model/types.js';
import type { EventDescription } from '../words/describe-event.js';
import { fill, listOf, type MapMessages } from '../words/messages.js';
import type { Words } from '../words/words.js';
import type { MapLayout } from './layout-map.js';
import { MapLayouts, type EmptyMap, type MapLanguage } from './map-layouts.js';
import { placeName, routeName } from './map-names.js';
import { mapSummary } from './map-summary.js';
import { mapView, type MapPlacement } from './map-view.js';
import { worldSettled } from './world-outlines.js';

type MapHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the map reads from the element and acts on: the story shown, the selection, the reader's words. */
export interface MapWiring {
  /** The story as the element shows it, laid out (see ShownStory). */
  readonly view: {
    readonly shown: Story | null;
    readonly layout: TimelineLayout | null;
    /** The last full layout, not a gesture's frame: the map shows its window, and moves once a gesture rests. */
    readonly full: TimelineLayout | null;
    readonly describe: (event: TimelineEvent) => EventDescription;
  };
  /** The event the reader points at or focuses on, and the one selected (see Selection). */
  readonly selection: { readonly previewId: string | undefined; readonly selectedId: string | undefined };
  /** What the reader does to them (see SelectionActions). */
  readonly actions: { preview(id: string | undefined, group: string | undefined): void; toggle(id: string): void };
  /** The reader's words, direction and label measure (see LanguageController). */
  readonly language: MapLanguage;
  /** The map's words in the reader's language (English where the language's table has none). */
  readonly words: () => MapMessages;
}

/** The width a paper map is drawn at: a printout scales it to the page. */
const PAPER_WIDTH = 640;

const isEmpty = (map: MapLayout | EmptyMap): map is EmptyMap => 'empty' in map;

/** The events the map itself lights up: its hot route's (by key), or its hot place's. */
function hotEvents(map: MapLayout, route: string | undefined, place: string | undefined): readonly string[] {
  if (place !== undefined) return map.places.find((candidate) => candidate.place.id === place)?.events ?? [];
  return map.routes.find((candidate) => candidate.key === route)?.events.map(({ id }) => id) ?? [];
}

/**
 * The route map beside the timeline: one story, two views. It draws the moves the timeline's window shows (the
 * window moves, the routes follow), lights up the events the reader points at or focuses on in either view in the
 * other, selects a route's event on a click or Enter, and gives the keyboard one tab stop into the map, from which
 * arrow keys walk the routes and then the places. Its width is its box's, read as the page lays it out.
 */
export class MapPanel implements ReactiveController {
  readonly #host: MapHost;
  readonly #wiring: MapWiring;
  /** The screen's map and paper's, each laid out again only when what it shows changes. */
  readonly #screen: MapLayouts;
  readonly #paper: MapLayouts;
  #width = 0;
  #observer: ResizeObserver | undefined;
  /** The box watched. */
  #box: Element | null = null;
  /** The route (by key) and the place lit up from the map itself. */
  #hotRoute: string | undefined;
  #hotPlace: string | undefined;
  /** The event the map previews on the chart: its hot route's, when the route is one event's. */
  #previewed: string | undefined;
  /** The route or place holding the map's tab stop. */
  #current = '';
  /** Where the map sits now, and whether this update drew it. */
  #placement: MapPlacement = 'above';
  #shown = false;
  /** The plot's marks this map lit up last. */
  #lit: Element[] = [];

  constructor(host: MapHost, wiring: MapWiring) {
    this.#host = host;
    this.#wiring = wiring;
    const redraw = () => host.requestUpdate();
    this.#screen = new MapLayouts(redraw);
    this.#paper = new MapLayouts(redraw);
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
    // Put back on the page, its box is watched again at once.
    this.#box = this.#host.renderRoot.querySelector('.map-box');
    if (this.#box) this.#observer.observe(this.#box);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#hotRoute = this.#hotPlace = undefined;
  }

  hostUpdate(): void {
    this.#shown = false;
  }

  /** Whether the story's moves name no place with coordinates: the map is then its words alone. */
  get empty(): boolean {
    const shown = this.#wiring.view.shown;
    return !!shown && this.#screen.empty(shown);
  }

  /** The screen's map for the chart's window, or null before the story is drawn or the box measured. The window is
   * the last full layout's: while the reader's fingers zoom or pan, the map holds still, and follows when they rest
   * (a frame of a dense story's map costs more than the chart's frame it would follow). */
  #layout(): MapLayout | EmptyMap | null {
    const { shown, full } = this.#wiring.view;
    if (!shown || !full || this.#width <= 0) return null;
    return this.#screen.layout(shown, full.scale.domain() as [number, number], this.#width, this.#placement, this.#wiring.language);
  }

  /** The map's box where it sits, and the map in it once the box has a width. */
  view(placement: MapPlacement): TemplateResult {
    this.#placement = placement;
    this.#shown = true;
    const map = this.#layout();
    // Paper's map is framed ahead: if it needs the world's outlines, they load now, before a Ctrl+P that cannot wait.
    const shown = this.#wiring.view.shown;
    if (map && shown) this.#paper.prepare(shown, PAPER_WIDTH, 'above');
    return html`<div class="map-box ${placement}" part="map">${map ? this.#draw(map, placement, false) : nothing}</div>`;
  }

  /** The map for paper and exports, for `window` (undefined: the whole story): whole, without tab stops or lit
   * events, scaled to the page. */
  paperView(window: readonly [number, number] | undefined): TemplateResult | undefined {
    const map = this.#paperLayout(window);
    return map ? this.#draw(map, 'above', true) : undefined;
  }

  /** Resolves once paper's map for `window` has the outlines it needs: print and the exports wait for it. */
  async settled(window: readonly [number, number] | undefined): Promise<void> {
    this.#paperLayout(window);
    await worldSettled();
  }

  #paperLayout(window: readonly [number, number] | undefined): MapLayout | EmptyMap | null {
    const shown = this.#wiring.view.shown;
    return shown && this.#paper.layout(shown, window, PAPER_WIDTH, 'above', this.#wiring.language);
  }

  #draw(map: MapLayout | EmptyMap, placement: MapPlacement, paper: boolean): TemplateResult {
    const { selection, language } = this.#wiring, words = language.words, messages = this.#wiring.words();
    if (isEmpty(map)) {
      return html`<p class="map-none">${messages.noRoutes}</p>
        ${map.unplaced.length ? html`<p class="map-unplaced">${fill(messages.unplaced, { places: listOf(map.unplaced, words.messages) })}</p>` : nothing}`;
    }
    if (paper) return this.#paperView(map, 'above', messages, words, language.direction, undefined, undefined, undefined, undefined, '');
    const keys = this.#keys(map);
    if (!keys.includes(this.#current)) this.#current = keys[0] ?? '';
    return this.#screenView(map, placement, messages, words, language.direction, this.#hotRoute, this.#hotPlace, selection.previewId,
      selection.selectedId, this.#current);
  }

  /**
   * The map's template, made again only when what it shows changed: a frame of the chart during a gesture leaves the
   * map as it was, and gives Lit the same template to skip. One for the screen and one for paper (whole, without tab
   * stops or what is lit up), each with its own memory, since a print or an export draws both in turn.
   */
  #viewOf(paper: boolean) {
    const summary = memoizeLast(mapSummary);
    return memoizeLast((map: MapLayout, placement: MapPlacement, messages: MapMessages, words: Words, direction: 'ltr' | 'rtl',
      hotRoute: string | undefined, hotPlace: string | undefined, previewId: string | undefined, selected: string | undefined, current: string) => {
      const hot = new Set<string>(hotEvents(map, hotRoute, hotPlace));
      if (previewId) hot.add(previewId);
      return mapView({
        layout: map, placement, summary: summary(map, words, messages), words: messages, messages: words.messages,
        direction, hot, hotPlace, selected, current, paper,
        routeName: (route) => routeName(route, map, this.#wiring.view.describe(route.event), words),
        placeName: (place) => placeName(place, words, messages),
        on: { keydown: this.#onKeydown, over: this.#onOver, leave: this.#onLeave, focus: this.#onFocus, blur: this.#onBlur, click: this.#onClick },
      });
    });
  }

  readonly #screenView = this.#viewOf(false);
  readonly #paperView = this.#viewOf(true);

  /** After each update: the map's box is watched (a new one, if the map came back); what the map lit up is let go
   * when it is no longer drawn; and the plot's marks of the events lit up from the map are lit up too, after each
   * drawing of the plot. */
  hostUpdated(): void {
    const box = this.#host.renderRoot.querySelector('.map-box');
    if (box !== this.#box && this.#observer) {
      if (this.#box) this.#observer.unobserve(this.#box);
      if (box) this.#observer.observe(box);
      this.#box = box;
    }
    // The map gone, what it lit up goes too, the chart's preview of it included.
    if (!this.#shown && (this.#hotRoute !== undefined || this.#hotPlace !== undefined)) {
      if (this.#previewed !== undefined && this.#wiring.selection.previewId === this.#previewed) this.#wiring.actions.preview(undefined, undefined);
      this.#hotRoute = this.#hotPlace = this.#previewed = undefined;
    }
    for (const element of this.#lit) element.removeAttribute('data-map-hot');
    this.#lit = [];
    const map = this.#hotRoute !== undefined || this.#hotPlace !== undefined ? this.#layout() : null;
    const ids = map && !isEmpty(map) ? hotEvents(map, this.#hotRoute, this.#hotPlace) : [];
    const plot = this.#host.renderRoot.querySelector('.plot-wrap');
    for (const id of ids) {
      for (const element of plot?.querySelectorAll(`[data-id="${CSS.escape(id)}"]`) ?? []) {
        element.setAttribute('data-map-hot', '');
        this.#lit.push(element);
      }
    }
  }

  /** The map's stops for the keyboard, in order: its routes drawn, then its places. */
  readonly #keys = memoizeLast((map: MapLayout): string[] =>
    [...map.routes.filter((route) => route.shape).map((route) => route.key), ...map.places.map(({ place }) => place.id)]);

  /** Arrow keys walk the routes and places (mirrored right to left), Home and End to the ends; Enter and Space
   * select a route's event, or a place's first. */
  readonly #onKeydown = (event: KeyboardEvent) => {
    const map = this.#layout();
    if (!map || isEmpty(map) || event.altKey || event.ctrlKey || event.metaKey) return;
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

  /** The route or place under the pointer or focus lights up its events on the chart. */
  readonly #onOver = (event: Event) => this.#light(event.target);
  readonly #onFocus = (event: FocusEvent) => {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    if (key) this.#current = key;
    this.#light(event.target);
  };

  /** The pointer leaving the map, or the focus leaving it for somewhere else, lets go of what it lit up; not the
   * pointer while the keyboard is in the map. */
  readonly #onLeave = (event: Event) => {
    const focused = (this.#host.renderRoot as ShadowRoot).activeElement;
    if (!focused || !(event.currentTarget as Node).contains(focused)) this.#light(null);
  };
  readonly #onBlur = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as Node).contains(to)) this.#light(null);
  };

  readonly #onClick = (event: MouseEvent) => {
    const map = this.#layout(), key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    const id = map && !isEmpty(map) && key ? this.#eventOf(map, key) : undefined;
    if (id) this.#wiring.actions.toggle(id);
  };

  /** Lights up the route or place `target` is in (nothing: none), and previews a single route's event on the chart. */
  #light(target: EventTarget | null): void {
    const element = target as Element | null;
    const route = element?.closest?.('.route');
    const key = route?.getAttribute('data-key') ?? undefined;
    const place = route ? undefined : element?.closest?.('.place')?.getAttribute('data-place') ?? undefined;
    if (key === this.#hotRoute && place === this.#hotPlace) return;
    this.#hotRoute = key;
    this.#hotPlace = place;
    this.#previewed = route?.getAttribute('data-id') ?? undefined;
    this.#wiring.actions.preview(this.#previewed, undefined);
    this.#host.requestUpdate();
  }

  /** The event a route's key names, or the first event of a place's moves. */
  #eventOf(map: MapLayout, key: string): string | undefined {
    return map.routes.find((route) => route.key === key)?.event.id ?? map.places.find(({ place }) => place.id === key)?.events[0];
  }

  #target(key: string): SVGElement | null {
    const map = this.#host.renderRoot.querySelector('.map-box .map-plot');
    return map?.querySelector<SVGElement>(`.route[data-key="${CSS.escape(key)}"] .route-target, .place-target[data-key="${CSS.escape(key)}"]`) ?? null;
  }
}
