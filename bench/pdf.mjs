#!/usr/bin/env node
// PDF export benchmark (run by `npm run bench` after the lint benchmark, or alone after a build:
// `node scripts/build.mjs && node bench/pdf.mjs`). Side by side, in one run, on one generated plan
// of about 50 pages (test/fixtures/pdf/large-plan.mjs: the English example lengthened):
//   (a) `socialplan export <plan> -o plan.pdf`: our PDF (layout engine on pdfkit), no browser;
//   (b) the browser route other Markdown exporters take: `socialplan export <plan> -o plan.html`,
//       then Chromium's `--headless --print-to-pdf` of that HTML (fresh --user-data-dir each run);
// interleaved, median of --runs (default 3), after one untimed warm-up of each; wall time measured
// here, CPU time and peak RSS by /usr/bin/time (for Chromium: its largest single process).
// Then, in process, the preview budget: re-assembling and re-rendering (HTML) a 30-document plan
// after an edit of one body, median and p95 (bench/pdf-preview.mjs).
// Prints PASS/MISS per target and writes bench/.work/pdf-results.json. Never fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeLargePlan } from '../test/fixtures/pdf/large-plan.mjs';
import { median, ms, table, verdict } from './format.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const WORK = join(root, 'bench', '.work', 'pdf');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const RUNS = Math.max(1, option('--runs', 3));
const PAGES = option('--pages', 50);
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((file) =>
  existsSync(file),
);
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
];
const TARGETS = { speedup: 1.5, memoryMb: 150, previewMs: 50 };

const log = (line = '') => process.stdout.write(`${line}\n`);

/** Runs a command; wall time here, "<maxRSS KB> <user s> <system s>" from /usr/bin/time. */
function measured(command, commandArgs) {
  const rssFile = join(WORK, 'time.txt');
  rmSync(rssFile, { force: true });
  const [file, argv] = TIME
    ? [TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...commandArgs]]
    : [command, commandArgs];
  const start = performance.now();
  const result = spawnSync(file, argv, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  let rssMb;
  let cpu;
  if (existsSync(rssFile)) {
    const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/);
    rssMb = Number(last[0]) / 1024;
    cpu = (Number(last[1]) + Number(last[2])) * 1000;
  }
  return { wall, cpu, rssMb };
}

