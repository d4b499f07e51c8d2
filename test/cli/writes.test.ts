import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How the CLI writes into the user's file system (issue 21): devices and pipes, modes and owners,
 * links, stale temporary files, and a stdout that breaks or fills. The esbuild bundle runs in a
 * child process with a time limit, in a private folder (devices are made there with `mknod`).
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');
const EXAMPLES = join(ROOT, 'examples');
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' };
const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
const isRoot = process.getuid?.() === 0;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `stdout` may be a descriptor (a device) instead of a pipe. Killed after 30 s. */
function socialplan(cwd: string, args: string[], options: { stdout?: number; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...ENV, ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr };
}

function assertExit(run: Run, expected: number): void {
  assert.equal(run.signal, null, `killed (${run.signal}): it hung`);
  assert.equal(
    run.status,
    expected,
    `exit code ${run.status}, expected ${expected}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`,
  );
}

/** The mode bits of a path, in octal (`'600'`). */
function mode(path: string): string {
  return (statSync(path).mode & 0o7777).toString(8);
}

/** A copy of the English example with one safe fix to make: a due date written loosely. */
function fixablePlan(work: string): { folder: string; step: string; loose: string; fixed: string } {
  const folder = join(work, 'plan');
  cpSync(join(EXAMPLES, 'en'), folder, { recursive: true });
  const step = join(folder, '01-listen.md');
  const fixed = readFileSync(step, 'utf8');
  const loose = fixed.replace('due: "2027-07-23"', 'due: 2027-7-23');
  assert.notEqual(loose, fixed);
  writeFileSync(step, loose);
  return { folder, step, loose, fixed };
}

/** Makes a device node in the private folder; undefined when this system does not let us. */
function device(path: string, major: number, minor: number): string | undefined {
  return isRoot && spawnSync('mknod', [path, 'c', String(major), String(minor)]).status === 0 ? path : undefined;
}

