import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { pngFromSvg } from '../src/export/png-from-svg.js';
import { addPngMetadata, withPngMetadata } from '../src/export/png-metadata.js';
import { svgDocument } from '../src/export/svg-document.js';
import { cleanup, seedElement } from './helpers.js';

const LONG_URL = 'https://example.org/reports/2024/12/a-very-long-address-that-cannot-fit-on-one-line-of-this-narrow-box/index.html';
const ARABIC = 'انسحاب القوات الروسية';

const FRAGMENT = `
  <h2>Heading with <a href="https://example.org/story">the story</a></h2>
  <p>Follow <a href="javascript:alert(1)">this bad link</a> or <a href="http://example.org/a?b=1&amp;c=2">a good one</a>.</p>
  <p class="url">${LONG_URL}</p>
  <p dir="rtl" lang="ar" class="ar">${ARABIC}</p>
  <table><thead><tr><th>Ref</th><th>Title</th></tr></thead>
    <tbody><tr><td>1</td><td>One</td></tr><tr><td>2</td><td>Two</td></tr></tbody></table>
  <ol><li value="1">First source</li><li value="2">Second source</li></ol>
  <p class="caps">Small caps header</p>
  <p class="shaded">On a tint</p>
  <p class="wide">Averyveryverylongwordwithnobreakopportunitythatrunspasttheboxontheright</p>
  <p class="hidden">Read by screen readers only</p>`;

const STYLE = `
  .fragment { position: fixed; top: 0; left: 0; width: 300px; padding: 12px; background: rgb(255, 255, 255);
    font: 14px sans-serif; color: rgb(0, 0, 0); }
  .fragment .url { overflow-wrap: anywhere; }
  .fragment .ar { font-size: 20px; }
  .fragment table { border-collapse: collapse; width: 100%; }
  .fragment th, .fragment td { border-bottom: 1px solid rgb(200, 0, 0); text-align: start; }
  .fragment thead th { border-bottom: 2px dashed rgb(0, 0, 200); }
  .fragment .caps { text-transform: uppercase; letter-spacing: 2px; font-variant: small-caps; }
  .fragment .shaded { background: rgb(230, 230, 200); }
  .fragment .wide { white-space: nowrap; }
  .fragment .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }`;

/** Builds the fragment off to the side of the page and converts it. */
function fragmentDocument() {
  const style = document.createElement('style');
  style.textContent = STYLE;
  const printout = document.createElement('div');
  printout.className = 'fragment test-container';
  printout.innerHTML = FRAGMENT;
  const defs = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  defs.append(document.createElementNS('http://www.w3.org/2000/svg', 'defs'));
  document.body.append(style, printout);
  try {
    const made = svgDocument(printout, defs, 'Fragment');
    return { ...made, doc: parsed(made.svg), printout: printout.getBoundingClientRect(), boxes: boxesOf(printout) };
  } finally {
    style.remove();
  }
}

function boxesOf(printout: HTMLElement) {
  const box = (selector: string) => printout.querySelector(selector)!.getBoundingClientRect();
  return { ar: box('.ar'), url: box('.url'), table: box('table'), wide: box('.wide') };
}

