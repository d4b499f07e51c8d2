import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');

/**
 * 200,000 findings in one file: the lint, the formatters and the exit code hold. Spreading that
 * many findings into `push` threw "Maximum call stack size exceeded" (130,000 unknown keys were
 * enough). The bundle runs in a child process with a time and memory limit, as a user runs it.
 */
describe('socialplan lint: 200,000 findings', function () {
  this.timeout(300_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'socialplan-many-'));
    const keys = Array.from({ length: 200_000 }, (_, index) => `k${index}: 1`);
    writeFileSync(join(folder, 'plan.md'), `---\nsocialplan: plan\ntitle: T\n${keys.join('\n')}\n---\n`);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  function lint(format: string) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=1536', BIN, 'lint', '--format', format, 'plan.md'], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 1024 * 1024 * 1024,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
    });
    assert.equal(run.signal, null, `killed: ${run.stderr.slice(-500)}`);
    assert.equal(run.status, 1, run.stderr.slice(-2000));
    return run.stdout;
  }

  it('every unknown key is reported, in JSON and in the terminal', () => {
    const findings = JSON.parse(lint('json')) as { rule: string; line: number }[];
    const unknown = findings.filter((finding) => finding.rule === 'unknown-key');
    assert.equal(unknown.length, 200_000);
    assert.equal(unknown[0].line, 4);
    assert.equal(unknown[199_999].line, 200_003);
    const summary = lint('stylish').trimEnd().split('\n').pop() ?? '';
    assert.match(summary, /^✖ 2000\d\d problems \(\d errors?, 200000 warnings/);
  });
});
