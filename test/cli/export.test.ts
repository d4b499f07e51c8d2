import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTree } from '../support/tree';
import { copyExampleUnder } from '../support/plans';

/**
 * `socialplan export` end to end: the esbuild bundle (`npm run build`, run by `npm test`) spawned
 * in a temporary folder.
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');
const EXAMPLES = join(ROOT, 'examples');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function socialplan(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', ...env },
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

const BROKEN_PLAN = {
  'plan.md':
    '---\nsocialplan: plan\ntitle: Broken plan\nmethod: five-steps\nlocale: fr\nstatus: draft\n---\n\nIntro.\n',
};

describe('socialplan export', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-export-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('exports a plan folder to one HTML file', () => {
    const run = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.html']);
    assertExit(run, 0);
    assert.match(run.stdout, /^Wrote plan\.html \(\d+ KB\)\.\n$/);
    assert.equal(run.stderr, '');
    const html = readFileSync(join(work, 'plan.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<h1>Millrace Arts Center — Social Media Plan, 2027–28 Season<\/h1>/);
    assert.match(html, /<meta name="generator" content="SocialPlan \d+\.\d+\.\d+">/);
    assert.doesNotMatch(html, /<script/i);
    // Written atomically: no temporary file is left beside it.
    assert.deepEqual(readdirSync(work), ['plan.html']);
  });

  it('accepts the plan document or any document of the plan, and names the file after its title and version by default', () => {
    const copy = join(work, 'mie-levain');
    cpSync(join(EXAMPLES, 'fr'), copy, { recursive: true });
    const run = socialplan(work, ['export', join(copy, '03-contenu.md')]);
    assertExit(run, 0);
    // `Plan médias sociaux 2027 — Mie & Levain`, version "0.9": ASCII, lowercase, accents folded.
    assert.match(run.stdout, /^Wrote plan-medias-sociaux-2027-mie-levain-0\.9\.html \(\d+ KB\)\.\n$/);
    const html = readFileSync(join(work, 'plan-medias-sociaux-2027-mie-levain-0.9.html'), 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.match(html, />Sommaire</);
    assertExit(socialplan(work, ['export', join(copy, 'plan.md'), '-o', 'again.html']), 0);
    assert.ok(existsSync(join(work, 'again.html')));
  });

  it('names the file after the plan folder when the plan has no title', () => {
    const folder = join(work, 'Café du port');
    writeTree(folder, { 'plan.md': BROKEN_PLAN['plan.md'].replace('title: Broken plan\n', '') });
    assertExit(socialplan(work, ['export', folder, '--force']), 0);
    assert.deepEqual(readdirSync(work).sort(), ['Café du port', 'Café du port.html']);
  });

  it('never exports a plan whose plan.md does not parse, not even with --force, and names the line to fix', () => {
    for (const force of [[], ['--force']]) {
      const run = socialplan(work, ['export', join(EXAMPLES, 'broken', 'yaml-error'), '-o', 'out.pdf', ...force]);
      assertExit(run, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /4:9\s+error\s+YAML syntax error/);
      assert.match(
        run.stderr,
        /^socialplan: export refused: .*yaml-error\/plan\.md cannot be read \(line 4: YAML syntax error: This \S+ is never closed: close the quoted text.*\)\. Fix line 4: a plan whose plan document does not parse is never exported, not even with --force\.$/m,
      );
      assert.doesNotMatch(run.stderr, /exporting anyway/);
      assert.deepEqual(readdirSync(work), [], 'nothing is written');
    }
    const french = socialplan(work, ['export', join(EXAMPLES, 'broken', 'yaml-error'), '--force', '--locale', 'fr']);
    assertExit(french, 1);
    assert.match(french.stderr, /export refusé : .*plan\.md est illisible \(ligne 4 : .*Corrigez la ligne 4/);
  });

  it('writes to stdout with -o -, and --locale changes the report language', () => {
    const run = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', '-', '--locale', 'fr']);
    assertExit(run, 0);
    assert.match(run.stdout, /^<!DOCTYPE html>\n<html lang="fr">/);
    assert.match(run.stdout, />Objectifs et indicateurs</);
    assert.match(run.stdout, /1er\u00A0juillet 2027/);
  });

  it('refuses a plan with errors: prints them, exits 1, writes nothing and keeps the old file', () => {
    writeTree(work, BROKEN_PLAN);
    writeFileSync(join(work, 'out.html'), 'previous export');
    const run = socialplan(work, ['export', '.', '-o', 'out.html']);
    assertExit(run, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^plan\.md\n(?:.*\n)*\s+4:9\s+error\s+Step 'listen'.*no-skipped-steps$/m);
    assert.match(
      run.stderr,
      /socialplan: export refused: the plan has 7 errors \(above\)\. Fix them, or export anyway with --force\./,
    );
    assert.equal(readFileSync(join(work, 'out.html'), 'utf8'), 'previous export');
  });

  it('exports anyway with --force, the errors printed and listed in the report', () => {
    writeTree(work, BROKEN_PLAN);
    const run = socialplan(work, ['export', 'plan.md', '-o', 'out.html', '--force', '--locale', 'fr']);
    assertExit(run, 0);
    assert.match(run.stderr, /no-skipped-steps/);
    assert.match(run.stderr, /export forcé \(--force\) malgré 7 erreurs\./);
    assert.match(run.stdout, /^out\.html écrit/);
    const html = readFileSync(join(work, 'out.html'), 'utf8');
    assert.match(html, /<div class="sp-count sp-count-error"><b>7<\/b>Erreurs<\/div>/);
    assert.match(html, /Cette étape n’a pas encore de document\./);
    assert.match(html, /<div class="sp-watermark" aria-hidden="true" data-label="BROUILLON"><\/div>/);
  });

  it('embeds the configured logo, and warns (without failing) when it cannot', () => {
    copyExampleUnder('en', join(work, 'plan'));
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    writeFileSync(join(work, 'logo.png'), png);
    writeFileSync(
      join(work, '.socialplan.yaml'),
      'export: { logo: ./logo.png, color: "#0B5FFF", footer: "Confidential — Fieldnote" }\n',
    );
    assertExit(socialplan(work, ['export', 'plan', '-o', 'out.html']), 0);
    const html = readFileSync(join(work, 'out.html'), 'utf8');
    assert.ok(html.includes(`<img class="sp-logo" src="data:image/png;base64,${png.toString('base64')}" alt="">`));
    assert.match(html, /--accent: #0B5FFF;/);
    writeFileSync(join(work, '.socialplan.yaml'), 'export: { logo: ./missing.png }\n');
    const run = socialplan(work, ['export', 'plan', '-o', 'out.html']);
    assertExit(run, 0);
    assert.match(run.stderr, /The logo .*missing\.png cannot be read; it was left out\./);
    assert.doesNotMatch(readFileSync(join(work, 'out.html'), 'utf8'), /<img/);
  });

  it('exits 2 on usage errors', () => {
    writeTree(work, {
      'notes.md': '# Notes\n',
      'step.md': '---\nsocialplan: step\nstep: listen\n---\n',
      'folder/readme.md': 'hi\n',
    });
    const cases: [string[], RegExp][] = [
      [['export'], /export needs a plan folder or a plan document/],
      [['export', 'a', 'b'], /export takes one plan, not 2/],
      [['export', 'nowhere'], /no such file or folder: nowhere/],
      [['export', 'folder'], /no plan document \(`socialplan: plan`\) in folder/],
      [['export', 'notes.md'], /notes\.md is not a SocialPlan document/],
      [['export', 'step.md'], /step\.md belongs to no plan/],
      [['export', join(EXAMPLES, 'en'), '--format', 'odt'], /--format must be html, pdf or docx, not "odt"/],
      [['export', join(EXAMPLES, 'en'), '--locale', 'de'], /--locale must be en or fr, not "de"/],
      [['export', join(EXAMPLES, 'en'), '--bogus'], /Unknown option '--bogus'/],
      [['export', join(EXAMPLES, 'en'), '-o', '.'], /-o must name a file, not a folder/],
    ];
    for (const [args, message] of cases) {
      const run = socialplan(work, args);
      assertExit(run, 2);
      assert.match(run.stderr, message, args.join(' '));
    }
  });

  it('exits 2 when it cannot write the file, or the config is broken', () => {
    const run = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', join('no', 'such', 'dir', 'x.html')]);
    assertExit(run, 2);
    assert.equal(run.stderr, 'socialplan: cannot write no/such/dir/x.html: its folder does not exist\n');
    const french = socialplan(work, [
      'export',
      join(EXAMPLES, 'en'),
      '-o',
      join('no', 'such', 'dir', 'x.html'),
      '--locale',
      'fr',
    ]);
    assert.equal(french.stderr, 'socialplan: impossible d’écrire no/such/dir/x.html : son dossier n’existe pas\n');
    copyExampleUnder('en', join(work, 'plan'));
    writeFileSync(join(work, '.socialplan.yaml'), 'export: { paper: A3 }\n');
    const broken = socialplan(work, ['export', 'plan', '-o', 'x.html']);
    assertExit(broken, 2);
    assert.match(broken.stderr, /\.socialplan\.yaml/);
    assert.ok(!existsSync(join(work, 'x.html')));
  });

  it('leaves the validation summary, file references and rule ids out of the client edition; review keeps them', () => {
    const copy = join(work, 'plan');
    cpSync(join(EXAMPLES, 'broken', 'bakery'), copy, { recursive: true });
    const exported = (name: string, ...args: string[]) => {
      assertExit(socialplan(work, ['export', 'plan', '-o', name, '--force', ...args]), 0);
      return readFileSync(join(work, name), 'utf8');
    };
    /** What only the agency reads: the summary, `file.md:line`, source files, rule ids. */
    const agencyOnly = [
      /id="sp-validation"/,
      /href="#sp-validation"/,
      /\.md:\d+/,
      /Source: <b>01-listen\.md<\/b>/,
      /<p class="sp-muted sp-small">[^<]*\.md/,
      /duplicate-id|objective-measurable|budget-sum|step-order/,
    ];
    const review = exported('review.html');
    for (const pattern of agencyOnly) assert.match(review, pattern);
    assert.equal(exported('flag.html', '--edition', 'review'), review);
    const client = exported('client.html', '--edition', 'client');
    for (const pattern of agencyOnly) assert.doesNotMatch(client, pattern);
    assert.doesNotMatch(client, /\.md\b|\.socialplan\.yaml/);
    // The rest of the report is there: the steps, their owners, the budget.
    assert.match(client, /id="sp-steps"/);
    assert.match(client, /id="sp-budget"/);

    // Once the plan is approved, the client edition is the default; the config and --edition win.
    const planFile = join(copy, 'plan.md');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^status: review$/m, 'status: approved'));
    const approved = exported('approved.html');
    assert.doesNotMatch(approved, /id="sp-validation"|\.md:\d+/);
    assert.match(exported('approved-review.html', '--edition', 'REVIEW'), /id="sp-validation"/);
    writeFileSync(join(work, '.socialplan.yaml'), 'export:\n  edition: review\n');
    assert.match(exported('approved-config.html'), /id="sp-validation"/);
    assert.doesNotMatch(exported('approved-flag.html', '--edition', 'client'), /id="sp-validation"/);

    const usage = socialplan(work, ['export', 'plan', '-o', 'x.html', '--edition', 'agency']);
    assertExit(usage, 2);
    assert.match(usage.stderr, /--edition must be client or review, not "agency"/);
    writeFileSync(join(work, '.socialplan.yaml'), 'export:\n  edition: everyone\n');
    const broken = socialplan(work, ['export', 'plan', '-o', 'x.html', '--force']);
    assertExit(broken, 2);
    assert.match(broken.stderr, /\.socialplan\.yaml\n\s+2:12\s+error\s.*client.*review.*\sconfig\n/);
    assert.ok(!existsSync(join(work, 'x.html')));
  });

  it('has its own help, and is listed in the main help', () => {
    const run = socialplan(work, ['export', '--help']);
    assertExit(run, 0);
    assert.match(run.stdout, /^Usage: socialplan export <plan folder or plan document> \[options\]/);
    assert.match(socialplan(work, ['--help']).stdout, /socialplan export <plan> \[options\]/);
  });
});
