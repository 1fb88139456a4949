/**
 * A rollup plugin for the single-file build: the CSV and TimelineJS importers (about 5 KB gzip with d3-dsv) are
 * not bundled into the file every page loads, but built as an ES module beside it and imported on first use, from
 * the address the script itself was loaded from. A classic script may `import()` a module; under a
 * Content-Security-Policy the module comes from the same place as the script, which the policy already allows.
 */
export function importersBesideScript(file) {
  const id = '\0load-importers';
  return {
    name: 'importers-beside-script',
    resolveId(source, importer) {
      return source === './load-importers.js' && importer?.replaceAll('\\', '/').includes('/src/model/') ? id : null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      // document.currentScript is only set while the script first runs, which is when this module's body runs.
      return `const base = document.currentScript?.src || document.baseURI;
export function loadImporters() {
  return import(new URL(${JSON.stringify(file)}, base).href);
}`;
    },
  };
}
