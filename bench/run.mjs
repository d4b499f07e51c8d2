#!/usr/bin/env node
// `npm run bench`: how fast and how lean `socialplan lint` is, next to the closest public peer and to
// the floor of the work any frontmatter linter must do. See bench/README.md for what each figure means.
//
// Options: --runs <n> (default 5) · --peer-runs <n> (default: --runs; 0 skips the peer)
//          --profile (always write and summarise CPU profiles; by default only for a missed target)
// The bench reports; it never fails the build (exit code 0 unless the bench itself crashes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureCorpus, generateLatencyPlans, writeSmallDocument } from './corpus.mjs';
import { setupPeer } from './peer-setup.mjs';
import { formatSummary, summarize } from './profile.mjs';
import { median, ms, table, verdict } from './format.mjs';

const benchStart = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const CORPUS = 'bench/.corpus';
const WORK = 'bench/.work';
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const RUNS = option('--runs', 5);
const PEER_RUNS = option('--peer-runs', RUNS);
const FORCE_PROFILE = args.includes('--profile');
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const TARGETS = {
  floorRatio: 1.5, // corpus lint ≤ 1.5 × floor
  peerRatio: 10, // peer ≥ 10 × slower than ours
  smallP95: 1, // ms, 150-line document
  largeP95: 20, // ms, 5,000-line document
  memoryMb: 150, // peak RSS of the corpus lint
  incrementalP95: 2, // ms, re-lint of a 30-document plan after one change
  floorRatioAllRules: 2, // corpus lint with every rule on ≤ 2 × floor
  coldLintMs: 100, // cold `socialplan lint <one file>`, whole process
  coldLintRatio: 1.6, // … and at most this many times bare `node -e 0`
};

mkdirSync(WORK, { recursive: true });
const log = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Running a command: wall time measured here, peak RSS by /usr/bin/time (or a preload fallback)

const RSS_FILE = join(WORK, 'maxrss.txt');
const RSS_PROBE = join(root, 'bench', 'rss-probe.cjs');

function runMeasured(command, commandArgs, { env } = {}) {
  rmSync(RSS_FILE, { force: true });
  let file = command;
  let argv = commandArgs;
  let childEnv = { ...process.env, NO_COLOR: '1', ...env };
  if (TIME) {
    file = TIME;
    argv = ['-f', '%M %U %S', '-o', RSS_FILE, command, ...commandArgs];
  } else {
    childEnv = {
      ...childEnv,
      NODE_OPTIONS: `${childEnv.NODE_OPTIONS ?? ''} --require ${RSS_PROBE}`.trim(),
      BENCH_RSS_FILE: RSS_FILE,
    };
  }
  const start = performance.now();
  const result = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: childEnv });
  const wall = performance.now() - start;
  if (result.error) throw result.error;
  let rssKb;
  let cpu;
  if (existsSync(RSS_FILE)) {
    // /usr/bin/time: "<maxRSS KB> <user s> <system s>" on the last line; the preload probe: "<maxRSS KB>"
    const last = readFileSync(RSS_FILE, 'utf8').trim().split('\n').pop().trim().split(/\s+/);
    rssKb = Number(last[0]);
    if (last.length === 3) cpu = (Number(last[1]) + Number(last[2])) * 1000;
  }
  return { wall, cpu, rssKb, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function lastJsonLine(text) {
  const line = text
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith('{'));
  if (!line) throw new Error(`no JSON report in output:\n${text.slice(-2000)}`);
  return JSON.parse(line);
}

