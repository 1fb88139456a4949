import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { chunksBesideScript } from './scripts/chunks-beside-script.mjs';
import { leanD3Selection } from './scripts/lean-d3-selection.mjs';
import { minifyCss } from './scripts/minify-css.mjs';
import { safeDsv } from './scripts/safe-dsv.mjs';

// esbuild transpiles TypeScript; tsc only type-checks and writes .d.ts (TypeScript 7 has no JS API for plugins).
const transpile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// MINIFY=0 keeps names readable for bench/profile.mjs.
const minify = () => (process.env.MINIFY === '0' ? null : terser({ ecma: 2022, module: false, compress: { passes: 3 }, format: { comments: false } }));

/**
 * For a chunk of views: `lit` as only its template and style tags, which make plain values that the element's own
 * Lit renders and adopts, and nothing of Lit's renderer a second time (nor a second Trusted Types policy). A template
 * result is `{ _$litType$, strings, values }`, the shape Lit's compiled templates are documented to produce;
 * `nothing` is a registered symbol.
 */
const litTagsOnly = () => ({
  name: 'lit-tags-only',
  resolveId: (id) => (id === 'lit' ? '\0lit-tags' : null),
  load: (id) => (id === '\0lit-tags' ? `
    const tag = (type) => (strings, ...values) => ({ ['_$litType$']: type, strings, values });
    export const html = tag(1), svg = tag(2), nothing = Symbol.for('lit-nothing');
    export { css, unsafeCSS } from '@lit/reactive-element/css-tag.js';` : null),
});

export default [
  // For bundlers: one ES module per source file, lit and d3 left as dependencies.
  {
    input: 'src/index.ts',
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('d3-') || id.startsWith('topojson-'),
    plugins: [minifyCss(), transpile()],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // For a plain <script src> tag: one self-registering file with lit and d3 inside...
  {
    input: 'src/index.ts',
    plugins: [
      chunksBesideScript([
        { loader: 'src/model/load-importers.ts', name: 'loadImporters', file: 'drawdown-timeline-import.min.js' },
        { loader: 'src/export/load-export.ts', name: 'loadExport', file: 'drawdown-timeline-export.min.js' },
        { loader: 'src/words/load-arabic.ts', name: 'loadArabic', file: 'drawdown-timeline-ar.min.js' },
        { loader: 'src/words/load-calendars.ts', name: 'loadCalendars', file: 'drawdown-timeline-calendars.min.js' },
        { loader: 'src/element/views/load-reading.ts', name: 'loadReading', file: 'drawdown-timeline-reading.min.js' },
      ]),
      // The only build that bundles d3-selection: its Selection keeps only the methods the element calls.
      leanD3Selection(),
      nodeResolve({ exportConditions: ['production'] }),
      minifyCss(),
      transpile(),
      minify(),
    ],
    output: { file: 'dist/drawdown-timeline.min.js', format: 'iife', name: 'DrawdownTimeline', sourcemap: true },
  },
  // ...and, beside it, the importers of CSV and TimelineJS files, which it loads only when one arrives...
  {
    input: 'src/model/importers.ts',
    plugins: [nodeResolve({ exportConditions: ['production'] }), safeDsv(), transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-import.min.js', format: 'es', sourcemap: true },
  },
  // ...and the Arabic words, which it loads when a page asks for Arabic...
  {
    input: 'src/words/ar.ts',
    plugins: [transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-ar.min.js', format: 'es', sourcemap: true },
  },
  // ...and the reader of calendars other than the Gregorian, which it loads when a page asks for one...
  {
    input: 'src/words/intl-calendar.ts',
    plugins: [transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-calendars.min.js', format: 'es', sourcemap: true },
  },
  // ...and the details, the event table, a phone's event cards and the paper view, which it loads right after the
  // chart's first paint...
  {
    input: 'src/element/views/reading.ts',
    plugins: [
      chunksBesideScript([{ loader: 'src/map/load-map.ts', name: 'loadMap', file: 'drawdown-timeline-map.min.js' }], { from: 'module' }),
      litTagsOnly(), nodeResolve({ exportConditions: ['production'] }), minifyCss(), transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-reading.min.js', format: 'es', sourcemap: true },
  },
  // ...and the route map with its country outlines, which the reading file loads for an element with a map...
  {
    input: 'src/map/map.ts',
    plugins: [
      chunksBesideScript([{ loader: 'src/map/load-world.ts', name: 'loadWorld', file: 'drawdown-timeline-world.min.js' }], { from: 'module' }),
      litTagsOnly(), nodeResolve({ exportConditions: ['production'] }), minifyCss(), transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-map.min.js', format: 'es', sourcemap: true },
  },
  // ...and, beside that, the world's coarse outlines, which the map loads only for places beyond the detailed ones...
  {
    input: 'src/map/world.ts',
    plugins: [transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-world.min.js', format: 'es', sourcemap: true },
  },
  // ...and print and export, which it loads when the reader prints, downloads or a page calls exportSVG().
  {
    input: 'src/export/export.ts',
    plugins: [nodeResolve({ exportConditions: ['production'] }), transpile(), minify()],
    output: { file: 'dist/drawdown-timeline-export.min.js', format: 'es', sourcemap: true },
  },
];
