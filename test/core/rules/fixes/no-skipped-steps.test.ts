import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { applyFixes } from '../../../../src/core/lint/fixes';
import { NodeFileHost } from '../../../../src/core/workspace/host';
import { Linter } from '../../../../src/core/lint/linter';
import type { Finding, Fix } from '../../../../src/core/types';
import { assertCleanRelint, assertGolden, fixCase, type FixRun } from '../../../support/fix-golden';
import { filesUnder, FIXTURES, writeCase } from '../../../support/fixtures';

const RULE = 'no-skipped-steps';

/**
 * The missing-step fixes create files, and each finding offers two alternatives for the same file,
 * so they cannot all go through `fixCase` at once: `pick` chooses one fix per finding. The created
 * files are written (never over an existing one) and count as changed files for the golden check.
 */
function createCase(caseName: string, pick: (fixes: Fix[]) => Fix | undefined): FixRun {
  const root = mkdtempSync(join(tmpdir(), `socialplan-fix-${RULE}-`));
  try {
    writeCase(join(FIXTURES, 'rules', RULE, caseName), root);
    const lint = () =>
      new Linter(new NodeFileHost(), { trusted: true }).lint(filesUnder(root).filter((file) => file.endsWith('.md')))
        .findings;
    const before = lint();
    const fixes = before
      .filter((finding) => finding.rule === RULE)
      .map((finding) => pick(finding.fixes ?? []))
      .filter((fix) => fix !== undefined);
    const outcome = applyFixes(fixes, (file) => readFileSync(file, 'utf8'));
    assert.deepEqual(outcome.deferred, [], 'the fixes of one pass must not overlap');
    for (const [file, text] of outcome.changed) writeFileSync(file, text);
    for (const [file, text] of outcome.created) {
      assert.ok(!existsSync(file), `${relative(root, file)} already exists: a fix must never overwrite`);
      writeFileSync(file, text);
    }
    const changed = new Map(
      [...outcome.changed, ...outcome.created].map(([file, text]) => [
        relative(root, file).split('\\').join('/'),
        text,
      ]),
    );
    return { fixes, changed, before: relativeTo(root, before), after: relativeTo(root, lint()) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function relativeTo(root: string, findings: Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, file: relative(root, finding.file).split('\\').join('/') }));
}

const asTodo = (fixes: Fix[]) => fixes.find((fix) => fix.title.en.includes('from the template'));
const asSkipped = (fixes: Fix[]) => fixes.find((fix) => fix.title.en.includes('marked as skipped'));

describe(`${RULE} fixes`, () => {
  it('offers two file-creating fixes per missing step, never applied unasked', () => {
    const run = createCase('fail-missing-step', (fixes) => {
      assert.deepEqual(
        fixes.map((fix) => fix.title.en),
        [
          'Create `02-social-content.md` from the template',
          'Create `02-social-content.md` with the step marked as skipped, then write the reason',
        ],
      );
      assert.ok(fixes.every((fix) => !fix.safe && fix.edits.length === 0 && fix.createFiles?.length === 1));
      return undefined;
    });
    assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1);
  });

  it('creates the missing step document from the template, to do', () => {
    const run = createCase('fail-missing-step', asTodo);
    assertGolden(RULE, 'fail-missing-step', run, ['02-social-content.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('creates the missing step document marked as skipped, with a reason to write', () => {
    const run = createCase('fail-missing-step', asSkipped);
    assertGolden(RULE, 'fail-missing-step.skipped', run, ['02-social-content.md']);
    assert.deepEqual(
      run.after.filter((finding) => finding.rule === RULE),
      [],
    );
    // The reason it writes is an instruction from the one placeholder list: placeholder-text asks for the real one.
    assert.deepEqual(
      run.after.map((finding) => `${finding.rule}: ${finding.message.en}`),
      [
        'placeholder-text: `skip_reason` still holds the template text “Explain why this plan can do without this step.”: replace it with what the plan decides.',
      ],
    );
  });

  it('writes the template in the plan’s language', () => {
    const run = createCase('fail-french-plan-missing-step', asTodo);
    assertGolden(RULE, 'fail-french-plan-missing-step', run, ['04-distribution.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('creates every missing step of the default method in one pass', () => {
    const run = createCase('fail-default-method-has-no-steps', asTodo);
    assert.deepEqual([...run.changed.keys()].sort(), [
      '01-listen.md',
      '02-profiles.md',
      '03-content.md',
      '04-distribution.md',
      '05-community.md',
      '06-measure.md',
    ]);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('puts a custom method’s missing step beside the other step documents', () => {
    const run = createCase('fail-custom-method-step-missing', asTodo);
    assertGolden(RULE, 'fail-custom-method-step-missing', run, ['02-personas.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('renames a misspelt step id, which also settles the step it was meant for', () => {
    const run = fixCase(RULE, 'fail-unknown-step-id');
    assert.deepEqual(
      run.fixes.map((fix) => fix.title.en),
      ['Change to `social-content`'],
    );
    assert.ok(
      run.fixes.every((fix) => !fix.safe),
      'the closest id is a guess: never applied unasked',
    );
    assertGolden(RULE, 'fail-unknown-step-id', run, ['02-social-content.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(run.after, []);
  });

  it('offers no fix for a duplicate step or a blank reason: only the author can choose', () => {
    for (const caseName of ['fail-two-documents-for-one-step', 'fail-blank-skip-reason']) {
      const run = fixCase(RULE, caseName);
      assert.deepEqual(run.fixes, [], caseName);
      assert.equal(run.before.filter((finding) => finding.rule === RULE).length, 1, caseName);
    }
  });
});