/** Runs the CLI as `nobody` from a copy of the bundle it can read (root only). */
function asNobody(cwd: string, args: string[], bundleFolder: string): Run {
  const bundle = join(bundleFolder, 'cli.js');
  cpSync(join(ROOT, 'dist', 'cli.js'), bundle);
  for (const path of [bundleFolder, bundle]) chmodSync(path, 0o755);
  const result = spawnSync('setpriv', [...AS_NOBODY, process.execPath, bundle, ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('socialplan: writes that respect the file system', function () {
  this.slow(4000);
  this.timeout(60_000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-writes-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  describe('export -o onto devices and pipes', () => {
    it('a character device (null) gets the bytes and stays a device; a full one is a one-line error, exit 2', function () {
      const nul = device(join(work, 'null'), 1, 3);
      const full = device(join(work, 'full'), 1, 7);
      if (!nul || !full) this.skip();
      const written = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'null']);
      assertExit(written, 0);
      assert.ok(statSync(nul).isCharacterDevice(), 'the device was replaced by a regular file');
      assert.equal(written.stdout, '', 'no "Wrote" line: the device may be this stdout (-o /dev/stdout)');
      symlinkSync('null', join(work, 'link-to-null'));
      assertExit(socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'link-to-null']), 0);
      assert.ok(lstatSync(join(work, 'link-to-null')).isSymbolicLink());
      assert.ok(statSync(nul).isCharacterDevice());
      const refused = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'full']);
      assertExit(refused, 2);
      assert.equal(refused.stderr, 'socialplan: cannot write full: no space left on the disk\n');
      assert.ok(statSync(full).isCharacterDevice());
      assert.deepEqual(readdirSync(work).sort(), ['full', 'link-to-null', 'null'], 'no temporary file');
    });

    it('a named pipe gets the whole report as a stream, and stays a pipe', async function () {
      const fifo = join(work, 'report.html');
      if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
      const received = join(work, 'received');
      const reader = spawn('sh', ['-c', `cat "${fifo}" > "${received}"`], { stdio: 'ignore' });
      const readerDone = new Promise<number | null>((done) => reader.on('close', done));
      const run = await new Promise<Run>((done) => {
        const child = spawn(process.execPath, [BIN, 'export', join(EXAMPLES, 'en'), '-o', fifo], {
          cwd: work,
          env: ENV,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
        });
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('close', (status, signal) => {
          clearTimeout(timer);
          done({ status, signal, stdout, stderr });
        });
      });
      const timer = setTimeout(() => reader.kill('SIGKILL'), 10_000);
      assert.equal(await readerDone, 0);
      clearTimeout(timer);
      assertExit(run, 0);
      assert.equal(run.stdout, '');
      assert.ok(lstatSync(fifo).isFIFO(), 'the pipe was replaced by a regular file');
      const html = readFileSync(received, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<\/html>\n?$/);
      assert.deepEqual(readdirSync(work).sort(), ['received', 'report.html']);
    });
  });

  describe('export -o a link the system resolves itself', () => {
    it('a link to /proc/self/fd/1 (what /dev/stdout is) streams to the pipe it names', function () {
      if (!existsSync('/proc/self/fd/1')) this.skip();
      const link = join(work, 'stdout');
      symlinkSync('/proc/self/fd/1', link);
      // Through `| cat`: a real pipe (Node's own stdio pipes are sockets, which cannot be opened).
      const result = spawnSync(
        'bash',
        [
          '--norc',
          '--noprofile',
          '-c',
          '"$0" "$@" | cat; exit "${PIPESTATUS[0]}"',
          process.execPath,
          BIN,
          'export',
          join(EXAMPLES, 'en'),
          '-o',
          'stdout',
        ],
        { cwd: work, env: ENV, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      if (result.error) throw result.error;
      const run = { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
      assertExit(run, 0);
      assert.match(run.stdout, /^<!DOCTYPE html>[\s\S]*<\/html>\n?$/, 'the report, and nothing else, on stdout');
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.deepEqual(readdirSync(work), ['stdout']);
    });
  });

  describe('modes, owners and read-only files', () => {
    it('lint --fix keeps a private file private (600 stays 600), and export keeps the mode of the file it replaces', () => {
      const { folder, step, fixed } = fixablePlan(work);
      chmodSync(step, 0o600);
      const run = socialplan(work, ['lint', '--fix', folder]);
      assertExit(run, 0);
      assert.equal(readFileSync(step, 'utf8'), fixed);
      assert.equal(mode(step), '600');

      const output = join(work, 'plan.html');
      writeFileSync(output, 'old');
      chmodSync(output, 0o640);
      assertExit(socialplan(work, ['export', folder, '-o', 'plan.html']), 0);
      assert.match(readFileSync(output, 'utf8'), /^<!DOCTYPE html>/);
      assert.equal(mode(output), '640');
    });

    it('as root, lint --fix keeps the owner of the file it fixes', function () {
      if (!isRoot) this.skip();
      const { folder, step, fixed } = fixablePlan(work);
      chownSync(step, 65534, 65534);
      assertExit(socialplan(work, ['lint', '--fix', folder]), 0);
      assert.equal(readFileSync(step, 'utf8'), fixed);
      assert.deepEqual([statSync(step).uid, statSync(step).gid], [65534, 65534]);
    });

    it('lint --fix and export refuse a read-only file in a writable folder: say so, leave it as it was, exit 2', function () {
      const probe = spawnSync('setpriv', [...AS_NOBODY, process.execPath, '-e', '0']);
      if (isRoot && probe.status !== 0) this.skip();
      const { folder, step, loose } = fixablePlan(work);
      chmodSync(step, 0o444);
      const output = join(work, 'plan.html');
      writeFileSync(output, 'the previous export');
      chmodSync(output, 0o444);
      let fix: Run;
      let exported: Run;
      if (isRoot) {
        // `nobody` may write into every folder of the plan, but not the step itself.
        for (const path of [work, folder]) chmodSync(path, 0o777);
        for (const name of readdirSync(folder)) if (join(folder, name) !== step) chmodSync(join(folder, name), 0o666);
        const bundleFolder = mkdtempSync(join(tmpdir(), 'socialplan-writes-bundle-'));
        try {
          fix = asNobody(work, ['lint', '--fix', 'plan'], bundleFolder);
          exported = asNobody(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.html'], bundleFolder);
        } finally {
          rmSync(bundleFolder, { recursive: true, force: true });
        }
      } else {
        fix = socialplan(work, ['lint', '--fix', 'plan']);
        exported = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'plan.html']);
      }
      assertExit(fix, 2);
      assert.equal(
        fix.stderr,
        'socialplan: cannot write plan/01-listen.md: it is read-only; its fixes were not applied.\n',
      );
      assert.equal(readFileSync(step, 'utf8'), loose, 'the step is as it was');
      assert.equal(mode(step), '444');
      assertExit(exported, 2);
      assert.equal(exported.stderr, 'socialplan: cannot write plan.html: it is read-only\n');
      assert.equal(readFileSync(output, 'utf8'), 'the previous export');
      assert.deepEqual(
        [...readdirSync(folder), ...readdirSync(work)].filter((name) => name.endsWith('.tmp')),
        [],
      );
    });
  });

  describe('links', () => {
    it('lint --fix writes through a symbolic link to the shared file (the link stays a link)', () => {
      const { folder, step, fixed } = fixablePlan(join(work, 'shared'));
      const client = join(work, 'client');
      mkdirSync(client);
      for (const name of readdirSync(folder)) symlinkSync(join(folder, name), join(client, name));
      assertExit(socialplan(work, ['lint', '--fix', 'client']), 0);
      assert.ok(lstatSync(join(client, '01-listen.md')).isSymbolicLink(), 'the link was replaced by a file');
      assert.equal(readFileSync(step, 'utf8'), fixed, 'the shared file is fixed');
      assert.deepEqual(
        readdirSync(client).filter((name) => !lstatSync(join(client, name)).isSymbolicLink()),
        [],
      );
    });

    it('lint --fix keeps a hard link: both names see the fixed file', () => {
      const { folder, step, fixed } = fixablePlan(work);
      const other = join(work, 'listen-copy.md');
      linkSync(step, other);
      assertExit(socialplan(work, ['lint', '--fix', folder]), 0);
      assert.equal(readFileSync(step, 'utf8'), fixed);
      assert.equal(readFileSync(other, 'utf8'), fixed, 'the other name was left behind');
      assert.equal(statSync(step).ino, statSync(other).ino);
    });
  });

  it('an export removes the temporary files a killed export left beside its target', () => {
    const output = join(work, 'out.pdf');
    writeFileSync(output, 'old');
    const hourAgo = new Date(Date.now() - 3600_000);
    const stale = join(work, '.out.pdf.3f2a9c00b1d4.tmp');
    writeFileSync(stale, '%PDF-1.7 half of a file');
    utimesSync(stale, hourAgo, hourAgo);
    const notOurs = join(work, '.out.pdf.keep.tmp');
    writeFileSync(notOurs, 'someone else’s');
    utimesSync(notOurs, hourAgo, hourAgo);
    assertExit(socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', 'out.pdf']), 0);
    assert.deepEqual(readdirSync(work).sort(), ['.out.pdf.keep.tmp', 'out.pdf']);
  });

  describe('a stdout that fills or breaks', () => {
    it('a full stdout (lint, export -o -) is a one-line error with exit 2, in English and French', function () {
      const full = device(join(work, 'full'), 1, 7);
      if (!full) this.skip();
      const descriptor = openSync(full, 'w');
      try {
        const lint = socialplan(work, ['lint', join(EXAMPLES, 'en')], { stdout: descriptor });
        assertExit(lint, 2);
        assert.equal(lint.stderr, 'socialplan: cannot write the output (stdout): no space left on the disk\n');
        const exported = socialplan(work, ['export', join(EXAMPLES, 'en'), '-o', '-'], { stdout: descriptor });
        assertExit(exported, 2);
        assert.equal(exported.stderr, 'socialplan: cannot write the output (stdout): no space left on the disk\n');
        const french = socialplan(work, ['lint', join(EXAMPLES, 'en'), '--locale', 'fr'], { stdout: descriptor });
        assertExit(french, 2);
        assert.equal(
          french.stderr,
          'socialplan : impossible d’écrire la sortie (stdout) : plus de place sur le disque\n',
        );
      } finally {
        closeSync(descriptor);
      }
    });

    it('a reader that stops early (| head -c 100) ends the export quietly', () => {
      // A real pipe (Node's own stdio pipes are socket pairs, whose buffer holds the whole PDF).
      const result = spawnSync(
        'bash',
        [
          '--norc',
          '--noprofile',
          '-c',
          '"$0" "$@" | head -c 100 > /dev/null; exit "${PIPESTATUS[0]}"',
          process.execPath,
          BIN,
          'export',
          join(EXAMPLES, 'en'),
          '--format',
          'pdf',
          '-o',
          '-',
        ],
        { cwd: work, env: ENV, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      if (result.error) throw result.error;
      const run = { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
      assert.equal(run.stderr, '', 'no stack trace, no message');
      assertExit(run, 0);
    });
  });
});
