import { dirname, resolve } from 'node:path';

/**
 * A rollup plugin for the single-file build: code most pages never run (the CSV and TimelineJS importers, print
 * and export) is not bundled into the file every page loads, but built as ES modules beside it and imported on
 * first use, from the address the script itself was loaded from. A classic script may `import()` a module; under
 * a Content-Security-Policy the module comes from the same place as the script, which the policy already allows.
 *
 * Each chunk is named by its loader module, which the plugin replaces: `{ loader: 'src/model/load-importers.ts',
 * name: 'loadImporters', file: 'drawdown-timeline-import.min.js' }`. In a chunk that is itself an ES module (`from:
 * 'module'`), the address is the module's own, `import.meta.url`: the chunk beside it is beside the single file too.
 */
export function chunksBesideScript(chunks, { from = 'script' } = {}) {
  return {
    name: 'chunks-beside-script',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      // Sources name the compiled .js file; the loader is the .ts file it compiles from.
      const target = resolve(dirname(importer), source).replace(/\.js$/, '.ts');
      const chunk = chunks.find(({ loader }) => target === resolve(loader));
      return chunk ? `\0${chunk.loader}` : null;
    },
    load(id) {
      const chunk = chunks.find(({ loader }) => id === `\0${loader}`);
      if (!chunk) return null;
      // document.currentScript is only set while the script first runs, which is when this module's body runs.
      const base = from === 'module' ? 'import.meta.url' : 'document.currentScript?.src || document.baseURI';
      return `const base = ${base};
export function ${chunk.name}() {
  return import(new URL(${JSON.stringify(chunk.file)}, base).href);
}`;
    },
  };
}
