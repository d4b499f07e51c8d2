import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Which of the CLI's bundles each command loads (docs/architecture.md, "The CLI's bundles"): read
 * from Node's own module cache, dumped at exit by a preloaded script, on the bundles `npm test` built.
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');
const EXAMPLE = join(ROOT, 'examples', 'en');

describe('the CLI bundles a command loads', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'sp-bundles-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** The files under dist/ that the command required, relative to the repository. */
  function bundlesLoaded(args: string[]): string[] {
    const dump = join(folder, 'loaded.json');
    const preload = join(folder, 'dump-loaded.js');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(dump)}, JSON.stringify(Object.keys(require.cache))));`,
    );
    const run = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: folder, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const loaded = JSON.parse(readFileSync(dump, 'utf8')) as string[];
    return loaded
      .map((path) => relative(ROOT, path))
      .filter((path) => path.startsWith('dist'))
      .sort();
  }

  it('lint parses no export code', () => {
    assert.deepEqual(bundlesLoaded(['lint', EXAMPLE, '--format', 'json']), ['dist/cli-lint.js']);
  });

  it('--version and init load the lint bundle only', () => {
    assert.deepEqual(bundlesLoaded(['--version']), ['dist/cli-lint.js']);
    assert.deepEqual(bundlesLoaded(['init', join(folder, 'new-plan')]), ['dist/cli-lint.js']);
  });

  it('export, report and results load the whole CLI once, not the lint bundle beside an export bundle', () => {
    assert.deepEqual(bundlesLoaded(['export', EXAMPLE, '-o', join(folder, 'plan.html')]), ['dist/cli.js']);
    assert.deepEqual(bundlesLoaded(['report', EXAMPLE, '--month', '2027-11', '-o', join(folder, 'report.html')]), [
      'dist/cli.js',
    ]);
    // Its help is enough to show which bundle answers.
    assert.deepEqual(bundlesLoaded(['results', 'import', '--help']), ['dist/cli.js']);
  });

  it('a PDF export adds the PDF engine and nothing else', () => {
    assert.deepEqual(bundlesLoaded(['export', EXAMPLE, '-o', join(folder, 'plan.pdf')]), [
      'dist/cli.js',
      'dist/pdf-engine.js',
    ]);
  });
});