// Each tool: how to run it on the corpus, and how to read its findings (count, files flagged).
const TOOLS = [
  {
    name: 'socialplan lint',
    key: 'ours',
    command: [NODE, 'bin/socialplan.js', 'lint', CORPUS, '--format', 'json'],
    read: (run) => {
      const findings = JSON.parse(run.stdout);
      return { findings: findings.length, files: new Set(findings.map((finding) => finding.file)) };
    },
  },
  {
    name: 'remark-lint-frontmatter-schema',
    key: 'peer',
    command: [
      NODE,
      'node_modules/remark-cli/cli.js',
      CORPUS,
      '--rc-path',
      `${WORK}/peer/.remarkrc.json`,
      '--no-stdout',
      '--no-color',
      '--report',
      './bench/peer-reporter.mjs',
    ],
    read: (run) => {
      const report = lastJsonLine(run.stderr);
      return { findings: report.messages, files: new Set(Object.keys(report.byFile)) };
    },
  },
  {
    name: 'floor (yaml + ajv)',
    key: 'floor',
    command: [NODE, 'bench/floor.mjs', CORPUS],
    read: (run) => {
      const report = lastJsonLine(run.stdout);
      return { findings: report.findings, files: new Set(Object.keys(report.byFile)) };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 0. Context

const cpu = cpus();
log(`socialplan bench — ${new Date().toISOString()}`);
log(
  `node ${process.version} · ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} · ${(totalmem() / 2 ** 30).toFixed(1)} GB · load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
log(
  `runs: ${RUNS} (peer: ${PEER_RUNS}) · peak memory${TIME ? ' and CPU time' : ''} via ${TIME ? '/usr/bin/time -f "%M %U %S"' : 'process.resourceUsage().maxRSS (preload)'}`,
);
log();

// 1. Corpus

let started = performance.now();
const manifest = ensureCorpus(CORPUS);
log(
  `Corpus ${CORPUS}: ${manifest.documents} documents in ${manifest.plans} plan folders, ${manifest.lines} lines (${(manifest.lines / manifest.documents).toFixed(0)} per document), ` +
    `${manifest.invalid} invalid (${Object.entries(manifest.byMutation)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}); ` +
    `${manifest.reused ? 'reused' : `generated in ${ms(performance.now() - started)} ms`}`,
);
const invalidFiles = new Set(Object.keys(manifest.invalidFiles).map((file) => `${CORPUS}/${file}`));

// 2. In-process bundle, latency plan, small file

started = performance.now();
await build({
  entryPoints: ['bench/entry.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  outfile: `${WORK}/entry.cjs`,
  logLevel: 'warning',
  absWorkingDir: root,
});
// The measured 150-line document has a frontmatter of the corpus median length (see bench/README.md).
const latencyDocs = generateLatencyPlans(`${WORK}/latency`, { frontmatterLines: manifest.frontmatterLines.median });
const smallFile = `${WORK}/cold/small.md`;
mkdirSync(dirname(smallFile), { recursive: true });
writeSmallDocument(smallFile);

// 3. The peer: schemas, same-validation check, offline check

const peer = setupPeer({ root, workDir: WORK, corpusDir: join(root, CORPUS) });
const equivalence = runMeasured(NODE, ['bench/floor.mjs', '--compare-peer-schemas', `${WORK}/peer`, CORPUS]);
const equivalent = lastJsonLine(equivalence.stdout);
log(
  `Peer schemas: ${Object.keys(peer.schemas).join(', ')} (dereferenced, draft-07); ` +
    (equivalent.mismatches.length === 0
      ? `same ajv error count as our schemas on all ${equivalent.documents} parseable documents`
      : `DIFFER from ours on ${equivalent.mismatches.length} documents, e.g. ${equivalent.mismatches[0]}`),
);
const peerTool = TOOLS.find((tool) => tool.key === 'peer');
if (PEER_RUNS > 0) {
  const sample = [`${CORPUS}/plan-001`, `${CORPUS}/plan-002`];
  const sampleCommand = [...peerTool.command.slice(0, 2), ...sample, ...peerTool.command.slice(3)];
  const online = peerTool.read(runMeasured(sampleCommand[0], sampleCommand.slice(1)));
  const unshare = spawnSync('unshare', ['-rn', 'true']).status === 0;
  if (unshare) {
    const offline = peerTool.read(runMeasured('unshare', ['-rn', ...sampleCommand]));
    log(
      `Peer offline check (unshare -rn, no network, ${sample.length} plan folders): ${offline.findings} findings offline vs ${online.findings} online — ${offline.findings === online.findings && online.findings > 0 ? 'OK' : 'DIFFERENT'}`,
    );
  } else log(`Peer offline check: skipped (unshare unavailable); the peer schemas hold no remote $ref and no $schema.`);
}
log();

// 4. Corpus lint, side by side

log(
  `Corpus lint — wall time of the whole process, median of ${RUNS} (peer ${PEER_RUNS}), interleaved; one untimed warm-up of ours and the floor first`,
);
for (const tool of TOOLS.filter((t) => t.key !== 'peer')) runMeasured(tool.command[0], tool.command.slice(1));
const results = Object.fromEntries(
  TOOLS.map((tool) => [tool.key, { walls: [], cpus: [], rss: [], findings: undefined, files: undefined }]),
);
for (let round = 0; round < RUNS; round++) {
  for (const tool of TOOLS) {
    if (tool.key === 'peer' && round >= PEER_RUNS) continue;
    const run = runMeasured(tool.command[0], tool.command.slice(1));
    const read = tool.read(run);
    const result = results[tool.key];
    result.walls.push(run.wall);
    if (run.cpu !== undefined) result.cpus.push(run.cpu);
    if (run.rssKb !== undefined) result.rss.push(run.rssKb);
    result.findings = read.findings;
    result.files = read.files;
  }
}
const rows = [];
for (const tool of TOOLS) {
  const result = results[tool.key];
  if (result.walls.length === 0) continue;
  result.median = median(result.walls);
  result.min = Math.min(...result.walls);
  result.max = Math.max(...result.walls);
  result.rssMb = result.rss.length ? Math.max(...result.rss) / 1024 : undefined;
  result.cpuMedian = result.cpus.length ? median(result.cpus) : undefined;
  const flaggedInvalid = [...invalidFiles].filter((file) => result.files.has(file)).length;
  const flaggedValid = [...result.files].filter((file) => !invalidFiles.has(file)).length;
  result.flaggedInvalid = flaggedInvalid;
  result.flaggedValid = flaggedValid;
  rows.push([
    tool.name,
    ms(result.median),
    ms(result.min),
    ms(result.max),
    result.cpuMedian === undefined ? '?' : ms(result.cpuMedian),
    result.findings,
    `${flaggedInvalid}/${invalidFiles.size}`,
    flaggedValid,
    result.rssMb ? result.rssMb.toFixed(0) : '?',
  ]);
}
log(
  table(
    [
      'tool',
      'median ms',
      'min',
      'max',
      'CPU ms',
      'findings',
      'invalid docs flagged',
      'valid docs flagged',
      'peak RSS MB',
    ],
    rows,
  ),
);
log();
const ours = results.ours;
const floorRatio = ours.median / results.floor.median;
const peerRatio = results.peer.median ? results.peer.median / ours.median : undefined;
const cpuRatio = (a, b) =>
  a.cpuMedian && b.cpuMedian ? ` · by CPU time ${(a.cpuMedian / b.cpuMedian).toFixed(2)}×` : '';
const missed = [];
const target = (label, ok, detail) => {
  if (!ok) missed.push(label);
  log(`  ${verdict(ok)}  ${label.padEnd(44)} ${detail}`);
};
log('Targets');
target(
  'corpus lint ≤ 1.5 × floor',
  floorRatio <= TARGETS.floorRatio,
  `ours / floor = ${floorRatio.toFixed(2)}×${cpuRatio(ours, results.floor)}${floorRatio > TARGETS.floorRatio ? ` (${ms(ours.median - TARGETS.floorRatio * results.floor.median)} ms over the ${ms(TARGETS.floorRatio * results.floor.median)} ms budget)` : ''}`,
);
if (peerRatio !== undefined)
  target(
    'corpus lint ≥ 10 × faster than the peer',
    peerRatio >= TARGETS.peerRatio,
    `peer / ours = ${peerRatio.toFixed(1)}×${cpuRatio(results.peer, ours)}${peerRatio < TARGETS.peerRatio ? ` (ours would need ≤ ${ms(results.peer.median / TARGETS.peerRatio)} ms)` : ''}`,
  );
target(
  'corpus lint peak memory < 150 MB',
  ours.rssMb !== undefined && ours.rssMb < TARGETS.memoryMb,
  `max RSS ${ours.rssMb?.toFixed(0) ?? '?'} MB (floor ${results.floor.rssMb?.toFixed(0) ?? '?'} MB, peer ${results.peer.rssMb?.toFixed(0) ?? '—'} MB)`,
);

// 5. Per-document latency, in process

const LAT_RUNS = 300;
const LAT_WARMUP = 50;
const latencyRun = spawnSync(
  NODE,
  [
    'bench/latency.mjs',
    join(root, WORK, 'entry.cjs'),
    latencyDocs.small.file,
    latencyDocs.large.file,
    String(LAT_RUNS),
    String(LAT_WARMUP),
    `longest=${latencyDocs.longest.file}`,
  ],
  { encoding: 'utf8' },
);
if (latencyRun.status !== 0) throw new Error(`latency run failed:\n${latencyRun.stderr}`);
const latency = lastJsonLine(latencyRun.stdout);
log();
log(
  `Per-document latency — in process (bench/.work/entry.cjs), ${LAT_RUNS} runs after ${LAT_WARMUP} warm-up runs, ms. The text changes on every run, so no cache hides the work.`,
);
log(
  `Documents: step documents whose frontmatter is closest to the corpus median length (${manifest.frontmatterLines.median} lines; corpus ${manifest.frontmatterLines.min}–${manifest.frontmatterLines.max}),`,
);
log(
  `${relative(root, latencyDocs.small.file)} (${latencyDocs.small.lines} lines) and ${relative(root, latencyDocs.large.file)} (${latencyDocs.large.lines} lines; the targets apply to these two), and`,
);
log(
  `${relative(root, latencyDocs.longest.file)} (${latencyDocs.longest.lines} lines), the longest frontmatter of its plan (${latencyDocs.longest.frontmatterLines} lines; corpus maximum ${manifest.frontmatterLines.max}), for reference. Modes:`,
);
log(
  '  parse    : parseSocialDocument(file, {text}) alone (full YAML parse, plain data, line index); the Linter re-parses',
);
log(
  '             only the edited top-level entry (src/core/document/frontmatter-edit.ts), so the edit modes can beat it',
);
log(
  '  edit     : Linter.lint([file]) on one long-lived Linter whose host returns the document with its `title:` changed:',
);
log(
  "             the document is re-parsed and re-checked and its plan's rules re-run; its 9 siblings (~150 lines each)",
);
log(
  '             stay parsed in the cache but are re-read from disk to validate it — what the editor does on a keystroke',
);
log('  edit-body: as edit, but the change is in the Markdown body (the frontmatter stays the same)');
log('  edit-mem : as edit, but the host serves all 10 files of the plan from memory (no disk reads)');
log('  editor   : as the extension does it: the edited text over a disk cache that the file watcher keeps fresh');
log('             (CachedFileHost), so the siblings are neither re-read nor re-parsed — the mode the targets use');
log('  editor-body: as editor, with the change in the Markdown body: the frontmatter parse and its findings are kept');
log(
  '  fresh    : Linter.lint([file]) on a new Linter + NodeFileHost every run: the document and its 9 siblings are read and parsed',
);
const latencyRows = [];
for (const doc of Object.values(latency)) {
  for (const mode of ['parse', 'edit', 'edit-body', 'edit-mem', 'editor', 'editor-body', 'fresh']) {
    const s = doc[mode];
    latencyRows.push([
      `${doc.lines} lines (${doc.frontmatterLines} of frontmatter), ${mode}`,
      ms(s.median),
      ms(s.p95),
      ms(s.p99),
      ms(s.min),
      ms(s.max),
      s.findings ?? '',
    ]);
  }
}
log(table(['document, mode', 'median', 'p95', 'p99', 'min', 'max', 'findings'], latencyRows));
log('Targets (editor mode with a frontmatter change: the stricter of the two editor cases)');
target(
  '150-line document p95 < 1 ms',
  latency.small.editor.p95 < TARGETS.smallP95,
  `p95 ${ms(latency.small.editor.p95)} ms (median ${ms(latency.small.editor.median)} ms)${latency.small.editor.p95 >= TARGETS.smallP95 ? ` — ${(latency.small.editor.p95 / TARGETS.smallP95).toFixed(1)}× the budget` : ''}`,
);
log(
  `  (for reference, not a target: the 150-line document with the ${latency.longest.frontmatterLines}-line frontmatter, editor mode: p95 ${ms(latency.longest.editor.p95)} ms, median ${ms(latency.longest.editor.median)} ms)`,
);
target(
  '5,000-line document p95 < 20 ms',
  latency.large.editor.p95 < TARGETS.largeP95,
  `p95 ${ms(latency.large.editor.p95)} ms (median ${ms(latency.large.editor.median)} ms)${latency.large.editor.p95 >= TARGETS.largeP95 ? ` — ${(latency.large.editor.p95 / TARGETS.largeP95).toFixed(1)}× the budget` : ''}`,
);

// 5b. Incremental re-lint of a 30-document plan (the editor after one keystroke)

const incrementalRun = spawnSync(
  NODE,
  ['bench/incremental.mjs', join(root, WORK, 'entry.cjs'), join(root, WORK), '1000', '100'],
  { encoding: 'utf8' },
);
if (incrementalRun.status !== 0) throw new Error(`incremental run failed:\n${incrementalRun.stderr}`);
const incremental = lastJsonLine(incrementalRun.stdout);
log();
log(
  `Incremental re-lint — a ${incremental.documents}-document plan (examples/en + annexes), one step's frontmatter changed, the whole plan re-linted`,
);
log(
  `on one long-lived Linter over CachedFileHost, ${incremental.runs} runs: median ${ms(incremental.median)} ms, p95 ${ms(incremental.p95)} ms, ${incremental.findings} findings`,
);
target(
  'incremental re-lint of a 30-document plan p95 < 2 ms',
  incremental.p95 < TARGETS.incrementalP95,
  `p95 ${ms(incremental.p95)} ms (median ${ms(incremental.median)} ms)`,
);
target(
  'corpus lint with every rule on ≤ 2 × floor',
  floorRatio <= TARGETS.floorRatioAllRules,
  `ours / floor = ${floorRatio.toFixed(2)}× (the CLI always runs every rule of the catalogue)`,
);

// 6. Cold start

const COLD_RUNS = 10;
const cold = (command) => {
  const walls = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const start = performance.now();
    spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
    walls.push(performance.now() - start);
  }
  return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) };
};
const coldRows = [
  ['node -e 0 (bare Node, for reference)', cold([NODE, '-e', '0'])],
  ['socialplan --version', cold([NODE, 'bin/socialplan.js', '--version'])],
  ['socialplan lint <one 15-line file>', cold([NODE, 'bin/socialplan.js', 'lint', smallFile, '--format', 'json'])],
];
log();
log(`Cold start — wall time of a fresh process, median of ${COLD_RUNS}, ms`);
log(
  table(
    ['command', 'median', 'min', 'max'],
    coldRows.map(([name, s]) => [name, ms(s.median), ms(s.min), ms(s.max)]),
  ),
);
const coldLint = coldRows[2][1].median;
const coldRatio = coldLint / coldRows[0][1].median;
target(
  'cold lint of one file',
  coldLint < TARGETS.coldLintMs && coldRatio < TARGETS.coldLintRatio,
  `${ms(coldLint)} ms, ${coldRatio.toFixed(2)}× bare Node (targets < ${TARGETS.coldLintMs} ms and < ${TARGETS.coldLintRatio}×)`,
);