function pages(file) {
  const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return result.status === 0 ? Number(/^Pages:\s+(\d+)/m.exec(result.stdout)?.[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------

log(`PDF export — (a) socialplan export to PDF vs (b) socialplan export to HTML + Chromium --print-to-pdf`);
if (!existsSync(join(root, 'dist', 'cli.js')))
  throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` first (npm run bench does).');
mkdirSync(WORK, { recursive: true });
const plan = writeLargePlan(join(WORK, 'plan'), { locale: 'en', pages: PAGES });
const pdfA = join(WORK, 'a.pdf');
const html = join(WORK, 'b.html');
const pdfB = join(WORK, 'b.pdf');
const profile = join(WORK, 'chromium-profile');

const ours = () => measured(NODE, ['bin/socialplan.js', 'export', plan, '-o', pdfA]);
const htmlExport = () => measured(NODE, ['bin/socialplan.js', 'export', plan, '-o', html]);
const chromium = () => {
  rmSync(profile, { recursive: true, force: true });
  try {
    return measured(CHROMIUM, [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${pdfB}`,
      `file://${html}`,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

const results = { a: [], html: [], chromium: [] };
ours();
htmlExport();
if (CHROMIUM) chromium();
for (let round = 0; round < RUNS; round++) {
  results.a.push(ours());
  results.html.push(htmlExport());
  if (CHROMIUM) results.chromium.push(chromium());
}
const summary = (runs) =>
  runs.length === 0
    ? undefined
    : {
        wall: median(runs.map((run) => run.wall)),
        cpu: runs.every((run) => run.cpu !== undefined) ? median(runs.map((run) => run.cpu)) : undefined,
        rssMb: Math.max(...runs.map((run) => run.rssMb ?? 0)) || undefined,
        walls: runs.map((run) => run.wall),
      };
const a = summary(results.a);
const b1 = summary(results.html);
const b2 = summary(results.chromium);
const route = b2
  ? {
      wall: median(results.html.map((run, index) => run.wall + results.chromium[index].wall)),
      cpu:
        b1.cpu !== undefined && b2.cpu !== undefined
          ? median(results.html.map((run, index) => run.cpu + results.chromium[index].cpu))
          : undefined,
    }
  : undefined;
const pagesA = pages(pdfA);
const pagesB = CHROMIUM ? pages(pdfB) : undefined;

log(`Plan: ${plan.replace(`${root}/`, '')} (generated); median of ${RUNS} interleaved runs after one warm-up each`);
log(
  table(
    ['route', 'pages', 'median ms', 'min', 'max', 'CPU ms', 'peak RSS MB'],
    [
      [
        '(a) socialplan export → PDF (pdfkit)',
        pagesA ?? '?',
        ms(a.wall),
        ms(Math.min(...a.walls)),
        ms(Math.max(...a.walls)),
        ms(a.cpu),
        a.rssMb?.toFixed(0) ?? '?',
      ],
      [
        '(b) socialplan export → HTML',
        '',
        ms(b1.wall),
        ms(Math.min(...b1.walls)),
        ms(Math.max(...b1.walls)),
        ms(b1.cpu),
        b1.rssMb?.toFixed(0) ?? '?',
      ],
      ...(b2
        ? [
            [
              '    + Chromium --print-to-pdf',
              pagesB ?? '?',
              ms(b2.wall),
              ms(Math.min(...b2.walls)),
              ms(Math.max(...b2.walls)),
              ms(b2.cpu),
              `${b2.rssMb?.toFixed(0) ?? '?'} (largest process)`,
            ],
          ]
        : []),
      ...(route ? [['    = the browser route, in all', pagesB ?? '?', ms(route.wall), '', '', ms(route.cpu), '']] : []),
    ],
  ),
);

// ---------------------------------------------------------------------------------------------
// Preview: re-assembly and HTML render of a 30-document plan, in process

const entry = join(WORK, 'preview-entry.cjs');
await build({
  stdin: {
    contents:
      "export { Linter } from './src/core/lint/linter'; export { NodeFileHost } from './src/core/workspace/host'; export { assemblePlan } from './src/core/report'; export { renderPlanHtml } from './src/core/render/html/report';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: entry,
  logLevel: 'warning',
  absWorkingDir: root,
});
const previewRun = spawnSync(NODE, ['bench/pdf-preview.mjs', entry, join(WORK, 'preview'), '300', '30'], {
  encoding: 'utf8',
});
if (previewRun.status !== 0) throw new Error(`preview run failed:\n${previewRun.stderr}`);
const preview = JSON.parse(previewRun.stdout.trim().split('\n').pop());
log();
log(
  `Preview re-render — in process, ${preview.documents}-document plan (${preview.lines} lines), one step body edited before every run, ${preview.runs} runs after ${preview.warmup} warm-up, ms`,
);
log(
  table(
    ['what', 'median', 'p95', 'max'],
    [
      [
        'assemblePlan + renderPlanHtml (the re-render)',
        ms(preview.render.median),
        ms(preview.render.p95),
        ms(preview.render.max),
      ],
      [
        'lint + assemble + render (edit to new preview)',
        ms(preview.cycle.median),
        ms(preview.cycle.p95),
        ms(preview.cycle.max),
      ],
    ],
  ),
);

// ---------------------------------------------------------------------------------------------

log();
log('Targets');
const missed = [];
const target = (label, ok, detail) => {
  if (!ok) missed.push(label);
  log(`  ${verdict(ok)}  ${label.padEnd(50)} ${detail}`);
};
if (route) {
  const ratio = route.wall / a.wall;
  target(
    '(a) ≥ 1.5 × faster than (b), the browser route',
    ratio >= TARGETS.speedup,
    `(b) / (a) = ${ratio.toFixed(2)}× by wall time${route.cpu && a.cpu ? `, ${(route.cpu / a.cpu).toFixed(2)}× by CPU time` : ''}`,
  );
  log(
    `        (stricter, for reference: Chromium's print alone / (a) = ${(b2.wall / a.wall).toFixed(2)}×; it needs the HTML export first)`,
  );
} else log('  ----  (b) skipped: no Chromium found');
target(
  '(a) peak memory < 150 MB',
  a.rssMb !== undefined && a.rssMb < TARGETS.memoryMb,
  `max RSS ${a.rssMb?.toFixed(0) ?? '?'} MB (the HTML export alone: ${b1.rssMb?.toFixed(0) ?? '?'} MB)`,
);
target(
  'preview re-render of a 30-document plan < 50 ms',
  preview.render.p95 < TARGETS.previewMs,
  `p95 ${ms(preview.render.p95)} ms (median ${ms(preview.render.median)}); with the lint: p95 ${ms(preview.cycle.p95)} ms`,
);
log(missed.length === 0 ? 'PDF: all targets met.' : `PDF: missed ${missed.join('; ')}.`);

writeFileSync(
  join(root, 'bench', '.work', 'pdf-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, pages: { a: pagesA, b: pagesB }, a, html: b1, chromium: b2, route, preview, missed }, null, 2)}\n`,
);
