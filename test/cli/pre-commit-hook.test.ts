import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * The `socialplan-lint` hook of `.pre-commit-hooks.yaml`, run by the real pre-commit (Debian's) with
 * `try-repo`, as a user's `.pre-commit-config.yaml` would: pre-commit installs this repository in a
 * Node environment of its own (npm install, npm pack, npm install -g) and runs the hook on the files
 * of a fixture repository.
 */
describe('pre-commit hook socialplan-lint', function () {
  this.timeout(300_000);
  let work = '';

  before(function () {
    if (spawnSync('pre-commit', ['--version']).error) {
      console.log('      (pre-commit is not installed: .ci/run installs it)');
      this.skip();
    }
    work = mkdtempSync(join(tmpdir(), 'sp-pre-commit-'));
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  function git(repo: string, ...args: string[]): void {
    const run = spawnSync('git', ['-c', 'user.email=hook@example.invalid', '-c', 'user.name=hook', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  }

  function tryRepo(repo: string): { status: number | null; output: string } {
    const run = spawnSync('pre-commit', ['try-repo', ROOT, 'socialplan-lint', '--all-files'], {
      cwd: repo,
      encoding: 'utf8',
      // One pre-commit home for both runs: the environment is installed once, as on a developer's machine.
      env: { ...process.env, PRE_COMMIT_HOME: join(work, 'home'), NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    return { status: run.status, output: run.stdout + run.stderr };
  }

  it('passes a repository whose plan is clean, and fails one with a broken plan, printing the finding', () => {
    const repo = join(work, 'repo');
    cpSync(join(ROOT, 'examples', 'en'), join(repo, 'clients', 'millrace'), { recursive: true });
    // As of the plan's second week, before any of its results: a plan with nothing to say.
    writeFileSync(join(repo, 'clients', 'millrace', '.socialplan.yaml'), 'today: "2027-07-15"\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'a clean plan');
    const clean = tryRepo(repo);
    assert.equal(clean.status, 0, clean.output);
    assert.match(clean.output, /SocialPlan lint\.+Passed/);

    cpSync(join(ROOT, 'examples', 'broken', 'harbour-books'), join(repo, 'clients', 'harbour'), { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'a broken plan');
    const broken = tryRepo(repo);
    assert.equal(broken.status, 1, broken.output);
    assert.match(broken.output, /SocialPlan lint\.+Failed/);
    assert.match(broken.output, /clients\/harbour\/plan\.md/);
    assert.doesNotMatch(broken.output, /clients\/millrace/, 'the clean plan has nothing to say');
  });
});