// 7. Where the time goes, when a target is missed (or with --profile)

const profiles = {};
function profileRun(label, commandArgs, key) {
  const profileDir = join(WORK, 'profile', key);
  rmSync(profileDir, { recursive: true, force: true });
  spawnSync(NODE, ['--cpu-prof', '--cpu-prof-dir', profileDir, ...commandArgs], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const file = existsSync(profileDir) && readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return;
  profiles[key] = summarize(join(profileDir, file), 15);
  log();
  log(`CPU profile of ${label} (node --cpu-prof → ${relative(root, join(profileDir, file))}):`);
  log(formatSummary(profiles[key]));
}
if (missed.some((label) => label.startsWith('corpus')) || FORCE_PROFILE) {
  profileRun(`\`socialplan lint ${CORPUS}\``, ['bin/socialplan.js', 'lint', CORPUS, '--format', 'json'], 'corpus');
}
if (missed.some((label) => label.startsWith('150-line')) || FORCE_PROFILE) {
  profileRun(
    'the 150-line edit case (2,000 runs)',
    [
      'bench/latency.mjs',
      join(root, WORK, 'entry.cjs'),
      latencyDocs.small.file,
      latencyDocs.large.file,
      '2000',
      '0',
      'small:editor',
    ],
    'latency-small',
  );
}
if (missed.some((label) => label.startsWith('5,000-line'))) {
  profileRun(
    'the 5,000-line edit case (1,000 runs)',
    [
      'bench/latency.mjs',
      join(root, WORK, 'entry.cjs'),
      latencyDocs.small.file,
      latencyDocs.large.file,
      '1000',
      '0',
      'large:editor',
    ],
    'latency-large',
  );
}

// 8. Summary

log();
log(missed.length === 0 ? 'All targets met.' : `Missed: ${missed.join('; ')}.`);
log(
  `Bench finished in ${((performance.now() - benchStart) / 1000).toFixed(0)} s · load average now ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
writeFileSync(
  join(WORK, 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpu.length,
      cpu: cpu[0]?.model,
      corpus: { documents: manifest.documents, lines: manifest.lines, invalid: manifest.invalid },
      corpusLint: Object.fromEntries(
        Object.entries(results).map(([key, r]) => [
          key,
          {
            median: r.median,
            min: r.min,
            max: r.max,
            walls: r.walls,
            cpuMedian: r.cpuMedian,
            cpus: r.cpus,
            findings: r.findings,
            flaggedInvalid: r.flaggedInvalid,
            flaggedValid: r.flaggedValid,
            rssMb: r.rssMb,
          },
        ]),
      ),
      ratios: { oursOverFloor: floorRatio, peerOverOurs: peerRatio },
      latency,
      incremental,
      cold: Object.fromEntries(coldRows),
      missed,
      profiles,
    },
    null,
    2,
  ),
);

// 9. PDF export: socialplan's PDF vs the HTML + Chromium route, and the preview budget (bench/pdf.mjs)

log();
const pdfBench = spawnSync(NODE, ['bench/pdf.mjs', '--runs', String(Math.min(RUNS, 3))], { stdio: 'inherit' });
if (pdfBench.status !== 0) log(`PDF bench failed (exit ${pdfBench.status}); the figures above stand.`);

// 9b. Word export: the same 50-page plan to .docx (bench/docx.mjs)

log();
const docxBench = spawnSync(NODE, ['bench/docx.mjs', '--runs', String(Math.min(RUNS, 3))], { stdio: 'inherit' });
if (docxBench.status !== 0) log(`Word bench failed (exit ${docxBench.status}); the figures above stand.`);

// 9c. Results against targets and the monthly report (bench/measuring.mjs)

log();
const measuringBench = spawnSync(NODE, ['bench/measuring.mjs'], { stdio: 'inherit' });
if (measuringBench.status !== 0)
  log(`Measuring bench failed (exit ${measuringBench.status}); the figures above stand.`);

// 10. The VS Code extension: .vsix size, activate() time, preview latency while typing (bench/extension.mjs)

log();
const extensionBench = spawnSync(NODE, ['bench/extension.mjs'], { stdio: 'inherit' });
if (extensionBench.status !== 0)
  log(`Extension bench failed (exit ${extensionBench.status}); the figures above stand.`);
