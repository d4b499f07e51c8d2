#!/usr/bin/env node
// Tests the extension in a real VS Code, offline: code-server (VS Code's server and web workbench,
// from npm) driven by playwright-core and Debian's chromium. CONTRIBUTING.md, "Checks", says what it needs.
//
//   1. integration tests: mocha inside the real Node extension host (VS Code's web test payload),
//      in a trusted workspace, then in Restricted Mode (a second server without
//      --disable-workspace-trust);
//      then, in a workspace of plans with no config file and no document opened, that the
//      extension starts by itself (`startup` phase);
//   2. UI end-to-end: the Problems panel, a quick fix from the light bulb, screenshots in
//      test-results/.
//
// code-server is installed on first use into ~/.cache/socialplan-test (never a dependency of the
// package). Environment: CHROMIUM_PATH (default /usr/bin/chromium), SOCIALPLAN_TEST_CACHE,
// SOCIALPLAN_TEST_PHASES (integration,startup,ui,restricted), SOCIALPLAN_TEST_GREP (only the tests whose
// title matches), KEEP_TEST_STATE=1 to keep the temporary
// workspaces and the server logs.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { grantTrust, runUiTests } from './test-extension-ui.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_CACHE = `vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz`;
const cacheRoot = process.env.SOCIALPLAN_TEST_CACHE ?? join(homedir(), '.cache', 'socialplan-test');
const codeServerDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const codeServerBin = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsDir = join(root, 'test-results');
const _EXTENSION_ID = 'socialplan.socialplan';
/** Guards against a hang; every wait below ends on an event long before. */
const RUN_TIMEOUT_MS = 240_000;
const UI_TIMEOUT_MS = 60_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** SOCIALPLAN_TEST_PHASES=integration,startup,ui,restricted (the default: all four) runs only some. */
const phases = new Set(
  (process.env.SOCIALPLAN_TEST_PHASES ?? 'integration,startup,ui,restricted').split(',').map((phase) => phase.trim()),
);
const timings = {};
const servers = [];
let browser;
let state;

function log(message) {
  process.stdout.write(`[test-extension] ${message}\n`);
}

async function timed(name, work) {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = (performance.now() - started) / 1000;
  }
}

class HarnessError extends Error {}

function fail(message) {
  throw new HarnessError(message);
}

