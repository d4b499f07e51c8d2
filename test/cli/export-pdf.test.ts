import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/commands/export';
import type { CliIo } from '../../src/cli/io';
import { writeLargePlan } from '../fixtures/pdf/large-plan.mjs';
import { copyExampleUnder } from '../support/plans';

/**
 * `socialplan export --format pdf` end to end: the esbuild bundle (built by `npm test`) spawned on
 * both examples and on a generated ~60-page plan, the PDFs read back with poppler (pdfinfo, pdftotext,
 * pdftohtml for the bookmarks), page 1 rendered to test-results/ with pdftoppm.
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');
const EXAMPLES = join(ROOT, 'examples');
const RESULTS = join(ROOT, 'test-results');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function socialplan(cwd: string, args: string[], options: { nodeArgs?: string[] } = {}): Run {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertExit(run: Run, expected: number): void {
  assert.equal(
    run.status,
    expected,
    `exit code ${run.status}, expected ${expected}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`,
  );
}

function pdfinfo(file: string): { pages: number; size: string } {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]), size: /^Page size:\s+(.*)$/m.exec(text)?.[1] ?? '' };
}

/** The text of the PDF, no-break spaces made plain. */
function text(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(
    /[\u00A0\u202F]/g,
    ' ',
  );
}

/** Text of the watermark's page: pdftotext gives its rotated letters one by one, so spaces are dropped. */
function squeezed(file: string, page = 2): string {
  return text(file, '-raw', '-f', String(page), '-l', String(page)).replace(/\s+/g, '');
}

interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

/** The PDF's bookmarks, as poppler reads them (`pdftohtml -xml` writes the document outline). */
function outline(file: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = xml.indexOf('<outline>');
  if (start === -1) return [];
  const root: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  let current: OutlineItem[] | undefined;
  const decode = (value: string) =>
    value
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  for (const match of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">(.*?)<\/item>/g)) {
    if (match[0] === '<outline>') {
      // A nested <outline> holds the children of the item just before it.
      if (current === undefined) current = root;
      else {
        stack.push(current);
        current = current[current.length - 1].children;
      }
    } else if (match[0] === '</outline>') current = stack.pop();
    else current?.push({ title: decode(match[2]), page: Number(match[1]), children: [] });
  }
  return root;
}

function pageImage(file: string, name: string): void {
  mkdirSync(RESULTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(RESULTS, name)]);
}

