import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadMap } from '../../map/load-map.js';
import type { MapPanel, MapWiring } from '../../map/map-panel.js';
import type { MapPlacement } from '../../map/map-view.js';
import { memoizeLast } from '../../model/memoize-last.js';
import { MAP_EN } from '../../words/map-messages.js';
import { merged } from '../../words/merge-tables.js';
import type { MapMessages } from '../../words/messages.js';
import type { MapPlace } from '../timeline-options.js';

type MapHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Under these widths of the element, a map beside the chart or beside its title goes above the chart instead:
 * side by side, neither would be legible. */
const BESIDE_WIDTH = 720;
const INSET_WIDTH = 560;

const MISSING = 'the map (the map attribute) needs drawdown-timeline-map.min.js, which belongs beside drawdown-timeline.min.js';

/** The map's words of a language's table laid over English's, as a page's table is over a shipped one (see
 * merge-tables.ts): what it leaves out, a plural form included, is said in English. */
const mapWords = memoizeLast((own: Partial<MapMessages> | undefined): MapMessages => (own ? merged(MAP_EN, own) as MapMessages : MAP_EN));

/**
 * Where the route map goes, and the map once it is here: the map's file (views, geometry, styles) is loaded the
 * first time the `map` attribute asks for a map, after the chart's first paint, like the rest of what the reader
 * reads beyond the chart. A map that cannot be loaded is said where it would be, in the reader's words, and once to
 * the page's author on the console; the chart stays.
 */
export class MapSlot implements ReactiveController {
  readonly #host: MapHost;
  /** Where the `map` attribute asks for the map (see timeline-options.ts). */
  readonly #asked: () => MapPlace;
  readonly #wiring: Omit<MapWiring, 'words'>;
  #panel: MapPanel | undefined;
  #failed = false;
  #loaded: Promise<void> | undefined;
  /** The frame's width, which decides whether the map fits beside the chart; and the frame watched. The frame, not
   * the host: a page's CSS may make the host inline, and an inline box reports no width (see PlotDrawing). */
  #width = Infinity;
  #frame: Element | null = null;
  readonly #observer = new ResizeObserver(([entry]) => {
    const width = entry!.borderBoxSize[0]?.inlineSize ?? 0;
    // In the next frame, not while the browser delivers sizes (see MapPanel).
    requestAnimationFrame(() => {
      const before = this.#width;
      this.#width = width;
      if ([BESIDE_WIDTH, INSET_WIDTH].some((limit) => before < limit !== width < limit)) this.#host.requestUpdate();
    });
  });

  constructor(host: MapHost, asked: () => MapPlace, wiring: Omit<MapWiring, 'words'>) {
    this.#host = host;
    this.#asked = asked;
    this.#wiring = wiring;
    host.addController(this);
  }

  /** Put back on the page, the frame is watched again at once (no update need come). */
  hostConnected(): void {
    this.#frame = null;
    this.#watch();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#frame = null;
  }

  /** Where the map sits now: beside or inset on a wide enough element, else above; undefined without a map drawn
   * (none asked for, nothing laid out, or its file missing, whose note stays in the flow). An empty map (no place
   * with coordinates), only words, goes above. */
  get placement(): MapPlacement | undefined {
    const asked = this.#asked();
    if (asked === 'none' || !this.#panel || !this.#wiring.view.layout) return undefined;
    if (this.#panel.empty) return 'above';
    if (asked === 'beside' && this.#width < BESIDE_WIDTH) return 'above';
    if (asked === 'inset' && this.#width < INSET_WIDTH) return 'above';
    return asked;
  }

  /** The first update that asks for a map loads it. */
  hostUpdate(): void {
    if (this.#asked() !== 'none') this.#load();
  }

  hostUpdated(): void {
    this.#watch();
  }

  /** The frame is watched for its width while a map is asked for, again if it was made anew. */
  #watch(): void {
    const frame = this.#asked() === 'none' ? null : this.#host.renderRoot.querySelector('.frame');
    if (frame === this.#frame) return;
    if (this.#frame) this.#observer.unobserve(this.#frame);
    if (frame) this.#observer.observe(frame);
    this.#frame = frame;
  }

  /** The map where it sits: nothing without one, why while it could not be loaded. */
  view(): TemplateResult | typeof nothing {
    if (this.#asked() === 'none') return nothing;
    if (this.#failed) return html`<p class="map-missing" part="map" role="note">${this.#words().missing}</p>`;
    const placement = this.placement;
    return placement ? this.#panel!.view(placement) : nothing;
  }

  /** The map for paper and exports, above the chart, for `window` (the chart's printed window; undefined: the
   * whole story), when the page shows one. */
  paperView(window: readonly [number, number] | undefined): TemplateResult | undefined {
    return this.#asked() === 'none' ? undefined : this.#panel?.paperView(window);
  }

  /** Resolves once the map asked for is here with the outlines paper needs (or could not be loaded): print and the
   * exports wait for it. */
  async ready(window: readonly [number, number] | undefined): Promise<void> {
    if (this.#asked() === 'none') return;
    this.#load();
    await this.#loaded;
    await this.#panel?.settled(window);
  }

  #words = (): MapMessages => mapWords(this.#wiring.language.words.messages.map);

  /** Loads the map's file once, and adopts its styles after the element's own and the reading views'. */
  #load(): void {
    this.#loaded ??= loadMap().then(({ MapPanel, mapStyles }) => {
      const root = this.#host.renderRoot;
      // Adopted as the element's own and the reading views' are (see ReadingViews): every browser the element
      // runs in adopts style sheets. The reading file has Lit's templates only, so the sheet is added here.
      if (root instanceof ShadowRoot && mapStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet];
      this.#panel = new MapPanel(this.#host, { ...this.#wiring, words: this.#words });
    }, (error: unknown) => {
      console.error(`<drawdown-timeline>: ${MISSING} (${error instanceof Error ? error.message : String(error)})`);
      this.#failed = true;
    }).finally(() => this.#host.requestUpdate());
  }
}
