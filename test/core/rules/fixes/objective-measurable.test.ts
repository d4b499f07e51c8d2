import assert from 'node:assert/strict';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';

const RULE = 'objective-measurable';

describe(`${RULE} fixes`, () => {
  for (const name of ['fail-no-kpi-no-deadline', 'fail-kpi-parts-missing', 'fail-flow-style']) {
    it(`${name}: inserts the missing keys with placeholders, keeping the layout`, () => {
      const run = fixCase(RULE, name);
      assert.equal(run.fixes.length, 1);
      assert.equal(run.fixes[0].safe, false, 'placeholders are not real values: never applied unasked');
      assertGolden(RULE, name, run, ['plan.md']);
      assertCleanRelint(RULE, run);
      assert.deepEqual(run.after, []);
    });
  }

  it('takes the deadline placeholder from the plan period, so it stays inside it', () => {
    const run = fixCase(RULE, 'fail-no-kpi-no-deadline');
    assert.match(run.changed.get('plan.md') ?? '', /deadline: "2027-12-31"/);
  });
});