describe('socialplan export --format pdf', function () {
  this.timeout(120_000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-pdf-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('exports the English example: A4, cover, contents, bookmarks, tables, page numbers, DRAFT', () => {
    const run = socialplan(work, ['export', join(EXAMPLES, 'en'), '--format', 'pdf', '-o', 'plan.pdf']);
    assertExit(run, 0);
    assert.match(run.stdout, /^Wrote plan\.pdf \(\d+ KB\)\.\n$/);
    assert.equal(run.stderr, '');
    assert.deepEqual(readdirSync(work), ['plan.pdf'], 'written atomically: no temporary file beside it');
    const file = join(work, 'plan.pdf');
    const info = pdfinfo(file);
    assert.match(info.size, /^595\.2\d x 841\.8\d pts \(A4\)$/);
    assert.ok(info.pages >= 15 && info.pages <= 40, `${info.pages} pages`);

    const layout = text(file, '-layout');
    for (const heading of [
      'Contents',
      'Validation summary',
      'Objectives and KPIs',
      'The plan, step by step',
      'Listen',
      'Platforms and publishing calendar',
      'Publishing calendar',
      'Resources',
      'Budget by category',
      'Timeline',
      'Social media charter',
      'Legal limits',
      'Approvals',
    ]) {
      assert.ok(layout.includes(heading), `heading ${heading}`);
    }
    // A KPI row: its goal, baseline and target on one line (the id left out); the budget's total and allocation.
    assert.match(layout, /Awareness.*18,000\s+45,000/);
    assert.match(layout, /112,000 USD/);
    assert.match(layout, /Page 3 \/ \d+/);
    assert.match(layout, new RegExp(`Page ${info.pages} / ${info.pages}`));
    assert.doesNotMatch(text(file, '-f', '1', '-l', '1'), /Page 1 \//, 'no page number on the cover');
    assert.ok(squeezed(file).includes('DRAFT'), 'the DRAFT watermark');
    assert.match(layout, /Draft — this plan has not been approved yet\./);
    assert.match(layout, /Name · Role · Date/, 'lines to sign');

    const bookmarks = outline(file);
    const titles = bookmarks.map((item) => item.title);
    assert.deepEqual(titles.slice(0, 4), ['Contents', 'Validation summary', 'Overview', 'Objectives and KPIs']);
    assert.ok(titles.includes('Approvals'));
    const steps = bookmarks.find((item) => item.title === 'The plan, step by step');
    assert.deepEqual(
      steps?.children.map((item) => item.title),
      ['1. Listen', '2. Tell a story', '3. Measure', '4. Choose platforms', '5. Organize'],
    );
    // The bookmarks and the contents page agree on the pages.
    const budget = bookmarks.find((item) => item.title === 'Budget');
    assert.ok(budget);
    assert.match(text(file, '-raw', '-f', '2', '-l', '2'), new RegExp(`\\d Budget ${budget.page}\\n`));
    assert.match(text(file, '-f', String(budget.page), '-l', String(budget.page)), /Budget/);
    pageImage(file, 'pdf-page1-en');
  });

  it('exports the French example with every French character, BROUILLON and « Page n / N »', () => {
    const copy = join(work, 'mie-levain');
    cpSync(join(EXAMPLES, 'fr'), copy, { recursive: true });
    assertExit(socialplan(work, ['export', copy, '--format', 'pdf']), 0);
    const file = join(work, 'plan-medias-sociaux-2027-mie-levain-0.9.pdf');
    const layout = text(file, '-layout');
    for (const character of ['é', 'è', 'à', 'ç', 'œ', '«', '»', '’'])
      assert.ok(layout.includes(character), `${character}`);
    for (const heading of [
      'Sommaire',
      'Objectifs et indicateurs',
      'Le plan, étape par étape',
      'Budget par catégorie',
      'Échéancier',
      'Approbations',
    ])
      assert.ok(layout.includes(heading), heading);
    assert.match(layout, /Notoriété.*4 200\s+15 000/);
    assert.doesNotMatch(layout, /notoriete-rive-sud/, 'the objective named by its statement, not its id');
    assert.match(layout, /96 500 CAD/);
    assert.match(layout, /Page 2 \/ \d+/);
    assert.ok(squeezed(file).includes('BROUILLON'));
    assert.ok(
      outline(file).some(
        (item) =>
          item.title === 'Le plan, étape par étape' &&
          item.children.some((child) => child.title === '1. Écoute et monitorage'),
      ),
    );
    pageImage(file, 'pdf-page1-fr');
  });

  it('exports a generated 60-page approved plan on Letter paper: no watermark, no lines to sign', () => {
    const plan = writeLargePlan(join(work, 'large'), { locale: 'en', pages: 60, status: 'approved' });
    const started = Date.now();
    const run = socialplan(work, ['export', plan, '-o', 'large.pdf', '--paper', 'Letter']);
    assertExit(run, 0);
    const file = join(work, 'large.pdf');
    const info = pdfinfo(file);
    assert.match(info.size, /^612 x 792 pts \(letter\)$/);
    assert.ok(info.pages >= 52 && info.pages <= 75, `${info.pages} pages`);
    const layout = text(file, '-layout');
    assert.match(layout, new RegExp(`Page ${info.pages} / ${info.pages}`));
    assert.match(layout, /Annex 1/);
    assert.match(layout, /Jordan Lee\s+Executive director\s+June 20, 2027/);
    assert.doesNotMatch(layout, /Name · Role · Date|this plan has not been approved/);
    assert.ok(!squeezed(file).includes('DRAFT'), 'no watermark on an approved plan');
    const bookmarks = outline(file);
    const annexes = readdirSync(plan).filter((name) => name.startsWith('annex-')).length;
    assert.ok(annexes >= 3);
    assert.equal(bookmarks.find((item) => item.title === 'Annexes')?.children.length, annexes);
    assert.ok(Date.now() - started < 60_000);
  });

  it('takes paper, colour and footer from the config, and -o x.pdf alone means PDF', () => {
    const copy = join(work, 'plan');
    copyExampleUnder('en', copy);
    writeFileSync(
      join(work, '.socialplan.yaml'),
      'export:\n  paper: Letter\n  color: "#0B5FFF"\n  footer: "Confidential — Fieldnote Digital"\n',
    );
    assertExit(socialplan(work, ['export', 'plan', '-o', 'out.pdf']), 0);
    const file = join(work, 'out.pdf');
    assert.equal(readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdfinfo(file).size, /\(letter\)/);
    assert.match(text(file, '-layout'), /Confidential — Fieldnote Digital\s+Page 2 \/ \d+/);
    // --paper wins over the config.
    assertExit(socialplan(work, ['export', 'plan', '-o', 'a4.pdf', '--paper', 'a4']), 0);
    assert.match(pdfinfo(join(work, 'a4.pdf')).size, /\(A4\)/);
    assertExit(socialplan(work, ['export', 'plan', '-o', 'x.pdf', '--paper', 'A3']), 2);
  });

  it('starts each step on a new page with --steps-on-new-page or export.stepsOnNewPage, not by default', () => {
    const copy = join(work, 'plan');
    cpSync(join(EXAMPLES, 'broken', 'bakery'), copy, { recursive: true });
    /** Pages (after the contents) whose first line under the running header is a step's title. */
    const stepTops = (name: string) =>
      text(join(work, name), '-layout')
        .split('\f')
        .slice(2)
        .filter((page) => /^\s*\d\s+\S/.test(page.split('\n').filter((line) => line.trim() !== '')[1] ?? '')).length;
    assertExit(socialplan(work, ['export', 'plan', '-o', 'flowing.pdf', '--force']), 0);
    assertExit(socialplan(work, ['export', 'plan', '-o', 'flag.pdf', '--force', '--steps-on-new-page']), 0);
    writeFileSync(join(work, '.socialplan.yaml'), 'export:\n  stepsOnNewPage: true\n');
    assertExit(socialplan(work, ['export', 'plan', '-o', 'config.pdf', '--force']), 0);
    assert.equal(stepTops('flag.pdf'), 5, 'steps 2 to 6 each start a page (step 1 opens the section’s page)');
    assert.equal(stepTops('config.pdf'), 5);
    assert.ok(stepTops('flowing.pdf') < 5, 'by default steps share pages');
    assert.ok(pdfinfo(join(work, 'flowing.pdf')).pages < pdfinfo(join(work, 'flag.pdf')).pages);
  });

  it('leaves the validation summary, file:line references and rule ids out of the client edition’s PDF', () => {
    const copy = join(work, 'plan');
    cpSync(join(EXAMPLES, 'broken', 'bakery'), copy, { recursive: true });
    const exported = (name: string, ...args: string[]) => {
      assertExit(socialplan(work, ['export', 'plan', '-o', name, '--force', ...args]), 0);
      return text(join(work, name));
    };
    const ruleIds = /duplicate-id|objective-measurable|budget-sum|step-order/;
    const review = exported('review.pdf');
    assert.match(review, /Validation summary/);
    assert.match(review, /\d+-[a-z]+\.md:\d+/);
    assert.match(review, ruleIds);
    assert.ok(outline(join(work, 'review.pdf')).some((item) => item.title === 'Validation summary'));
    const client = exported('client.pdf', '--edition', 'client');
    assert.doesNotMatch(client, /Validation summary/);
    assert.doesNotMatch(client, /\.md\b|\.socialplan\.yaml/);
    assert.doesNotMatch(client, ruleIds);
    assert.ok(!outline(join(work, 'client.pdf')).some((item) => item.title === 'Validation summary'));
    assert.match(client, /Objectives and KPIs/);
    assert.ok(pdfinfo(join(work, 'client.pdf')).pages < pdfinfo(join(work, 'review.pdf')).pages);
    // An approved plan goes to the client by default.
    const planFile = join(copy, 'plan.md');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^status: review$/m, 'status: approved'));
    const approved = exported('approved.pdf');
    assert.doesNotMatch(approved, /Validation summary|\.md:\d+/);
    assert.doesNotMatch(approved, ruleIds);
    assert.match(exported('approved-review.pdf', '--edition', 'review'), /Validation summary/);
  });

  it('writes the PDF to stdout when it is not a terminal', () => {
    const result = spawnSync(process.execPath, [BIN, 'export', join(EXAMPLES, 'en'), '--format', 'pdf', '-o', '-'], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(result.status, 0);
    assert.equal(result.stdout.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(result.stdout.subarray(result.stdout.length - 16).toString('latin1'), /%%EOF/);
  });

  it('loads pdfkit only for a PDF: not for lint, not for an HTML export', () => {
    const probe = join(work, 'probe.cjs');
    // At exit, says whether pdfkit, fontkit or svg-to-pdfkit was loaded: from node_modules, or as the
    // bundled engine (dist/pdf-engine.js) that the build makes for the packaged extension.
    writeFileSync(
      probe,
      "process.on('exit', () => { const loaded = Object.keys(require.cache).filter((key) => /node_modules[\\\\/](pdfkit|fontkit|svg-to-pdfkit)[\\\\/]|[\\\\/]pdf-engine\\.js$/.test(key)); process.stderr.write(`PDFLIBS:${loaded.length}\\n`); });\n",
    );
    const loaded = (run: Run) => Number(/PDFLIBS:(\d+)/.exec(run.stderr)?.[1]);
    const lint = socialplan(work, ['lint', join(EXAMPLES, 'en')], { nodeArgs: ['--require', probe] });
    assertExit(lint, 0);
    assert.equal(loaded(lint), 0);
    const html = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.html'], {
      nodeArgs: ['--require', probe],
    });
    assertExit(html, 0);
    assert.equal(loaded(html), 0);
    const pdf = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.pdf'], {
      nodeArgs: ['--require', probe],
    });
    assertExit(pdf, 0);
    assert.ok(loaded(pdf) > 0, 'the probe does see pdfkit when it is used');
  });

  it('keeps the young generation at its initial size through a PDF export (src/cli/heap.ts)', () => {
    const probe = join(work, 'young.cjs');
    // Samples the size V8 gives the young generation ("new space") while the export runs.
    writeFileSync(
      probe,
      "const v8 = require('node:v8'); let largest = 0; const sample = () => { const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space'); largest = Math.max(largest, space.space_size); }; setInterval(sample, 1).unref(); process.on('exit', () => { sample(); process.stderr.write(`NEWSPACE:${largest}\\n`); });\n",
    );
    const run = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.pdf'], {
      nodeArgs: ['--require', probe],
    });
    assertExit(run, 0);
    const largest = Number(/NEWSPACE:(\d+)/.exec(run.stderr)?.[1]);
    assert.ok(largest > 0, 'the probe sampled the young generation');
    // Node's default lets it grow to 32 MB for this export; at its initial size it holds 2 MB.
    assert.ok(largest <= 4 * 1024 * 1024, `young generation of ${largest} bytes`);
  });

  it('keeps the previous file whole and leaves no temporary file when the render fails', async () => {
    const previous = join(work, 'plan.pdf');
    writeFileSync(previous, '%PDF-1.3 the previous export');
    let stderr = '';
    const io: CliIo = {
      cwd: work,
      env: { LANG: 'C' },
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    };
    const failing = {
      pdf: async () => {
        throw new Error('layout exploded');
      },
    };
    const status = await exportCommand([join(EXAMPLES, 'en'), '-o', 'plan.pdf'], io, failing);
    assert.equal(status, 2);
    assert.match(
      stderr,
      /the PDF could not be made: layout exploded\. Nothing was written; the previous file, if any, is unchanged\./,
    );
    assert.equal(readFileSync(previous, 'utf8'), '%PDF-1.3 the previous export');
    assert.deepEqual(readdirSync(work), ['plan.pdf']);
    // And the real renderer, in the same process, replaces it whole.
    assert.equal(await exportCommand([join(EXAMPLES, 'en'), '-o', 'plan.pdf'], io), 0);
    assert.equal(readFileSync(previous).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(readdirSync(work), ['plan.pdf']);
  });
});
