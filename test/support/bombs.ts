import { deflateSync } from 'node:zlib';

/**
 * Small files that would cost far more to draw than to store: image headers that claim huge
 * sizes, a real PNG decompression bomb, SVGs of nested `<use>`. For the logo limits' tests
 * (docs/limits.md, "Logos").
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid RGBA PNG of the given size, all transparent: 8000 × 8000 is 250 KB on disk and 256 MB
 * decoded. With `idat: false`, only the header (and an empty image data chunk) is real.
 */
export function pngOf(width: number, height: number, options: { idat?: boolean } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  let data = deflateSync(Buffer.alloc(0));
  if (options.idat !== false) {
    const row = Buffer.alloc(1 + width * 4);
    data = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 });
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', data),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG's first bytes: SOI, an APP0 segment, then a baseline frame header of this size. */
export function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, frame, Buffer.alloc(9), Buffer.from([0xff, 0xd9])]);
}

/** A GIF's header, logical screen, and one image descriptor of this size. */
export function gifHeader(width: number, height: number): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(Math.min(width, 0xffff), 0);
  screen.writeUInt16LE(Math.min(height, 0xffff), 2);
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(Math.min(width, 0xffff), 5);
  descriptor.writeUInt16LE(Math.min(height, 0xffff), 7);
  return Buffer.concat([Buffer.from('GIF89a', 'latin1'), screen, descriptor, Buffer.from([2, 0, 0x3b])]);
}

/** A WebP (VP8X, the extended format) whose canvas is this size. */
export function webpHeader(width: number, height: number): Buffer {
  const chunk = Buffer.alloc(18);
  chunk.write('VP8X', 0, 'latin1');
  chunk.writeUInt32LE(10, 4);
  chunk.writeUIntLE(width - 1, 12, 3);
  chunk.writeUIntLE(height - 1, 15, 3);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + chunk.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, chunk]);
}

/** `levels` groups, each drawing the one below `fanout` times: fanout^levels paths from 2 KB. */
export function svgUseBomb(levels = 11, fanout = 10): string {
  let svg =
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"><defs><path id="l0" d="M0 0L1 1"/>';
  for (let level = 1; level <= levels; level++)
    svg += `<g id="l${level}">${`<use href="#l${level - 1}"/>`.repeat(fanout)}</g>`;
  return `${svg}</defs><use xlink:href="#l${levels}"/></svg>`;
}

/** A marker of `shapes` rectangles set on every vertex of a path of `vertices` vertices. */
export function svgMarkerBomb(shapes = 2000, vertices = 20000, how: 'attribute' | 'style' = 'attribute'): string {
  const marker = `<marker id="m" markerWidth="2" markerHeight="2">${'<rect width="1" height="1"/>'.repeat(shapes)}</marker>`;
  let path = 'M0 0';
  for (let vertex = 0; vertex < vertices; vertex++) path += ` L${vertex % 100} ${vertex % 37}`;
  const set = how === 'attribute' ? 'marker-mid="url(#m)"' : '';
  const style = how === 'style' ? '<style>path { marker-mid: url(#m); }</style>' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${style}<defs>${marker}</defs><path d="${path}" ${set} fill="none" stroke="#000"/></svg>`;
}
