/**
 * The whole world's outlines, coarse (see outlines.generated.ts), for a map whose places reach beyond the detailed
 * ones' box: the map's file leaves them out, and loads them from `drawdown-timeline-world.min.js` beside it only for
 * such a map (see load-world.ts). The seed story's map, and most a newsroom draws of this region, never do.
 */
export { WORLD } from './world.generated.js';
