/**
 * The route map beside the timeline (the `map` attribute): its controller, which lays it out and draws it with
 * d3-geo, the country outlines it ships (Natural Earth, see scripts/build-map-outlines.mjs), and its styles. The
 * single-file build loads it from `drawdown-timeline-map.min.js` beside it, only for an element whose `map` asks for
 * it (see element/controllers/map-slot.ts); a page without a map never loads it.
 */
export { MapPanel, type MapWiring } from './map-panel.js';
export { mapStyles } from './map-styles.js';
