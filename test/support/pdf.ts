import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
