import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPdfEngine } from '../../src/core/render/pdf';
import type { DocumentDefinition } from '../../src/pdf-layout/content';
import { renderDefinition } from '../../src/pdf-layout/render';
import { pdftotext } from '../support/pdf';

/**
 * The tagged PDF's small objects (structure elements, annotations, the page tree) go into compressed
 * object streams with a cross-reference stream (src/pdf-layout/object-streams.ts): the raw file shows
 * none of them, poppler still reads every page, the text and the structure tree.
 */

function structText(bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-objstm-'));
  try {
    const file = join(folder, 'out.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('PDF layout engine: object streams', function () {
  this.timeout(30_000);

  it('packs the structure elements into compressed object streams that poppler reads', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, index) => ({ text: `Paragraphe numéro ${index + 1}.` }));
    const definition: DocumentDefinition = {
      language: 'fr',
      info: { title: 'Objets' },
      content: paragraphs,
    };
    const bytes = await renderDefinition(definition, loadPdfEngine());
    const raw = Buffer.from(bytes).toString('latin1');
    assert.match(raw, /\/Type \/XRef/, 'a cross-reference stream');
    assert.doesNotMatch(raw, /^xref$/m, 'no cross-reference table');
    assert.ok((raw.match(/\/Type \/ObjStm/g) ?? []).length >= 2, 'object streams, several for 400 paragraphs');
    assert.doesNotMatch(raw, /\/S \/P\b/, 'no structure element left as a plain object');
    const text = pdftotext(bytes);
    assert.match(text, /Paragraphe numéro 1\./);
    assert.match(text, /Paragraphe numéro 400\./);
    const tree = structText(bytes);
    assert.match(tree, /Document/);
    assert.equal((tree.match(/^\s*P\b/gm) ?? []).length, 400, tree.slice(0, 500));
    assert.match(tree, /Paragraphe numéro 400\./);
  });
});