function checkTools() {
  if (!existsSync(chromiumPath)) {
    fail(
      `Chromium is not at ${chromiumPath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(root, 'dist', 'extension.js')))
    fail('dist/extension.js is missing: run `node scripts/build.mjs` first (npm run test:extension does).');
}

/**
 * Installs code-server into the cache folder, once. Its install scripts must run (node-pty,
 * kerberos, ripgrep): they are allowed there only, and ripgrep's download is served from a
 * tarball of Debian's `rg`.
 */
function ensureCodeServer() {
  const marker = join(codeServerDir, '.installed');
  if (existsSync(marker) && existsSync(codeServerBin)) return false;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((candidate) => existsSync(candidate));
  if (!rg) fail('ripgrep is needed to install code-server offline: apt-get install -y ripgrep');
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  const tarball = join(tmpdir(), RIPGREP_CACHE);
  if (!existsSync(tarball)) {
    const staging = mkdtempSync(join(tmpdir(), 'socialplan-rg-'));
    cpSync(rg, join(staging, 'rg'));
    mkdirSync(dirname(tarball), { recursive: true });
    run('tar', ['-czf', tarball, '-C', staging, 'rg']);
    rmSync(staging, { recursive: true, force: true });
  }
  writeFileSync(
    join(codeServerDir, 'package.json'),
    `${JSON.stringify({ name: 'socialplan-test-host', private: true }, null, 2)}\n`,
  );
  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (once; about a minute)…`);
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // its postinstall refuses to run as root otherwise
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    // npm 11 blocks dependency install scripts unless allowed; code-server's postinstall runs
    // nested `npm install`s in its own folders, which only an environment setting reaches.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const result = spawnSync(
    'npm',
    ['install', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: codeServerDir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  writeFileSync(join(codeServerDir, 'install.log'), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0 || !existsSync(codeServerBin)) {
    fail(
      `installing code-server failed (exit ${result.status}); see ${join(codeServerDir, 'install.log')}\n${(result.stderr ?? '').split('\n').slice(-15).join('\n')}`,
    );
  }
  const vscodeModules = join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  for (const needed of ['node-pty', '@vscode/ripgrep/bin/rg']) {
    if (!existsSync(join(vscodeModules, needed)))
      fail(`code-server installed without ${needed}; see ${join(codeServerDir, 'install.log')}`);
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return true;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** The test bundles: mocha, the helpers and the tests in one file per entry point. */
async function buildTests() {
  await build({
    entryPoints: {
      'suite/index': 'test/extension/suite/index.ts',
      'restricted/index': 'test/extension/restricted/index.ts',
      'startup/index': 'test/extension/startup/index.ts',
    },
    outdir: 'out/test/extension',
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}

/**
 * A fresh copy of the broken example plus the test fixtures; beside it, `NAME.cli.json`: what
 * `socialplan lint --format json` says of it, which the tests compare the diagnostics with.
 */
function prepareWorkspace(name) {
  const folder = join(state, name);
  cpSync(join(root, 'examples', 'broken'), folder, { recursive: true });
  cpSync(join(root, 'test', 'extension', 'workspace'), folder, { recursive: true });
  const cli = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli.js'), 'lint', '--format', 'json', '--locale', 'en', '.'],
    { cwd: folder, encoding: 'utf8' },
  );
  if (cli.status !== 0 && cli.status !== 1) fail(`socialplan lint failed on the test workspace:\n${cli.stderr}`);
  writeFileSync(join(state, `${name}.cli.json`), cli.stdout);
  return folder;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server in its own process group (its extension hosts outlive the page). */
async function startServer(name, { trusted }) {
  const home = join(state, `server-${name}`);
  for (const sub of ['ud/User', 'exts', 'config', 'data', 'runtime']) mkdirSync(join(home, sub), { recursive: true });
  writeFileSync(join(home, 'config.yaml'), 'auth: none\n');
  writeFileSync(
    join(home, 'ud', 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'workbench.tips.enabled': false,
        'git.enabled': false,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
      },
      null,
      2,
    ),
  );
  const port = await freePort();
  const args = [
    codeServerBin,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
  ];
  if (trusted) args.push('--disable-workspace-trust');
  args.push(
    '--config',
    join(home, 'config.yaml'),
    '--user-data-dir',
    join(home, 'ud'),
    '--extensions-dir',
    join(home, 'exts'),
  );
  const logFile = join(home, 'server.log');
  const out = openSync(logFile, 'a');
  // detached: the server calls setsid(2), leading its own process group, which stopServer kills whole.
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_RUNTIME_DIR: join(home, 'runtime'),
    },
    stdio: ['ignore', out, out],
    detached: true,
  });
  const server = { name, port, child, logFile, pgid: child.pid, exited: false };
  child.on('exit', () => (server.exited = true));
  servers.push(server);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exited)
      fail(`code-server exited at start-up; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) fail(`code-server did not answer /healthz within 60 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}

function stopServer(server) {
  if (server.stopped) return;
  server.stopped = true;
  try {
    // The server leads its own process group: its pid is the group id; the minus kills the group.
    process.kill(-server.pgid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function killLeftovers() {
  for (const server of servers) {
    stopServer(server);
    try {
      process.kill(-server.pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** The workbench's remoteAuthority, read from its HTML (4.100: the request host). */
async function remoteAuthority(server, folder) {
  const html = await (await fetch(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`)).text();
  const match = /remoteAuthority&quot;:&quot;([^&]+)&quot;/.exec(html) ?? /"remoteAuthority":"([^"]+)"/.exec(html);
  return match ? match[1] : `127.0.0.1:${server.port}`;
}

function workbenchUrl(server, folder, authority, testsPath) {
  const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${root}`]];
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${testsPath}`]);
  payload.push(['skipWelcome', 'true']);
  return `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** printf-style arguments, as the workbench forwards the extension host's console. */
function format(args) {
  if (!Array.isArray(args)) return String(args);
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  let index = 0;
  const text = first.replace(/%[sdifoOc%]/g, (token) => {
    if (token === '%%') return '%';
    const value = rest[index++];
    return token === '%c' ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
  return [text, ...rest.slice(index).map(String)].join(' ');
}

/** What the tests ask of the harness, by a line of their output: only a user can grant trust. */
const REQUESTS = { 'socialplan-test: grant workspace trust': (page) => grantTrust(page, resultsDir) };

/** The workbench's own chatter, kept in test-results/*.log but not echoed: start-up, offline lookups. */
const WORKBENCH_NOISE =
  /^(Resolv|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|\[lifecycle\]|Unable to read file)|getaddrinfo ENOTFOUND|IDBTransaction/;

/** test-results/activation.json: the activate() time measured in the real extension host. */
function writeActivation(activationMs, label) {
  const record = {
    activationMs,
    targetMs: 50,
    run: label,
    codeServer: CODE_SERVER_VERSION,
    date: new Date().toISOString(),
  };
  writeFileSync(join(resultsDir, 'activation.json'), `${JSON.stringify(record, null, 2)}\n`);
}

/** test-results/<name>.json: a latency a test measured in the real host (the bench judges it, the test does not). */
function writeMeasure(name, json, label) {
  try {
    const record = { ...JSON.parse(json), run: label, codeServer: CODE_SERVER_VERSION, date: new Date().toISOString() };
    writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    log(`${label}: could not record the measure "${name}": ${error.message}`);
  }
}

/** Runs one mocha entry point in the extension host; resolves with its pass/fail counts. */
async function runIntegration(server, folder, testsPath, label) {
  const page = await browser.newPage();
  const counts = { passed: 0, failed: 0 };
  let sawCounts = false;
  const output = [];
  try {
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(args);
      output.push(`[${type}] ${line}`);
      if (!WORKBENCH_NOISE.test(line))
        for (const part of line.split('\n')) if (!/^\s+at /.test(part)) process.stdout.write(`  ${part}\n`);
      for (const [request, answer] of Object.entries(REQUESTS)) {
        if (line.includes(request))
          answer(page).catch((error) => log(`${label}: could not answer "${request}": ${error.message}`));
      }
      // The extension's own measure of activate(), and the tests' measures, for `npm run bench` (bench/extension.mjs).
      const activation = /activate\(\) took ([\d.]+) ms/.exec(line);
      if (activation) writeActivation(Number(activation[1]), label);
      const measure = /^socialplan-measure ([\w-]+) (\{.*\})$/.exec(line.trim());
      if (measure) writeMeasure(measure[1], measure[2], label);
      const match = /extension host: (\d+) passed, (\d+) failed/.exec(line);
      if (match) {
        counts.passed = Number(match[1]);
        counts.failed = Number(match[2]);
        sawCounts = true;
      }
    });
    const authority = await remoteAuthority(server, folder);
    await page.goto(workbenchUrl(server, folder, authority, testsPath));
    const code = await Promise.race([
      exit,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS)),
    ]);
    if (code === 'timeout') {
      await page.screenshot({ path: join(resultsDir, `${label}-timeout.png`) }).catch(() => {});
      throw new Error(`${label}: the extension host tests did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
    }
    if (!sawCounts) {
      // Mocha never reported: the tests did not load (a crash at start-up), which is one failure.
      log(`${label}: exit code ${code} without a test report`);
      counts.failed = Math.max(1, counts.failed);
    } else if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  } finally {
    writeFileSync(join(resultsDir, `${label}.log`), `${output.join('\n')}\n`);
    await page.close().catch(() => {});
  }
}

async function main() {
  checkTools();
  mkdirSync(resultsDir, { recursive: true });
  // A failure's screenshot from an earlier run would read as this run's.
  for (const name of readdirSync(resultsDir))
    if (/^failed-.*\.png$|-timeout\.png$/.test(name)) rmSync(join(resultsDir, name), { force: true });
  const { chromium } = await import('playwright-core');
  await timed('build tests', buildTests);
  const installed = await timed('install code-server', () => ensureCodeServer());
  if (!installed) timings['install code-server'] = 0;
  state = mkdtempSync(join(tmpdir(), 'socialplan-ext-'));
  const trustedFolder = prepareWorkspace('trusted');
  const uiFolder = prepareWorkspace('ui');
  const restrictedFolder = prepareWorkspace('restricted');
  // Plans only: no config file (which `workspaceContains` would activate on), nothing opened.
  const startupFolder = join(state, 'startup');
  cpSync(join(root, 'examples', 'broken'), startupFolder, { recursive: true });

  browser = await timed('start chromium', () =>
    chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS }),
  );
  const totals = { passed: 0, failed: 0 };
  const add = (counts) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  };

  if (phases.has('integration') || phases.has('startup') || phases.has('ui')) {
    const trusted = await timed('start code-server (trusted)', () => startServer('trusted', { trusted: true }));
    if (phases.has('integration')) {
      add(
        await timed('integration tests (trusted)', () =>
          runIntegration(trusted, trustedFolder, join(root, 'out/test/extension/suite/index.js'), 'integration'),
        ),
      );
    }
    if (phases.has('startup')) {
      add(
        await timed('integration tests (startup)', () =>
          runIntegration(
            trusted,
            startupFolder,
            join(root, 'out/test/extension/startup/index.js'),
            'integration-startup',
          ),
        ),
      );
    }
    if (phases.has('ui')) {
      const url = async () => workbenchUrl(trusted, uiFolder, await remoteAuthority(trusted, uiFolder));
      add(
        await timed('UI tests', () =>
          runUiTests({ browser, url, folder: uiFolder, resultsDir, log, timeout: UI_TIMEOUT_MS }),
        ),
      );
    }
    stopServer(trusted);
  }
  if (phases.has('restricted')) {
    const restricted = await timed('start code-server (restricted)', () =>
      startServer('restricted', { trusted: false }),
    );
    add(
      await timed('integration tests (restricted)', () =>
        runIntegration(
          restricted,
          restrictedFolder,
          join(root, 'out/test/extension/restricted/index.js'),
          'integration-restricted',
        ),
      ),
    );
    stopServer(restricted);
  }

  log(
    `timings: ${Object.entries(timings)
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
      .join(', ')}`,
  );
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  return totals.failed === 0 ? 0 : 1;
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  killLeftovers();
  for (const server of servers) {
    // Kept with the screenshots: what the server and its extension hosts said.
    if (existsSync(server.logFile)) cpSync(server.logFile, join(resultsDir, `code-server-${server.name}.log`));
  }
  if (state && !process.env.KEEP_TEST_STATE) rmSync(state, { recursive: true, force: true, maxRetries: 3 });
  else if (state) log(`kept ${state}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killLeftovers();
    if (state && !process.env.KEEP_TEST_STATE) rmSync(state, { recursive: true, force: true });
    process.exit(130);
  });
}
process.on('exit', killLeftovers);

let code = 1;
try {
  code = await main();
} catch (error) {
  const text =
    error instanceof HarnessError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`test-extension: ${text}\n`);
  code = 1;
} finally {
  await cleanUp();
}
process.exit(code);
