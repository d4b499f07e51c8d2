import assert from 'node:assert/strict';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';

const RULE = 'budget-currency';

describe(`${RULE} fixes`, () => {
  it('writes the plan’s currency instead of the budget’s, as a quick fix only', () => {
    const run = fixCase(RULE, 'fail-budget-differs-from-plan');
    const [finding] = run.before.filter((found) => found.rule === RULE);
    assert.equal(finding.related?.length, 1, 'points at where the plan sets its currency');
    assert.deepEqual(
      run.fixes.map((fix) => [fix.title.en, fix.safe]),
      [['Write `CAD` (amounts are not converted)', false]],
    );
    assertGolden(RULE, 'fail-budget-differs-from-plan', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('without a plan currency, the first budget of the plan is the reference', () => {
    const run = fixCase(RULE, 'fail-second-budget-differs');
    const [finding] = run.before.filter((found) => found.rule === RULE);
    assert.ok(finding.file.endsWith('annex-spring-campaign.md'));
    assert.ok(finding.related?.[0].file.endsWith('plan.md'));
    assertGolden(RULE, 'fail-second-budget-differs', run, ['annex-spring-campaign.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });
});
