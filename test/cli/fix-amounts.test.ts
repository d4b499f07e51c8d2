import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from '../../src/core/lint/linter';
import { NodeFileHost } from '../../src/core/workspace/host';

/**
 * The amounts the budget fixes write (issue 21, item 7): `lint --fix` end to end for the safe
 * "Add total", the linter for the unsafe "Set total" (which `--fix` leaves to the author).
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');

/** A copy of the English example whose budget is `budget` (YAML lines under `budget:`). */
function planWithBudget(work: string, budget: string[]): string {
  const folder = join(work, 'plan');
  cpSync(join(ROOT, 'examples', 'en'), folder, { recursive: true });
  const file = join(folder, 'plan.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('budget:\n');
  const end = text.indexOf('\n---', start);
  assert.ok(start > 0 && end > start);
  writeFileSync(
    file,
    `${text.slice(0, start)}budget:\n${budget.map((line) => `  ${line}\n`).join('')}${text.slice(end + 1)}`,
  );
  return file;
}

const LINES = (first: string, second: string) => [
  'currency: USD',
  'period: year',
  'lines:',
  `  - { label: Staff, category: staff, amount: ${first}, resource: dana }`,
  `  - { label: Training, category: training, amount: ${second} }`,
];

describe('budget fixes write amounts with the precision of their inputs', function () {
  this.slow(3000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-amounts-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const fix = (file: string) =>
    spawnSync(process.execPath, [BIN, 'lint', '--fix', '--format', 'json', join(file, '..')], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('lint --fix adds the total of the lines as they are written (100.25 + 0.1: 100.35)', () => {
    const file = planWithBudget(work, LINES('100.25', '0.1'));
    const run = fix(file);
    assert.equal(run.signal, null);
    assert.match(readFileSync(file, 'utf8'), /\n {2}total: 100\.35\n/);
  });

  it('lint --fix writes no total for lines too large to add up exactly (1e21 + 0.005)', () => {
    const file = planWithBudget(work, LINES('1e21', '0.005'));
    const before = readFileSync(file, 'utf8');
    const run = fix(file);
    assert.equal(run.signal, null);
    const after = readFileSync(file, 'utf8');
    assert.doesNotMatch(after, /total:/, 'a total was written');
    assert.equal(after, before);
  });

  it('"Set total" is offered with the sum as its lines write it, and not offered for an absurd sum', () => {
    const offered = (first: string, second: string) => {
      const file = planWithBudget(work, [...LINES(first, second), 'total: 7']);
      const findings = new Linter(new NodeFileHost(), { trusted: true }).lint([file]).findings;
      return findings
        .filter((finding) => finding.rule === 'budget-sum')
        .flatMap((finding) => finding.fixes ?? [])
        .map((fix) => fix.edits.map((edit) => edit.newText).join());
    };
    assert.deepEqual(offered('1250.5', '1249.5'), ['2500']);
    assert.deepEqual(offered('1e21', '0.005'), []);
  });
});
