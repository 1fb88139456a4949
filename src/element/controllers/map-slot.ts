import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadMap } from '../../map/load-map.js';
import type { MapPanel, MapWiring } from '../../map/map-panel.js';
import type { MapPlacement } from '../../map/map-view.js';
import { MAP_EN } from '../../words/map-messages.js';
import type { MapMessages } from '../../words/messages.js';

type MapHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly map?: string | null | undefined };

/** The `map` attribute's values; `none` (the default) shows no map. */
export const MAP_PLACEMENTS = ['none', 'inset', 'beside', 'above'] as const;

/** Under these widths of the element, a map beside the chart or beside its title goes above the chart instead:
 * side by side, neither would be legible. */
const BESIDE_WIDTH = 720;
const INSET_WIDTH = 560;

const MISSING = 'the map (the map attribute) needs drawdown-timeline-map.min.js, which belongs beside drawdown-timeline.min.js';

/**
 * Where the route map goes, and the map once it is here: the element's `map` attribute is read at each update, and
 * the map's file (views, geometry, styles) is loaded the first time it asks for a map, after the chart's first
 * paint, like the rest of what the reader reads beyond the chart. A map that cannot be loaded is said where it
 * would be, in the reader's words, and once to the page's author on the console; the chart stays.
 */
export class MapSlot implements ReactiveController {
  readonly #host: MapHost;
  readonly #wiring: Omit<MapWiring, 'words'>;
  #panel: MapPanel | undefined;
  #state: 'idle' | 'loading' | 'failed' = 'idle';
  #loaded: Promise<void> | undefined;
  /** The element's width, which decides whether the map fits beside the chart. */
  #width = Infinity;
  readonly #observer = new ResizeObserver(([entry]) => {
    const width = entry!.contentRect.width;
    // In the next frame, not while the browser delivers sizes (see MapPanel).
    requestAnimationFrame(() => {
      const before = this.#width;
      this.#width = width;
      if ([BESIDE_WIDTH, INSET_WIDTH].some((limit) => before < limit !== width < limit)) this.#host.requestUpdate();
    });
  });
  #warned = '';

  /** The element's story shown, selection, the reader's actions on it and language, which the map shares. */
  constructor(host: MapHost, view: MapWiring['view'], selection: MapWiring['selection'], actions: MapWiring['actions'], language: MapWiring['language']) {
    this.#host = host;
    this.#wiring = { view, selection, actions, language };
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Where the page asked for the map, or undefined for none; a value it does not know is said once and shows none. */
  get asked(): Exclude<MapPlacement, never> | undefined {
    const value = (this.#host.map ?? '').trim().toLowerCase();
    if (!(MAP_PLACEMENTS as readonly string[]).includes(value || 'none')) {
      if (this.#warned !== value) console.warn(`<drawdown-timeline>: map="${this.#host.map}" is not one of ${MAP_PLACEMENTS.join(', ')}; no map is shown.`);
      this.#warned = value;
      return undefined;
    }
    return value && value !== 'none' ? value as MapPlacement : undefined;
  }

  /** Where the map sits at the element's width now. */
  get placement(): MapPlacement | undefined {
    const asked = this.asked;
    if (asked === 'beside' && this.#width < BESIDE_WIDTH) return 'above';
    if (asked === 'inset' && this.#width < INSET_WIDTH) return 'above';
    return asked;
  }

  /** The first update that asks for a map loads it. */
  hostUpdate(): void {
    if (this.asked && this.#state === 'idle' && !this.#panel) this.#load();
  }

  /** The frame lays the map and the chart out as the placement says (see map-styles.ts). */
  hostUpdated(): void {
    const frame = this.#host.renderRoot.querySelector<HTMLElement>('.frame'), placement = this.placement;
    if (!frame) return;
    if (placement && this.#panel) frame.dataset.map = placement;
    else delete frame.dataset.map;
  }

  /** The map where it sits: nothing without one, why while it could not be loaded. */
  view(): TemplateResult | typeof nothing {
    const placement = this.placement;
    if (!placement) return nothing;
    if (this.#state === 'failed') return html`<p class="map-missing" part="map" role="note">${this.#words().missing}</p>`;
    return this.#panel?.view(placement) ?? nothing;
  }

  /** The map for paper and exports, above the chart, when the page shows one. */
  paperView(): TemplateResult | undefined {
    return this.asked ? this.#panel?.paperView() : undefined;
  }

  /** Resolves once the map asked for is here (or could not be loaded): print and the exports wait for it. */
  async ready(): Promise<void> {
    if (this.asked && this.#state === 'idle' && !this.#panel) this.#load();
    await this.#loaded;
    await this.#panel?.settled();
  }

  #words = (): MapMessages => this.#wiring.language.words.messages.map ?? MAP_EN;

  #load(): void {
    this.#state = 'loading';
    this.#loaded = loadMap().then(({ MapPanel, mapStyles }) => {
      const root = this.#host.renderRoot;
      if (root instanceof ShadowRoot && mapStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet];
      this.#panel = new MapPanel(this.#host, { ...this.#wiring, words: this.#words });
      this.#state = 'idle';
    }, (error: unknown) => {
      console.error(`<drawdown-timeline>: ${MISSING} (${error instanceof Error ? error.message : String(error)})`);
      this.#state = 'failed';
    }).finally(() => this.#host.requestUpdate());
  }
}
