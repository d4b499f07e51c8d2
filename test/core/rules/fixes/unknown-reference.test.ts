import assert from 'node:assert/strict';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';

const RULE = 'unknown-reference';

describe(`${RULE} fixes`, () => {
  it('replaces each misspelt id by the closest defined one, in every document of the plan', () => {
    const run = fixCase(RULE, 'fail-typos-everywhere');
    assert.equal(run.fixes.length, 7);
    assert.ok(
      run.fixes.every((fix) => !fix.safe),
      'a closest id is a guess: never applied unasked',
    );
    assert.deepEqual(run.fixes.map((fix) => fix.title.en).sort(), [
      'Replace with `awareness-south-shore`',
      'Replace with `instagram`',
      'Replace with `julie`',
      'Replace with `julie`',
      'Replace with `marie`',
      'Replace with `marie`',
      'Replace with `marie`',
    ]);
    assertGolden(RULE, 'fail-typos-everywhere', run, ['01-groundwork.md', 'charter.md', 'plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('offers no fix when no defined id is close enough to guess', () => {
    const run = fixCase(RULE, 'fail-no-close-id');
    assert.deepEqual(run.fixes, []);
    assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1);
  });
});