function parsed(svg: string): XMLDocument {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')];

/** Draws the SVG in the page and gives each text's box as the browser draws it. */
function drawnTextBoxes(svg: string): { text: string; box: DOMRect }[] {
  const holder = document.createElement('div');
  holder.className = 'test-container';
  holder.append(document.importNode(parsed(svg).documentElement, true));
  document.body.append(holder);
  return [...holder.querySelectorAll('text')].filter((text) => !text.closest('svg svg')).map((text) => ({ text: text.textContent!, box: text.getBBox() }));
}

/** The chunks of a PNG: type, data, and whether its CRC is right, by a bitwise CRC-32 of this test's own. */
function chunks(bytes: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    let crc = 0xffffffff;
    for (const byte of bytes.subarray(at + 4, at + 8 + length)) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    found.push({ type, data: bytes.subarray(at + 8, at + 8 + length), crcOk: ((crc ^ 0xffffffff) >>> 0) === view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** The text chunks as keyword → text, tEXt read as Latin-1 and iTXt as UTF-8. */
function textsOf(found: ReturnType<typeof chunks>): Map<string, { type: string; text: string; lang?: string }> {
  const out = new Map<string, { type: string; text: string; lang?: string }>();
  for (const { type, data } of found) {
    if (type === 'tEXt') {
      const [keyword, text] = String.fromCharCode(...data).split('\0');
      out.set(keyword!, { type, text: text! });
    } else if (type === 'iTXt') {
      const keywordEnd = data.indexOf(0);
      const keyword = String.fromCharCode(...data.subarray(0, keywordEnd));
      expect([data[keywordEnd + 1], data[keywordEnd + 2]], 'uncompressed').to.deep.equal([0, 0]);
      const [lang, , text] = new TextDecoder().decode(data.subarray(keywordEnd + 3)).split('\0');
      out.set(keyword, { type, text: text!, lang });
    }
  }
  return out;
}

const pixelsPerMetre = (found: ReturnType<typeof chunks>) => {
  const phys = found.find(({ type }) => type === 'pHYs')!;
  const view = new DataView(phys.data.buffer, phys.data.byteOffset, phys.data.byteLength);
  return [view.getUint32(0), view.getUint32(4), view.getUint8(8)];
};

describe('svgDocument(printout, defs, title)', () => {
  afterEach(cleanup);

  it('writes text in http(s) links as SVG links, with href and xlink:href, and never a javascript: one', () => {
    const { doc, svg } = fragmentDocument();
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.org/story', 'http://example.org/a?b=1&c=2']);
    for (const link of links) {
      expect(link.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).to.equal(link.getAttribute('href'));
      expect(link.querySelector('text'), 'text inside the link').to.exist;
    }
    expect(links.map((link) => link.textContent)).to.deep.equal(['the story', 'a good one']);
    expect(svg).not.to.include('javascript');
    const bad = texts(doc).find((text) => text.textContent!.includes('this bad link'))!;
    expect(bad.closest('a'), 'the javascript: link is plain text').to.equal(null);
  });

  it('writes a long address broken anywhere as the lines the browser broke it into, a word split between them', () => {
    const { doc, boxes } = fragmentDocument();
    const urlLines = texts(doc).filter((text) => /^[\w./:-]+$/.test(text.textContent!) && LONG_URL.includes(text.textContent!) && text.textContent!.length > 3);
    expect(urlLines.length, 'lines of the address').to.be.greaterThan(1);
    expect(urlLines.map((line) => line.textContent).join('')).to.equal(LONG_URL);
    for (const line of urlLines) expect(Number(line.getAttribute('textLength'))).to.be.at.most(boxes.url.width + 0.5);
  });

  it('writes a right-to-left line from its right edge, and the PNG draws it there', async () => {
    const { doc, svg, width, height, printout, boxes } = fragmentDocument();
    const arabic = texts(doc).find((text) => text.textContent === ARABIC)!;
    expect(arabic.getAttribute('direction')).to.equal('rtl');
    const right = boxes.ar.right - printout.left;
    expect(Number(arabic.getAttribute('x'))).to.be.closeTo(right, 1);
    const image = await createImageBitmap(await pngFromSvg(svg, width, height, 1));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const top = Math.round(boxes.ar.top - printout.top), rows = Math.round(boxes.ar.height);
    const pixels = context.getImageData(0, top, width, rows).data;
    let [minX, maxX] = [Infinity, -Infinity];
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i]! < 100 && pixels[i + 1]! < 100) [minX, maxX] = [Math.min(minX, (i / 4) % width), Math.max(maxX, (i / 4) % width)];
    }
    // Where the browser drew the line: its right edge, as wide as the page drew it.
    const drawn = Number(arabic.getAttribute('textLength'));
    expect(drawn).to.be.lessThan(boxes.ar.width - 40);
    expect(maxX, 'ink ends at the right edge').to.be.within(right - 4, right + 1);
    expect(minX, 'and starts where the page started it').to.be.within(right - drawn - 2, right - drawn + 4);
  });

  it('draws borders as lines and backgrounds as rectangles, under the text', () => {
    const { doc, boxes, printout } = fragmentDocument();
    const children = [...doc.documentElement.children];
    const lines = [...doc.querySelectorAll('line')];
    const solid = lines.filter((line) => line.getAttribute('stroke') === 'rgb(200, 0, 0)');
    const dashed = lines.filter((line) => line.getAttribute('stroke') === 'rgb(0, 0, 200)');
    expect(solid.length, 'one rule under each body cell').to.equal(4);
    expect(dashed.length, 'one under each header cell').to.equal(2);
    for (const line of dashed) expect(line.getAttribute('stroke-dasharray')).to.equal('6 6');
    const lastRule = Math.max(...solid.map((line) => Number(line.getAttribute('y1'))));
    expect(lastRule).to.be.closeTo(boxes.table.bottom - printout.top, 1.5);
    const tint = doc.querySelector('rect[fill="rgb(230, 230, 200)"]');
    expect(tint, 'the tinted paragraph').to.exist;
    const firstText = children.findIndex((child) => child.localName === 'text' || child.localName === 'a');
    for (const shape of [...lines, tint!]) expect(children.indexOf(shape)).to.be.lessThan(firstText);
  });

  it('writes text as styled: transformed, letter-spaced, small caps; the lists’ numbers; nothing visually hidden', () => {
    const { doc } = fragmentDocument();
    const caps = texts(doc).find((text) => text.textContent === 'SMALL CAPS HEADER')!;
    expect(caps, 'upper-cased').to.exist;
    expect(caps.getAttribute('letter-spacing')).to.equal('2px');
    expect(caps.getAttribute('font-variant')).to.equal('small-caps');
    const words = texts(doc).map((text) => text.textContent);
    expect(words).to.include.members(['1.', '2.', 'First source', 'Second source']);
    expect(words.join(' ')).not.to.include('screen readers');
  });

  it('holds every line of text inside the image, growing to hold one that runs past the view', () => {
    const { svg, width, height, boxes, printout } = fragmentDocument();
    expect(width).to.be.at.least(boxes.wide.left - printout.left + 300);
    for (const { text, box } of drawnTextBoxes(svg)) {
      expect(box.x, text).to.be.at.least(0);
      expect(box.x + box.width, text).to.be.at.most(width);
      expect(box.y + box.height, text).to.be.at.most(height);
    }
  });
});

describe('exportSVG() of the seed story', () => {
  afterEach(cleanup);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is well-formed, links only to http(s), and keeps every line of text inside the image', async () => {
    await setViewport({ width: 1000, height: 1400 });
    const { element } = await seedElement();
    const svg = await element.exportSVG();
    const doc = parsed(svg);
    for (const link of doc.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^https?:\/\//);
    const width = Number(doc.documentElement.getAttribute('width'));
    const boxes = drawnTextBoxes(svg);
    expect(boxes.length).to.be.greaterThan(20);
    for (const { text, box } of boxes) {
      expect(box.x, text).to.be.at.least(-0.5);
      expect(box.x + box.width, text).to.be.at.most(width + 0.5);
    }
  });
});

