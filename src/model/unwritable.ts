/**
 * Characters no text shows and XML 1.0 forbids: C0 controls but tab and line breaks, unpaired surrogates, U+FFFE
 * and U+FFFF. Left in a title, they make an exported SVG a document no XML parser reads. Global: reset
 * `lastIndex` before `test`.
 */
// oxlint-disable-next-line no-control-regex -- matching control characters is this expression's purpose.
export const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
