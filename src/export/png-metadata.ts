/** What a PNG says about itself, in the PNG specification's predefined text keywords and its pixel density. */
export interface PngMetadata {
  /** Pixels an inch, written as a pHYs chunk in pixels a metre: 96 × the scale an image was drawn at. */
  readonly dpi?: number;
  readonly title?: string;
  /** "Author": who made it (the story's credit). */
  readonly author?: string;
  readonly description?: string;
  readonly copyright?: string;
  /** "Source": in the specification's words, the device used to create the image. */
  readonly source?: string;
  readonly software?: string;
  readonly comment?: string;
  /** "Creation Time", written in RFC 1123 form. */
  readonly created?: Date;
  /** The language of the text (a BCP 47 tag), written with any text that needs an iTXt chunk. */
  readonly lang?: string;
}

const KEYWORDS = [
  ['title', 'Title'], ['author', 'Author'], ['description', 'Description'], ['copyright', 'Copyright'],
  ['source', 'Source'], ['software', 'Software'], ['comment', 'Comment'],
] as const;
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const METRES_AN_INCH = 0.0254;

/**
 * The PNG with its metadata: a pHYs chunk for its density and a text chunk for each value given, before the image
 * data (where readers that stop early still see them). Latin-1 text goes in tEXt, anything else (Arabic) in UTF-8
 * iTXt. A pHYs the PNG had is replaced.
 */
export async function withPngMetadata(png: Blob | ArrayBuffer | Uint8Array, metadata: PngMetadata): Promise<Blob> {
  const bytes = png instanceof Blob ? new Uint8Array(await png.arrayBuffer()) : new Uint8Array(png);
  return new Blob([addPngMetadata(bytes, metadata)], { type: 'image/png' });
}

/** `withPngMetadata` on bytes: the new PNG's bytes. */
export function addPngMetadata(png: Uint8Array, metadata: PngMetadata): Uint8Array<ArrayBuffer> {
  if (SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error('withPngMetadata: these bytes are not a PNG (no PNG signature).');
  const added = metadataChunks(metadata);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let placed = false;
  for (let at = 8; at + 12 <= png.length;) {
    const end = at + 12 + view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (!placed && (type === 'IDAT' || type === 'IEND')) {
      parts.push(...added);
      placed = true;
    }
    if (!(type === 'pHYs' && metadata.dpi)) parts.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

function metadataChunks(metadata: PngMetadata): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  if (metadata.dpi && metadata.dpi > 0) {
    const perMetre = Math.round(metadata.dpi / METRES_AN_INCH);
    const data = new Uint8Array(9);
    new DataView(data.buffer).setUint32(0, perMetre);
    new DataView(data.buffer).setUint32(4, perMetre);
    data[8] = 1;
    chunks.push(chunk('pHYs', data));
  }
  const texts: [string, string | undefined][] = KEYWORDS.map(([key, keyword]) => [keyword, metadata[key]]);
  texts.push(['Creation Time', metadata.created?.toUTCString()]);
  for (const [keyword, value] of texts) {
    const text = value && printable(value);
    if (text) chunks.push(textChunk(keyword, text, metadata.lang));
  }
  return chunks;
}

/** The text with line breaks as the specification writes them (LF) and no other control character. */
function printable(text: string): string {
  return [...text.replace(/\r\n?/g, '\n')].filter((char) => char === '\n' || (char >= ' ' && char !== '\u007f')).join('').trim();
}

/** tEXt when the text is Latin-1, else iTXt in UTF-8, uncompressed. */
function textChunk(keyword: string, text: string, lang = ''): Uint8Array {
  const latin1 = [...text].every((char) => char.codePointAt(0)! <= 0xff);
  if (latin1) return chunk('tEXt', Uint8Array.from(`${keyword}\0${text}`, (char) => char.charCodeAt(0)));
  // The iTXt language tag is ASCII words of up to 8 letters and digits, joined by hyphens.
  const tag = /^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : '';
  return chunk('iTXt', new TextEncoder().encode(`${keyword}\0\0\0${tag}\0\0${text}`));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let table: Uint32Array | undefined;

/** The CRC-32 a PNG chunk ends with, over its type and data (ISO 3309, as in the PNG specification's annex). */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
