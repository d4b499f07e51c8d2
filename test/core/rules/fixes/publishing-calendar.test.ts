import assert from 'node:assert/strict';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';

const RULE = 'publishing-calendar';

describe(`${RULE} fixes`, () => {
  it('adds a frequency to block and flow-style platforms', () => {
    const run = fixCase(RULE, 'fail-no-frequency');
    assert.equal(run.fixes.length, 2);
    assert.ok(
      run.fixes.every((fix) => !fix.safe),
      'three posts a week is a suggestion: never applied unasked',
    );
    assertGolden(RULE, 'fail-no-frequency', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });
});
