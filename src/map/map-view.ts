import { html, nothing, svg, type TemplateResult } from 'lit';
import { kindGlyph } from '../render/names.js';
import { fill, isolate, listOf, type MapMessages, type Messages } from '../words/messages.js';
import { GLYPH_RADIUS, POINT_RADIUS, type MapLayout, type MapPlace, type MapRoute } from './layout-map.js';

/** Where the map sits: beside the chart (at its inline end), above it, or small, beside the title. */
export type MapPlacement = 'beside' | 'above' | 'inset';

export interface MapViewOptions {
  readonly layout: MapLayout;
  readonly placement: MapPlacement;
  /** The summary's lines (see mapSummary). */
  readonly summary: readonly string[];
  readonly words: MapMessages;
  readonly messages: Messages;
  readonly direction: 'ltr' | 'rtl';
  /** The events lit up (hovered or focused, here or on the chart: a route lights up with any of its events), and
   * the place, if one is. */
  readonly hot: ReadonlySet<string>;
  readonly hotPlace: string | undefined;
  readonly selected: string | undefined;
  /** The key of the route or id of the place the keyboard is on (see MapPanel): the map's one tab stop. */
  readonly current: string;
  /** Each route's accessible name. */
  readonly routeName: (route: MapRoute) => string;
  readonly placeName: (place: MapPlace) => string;
  readonly on: {
    readonly keydown: (event: KeyboardEvent) => void;
    readonly over: (event: Event) => void;
    readonly leave: (event: Event) => void;
    readonly focus: (event: FocusEvent) => void;
    readonly blur: (event: FocusEvent) => void;
    readonly click: (event: MouseEvent) => void;
  };
  /** For paper and exports: no tab stops, no live states, the credit in full under it. */
  readonly paper?: boolean;
}

/** One route: its line in the status's dashes, its half-barbed head, its kind's glyph, and a wide target on top. */
function routeView(route: MapRoute, options: MapViewOptions): TemplateResult {
  const { shape, events } = route;
  const hot = events.some(({ id }) => options.hot.has(id)) || (options.hotPlace !== undefined && (route.from === options.hotPlace || route.to === options.hotPlace));
  const selected = events.some(({ id }) => id === options.selected);
  const classes = `route kind-${route.kind}${hot ? ' hot' : ''}${selected ? ' selected' : ''}`;
  // One event's route carries its id, as the chart's transfers do; the moves of a pair as one carry how many.
  const id = events.length === 1 ? route.event.id : nothing, count = events.length > 1 ? events.length : nothing;
  // A route whose places fall together at this scale is drawn as nothing: the summary and its places hold it.
  if (!shape) return svg`<g class=${classes} data-id=${id} data-moves=${count} data-key=${route.key} data-to=${route.to}></g>`;
  const name = options.paper ? '' : options.routeName(route);
  return svg`<g class=${classes} data-id=${id} data-moves=${count} data-key=${route.key} data-to=${route.to}>
    <path class="link status-${route.status}" d=${shape.body} stroke-width=${route.width}></path>
    <path class="route-head" d=${shape.head}></path>
    <path class="route-glyph" d=${kindGlyph(route.kind, shape.middle[0], shape.middle[1], GLYPH_RADIUS)}></path>
    ${options.paper ? nothing : svg`<path class="route-target" d=${shape.body + shape.head} role="button"
      tabindex=${options.current === route.key ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${name}><title>${name}</title></path>`}
  </g>`;
}

function placeView(place: MapPlace, options: MapViewOptions): TemplateResult {
  const { label } = place, id = place.place.id;
  const classes = `place${place.active ? '' : ' idle'}${place.beyond ? ' beyond' : ''}${options.hotPlace === id || place.events.some((event) => options.hot.has(event)) ? ' hot' : ''}`;
  return svg`<g class=${classes} data-place=${id}>
    <circle class="place-point" cx=${place.x} cy=${place.y} r=${POINT_RADIUS}></circle>
    ${label ? svg`<text x=${label.x} y=${label.y} direction=${options.direction} aria-hidden="true">${isolate(label.text)}</text>` : nothing}
    ${options.paper ? nothing : svg`<circle class="place-target" cx=${place.x} cy=${place.y} r="12" role="button" data-key=${id}
      tabindex=${options.current === id ? 0 : -1} aria-label=${options.placeName(place)}><title>${place.name}</title></circle>`}
  </g>`;
}

/**
 * The route map: the country outlines, the routes of the moves the timeline's window shows (the kind's colour and
 * glyph, the status's dashes, the amount's width), the places as points with their names, and under it the map in
 * words, the places it could not put on it, and the outlines' credit. Hovering or focusing a route or a place
 * lights up its events on the chart, and the chart's do the same here (see MapPanel).
 */
export function mapView(options: MapViewOptions): TemplateResult {
  const { layout, words, on } = options, { width, height } = layout.frame;
  const lit = options.hot.size > 0 || options.hotPlace !== undefined;
  return html`<figure class="map ${options.placement}">
    <svg class="map-plot ${lit ? 'lit' : ''}" width=${width} height=${height} viewBox="0 0 ${width} ${height}"
      role=${options.paper ? 'img' : 'group'} aria-label=${words.title} aria-describedby=${options.paper ? nothing : 'map-summary map-keys'}
      @keydown=${on.keydown} @pointerover=${on.over} @pointerleave=${on.leave} @focusin=${on.focus} @focusout=${on.blur} @click=${on.click}>
      <rect class="sea" width=${width} height=${height}></rect>
      <path class="land" d=${layout.outlines.land}></path>
      <g class="routes">${layout.routes.map((route) => routeView(route, options))}</g>
      <g class="places">${layout.places.map((place) => placeView(place, options))}</g>
    </svg>
    <figcaption>
      <ul id=${options.paper ? nothing : 'map-summary'} class="map-summary">${options.summary.map((line) => html`<li>${line}</li>`)}</ul>
      ${layout.unplaced.length ? html`<p class="map-unplaced">${fill(words.unplaced, { places: listOf(layout.unplaced, options.messages) })}</p>` : nothing}
      ${options.placement === 'inset'
        ? html`<p class="map-credit" title=${words.credit}><span aria-hidden="true">${words.creditShort}</span><span class="visually-hidden">${words.credit}</span></p>`
        : html`<p class="map-credit">${words.credit}</p>`}
      ${options.paper ? nothing : html`<p id="map-keys" class="visually-hidden">${words.keys}</p>`}
    </figcaption>
  </figure>`;
}
