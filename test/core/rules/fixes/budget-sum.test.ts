import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileHost } from '../../../../src/core/workspace/host';
import { Linter } from '../../../../src/core/lint/linter';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';
import { filesUnder, FIXTURES, writeCase } from '../../../support/fixtures';

const RULE = 'budget-sum';

function ruleFindings(run: ReturnType<typeof fixCase>) {
  return run.before.filter((finding) => finding.rule === RULE);
}

describe(`${RULE} fixes`, () => {
  it('lines over the total: an error, and the quick fix sets `total` to the sum', () => {
    const run = fixCase(RULE, 'fail-lines-over-total');
    assert.deepEqual(
      ruleFindings(run).map((finding) => finding.severity),
      ['error'],
    );
    assert.equal(
      ruleFindings(run)[0].message.en,
      'Budget lines add up to 26,000 CAD, more than the total of 24,000 CAD. Trim the lines or raise `total`.',
    );
    assert.match(
      ruleFindings(run)[0].message.fr,
      /^Les lignes du budget totalisent 26\u00a0000\u00a0CAD, plus que le total de 24\u00a0000\u00a0CAD\./,
    );
    assert.deepEqual(
      run.fixes.map((fix) => [fix.title.en, fix.safe]),
      [['Set `total` to 26000', false]],
    );
    assertGolden(RULE, 'fail-lines-over-total', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('lines under the total: a warning from the same rule, with the same quick fix', () => {
    const run = fixCase(RULE, 'fail-lines-under-total');
    assert.deepEqual(
      ruleFindings(run).map((finding) => finding.severity),
      ['warning'],
    );
    assert.match(ruleFindings(run)[0].message.en, /4,000 CAD is not allocated/);
    assert.deepEqual(
      run.fixes.map((fix) => fix.safe),
      [false],
    );
    assertGolden(RULE, 'fail-lines-under-total', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('no total: a warning, and the safe fix inserts the sum as `total`', () => {
    const run = fixCase(RULE, 'fail-missing-total');
    assert.deepEqual(
      ruleFindings(run).map((finding) => finding.severity),
      ['warning'],
    );
    assert.deepEqual(
      run.fixes.map((fix) => [fix.title.en, fix.safe]),
      [['Add `total: 20000`', true]],
    );
    assertGolden(RULE, 'fail-missing-total', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('each budget block on its own: the fix changes only the block that is off', () => {
    const run = fixCase(RULE, 'fail-each-block-on-its-own');
    assertGolden(RULE, 'fail-each-block-on-its-own', run, ['annex-spring-campaign.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('a severity set in the config wins over the per-finding warning', () => {
    const root = mkdtempSync(join(tmpdir(), 'socialplan-budget-sum-'));
    try {
      writeCase(join(FIXTURES, 'rules', RULE, 'fail-lines-under-total'), root);
      const lint = () =>
        new Linter(new NodeFileHost(), { trusted: true }).lint(filesUnder(root).filter((file) => file.endsWith('.md')))
          .findings;
      writeFileSync(join(root, '.socialplan.yaml'), 'rules: { budget-sum: error }\n');
      assert.deepEqual(
        lint().map((finding) => `${finding.rule} ${finding.severity}`),
        ['budget-sum error'],
      );
      writeFileSync(join(root, '.socialplan.yaml'), 'rules: { budget-sum: off }\n');
      assert.deepEqual(lint(), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
