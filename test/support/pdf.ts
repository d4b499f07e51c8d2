import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** The text poppler's `pdftotext` reads out of PDF bytes (written to a temporary file first). */
export function pdftotext(bytes: Uint8Array, ...args: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-pdf-'));
  try {
    const file = join(folder, 'out.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** How much of one page's content area is printed: measured on a low-resolution grey image. */
export interface PageInk {
  /** Fraction (0–1) of the content area's height under the last printed pixel row: empty paper. */
  blankBelow: number;
  /** Fraction (0–1) of the content area's pixel rows with nothing printed on them. */
  blankRows: number;
}

/**
 * Each page of a PDF rendered by poppler's `pdftoppm` at `dpi`, grey, then read row by row
 * between the page margins (`top` and `bottom`, in points: the running header and footer are left
 * out). A pixel darker than `ink` (0–255) is printed; the faint DRAFT watermark is lighter.
 */
export function pageInk(bytes: Uint8Array, top: number, bottom: number, dpi = 36, ink = 215): PageInk[] {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-ink-'));
  try {
    const file = join(folder, 'out.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(folder, 'page')]);
    return readdirSync(folder)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => pageNumberOf(a) - pageNumberOf(b))
      .map((name) => inkOf(readFileSync(join(folder, name)), (top * dpi) / 72, (bottom * dpi) / 72, ink));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function pageNumberOf(name: string): number {
  return Number(/-(\d+)\.pgm$/.exec(name)?.[1] ?? 0);
}

/** A binary PGM (P5, 8 bits) → how much of the rows between `top` and `bottom` pixels hold ink. */
function inkOf(pgm: Buffer, top: number, bottom: number, ink: number): PageInk {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  const first = Math.ceil(top);
  const last = Math.floor(height - bottom);
  let lastInked = first - 1;
  let blank = 0;
  for (let row = first; row < last; row++) {
    const line = data.subarray(row * width, (row + 1) * width);
    if (line.some((value) => value < ink)) lastInked = row;
    else blank++;
  }
  const rows = Math.max(1, last - first);
  return { blankBelow: (last - 1 - lastInked) / rows, blankRows: blank / rows };
}

/**
 * The PDF's bytes as Latin-1 text with the contents of its object streams inflated in (the export
 * packs its small objects into them, src/pdf-layout/object-streams.ts): what a test that looks for a
 * dictionary entry (`/URI`, `/Tabs /S`, an action) must search.
 */
export function pdfObjectsText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  const raw = buffer.toString('latin1');
  const parts = [raw];
  for (const match of raw.matchAll(/<<\n\/Type \/ObjStm\n[^>]*?\/Length (\d+)\n[^>]*>>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    parts.push(inflateSync(buffer.subarray(start, start + Number(match[1]))).toString('latin1'));
  }
  return parts.join('\n');
}
