import type { Localized } from '../types';

/**
 * What a logo may cost to draw, checked on its bytes before anything decodes or draws it
 * (docs/limits.md, "Logos"). A 1.5 MB PNG can hold 20000 × 20000 pixels, 1.6 GB once decoded; a
 * 2 KB SVG of nested `<use>` can stand for 10^11 shapes. Both are refused, and the export goes on
 * without the logo, saying why.
 */

/** Pixels a raster logo may have (width × height): 40 megapixels, 160 MB decoded. */
export const MAX_LOGO_PIXELS = 40_000_000;
/** Elements an SVG logo may have once every `<use>` (and `url(#…)`) is expanded. */
export const MAX_SVG_ELEMENTS = 20_000;
/** Nesting an SVG logo may have, `<use>` indirections included. */
export const MAX_SVG_DEPTH = 40;
/** Characters of path data (`d`, `points`) an SVG logo may have once expanded. */
export const MAX_SVG_PATH_CHARS = 4_000_000;
/**
 * Characters of text an SVG logo may draw once expanded: svg-to-pdfkit lays text out in time that
 * grows with the square of its length (18,000 characters: 0.3 s; 90,000: 11 s; 1.8 MB: minutes).
 */
export const MAX_SVG_TEXT_CHARS = 10_000;

/** Width and height from the header of a PNG, JPEG, GIF or WebP; `undefined` when it has none. */
export function imageSize(bytes: Uint8Array, type: string): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (length: number) => bytes.length >= length;
  switch (type) {
    case 'image/png':
      // The signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
      if (!has(24) || String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]) !== 'IHDR') return undefined;
      return { width: view.getUint32(16), height: view.getUint32(20) };
    case 'image/gif':
      // The logical screen; each frame is also checked, as a decoder sizes its buffer from it.
      return has(10) ? gifSize(bytes, view) : undefined;
    case 'image/webp':
      return webpSize(bytes, view);
    case 'image/jpeg':
      return jpegSize(bytes, view);
    default:
      return undefined;
  }
}

function gifSize(bytes: Uint8Array, view: DataView): { width: number; height: number } {
  let width = view.getUint16(6, true);
  let height = view.getUint16(8, true);
  // Past the global colour table, the first image descriptor (0x2C) gives the first frame's size.
  let offset = 13 + (bytes[10] & 0x80 ? 3 * 2 ** ((bytes[10] & 0x07) + 1) : 0);
  while (offset < bytes.length && bytes[offset] === 0x21) {
    // An extension: its label, then sub-blocks until a zero length.
    offset += 2;
    while (offset < bytes.length && bytes[offset] !== 0) offset += bytes[offset] + 1;
    offset += 1;
  }
  if (offset + 9 <= bytes.length && bytes[offset] === 0x2c) {
    width = Math.max(width, view.getUint16(offset + 1, true) + view.getUint16(offset + 5, true));
    height = Math.max(height, view.getUint16(offset + 3, true) + view.getUint16(offset + 7, true));
  }
  return { width, height };
}

function webpSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | undefined {
  if (bytes.length < 30) return undefined;
  const chunk = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  const u24 = (at: number) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
  if (chunk === 'VP8X') return { width: u24(24) + 1, height: u24(27) + 1 };
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    // Markers without a length: TEM, RSTn.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    // A start of frame (SOF0–SOF15 but DHT, JPG and DAC): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    // The image data starts before any frame header: nothing to size it by.
    if (marker === 0xda || marker === 0xd9) return undefined;
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

/** Why a raster logo of this type is refused before decoding, or `undefined` when it may be drawn. */
export function rasterProblem(bytes: Uint8Array, type: string, name: string): Localized | undefined {
  const size = imageSize(bytes, type);
  if (!size) return undefined;
  const pixels = size.width * size.height;
  if (pixels <= MAX_LOGO_PIXELS) return undefined;
  const megapixels = Math.round(pixels / 1_000_000);
  return {
    en: `The logo${named(name)} is ${size.width} × ${size.height} pixels (${megapixels} megapixels), more than the 40 megapixels a logo may have; it was left out. A logo a few hundred pixels wide is plenty.`,
    fr: `Le logo${named(name)} fait ${size.width} × ${size.height} pixels (${megapixels} mégapixels), plus que les 40 mégapixels permis pour un logo ; il a été omis. Quelques centaines de pixels de large suffisent.`,
  };
}

/** What drawing an SVG would cost, counted on its text: elements, depth and path data, expanded. */
export interface SvgWork {
  elements: number;
  depth: number;
  pathChars: number;
  textChars: number;
  /** A `<use>` that leads back to itself. */
  cycle: boolean;
}

interface Element {
  children: number[];
  /** The ids this element draws again: a `<use href="#…">`, a `url(#…)` paint, clip or mask. */
  refs: string[];
  pathChars: number;
  textChars: number;
  /** A `<style>` (or `<script>`): its text is not drawn. */
  style: boolean;
}

/** Past this, counting stops: the logo is refused anyway. */
const SATURATED: SvgWork = {
  elements: Number.POSITIVE_INFINITY,
  depth: Number.POSITIVE_INFINITY,
  pathChars: 0,
  textChars: 0,
  cycle: false,
};

/**
 * Counts what an SVG stands for once every reference is expanded, in time linear in its text and
 * its references (each element is counted once, then reused), with no recursion deeper than the
 * depth limit. The scanner is a loop over the text, not a regular expression that could backtrack.
 */
export function svgWork(svg: string): SvgWork {
  const elements: Element[] = [];
  const ids = new Map<string, number>();
  const roots: number[] = [];
  const open: number[] = [];
  let depth = 0;
  let at = 0;
  const addText = (from: number, to: number) => {
    const current = open.at(-1);
    if (current === undefined || elements[current].style || to <= from) return;
    elements[current].textChars += svg.slice(from, to).trim().length;
  };
  while (at < svg.length) {
    const start = svg.indexOf('<', at);
    addText(at, start < 0 ? svg.length : start);
    if (start < 0) break;
    if (svg.startsWith('<!--', start)) {
      const end = svg.indexOf('-->', start + 4);
      at = end < 0 ? svg.length : end + 3;
      continue;
    }
    if (svg.startsWith('<![CDATA[', start)) {
      const end = svg.indexOf(']]>', start + 9);
      addText(start + 9, end < 0 ? svg.length : end);
      at = end < 0 ? svg.length : end + 3;
      continue;
    }
    const end = tagEnd(svg, start + 1);
    if (end < 0) break;
    at = end + 1;
    const tag = svg.slice(start + 1, end);
    if (tag.startsWith('?') || tag.startsWith('!')) continue;
    if (tag.startsWith('/')) {
      open.pop();
      continue;
    }
    const index = elements.length;
    const element: Element = {
      children: [],
      refs: [],
      pathChars: 0,
      textChars: 0,
      style: /^(?:style|script)\b/i.test(tag),
    };
    elements.push(element);
    for (const [name, value] of attributes(tag)) {
      const local = name.toLowerCase();
      if (local === 'id') ids.set(value, index);
      else if (local === 'href' || local === 'xlink:href') {
        if (value.trim().startsWith('#')) element.refs.push(value.trim().slice(1));
      } else if (local === 'd' || local === 'points') element.pathChars += value.length;
      for (const match of value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) element.refs.push(match[1]);
    }
    const parent = open.at(-1);
    if (parent === undefined) roots.push(index);
    else elements[parent].children.push(index);
    if (!tag.trimEnd().endsWith('/')) {
      open.push(index);
      depth = Math.max(depth, open.length);
      if (depth > MAX_SVG_DEPTH) return { ...SATURATED, elements: elements.length };
    }
  }

  const done = new Map<number, SvgWork>();
  const inProgress = new Set<number>();
  let cycle = false;
  const count = (index: number, level: number): SvgWork => {
    const known = done.get(index);
    if (known) return known;
    if (inProgress.has(index)) {
      cycle = true;
      return { elements: 0, depth: 0, pathChars: 0, textChars: 0, cycle: true };
    }
    if (level > MAX_SVG_DEPTH) return SATURATED;
    inProgress.add(index);
    const element = elements[index];
    const work: SvgWork = {
      elements: 1,
      depth: 1,
      pathChars: element.pathChars,
      textChars: element.textChars,
      cycle: false,
    };
    const targets = [...element.children];
    for (const ref of element.refs) {
      const target = ids.get(ref);
      if (target !== undefined) targets.push(target);
    }
    for (const target of targets) {
      const inner = count(target, level + 1);
      work.elements += inner.elements;
      work.depth = Math.max(work.depth, inner.depth + 1);
      work.pathChars += inner.pathChars;
      work.textChars += inner.textChars;
      if (
        work.elements > MAX_SVG_ELEMENTS ||
        work.depth > MAX_SVG_DEPTH ||
        work.pathChars > MAX_SVG_PATH_CHARS ||
        work.textChars > MAX_SVG_TEXT_CHARS
      )
        break;
    }
    inProgress.delete(index);
    done.set(index, work);
    return work;
  };
  const total: SvgWork = { elements: 0, depth: 0, pathChars: 0, textChars: 0, cycle: false };
  for (const root of roots) {
    const work = count(root, 1);
    total.elements += work.elements;
    total.depth = Math.max(total.depth, work.depth);
    total.pathChars += work.pathChars;
    total.textChars += work.textChars;
  }
  // A marker is drawn again at every vertex of the paths it is set on (or inherited by, or styled
  // onto): each is counted as drawn at every vertex of the logo, a vertex taking two characters
  // of path data at least. A 190 KB SVG of a 2,000-shape marker on a 20,000-vertex path ran for
  // minutes.
  const vertices = Math.max(1, total.pathChars / 2);
  for (const match of svg.matchAll(MARKER_REFERENCE)) {
    const target = ids.get(match[1]);
    if (target !== undefined) total.elements += count(target, 1).elements * vertices;
  }
  total.cycle = cycle;
  return total;
}

/** `marker-mid="url(#m)"`, `marker: url(#m)` in a style, and the like. */
const MARKER_REFERENCE = /marker(?:-start|-mid|-end)?\s*[:=]\s*(?:["']\s*)?url\(\s*['"]?#([^'")\s]+)/gi;

/** The index of the `>` that ends the tag opened before `from`, quotes skipped; -1 if none. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let index = from; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return index;
  }
  return -1;
}

/** The quoted attributes of a tag's text, in one pass (a regular expression could backtrack). */
function* attributes(tag: string): Generator<[string, string]> {
  const space = (character: string) =>
    character === ' ' || character === '\n' || character === '\t' || character === '\r';
  let at = 0;
  while (at < tag.length) {
    const equals = tag.indexOf('=', at);
    if (equals < 0) return;
    let nameEnd = equals;
    while (nameEnd > at && space(tag[nameEnd - 1])) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > at && !space(tag[nameStart - 1])) nameStart--;
    let valueStart = equals + 1;
    while (valueStart < tag.length && space(tag[valueStart])) valueStart++;
    const quote = tag[valueStart];
    if (quote !== '"' && quote !== "'") {
      at = valueStart + 1;
      continue;
    }
    const close = tag.indexOf(quote, valueStart + 1);
    if (close < 0) return;
    yield [tag.slice(nameStart, nameEnd), tag.slice(valueStart + 1, close)];
    at = close + 1;
  }
}

/** Every `href` (and `xlink:href`) value of an SVG's elements, read with the same scanner. */
export function svgHrefs(svg: string): string[] {
  const hrefs: string[] = [];
  let at = 0;
  while (at < svg.length) {
    const start = svg.indexOf('<', at);
    if (start < 0) break;
    const end = tagEnd(svg, start + 1);
    if (end < 0) break;
    at = end + 1;
    for (const [name, value] of attributes(svg.slice(start + 1, end)))
      if (/^(?:xlink:)?href$/i.test(name)) hrefs.push(value);
  }
  return hrefs;
}

/** Why an SVG logo is refused before it is drawn, or `undefined` when it may be drawn. */
export function svgProblem(svg: string, name: string): Localized | undefined {
  const work = svgWork(svg);
  if (work.cycle) {
    return {
      en: `The logo${named(name)} is an SVG whose \`<use>\` elements refer back to themselves, which cannot be drawn; it was left out.`,
      fr: `Le logo${named(name)} est un SVG dont des éléments \`<use>\` renvoient à eux-mêmes, ce qui ne peut pas se dessiner ; il a été omis.`,
    };
  }
  const over =
    work.depth > MAX_SVG_DEPTH
      ? { en: `nested more than ${MAX_SVG_DEPTH} levels deep`, fr: `imbriqué sur plus de ${MAX_SVG_DEPTH} niveaux` }
      : work.elements > MAX_SVG_ELEMENTS
        ? {
            en: `more than 20,000 elements once its \`<use>\` references and markers are expanded`,
            fr: `plus de 20\u00A0000 éléments une fois ses références \`<use>\` et ses marqueurs développés`,
          }
        : work.textChars > MAX_SVG_TEXT_CHARS
          ? {
              en: 'more than 10,000 characters of text once expanded',
              fr: 'plus de 10\u00A0000 caractères de texte une fois développé',
            }
          : work.pathChars > MAX_SVG_PATH_CHARS
            ? {
                en: `more than ${MAX_SVG_PATH_CHARS / 1_000_000} million characters of path data once expanded`,
                fr: `plus de ${MAX_SVG_PATH_CHARS / 1_000_000} millions de caractères de tracés une fois développé`,
              }
            : undefined;
  if (!over) return undefined;
  return {
    en: `The logo${named(name)} is an SVG too complex to draw (${over.en}); it was left out. A logo made of a few hundred shapes, or a PNG, works everywhere.`,
    fr: `Le logo${named(name)} est un SVG trop complexe à dessiner (${over.fr}) ; il a été omis. Un logo de quelques centaines de formes, ou un PNG, fonctionne partout.`,
  };
}

function named(name: string): string {
  return name ? ` ${name}` : '';
}
