import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from '../../../src/core/lint/linter';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { evaluateChain } from '../../../src/core/workspace/approval-chain';
import { addMonths } from '../../../src/core/util/dates';

/**
 * The date the rules take as today: `--today` over the config's `today:` over the clock, read in one
 * place (ConfigResolver.todayFor) and given to every rule context; `charter-review` shows it.
 */
const ROOT = join(__dirname, '..', '..', '..');
const CASE = join(ROOT, 'test', 'fixtures', 'rules', 'charter-review', 'pass-review-not-due');
const BASE = join(ROOT, 'test', 'fixtures', 'rules', '_bases', 'charter-groundwork', '01-groundwork.md');

function planFolder(config: string | undefined): string {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-today-'));
  cpSync(join(CASE, 'plan.md'), join(folder, 'plan.md'));
  cpSync(join(CASE, 'charter.md'), join(folder, 'charter.md'));
  cpSync(BASE, join(folder, '01-groundwork.md'));
  if (config) writeFileSync(join(folder, '.socialplan.yaml'), config);
  return folder;
}

function reviewFindings(folder: string, today?: string): string[] {
  const linter = new Linter(new NodeFileHost(), { trusted: true, today });
  return linter
    .lint(['plan.md', 'charter.md', '01-groundwork.md'].map((file) => join(folder, file)))
    .findings.filter((finding) => finding.rule === 'charter-review')
    .map((finding) => finding.message.en);
}

describe('today, for the rules', () => {
  it('comes from the config’s today:, and --today wins over it', () => {
    const folder = planFolder('today: "2028-02-01"\n');
    try {
      const [late] = reviewFindings(folder);
      assert.match(late, /due on 2028-01-10, 22 days ago \(today is 2028-02-01\)/);
      assert.deepEqual(reviewFindings(folder, '2027-06-01'), []);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is taken by `socialplan lint --today`, and a date that does not exist is a usage error', () => {
    const folder = planFolder(undefined);
    try {
      const bin = join(ROOT, 'bin', 'socialplan.js');
      const late = spawnSync('node', [bin, 'lint', '.', '--today', '2029-01-11', '--format', 'json'], {
        cwd: folder,
        encoding: 'utf8',
      });
      assert.match(late.stdout, /due on 2028-01-10, 367 days ago \(today is 2029-01-11\)/);
      const wrong = spawnSync('node', [bin, 'lint', '.', '--today', '2029-02-30'], { cwd: folder, encoding: 'utf8' });
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /--today must be a date written YYYY-MM-DD/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('adds whole months, keeping the day within the month', () => {
    assert.equal(addMonths('2027-01-31', 3), '2027-04-30');
    assert.equal(addMonths('2027-08-31', 6), '2028-02-29');
    assert.equal(addMonths('2027-11-15', 12), '2028-11-15');
  });
});

describe('the approval chain', () => {
  const data = (approvals: unknown[]) => ({
    version: '2.0',
    approval_workflow: ['agency', { role: 'legal', approvers: ['Ana Roy', 'Luc Roy'], needs: 'all' }],
    approvals,
  });

  it('is complete when every level approved the current version, in order', () => {
    const chain = evaluateChain(
      data([
        { name: 'Paul', level: 'agency', date: '2027-01-05', version: '2.0' },
        { name: 'Ana Roy', role: 'Legal', date: '2027-01-05', version: '2.0' },
        { name: 'Luc Roy', level: 'legal', date: '2027-01-07', version: '2.0' },
      ]),
    );
    assert.equal(chain?.complete, true);
    assert.deepEqual(
      chain?.levels.map((level) => [level.state, level.completedOn]),
      [
        ['approved', '2027-01-05'],
        ['approved', '2027-01-07'],
      ],
    );
  });

  it('tells an older version, a missing approver and an approval out of order apart', () => {
    const chain = evaluateChain(
      data([
        { name: 'Paul', level: 'agency', date: '2027-01-05', version: '1.0' },
        { name: 'Ana Roy', level: 'legal', date: '2027-01-04', version: '2.0' },
      ]),
    );
    assert.equal(chain?.complete, false);
    assert.equal(chain?.levels[0].state, 'outdated');
    assert.deepEqual(chain?.levels[1].waitingFor, ['Luc Roy']);
    const late = evaluateChain(
      data([
        { name: 'Paul', level: 'agency', date: '2027-01-05', version: '2.0' },
        { name: 'Ana Roy', level: 'legal', date: '2027-01-04', version: '2.0' },
        { name: 'Luc Roy', level: 'legal', date: '2027-01-06', version: '2.0' },
      ]),
    );
    assert.equal(late?.levels[1].state, 'out-of-order');
    assert.equal(late?.levels[1].early?.name, 'Ana Roy');
  });
});
