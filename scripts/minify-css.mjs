/**
 * A rollup plugin that minifies the element's stylesheets: the `css` templates in src/element/styles/ ship as
 * text, comments and indentation included, and are about a tenth of the single file. Its only `${}` expressions
 * name other `css` blocks or constants, so a plain text rewrite of the text around them is safe:
 * comments go, runs of whitespace become one space, and spaces next to `{ } ; ,` and after `:` go. A space before
 * `:` stays, since `a :hover` and `a:hover` differ.
 */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\/src\/(element\/styles\/[\w-]+|map\/map-styles)\.ts$/.test(id.replaceAll('\\', '/'))) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_, text) => {
        const parts = text.split(/(\$\{\w+\})/);
        return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCssText(part))).join('')}\``;
      });
      return { code: minified, map: null };
    },
  };
}

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
