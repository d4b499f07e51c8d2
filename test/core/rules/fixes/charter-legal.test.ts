import assert from 'node:assert/strict';
import { assertGolden, type FixRun, fixCase } from '../../../support/fix-golden';

const RULE = 'charter-legal';

/**
 * The fix writes placeholders, and a placeholder is not a written rule: after it, `charter-legal`
 * says the topics still hold template text, `placeholder-text` points at each one, and nothing else
 * is new.
 */
function assertPlaceholdersStillReported(run: FixRun): void {
  const after = run.after.filter((finding) => finding.rule === RULE);
  assert.equal(after.length, 1);
  assert.match(after[0].message.en, /still holds template text in `/);
  assert.doesNotMatch(after[0].message.en, /does not cover|names no spokespersons/);
  assert.match(after[0].message.fr, /contient encore un texte de modèle/);
  const placeholders = run.after.filter((finding) => finding.rule === 'placeholder-text');
  assert.ok(placeholders.length > 0, 'placeholder-text points at the placeholders');
  assert.deepEqual(
    run.after.filter((finding) => finding.rule !== RULE && finding.rule !== 'placeholder-text').map((f) => f.rule),
    run.before.filter((finding) => finding.rule !== RULE).map((f) => f.rule),
  );
}

describe(`${RULE} fixes`, () => {
  it('fills blank topics and adds missing ones to the `legal` block, spokespersons from the dedicated people', () => {
    const run = fixCase(RULE, 'fail-missing-topics');
    assert.equal(run.fixes.length, 1);
    assert.equal(run.fixes[0].safe, false, 'placeholders are a start, not a charter: never applied unasked');
    assertGolden(RULE, 'fail-missing-topics', run, ['charter.md']);
    assertPlaceholdersStillReported(run);
  });

  it('adds a whole `legal` block, in the charter’s language', () => {
    const run = fixCase(RULE, 'fail-no-legal-block');
    assertGolden(RULE, 'fail-no-legal-block', run, ['charter.md']);
    assert.match(run.changed.get('charter.md') ?? '', /À rédiger/);
    assertPlaceholdersStillReported(run);
  });

  it('a charter shared by two plans: one finding, one fix', () => {
    const run = fixCase(RULE, 'fail-shared-charter-reported-once');
    assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1);
    assertGolden(RULE, 'fail-shared-charter-reported-once', run, ['charter.md']);
    assertPlaceholdersStillReported(run);
  });

  it('a plan with no charter gets no fix: a charter is written, not generated', () => {
    const run = fixCase(RULE, 'fail-no-charter');
    assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1);
    assert.deepEqual(run.fixes, []);
  });
});
