/**
 * Configuration of `cem analyze` (@custom-elements-manifest/analyzer): writes custom-elements.json from the
 * element's source and JSDoc (@tag, @attr, @fires, @csspart, @cssprop). The analyzer reads Lit's `static properties`
 * by itself; the plugins below fill the gaps it leaves in this codebase.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'test/**'],
  outdir: '.',
  litelement: true,
  // package.json carries the `customElements` field already; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    eventClassesPlugin(),
    statePrivacyPlugin(),
    litAttributeCasePlugin(),
    cssPropertyDefaultsPlugin(),
    publishedPathsPlugin(),
  ],
};

/**
 * Events dispatched as instances of an Event subclass (`host.dispatchEvent(new DrawdownLoadEvent(…))`): the
 * analyzer records each as a nameless event, keeps only the first (it deduplicates by the missing name), misses
 * any dispatched from an arrow-function field, and knows nothing of events a controller dispatches on its host.
 * This reads the name from the subclass's `super('drawdown-load', …)`, finds every `….dispatchEvent(new …)` in the
 * element's folder (the element's own and its controllers'), and gives the element those events with their
 * classes as types, next to the @fires descriptions.
 */
function eventClassesPlugin() {
  const eventNames = new Map(); // event class name → the event name its constructor passes to super()
  const dispatched = []; // [{ path, name?, type }]
  return {
    name: 'drawdown - event classes',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const constructor = node.members.find(ts.isConstructorDeclaration);
      const superCall = constructor && findNode(ts, constructor, (n) =>
        ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword);
      const first = superCall?.arguments[0];
      if (first && ts.isStringLiteralLike(first)) eventNames.set(node.name.text, first.text);
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node)) return;
      visit(ts, node, (n) => {
        if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'dispatchEvent') return;
        const event = n.arguments[0];
        if (!event || !ts.isNewExpression(event)) return;
        const first = event.arguments?.[0];
        dispatched.push({ path: moduleDoc.path, type: event.expression.getText(), name: first && ts.isStringLiteralLike(first) ? first.text : undefined });
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { path, declarations } of customElementsManifest.modules) {
        for (const declaration of declarations) {
          if (declaration.kind !== 'class' || !declaration.customElement) continue;
          const folder = path.slice(0, path.lastIndexOf('/') + 1);
          const events = (declaration.events ?? []).filter((event) => event.name);
          for (const { path: from, type, name = eventNames.get(type) } of dispatched) {
            if (!from.startsWith(folder)) continue;
            if (!name) {
              console.warn(`custom-elements-manifest: ${from} dispatches new ${type}(…), whose event name could not be read`);
              continue;
            }
            const known = events.find((event) => event.name === name);
            if (!known) events.push({ name, type: { text: type } });
            else if (!known.type && type !== 'CustomEvent' && type !== 'Event') known.type = { text: type };
          }
          declaration.events = events;
        }
      }
    },
  };
}

/**
 * Lit's internal state (`static properties = { x: { state: true } }`) has no attribute and is private; the analyzer
 * reads it as an attribute of a public field.
 */
function statePrivacyPlugin() {
  return {
    name: 'drawdown - state is private',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations.find((declaration) => declaration.name === node.name.text);
      const properties = node.members.find((member) => member.name?.getText() === 'properties' &&
        ts.getModifiers?.(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword));
      const declared = properties?.initializer;
      if (!classDoc || !declared || !ts.isObjectLiteralExpression(declared)) return;
      for (const entry of declared.properties) {
        const isState = ts.isPropertyAssignment(entry) && ts.isObjectLiteralExpression(entry.initializer) &&
          entry.initializer.properties.some((option) => option.name?.getText() === 'state' &&
            ts.isPropertyAssignment(option) && option.initializer.kind === ts.SyntaxKind.TrueKeyword);
        if (!isState) continue;
        const name = entry.name.getText();
        const field = classDoc.members?.find((candidate) => candidate.name === name && !candidate.static);
        if (field) {
          field.privacy = 'private';
          delete field.attribute;
        }
        classDoc.attributes = classDoc.attributes?.filter((attribute) => attribute.fieldName !== name);
      }
    },
  };
}

/**
 * Lit observes a property `fooBar` declared without an `attribute` name as the attribute `foobar` (lower case), while the analyzer writes
 * `fooBar`; HTML lower-cases attribute names, so the lower-case one is the one a page can use.
 */
function litAttributeCasePlugin() {
  return {
    name: 'drawdown - Lit attribute case',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations) {
        for (const attribute of declaration.attributes ?? []) {
          if (!attribute.fieldName || attribute.name !== attribute.fieldName || attribute.name === attribute.name.toLowerCase()) continue;
          const field = declaration.members?.find((member) => member.name === attribute.fieldName && !member.static);
          attribute.name = attribute.name.toLowerCase();
          if (field) field.attribute = attribute.name;
        }
      }
    },
  };
}

/**
 * A custom property's default, when its @cssprop tag gives none (`@cssprop [--x=12px]`), is the fallback of the
 * stylesheets' `var(--x, fallback)`, if they all use the same one.
 */
function cssPropertyDefaultsPlugin() {
  const fallbacks = new Map(); // custom property → Set of fallbacks written in css`` templates
  return {
    name: 'drawdown - custom property defaults',
    analyzePhase({ ts, node }) {
      if (!ts.isTaggedTemplateExpression(node) || node.tag.getText() !== 'css') return;
      for (const [name, fallback] of varFallbacks(node.template.getText())) {
        if (!fallbacks.has(name)) fallbacks.set(name, new Set());
        fallbacks.get(name).add(fallback);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { declarations } of customElementsManifest.modules) {
        for (const declaration of declarations) {
          for (const property of declaration.cssProperties ?? []) {
            const found = fallbacks.get(property.name);
            if (property.default === undefined && found?.size === 1) property.default = [...found][0];
          }
        }
      }
    },
  };
}

/**
 * The package ships the compiled `dist/esm/` modules, not `src/`: module paths name the published `.js` files, so
 * tools reading the manifest from the package find the modules it describes.
 */
function publishedPathsPlugin() {
  return {
    name: 'drawdown - published paths',
    packageLinkPhase({ customElementsManifest }) {
      publishPaths(customElementsManifest.modules);
    },
  };
}

/** Rewrites every `path` and `module` (a declaration's or an export's) from `src/x.ts` to `dist/esm/x.js`. */
function publishPaths(value) {
  if (Array.isArray(value)) value.forEach(publishPaths);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        value[key] = child.replace(/^(\/?)src\//, '$1dist/esm/').replace(/\.ts$/, '.js');
      } else publishPaths(child);
    }
  }
}

/** `[name, fallback]` of every `var(--name, fallback)` in a stylesheet's text; fallbacks may hold parentheses. */
function* varFallbacks(text) {
  for (const match of text.matchAll(/var\(\s*(--[\w-]+)\s*,/g)) {
    let depth = 1, end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')') depth--;
    }
    const fallback = text.slice(match.index + match[0].length, end - 1).replace(/\s+/g, ' ').trim();
    if (depth === 0 && fallback) yield [match[1], fallback];
  }
}

function visit(ts, node, callback) {
  callback(node);
  ts.forEachChild(node, (child) => visit(ts, child, callback));
}

function findNode(ts, node, predicate) {
  if (predicate(node)) return node;
  return ts.forEachChild(node, (child) => findNode(ts, child, predicate));
}
