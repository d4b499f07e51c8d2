import assert from 'node:assert/strict';
import { today } from '../../../../src/core/rules/approval';
import { assertCleanRelint, assertGolden, fixCase, type FixRun } from '../../../support/fix-golden';

const RULE = 'approval';

/** The fix dates the approval today; the golden files say `TODAY` so they do not age. */
function withoutToday(run: FixRun): FixRun {
  const date = today();
  return { ...run, changed: new Map([...run.changed].map(([file, text]) => [file, text.split(date).join('TODAY')])) };
}

describe(`${RULE} fixes`, () => {
  for (const [caseName, file, title] of [
    ['fail-plan-approved-without-approvals', 'plan.md', 'Add an approval to fill in'],
    ['fail-empty-approvals-list', 'plan.md', 'Add an approval to fill in'],
    ['fail-approvals-without-a-date', 'plan.md', 'Add a date to the first approval'],
    ['fail-charter-approved-without-approvals', 'charter.md', 'Add an approval to fill in'],
  ] as const) {
    it(`${caseName}: ${title.toLowerCase()}`, () => {
      const run = fixCase(RULE, caseName);
      assert.deepEqual(
        run.fixes.map((fix) => fix.title.en),
        [title],
      );
      assert.ok(
        run.fixes.every((fix) => !fix.safe),
        'who approved, and when, only the author knows: never applied unasked',
      );
      assert.ok(
        [...run.changed.values()].every((text) => text.includes(`"${today()}"`)),
        'the approval is dated today',
      );
      assertGolden(RULE, caseName, withoutToday(run), [file]);
      assertCleanRelint(RULE, run);
      assert.deepEqual(run.after, []);
    });
  }
});
