import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { applyFixes } from '../../src/core/lint/fixes';
import { NodeFileHost } from '../../src/core/workspace/host';
import { Linter } from '../../src/core/lint/linter';
import type { Finding, Fix } from '../../src/core/types';
import { filesUnder, FIXTURES, writeCase } from './fixtures';

/**
 * Applies every fix a rule offers on one of its `fail-*` fixtures (in a temporary copy of base + case), compares
 * each changed file with its golden file, then lints the fixed copy with a new `Linter`: the rule's
 * findings must be gone and no finding may appear that was not there before.
 *
 * Golden files live in the case folder, beside the file they show fixed: `plan.md.fixed` is the
 * case's `plan.md` after the fixes (`plan.md.<variant>.fixed` for a variant of the case, named
 * `<case>.<variant>` by its test). `.fixed` files are no Markdown, so no lint reads them.
 * `UPDATE_GOLDEN=1` rewrites them (review the diff).
 */
export interface FixRun {
  fixes: Fix[];
  /** Relative path → fixed text, for the files the fixes changed. */
  changed: Map<string, string>;
  before: Finding[];
  after: Finding[];
}

export function fixCase(ruleId: string, caseName: string): FixRun {
  const source = join(FIXTURES, 'rules', ruleId, caseName);
  const root = mkdtempSync(join(tmpdir(), `socialplan-fix-${ruleId}-`));
  try {
    writeCase(source, root);
    const files = filesUnder(root).filter((file) => file.endsWith('.md'));
    const before = new Linter(new NodeFileHost(), { trusted: true }).lint(files).findings;
    const fixes = before.filter((finding) => finding.rule === ruleId).flatMap((finding) => finding.fixes ?? []);
    const outcome = applyFixes(fixes, (file) => readFileSync(file, 'utf8'));
    assert.deepEqual(outcome.deferred, [], 'the fixes of one pass must not overlap');
    for (const [file, text] of outcome.changed) writeFileSync(file, text);
    const after = new Linter(new NodeFileHost(), { trusted: true }).lint(files).findings;
    const changed = new Map(
      [...outcome.changed].map(([file, text]) => [relative(root, file).split('\\').join('/'), text]),
    );
    return { fixes, changed, before: relativeTo(root, before), after: relativeTo(root, after) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function goldenPath(ruleId: string, caseName: string, file: string): string {
  const [folder, variant] = caseName.split('.');
  return join(FIXTURES, 'rules', ruleId, folder, variant ? `${file}.${variant}.fixed` : `${file}.fixed`);
}

/** Compares every changed file with its golden file; and checks that the golden files named exist. */
export function assertGolden(ruleId: string, caseName: string, run: FixRun, files: string[]): void {
  assert.deepEqual([...run.changed.keys()].sort(), [...files].sort(), 'the fixes changed other files than expected');
  for (const [file, text] of run.changed) {
    const golden = goldenPath(ruleId, caseName, file);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, text);
    }
    assert.ok(
      existsSync(golden),
      `no golden file ${relative(FIXTURES, golden)} (run with UPDATE_GOLDEN=1 and review it)`,
    );
    assert.equal(text, readFileSync(golden, 'utf8'), `${file} differs from ${relative(FIXTURES, golden)}`);
  }
}

/** After the fix: none of the rule's findings is left, and nothing new appeared. */
export function assertCleanRelint(ruleId: string, run: FixRun): void {
  assert.deepEqual(
    describe(run.after.filter((finding) => finding.rule === ruleId)),
    [],
    `${ruleId} still reports after its fixes`,
  );
  const known = new Set(describe(run.before));
  assert.deepEqual(
    describe(run.after).filter((line) => !known.has(line)),
    [],
    'the fixes introduced new findings',
  );
}

/** `file rule: message`, without positions (fixes move text) — enough to tell findings apart. */
function describe(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.file} ${finding.rule}: ${finding.message.en}`).sort();
}

function relativeTo(root: string, findings: Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, file: relative(root, finding.file).split('\\').join('/') }));
}
