#!/usr/bin/env node
// Measuring benchmark (run by `npm run bench`, or alone after a build: `node scripts/build.mjs &&
// node bench/measuring.mjs`), docs/measuring.md:
//  1. a plan with 20 objectives and 5 years of weekly results (5,200 values in 5 results files)
//     linted in process: a new Linter every run (every file read, parsed and checked, every rule),
//     median and p95 of --runs (default 30) after 5 warm-up runs. Target: < 50 ms. Beside it, for
//     reference, the editor's case: one long-lived Linter over the extension's disk cache, the
//     latest results file edited (a week's value changed) and the plan re-linted.
//  2. `socialplan report <plan> --month 2027-11` as a user runs it, whole process, on the PDF
//     bench's ~50-page plan (test/fixtures/pdf/large-plan.mjs), PDF and HTML, median of 3 after a
//     warm-up. Target: < 1 s.
// Prints PASS/MISS per target and writes bench/.work/measuring-results.json. Never fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeLargePlan } from '../test/fixtures/pdf/large-plan.mjs';
import { editorLikeHost } from './editor-host.mjs';
import { median, ms, stats, table, verdict } from './format.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const WORK = join(root, 'bench', '.work', 'measuring');
const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const RUNS = runsIndex === -1 ? 30 : Math.max(1, Number(args[runsIndex + 1]));
const TARGETS = { lintMs: 50, reportMs: 1000 };
const log = (line = '') => process.stdout.write(`${line}\n`);
const OBJECTIVES = 20;
const YEARS = 5;

/** The plan document: 20 objectives, each a KPI from 1,000 to 2,000 by the end of five years. */
function planDocument() {
  const objectives = Array.from({ length: OBJECTIVES }, (_, index) => {
    const id = `objective-${String(index + 1).padStart(2, '0')}`;
    return [
      `  - id: ${id}`,
      '    goal: engagement',
      `    statement: Grow engagement on channel ${index + 1} over five years`,
      '    kpi:',
      '      metric: Engagements per week',
      '      unit: engagements per week',
      '      baseline: 1000',
      '      target: 2000',
      '      source: Platform analytics',
      '    deadline: "2031-12-31"',
      '    owner: ana',
    ].join('\n');
  });
  return [
    '---',
    'socialplan: plan',
    'title: Five-year measuring bench plan',
    'client: Bench Client',
    'locale: en',
    'status: draft',
    'period: { start: "2027-01-01", end: "2031-12-31" }',
    'resources:',
    '  - { id: ana, name: Ana, role: community-manager, internal: true, dedicated: true, hours_per_week: 20 }',
    'objectives:',
    ...objectives,
    '---',
    '',
    'A plan measured every week for five years.',
    '',
  ].join('\n');
}