describe('PNG metadata', () => {
  afterEach(cleanup);

  const tinyPng = async () => {
    const canvas = new OffscreenCanvas(3, 2);
    canvas.getContext('2d')!.fillRect(0, 0, 1, 1);
    return canvas.convertToBlob({ type: 'image/png' });
  };

  it('withPngMetadata(png, metadata) adds pHYs and text chunks before IDAT, with right CRCs, still decodable', async () => {
    const created = new Date(Date.UTC(2024, 11, 10, 12, 0, 0));
    const png = await withPngMetadata(await tinyPng(), {
      dpi: 192, title: "Russia's drawdown from Syria", author: 'Reporting: Al-Araby Al-Jadeed', description: ARABIC,
      source: 'drawdown-timeline', created, lang: 'ar',
    });
    expect(png.type).to.equal('image/png');
    const found = chunks(new Uint8Array(await png.arrayBuffer()));
    for (const { type, crcOk } of found) expect(crcOk, type).to.equal(true);
    const types = found.map(({ type }) => type);
    expect(types[0]).to.equal('IHDR');
    expect(types.at(-1)).to.equal('IEND');
    const firstData = types.indexOf('IDAT');
    for (const type of ['pHYs', 'tEXt', 'iTXt']) expect(types.indexOf(type), type).to.be.within(1, firstData - 1);
    expect(types.filter((type) => type === 'pHYs').length).to.equal(1);
    expect(pixelsPerMetre(found)).to.deep.equal([7559, 7559, 1]);
    const text = textsOf(found);
    expect(text.get('Title')).to.deep.equal({ type: 'tEXt', text: "Russia's drawdown from Syria" });
    expect(text.get('Author')!.text).to.equal('Reporting: Al-Araby Al-Jadeed');
    expect(text.get('Source')!.text).to.equal('drawdown-timeline');
    expect(text.get('Creation Time')!.text).to.equal('Tue, 10 Dec 2024 12:00:00 GMT');
    expect(text.get('Description')).to.deep.equal({ type: 'iTXt', text: ARABIC, lang: 'ar' });
    const image = await createImageBitmap(png);
    expect([image.width, image.height]).to.deep.equal([3, 2]);
  });

  it('addPngMetadata replaces a pHYs the PNG had, drops control characters, and refuses bytes that are not a PNG', async () => {
    const bytes = new Uint8Array(await (await tinyPng()).arrayBuffer());
    const twice = addPngMetadata(addPngMetadata(bytes, { dpi: 96 }), { dpi: 300 });
    const found = chunks(twice);
    expect(found.filter(({ type }) => type === 'pHYs').length).to.equal(1);
    expect(pixelsPerMetre(found)).to.deep.equal([11811, 11811, 1]);
    expect(() => addPngMetadata(new Uint8Array(20), { dpi: 96 })).to.throw(/not a PNG/);
    const controls = textsOf(chunks(addPngMetadata(bytes, { title: 'A\u0000B\r\nC\u0007' })));
    expect(controls.get('Title')!.text, 'no NUL or control character, LF line breaks').to.equal('AB\nC');
  });

  it('pngFromSvg writes the density it drew at, and the metadata given; the positional scale still works', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#036"/></svg>';
    const two = await pngFromSvg(svg, 40, 20, { scale: 2, metadata: { title: ARABIC, lang: 'ar' } });
    const found = chunks(new Uint8Array(await two.arrayBuffer()));
    expect(pixelsPerMetre(found)).to.deep.equal([7559, 7559, 1]);
    expect(textsOf(found).get('Title')).to.deep.equal({ type: 'iTXt', text: ARABIC, lang: 'ar' });
    expect([(await createImageBitmap(two)).width]).to.deep.equal([80]);
    const one = await pngFromSvg(svg, 40, 20, 1);
    expect(pixelsPerMetre(chunks(new Uint8Array(await one.arrayBuffer())))).to.deep.equal([3780, 3780, 1]);
  });
});
