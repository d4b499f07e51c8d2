import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan } from '../../../src/core/report';
import { createRequire } from 'node:module';
import { fontFolder, renderPlanPdf } from '../../../src/core/render/pdf';
import { monospaceCan } from '../../../src/core/render/pdf/glyphs';
import { writeLargePlan } from '../../fixtures/pdf/large-plan.mjs';
import { pdftotext } from '../../support/pdf';
import { figureAlts, pdfUaFailures } from '../../support/pdf-ua';
import { lintedPlanIn } from '../../support/plans';

/**
 * The accessible PDF (docs/exporting.md, "Accessibility"): both examples and a plan with every
 * kind of content (the large-plan fixture: headings, lists, task lists, tables, quotes, code,
 * links, annexes; with a logo, the budget chart and the DRAFT watermark) pass the PDF/UA checks of
 * test/support/pdf-ua.ts, and their structure tree holds what the report shows.
 */

const ROOT = join(__dirname, '..', '..', '..');

async function pdfOf(folder: string, logo = false): Promise<Uint8Array> {
  const { plan, findings, measuring } = lintedPlanIn(folder);
  const model = assemblePlan(plan, findings, { edition: 'review', measuring });
  const png = readFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'logo.png')).toString('base64');
  const result = await renderPlanPdf(model, logo ? { logoDataUri: `data:image/png;base64,${png}` } : {});
  return result.bytes;
}

/** poppler's view of the structure tree, with each element's attributes and text. */
function structure(bytes: Uint8Array, ...args: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-struct-'));
  try {
    const file = join(folder, 'out.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdfinfo', [...args, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function roles(tree: string): Set<string> {
  return new Set(tree.split('\n').map((line) => line.trim().split(/[\s:]/)[0]));
}

describe('PDF export: accessible (tagged, PDF/UA checks)', function () {
  this.timeout(180_000);

  for (const locale of ['en', 'fr'] as const) {
    it(`passes every PDF/UA check on examples/${locale}, in the plan's language`, async () => {
      const bytes = await pdfOf(join(ROOT, 'examples', locale), true);
      assert.deepEqual(await pdfUaFailures(bytes, { lang: locale }), []);
      const tree = structure(bytes, '-struct');
      for (const role of ['Document', 'Sect', 'H1', 'H2', 'P', 'TOC', 'TOCI', 'Table', 'TR', 'TH', 'TD', 'L', 'LI'])
        assert.ok(roles(tree).has(role), `the tree has ${role}`);
    });
  }

  it('tags every kind of content of a long plan, and passes every check', async () => {
    const work = mkdtempSync(join(tmpdir(), 'socialplan-ua-plan-'));
    try {
      const folder = writeLargePlan(join(work, 'plan'), { locale: 'fr', pages: 32, status: 'draft' });
      const bytes = await pdfOf(folder, true);
      assert.deepEqual(await pdfUaFailures(bytes, { lang: 'fr' }), []);
      const tree = structure(bytes, '-struct-text');
      for (const role of ['H3', 'Lbl', 'LBody', 'BlockQuote', 'Code', 'Link', 'Figure'])
        assert.ok(roles(tree).has(role), `the tree has ${role}`);
      const alts = await figureAlts(bytes);
      assert.ok(
        alts.some((alt) => /^Logo /.test(alt)),
        'the logo is described',
      );
      assert.ok(
        alts.some((alt) => /^Budget par catégorie\s:\s.+\d+(,\d+)?\s?%\s\(/.test(alt)),
        `the chart states its figures: ${alts.join(' | ')}`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('draws code with an embedded monospace face that has every character code is drawn with', () => {
    const requireFromPdfkit = createRequire(require.resolve('pdfkit'));
    const fontkit = requireFromPdfkit('fontkit') as { openSync(file: string): { characterSet: number[] } };
    const folder = fontFolder('DejaVuSansMono');
    for (const file of ['DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf']) {
      const characters = new Set(fontkit.openSync(join(folder, file)).characterSet);
      const wanted = Array.from({ length: 0x2200 }, (_, code) => String.fromCodePoint(code)).filter(monospaceCan);
      assert.ok(wanted.length > 200);
      assert.deepEqual(
        wanted.filter((character) => !characters.has(character.codePointAt(0) ?? 0)),
        [],
        `${file} lacks characters code is drawn with`,
      );
    }
  });

  it('reads back the French text with its accents, apostrophes and quotes, and leaves out the artifacts', async () => {
    const bytes = await pdfOf(join(ROOT, 'examples', 'fr'));
    const text = pdftotext(bytes).replace(/\s+/g, ' ');
    assert.match(text, /Brouillon — ce plan n’est pas encore approuvé\./);
    const tree = structure(bytes, '-struct-text');
    assert.match(tree, /"Brouillon — ce plan n’est pas encore approuvé\."/);
    // Running headers and footers, page numbers and the watermark are artifacts: not in the tree.
    assert.doesNotMatch(tree, /"Page \d+ \/ \d+"/);
    assert.doesNotMatch(tree, /"BROUILLON"/);
  });
});
