import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/commands/export';
import type { CliIo } from '../../src/cli/io';
import { renderPlanPdf } from '../../src/core/render/pdf';

/**
 * `socialplan export --format docx` end to end: the esbuild bundle spawned on both examples, the
 * flow's file naming, refusals and lazy loading; and, when LibreOffice is installed, both Word
 * files converted to PDF by it and read back with pdftotext.
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');
const EXAMPLES = join(ROOT, 'examples');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function socialplan(cwd: string, args: string[], nodeArgs: string[] = []): Run {
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertExit(run: Run, expected: number): void {
  assert.equal(run.status, expected, `exit ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`);
}

function isZip(file: string): boolean {
  return readFileSync(file).subarray(0, 4).toString('latin1') === 'PK\u0003\u0004';
}

describe('socialplan export --format docx', function () {
  this.timeout(120_000);
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'sp-export-docx-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('writes a Word file, its format taken from -o, and names it after the plan by default', () => {
    const named = socialplan(work, ['export', join(EXAMPLES, 'fr'), '-o', 'plan.docx']);
    assertExit(named, 0);
    assert.match(named.stdout, /Wrote plan\.docx \(\d+ KB\)\./);
    assert.ok(isZip(join(work, 'plan.docx')));
    const byDefault = socialplan(work, ['export', join(EXAMPLES, 'en'), '--format', 'docx']);
    assertExit(byDefault, 0);
    const written = readdirSync(work).filter((name) => name !== 'plan.docx');
    assert.equal(written.length, 1);
    assert.match(written[0], /^[a-z0-9-]+-\d[\d.]*\.docx$/);
    assert.ok(isZip(join(work, written[0])));
  });

  it('refuses a plan with errors, writing nothing, as the other formats do', () => {
    const run = socialplan(work, ['export', join(EXAMPLES, 'broken', 'bakery'), '-o', 'plan.docx']);
    assertExit(run, 1);
    assert.match(run.stderr, /export refused/);
    assert.deepEqual(readdirSync(work), []);
  });

  it('loads docx only for a Word file: not for lint, not for a PDF', () => {
    const probe = join(work, 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => { const loaded = Object.keys(require.cache).filter((key) => /node_modules[\\\\/](docx|fflate)[\\\\/]|[\\\\/]docx-engine\\.js$/.test(key)); process.stderr.write(`DOCXLIBS:${loaded.length}\\n`); });\n",
    );
    const loaded = (run: Run) => Number(/DOCXLIBS:(\d+)/.exec(run.stderr)?.[1]);
    const lint = socialplan(work, ['lint', join(EXAMPLES, 'en')], ['--require', probe]);
    assertExit(lint, 0);
    assert.equal(loaded(lint), 0);
    const pdf = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.pdf'], ['--require', probe]);
    assertExit(pdf, 0);
    assert.equal(loaded(pdf), 0);
    const docx = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.docx'], ['--require', probe]);
    assertExit(docx, 0);
    assert.ok(loaded(docx) > 0, 'the probe does see docx when it is used');
  });

  it('keeps the previous file whole and leaves no temporary file when the render fails', async () => {
    const previous = join(work, 'plan.docx');
    writeFileSync(previous, 'the previous export');
    let stderr = '';
    const io: CliIo = {
      cwd: work,
      env: { LANG: 'C' },
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    };
    const failing = {
      pdf: renderPlanPdf,
      docx: async () => {
        throw new Error('styles exploded');
      },
    };
    assert.equal(await exportCommand([join(EXAMPLES, 'en'), '-o', 'plan.docx'], io, failing), 2);
    assert.match(
      stderr,
      /the Word file could not be made: styles exploded\. Nothing was written; the previous file, if any, is unchanged\./,
    );
    assert.equal(readFileSync(previous, 'utf8'), 'the previous export');
    assert.deepEqual(readdirSync(work), ['plan.docx']);
    assert.equal(await exportCommand([join(EXAMPLES, 'en'), '-o', 'plan.docx'], io), 0);
    assert.ok(isZip(previous));
    assert.deepEqual(readdirSync(work), ['plan.docx']);
  });

  it('opens in LibreOffice: both examples convert to PDF with their headings and accents', function () {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error) {
      console.log('      (LibreOffice (soffice) is not installed: the Word files are not converted to PDF)');
      this.skip();
    }
    for (const [example, expected] of [
      ['fr', ['Plan médias sociaux 2027', 'Écoute et monitorage', 'Création d’une communauté', 'Approbations']],
      ['en', ['1. Listen', '4. Choose platforms', 'Approvals', 'Budget']],
    ] as const) {
      assertExit(socialplan(work, ['export', join(EXAMPLES, example), '-o', `${example}.docx`]), 0);
      const profile = join(work, 'lo-profile');
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          join(work, `${example}.docx`),
        ],
        { stdio: 'ignore', timeout: 90_000 },
      );
      const text = execFileSync('pdftotext', [join(work, `${example}.pdf`), '-'], { encoding: 'utf8' }).replace(
        /[\u00A0\u202F]/g,
        ' ',
      );
      for (const words of expected) assert.ok(text.includes(words), `${words} in the ${example} PDF`);
    }
  });
});
