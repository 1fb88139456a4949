import { nothing, svg, type SVGTemplateResult } from 'lit';
import { LAYER_PARTS, SILENT_LAYERS, type Layer } from '../../render/names.js';

/**
 * Empty `<g>` hosts for `layers`, bottom to top, which the render layer draws into (see render/draw-plot.ts).
 * On screen each carries its part and is hidden from screen readers when what it shows is said elsewhere;
 * paper's rows (`bare`) are hidden whole, and carry neither.
 */
export function layerHosts(layers: readonly Layer[], { bare = false } = {}): SVGTemplateResult[] {
  return layers.map((name) => bare ? svg`<g class=${name}></g>`
    : svg`<g class=${name} part=${LAYER_PARTS[name] ?? nothing} aria-hidden=${SILENT_LAYERS.has(name) ? 'true' : nothing}></g>`);
}
