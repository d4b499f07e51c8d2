#!/usr/bin/env node
// Word export benchmark (run by `npm run bench` after the PDF benchmark, or alone after a build:
// `node scripts/build.mjs && node bench/docx.mjs`): `socialplan export <plan> -o plan.docx` on the
// generated ~50-page plan the PDF benchmark uses (test/fixtures/pdf/large-plan.mjs), median of
// --runs (default 3) after one untimed warm-up; wall time measured here, CPU time and peak RSS by
// /usr/bin/time. Targets: < 1 s wall, < 150 MB peak RSS. Prints PASS/MISS per target and writes
// bench/.work/docx-results.json. Never fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeLargePlan } from '../test/fixtures/pdf/large-plan.mjs';
import { median, ms, table, verdict } from './format.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const WORK = join(root, 'bench', '.work', 'docx');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const RUNS = Math.max(1, option('--runs', 3));
const PAGES = option('--pages', 50);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const TARGETS = { wallMs: 1000, memoryMb: 150 };
const log = (line = '') => process.stdout.write(`${line}\n`);

/** One export; wall time here, "<maxRSS KB> <user s> <system s>" from /usr/bin/time. */
function exportDocx(plan, output) {
  const rssFile = join(WORK, 'time.txt');
  rmSync(rssFile, { force: true });
  const command = [process.execPath, 'bin/socialplan.js', 'export', plan, '-o', output];
  const [file, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, ...command]] : [command[0], command.slice(1)];
  const start = performance.now();
  const result = spawnSync(file, argv, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const wall = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`socialplan export exited with ${result.status}:\n${result.stderr}`);
  if (!existsSync(rssFile)) return { wall };
  const [rss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/).map(Number);
  return { wall, cpu: (user + system) * 1000, rssMb: rss / 1024 };
}

log('Word export — socialplan export <plan> -o plan.docx');
if (!existsSync(join(root, 'dist', 'cli.js')))
  throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` first (npm run bench does).');
mkdirSync(WORK, { recursive: true });
const plan = writeLargePlan(join(WORK, 'plan'), { locale: 'en', pages: PAGES });
const output = join(WORK, 'plan.docx');
exportDocx(plan, output);
const runs = Array.from({ length: RUNS }, () => exportDocx(plan, output));
const wall = median(runs.map((run) => run.wall));
const cpu = runs.every((run) => run.cpu !== undefined) ? median(runs.map((run) => run.cpu)) : undefined;
const rssMb = Math.max(...runs.map((run) => run.rssMb ?? 0)) || undefined;
const kb = Math.round(statSync(output).size / 1024);

log(`Plan: ${plan.replace(`${root}/`, '')} (generated, the PDF bench's ${PAGES}-page plan); median of ${RUNS} runs`);
log(
  table(
    ['route', 'KB', 'median ms', 'min', 'max', 'CPU ms', 'peak RSS MB'],
    [
      [
        'socialplan export → DOCX (docx)',
        kb,
        ms(wall),
        ms(Math.min(...runs.map((run) => run.wall))),
        ms(Math.max(...runs.map((run) => run.wall))),
        ms(cpu),
        rssMb?.toFixed(0) ?? '?',
      ],
    ],
  ),
);
log(`${verdict(wall < TARGETS.wallMs)} wall < ${TARGETS.wallMs} ms (${ms(wall)} ms)`);
if (rssMb !== undefined)
  log(`${verdict(rssMb < TARGETS.memoryMb)} peak RSS < ${TARGETS.memoryMb} MB (${rssMb.toFixed(0)} MB)`);
writeFileSync(
  join(root, 'bench', '.work', 'docx-results.json'),
  JSON.stringify({ pages: PAGES, runs: RUNS, wallMs: wall, cpuMs: cpu, rssMb, kb, targets: TARGETS }, null, 2),
);
