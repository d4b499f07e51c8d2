import assert from 'node:assert/strict';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';

const RULE = 'charter-legal';

describe(`${RULE} fixes`, () => {
  it('fills blank topics and adds missing ones to the `legal` block, spokespersons from the dedicated people', () => {
    const run = fixCase(RULE, 'fail-missing-topics');
    assert.equal(run.fixes.length, 1);
    assert.equal(run.fixes[0].safe, false, 'placeholders are a start, not a charter: never applied unasked');
    assertGolden(RULE, 'fail-missing-topics', run, ['charter.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('adds a whole `legal` block, in the charter’s language', () => {
    const run = fixCase(RULE, 'fail-no-legal-block');
    assertGolden(RULE, 'fail-no-legal-block', run, ['charter.md']);
    assert.match(run.changed.get('charter.md') ?? '', /À rédiger/);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('a charter shared by two plans: one finding, one fix', () => {
    const run = fixCase(RULE, 'fail-shared-charter-reported-once');
    assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1);
    assertGolden(RULE, 'fail-shared-charter-reported-once', run, ['charter.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('a plan with no charter gets no fix: a charter is written, not generated', () => {
    const run = fixCase(RULE, 'fail-no-charter');
    assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1);
    assert.deepEqual(run.fixes, []);
  });
});
