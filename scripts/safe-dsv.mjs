/**
 * A rollup plugin that takes the one `new Function` out of d3-dsv. Its `parse` builds each row's object with
 * generated code, which a strict Content-Security-Policy forbids and our safety rules do too. The importers call
 * only `csvParseRows`, so the code is never run; it is still shipped, so it is replaced by the same mapping
 * written as a plain function (own properties, so a column named `__proto__` stays a column).
 */
const GENERATED = /function objectConverter\(columns\) \{\n\s*return new Function\([\s\S]*?\}\)\.join\(","\) \+ "\}"\);\n\}/;

export function safeDsv() {
  return {
    name: 'safe-dsv',
    transform(code, id) {
      if (!/[\\/]d3-dsv[\\/]/.test(id) || !code.includes('new Function')) return null;
      if (!GENERATED.test(code)) this.error('safe-dsv: d3-dsv\'s objectConverter changed; update scripts/safe-dsv.mjs');
      return {
        code: code.replace(GENERATED, 'function objectConverter(columns) {\n  return (d) => Object.fromEntries(columns.map((name, i) => [name, d[i] || ""]));\n}'),
        map: null,
      };
    },
  };
}
