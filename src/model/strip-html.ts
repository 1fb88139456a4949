/** What `stripHtml` makes of a fragment: its plain text, and how many links (`<a href>`) lost their address. */
export interface StrippedHtml {
  readonly text: string;
  readonly links: number;
}

/**
 * Turns an HTML fragment into the plain text a reader saw: tags dropped, paragraphs and `<br>` kept as blank lines
 * and newlines, runs of spaces collapsed, entities decoded. Pure string work, no parser: the result is text and
 * is only ever shown as text. Tags must close on their own `>`, so a stray `<` stays, and the scan is linear.
 */
export function stripHtml(html: string): StrippedHtml {
  let links = 0;
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<\/?([a-z][\w-]*)[^<>]*>/gi, (tag, name: string) => {
      name = name.toLowerCase();
      if (name === 'a' && /\shref\s*=/i.test(tag)) links++;
      return name === 'br' || (name === 'li' && tag[1] !== '/') ? '\n' : BLOCKS.test(name) ? '\n\n' : '';
    })
    .replace(/&(?:#(\d{1,8})|#x([\da-f]{1,8})|([a-z]{2,6}));/gi, decodeEntity)
    // Spaces left where tags were: runs first, so that trimming them around line breaks stays linear.
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, links };
}

const BLOCKS = /^(?:p|div|h[1-6]|ul|ol|blockquote|pre|table|tr|section|article|header|footer|figure|hr)$/;
// The entities text needs, and the punctuation editors type as entities; others stay as written.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name) return Object.hasOwn(NAMED, name.toLowerCase()) ? NAMED[name.toLowerCase()]! : entity;
  const code = decimal ? Number(decimal) : parseInt(hex!, 16);
  // Code points that are not characters (0, surrogates, past U+10FFFF) read as the replacement character.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}
