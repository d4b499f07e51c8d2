import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { assertExit, socialplan } from '../support/cli';
import { pdfUaFailures } from '../support/pdf-ua';

/**
 * `socialplan report <plan> --month YYYY-MM` end to end, as a user runs it: the bundle spawned on
 * both examples, each format read back (poppler and the PDF/UA checks for the PDF, the zip's XML
 * for Word), the file names, the refusals and the usage errors.
 */

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** pdftotext's text, no-break spaces made plain. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u202F]/g, ' ');
}

describe('socialplan report --month', function () {
  this.timeout(60_000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-report-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('writes the monthly PDF of examples/en, accessible like the plan’s', async () => {
    const run = socialplan(work, ['report', join(EXAMPLES, 'en'), '--month', '2027-11', '-o', 'november.pdf']);
    assertExit(run, 0);
    assert.match(run.stdout, /^Wrote november\.pdf \(\d+ KB\)\.$/m);
    const file = join(work, 'november.pdf');
    const text = pdfText(file);
    for (const expected of [
      'Monthly report: November 2027',
      'Results of the month',
      'Progress against targets',
      'Steps due',
      'Analysis and adjustments',
      '+7,700',
      'Extend the bring-a-friend offer to every show from January',
    ])
      assert.ok(text.includes(expected), `the PDF says "${expected}"`);
    assert.ok(!text.includes('Budget'), 'no section of the plan report');
    assert.deepEqual(await pdfUaFailures(readFileSync(file), { lang: 'en' }), []);
  });

  it('writes the French monthly report as Word and HTML, named after the plan and the month', () => {
    for (const format of ['docx', 'html'])
      assertExit(socialplan(work, ['report', join(EXAMPLES, 'fr'), '-m', '2027-04', '-f', format]), 0);
    const base = join(work, 'plan-medias-sociaux-2027-mie-levain-0.9-report-2027-04');
    const docx = unzipSync(readFileSync(`${base}.docx`));
    const document = new TextDecoder().decode(docx['word/document.xml']);
    assert.match(document, /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Résultats du mois/s);
    assert.match(document, /Analyse et ajustements/);
    assert.match(
      new TextDecoder().decode(docx['docProps/core.xml']),
      /<dc:title>Rapport mensuel\u00A0: avril 2027<\/dc:title>/,
    );
    const html = readFileSync(`${base}.html`, 'utf8');
    assert.match(html, /<html lang="fr"/);
    assert.match(html, /Reporter la moitié du budget de notoriété/);
  });

  it('refuses a plan with errors unless forced, as export does', () => {
    const bakery = join(EXAMPLES, 'broken', 'bakery');
    const refused = socialplan(work, ['report', bakery, '--month', '2027-05', '-o', 'may.html']);
    assertExit(refused, 1);
    assert.match(refused.stderr, /export refused: the plan has \d+ errors/);
    assert.equal(existsSync(join(work, 'may.html')), false);
    assertExit(socialplan(work, ['report', bakery, '--month', '2027-05', '-o', 'may.html', '--force']), 0);
    assert.ok(existsSync(join(work, 'may.html')));
  });

  it('needs a month written YYYY-MM', () => {
    const missing = socialplan(work, ['report', join(EXAMPLES, 'en')]);
    assertExit(missing, 2);
    assert.match(missing.stderr, /report needs --month YYYY-MM/);
    const wrong = socialplan(work, ['report', join(EXAMPLES, 'en'), '--month', '2027-13']);
    assertExit(wrong, 2);
    assert.match(wrong.stderr, /--month must be a month written YYYY-MM, such as 2027-11, not "2027-13"/);
    assert.match(socialplan(work, ['report', '--help']).stdout, /--month <YYYY-MM>/);
  });
});
