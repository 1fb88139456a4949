// Why this exists: d3-selection hangs every method of a selection on one prototype object, so a bundler keeps all
// of them (about 12 KB minified) whichever the element calls. For the single file, this plugin rewrites d3's own
// file as it is bundled: the prototype names only KEEP, the methods left out no longer referenced are dropped by
// tree-shaking, and each one left out throws, saying to add it here, rather than being silently undefined.
// d3-selection 3.0.1 ships one flat file (dist/d3-selection.mjs, no src/), so the cut is made in that file: the
// code that runs is still d3's, unchanged. dist/esm leaves d3-selection to the page's bundler, whole.
import { parseAst } from 'rollup/parseAst';

/**
 * The methods kept: those src/render calls on a selection, then those they call in turn (join: enter, exit,
 * merge, order, remove, selection; append: select; attr, classed and text read through node). Computed keys
 * (`[Symbol.iterator]`, which `data()` reads through) are always kept.
 */
export const KEEP = [
  'selectAll', 'data', 'join', 'attr', 'append', 'each', 'filter', 'classed', 'text', 'raise', 'lower',
  'enter', 'exit', 'merge', 'order', 'remove', 'selection', 'select', 'node',
];

const isPrototypeOf = (node, name) => node.type === 'MemberExpression' && !node.computed
  && node.object.type === 'Identifier' && node.object.name === name && node.property.name === 'prototype';

/** The object literal of `Selection.prototype = selection.prototype = {…}`, and the statement holding it. */
function prototypeLiteral(program) {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement') continue;
    let node = statement.expression, targetsSelection = false;
    while (node.type === 'AssignmentExpression') {
      targetsSelection ||= isPrototypeOf(node.left, 'Selection');
      node = node.right;
    }
    if (targetsSelection && node.type === 'ObjectExpression') return { statement, literal: node };
  }
  return undefined;
}

/**
 * d3-selection's module source with Selection.prototype cut to `keep`: the other entries are blanked with spaces,
 * so every position in the file stays where it was (and the source map with it), and after the statement a loop
 * gives each name left out a method that throws.
 */
export function leanSelection(code, keep = KEEP) {
  const found = prototypeLiteral(parseAst(code));
  if (!found) throw new Error('lean-d3-selection: d3-selection no longer assigns Selection.prototype one object literal; update scripts/lean-d3-selection.mjs');
  const { statement, literal } = found;
  const names = literal.properties.map((property) => (property.computed ? undefined : property.key.name));
  const missing = keep.filter((name) => !names.includes(name));
  if (missing.length) throw new Error(`lean-d3-selection: d3-selection's Selection has no ${missing.join(', ')}; update KEEP in scripts/lean-d3-selection.mjs`);
  const omitted = [];
  let lean = code;
  literal.properties.forEach((property, i) => {
    const name = names[i];
    if (name === undefined || name === 'constructor' || keep.includes(name)) return;
    omitted.push(name);
    const end = code[property.end] === ',' ? property.end + 1 : property.end;
    lean = lean.slice(0, property.start) + ' '.repeat(end - property.start) + lean.slice(end);
  });
  const stubs = ` for (const name of ${JSON.stringify(omitted)}) Selection.prototype[name] = function() {`
    + ' throw new Error("selection." + name + "() is left out of this build of d3-selection: add it to KEEP in scripts/lean-d3-selection.mjs"); };';
  return lean.slice(0, statement.end) + stubs + lean.slice(statement.end);
}

/** The rollup plugin: d3-selection as its package resolves, cut by `leanSelection`. */
export function leanD3Selection(keep = KEEP) {
  const ids = new Set();
  return {
    name: 'lean-d3-selection',
    async resolveId(source, importer, options) {
      if (source !== 'd3-selection') return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved) ids.add(resolved.id);
      return resolved;
    },
    transform(code, id) {
      if (!ids.has(id)) return null;
      try {
        // Positions are unchanged (see leanSelection), so the source map is d3's own.
        return { code: leanSelection(code, keep), map: null };
      } catch (error) {
        return this.error(error.message);
      }
    },
  };
}