/** One results file per year: every objective read every Monday (52 weeks × 20 objectives). */
function resultsDocument(year) {
  const lines = ['---', 'socialplan: results', `title: Results ${year}`, 'results:'];
  const first = Date.UTC(year, 0, 4);
  for (let week = 0; week < 52; week++) {
    const date = new Date(first + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const elapsed = (year - 2027) * 52 + week;
    for (let index = 0; index < OBJECTIVES; index++) {
      const value = 1000 + Math.round(elapsed * (3.5 + index / 10));
      lines.push(
        `  - { objective: objective-${String(index + 1).padStart(2, '0')}, date: "${date}", value: ${value} }`,
      );
    }
  }
  lines.push('---', '', '## Analysis', '', `What moved in ${year}.`, '');
  return lines.join('\n');
}

function writeMeasuredPlan(folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.socialplan.yaml'), 'today: "2031-06-30"\n');
  const files = [join(folder, 'plan.md')];
  writeFileSync(files[0], planDocument());
  for (let year = 2027; year < 2027 + YEARS; year++) {
    const file = join(folder, `results-${year}.md`);
    writeFileSync(file, resultsDocument(year));
    files.push(file);
  }
  return files;
}

async function engine() {
  const entry = join(WORK, 'entry.cjs');
  await build({
    entryPoints: ['bench/entry.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: entry,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return createRequire(import.meta.url)(entry);
}

function lintRuns(files, { Linter, NodeFileHost }) {
  let findings = [];
  const samples = [];
  for (let run = 0; run < RUNS + 5; run++) {
    const start = performance.now();
    findings = new Linter(new NodeFileHost(), { trusted: true }).lint(files).findings;
    if (run >= 5) samples.push(performance.now() - start);
  }
  return { ...stats(samples), findings };
}

function editorRuns(files, engine) {
  const host = editorLikeHost(engine);
  const linter = new engine.Linter(host, { trusted: true });
  const edited = files.at(-1);
  const original = host.read(edited).text;
  linter.lint(files);
  const samples = [];
  for (let run = 0; run < RUNS + 5; run++) {
    host.overlay.set(edited, original.replace(/value: (\d+) \}\n---/, `value: ${2000 + run} }\n---`));
    const start = performance.now();
    linter.lint(files);
    if (run >= 5) samples.push(performance.now() - start);
  }
  return stats(samples);
}

function reportRun(plan, output) {
  const command = [process.execPath, 'bin/socialplan.js', 'report', plan, '--month', '2027-11', '-o', output];
  const start = performance.now();
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const wall = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`socialplan report exited with ${result.status}:\n${result.stderr}`);
  return wall;
}

log('Measuring — results against targets, and the monthly report');
if (!existsSync(join(root, 'dist', 'cli.js')))
  throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` first (npm run bench does).');
mkdirSync(WORK, { recursive: true });
const files = writeMeasuredPlan(join(WORK, 'five-years'));
const loaded = await engine();
const lint = lintRuns(files, loaded);
const editor = editorRuns(files, loaded);
const values = OBJECTIVES * YEARS * 52;
log(
  `Plan: ${OBJECTIVES} objectives, ${values.toLocaleString('en')} weekly results in ${YEARS} files; a new Linter per run, ${RUNS} runs after 5 warm-up runs; ${lint.findings.length} findings`,
);
const largePlan = writeLargePlan(join(WORK, 'large-plan'), { locale: 'en', pages: 50 });
const reports = {};
for (const format of ['pdf', 'html']) {
  const output = join(WORK, `report.${format}`);
  reportRun(largePlan, output);
  const walls = Array.from({ length: 3 }, () => reportRun(largePlan, output));
  reports[format] = { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) };
}
log(
  table(
    ['measure', 'median ms', 'p95', 'min', 'max'],
    [
      ['lint, 20 objectives × 5 years weekly', ms(lint.median), ms(lint.p95), ms(lint.min), ms(lint.max)],
      [
        '  the same, editor: one results file edited',
        ms(editor.median),
        ms(editor.p95),
        ms(editor.min),
        ms(editor.max),
      ],
      ...Object.entries(reports).map(([format, run]) => [
        `report --month, 50-page plan, ${format.toUpperCase()}`,
        ms(run.median),
        '',
        ms(run.min),
        ms(run.max),
      ]),
    ],
  ),
);
log(
  `${verdict(lint.median < TARGETS.lintMs)} lint of 5,200 results < ${TARGETS.lintMs} ms in process (median ${ms(lint.median)} ms)`,
);
for (const [format, run] of Object.entries(reports))
  log(
    `${verdict(run.median < TARGETS.reportMs)} report --month ${format.toUpperCase()} < ${TARGETS.reportMs} ms whole process (median ${ms(run.median)} ms)`,
  );
writeFileSync(
  join(root, 'bench', '.work', 'measuring-results.json'),
  JSON.stringify(
    { values, lint: { ...lint, findings: lint.findings.length }, editor, reports, targets: TARGETS },
    null,
    2,
  ),
);
