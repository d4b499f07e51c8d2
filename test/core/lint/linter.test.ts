import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import { writeTree } from '../../support/tree';

/**
 * A Linter kept across edits (as in the editor) answers as a fresh one would, when the edit
 * changes which document is a plan: where a document's plan is looked for rests on those kinds.
 */

const PLAN = (title: string) =>
  `---\nsocialplan: plan\ntitle: ${title}\nclient: Cedar Lane Books\nperiod: { start: "2027-01-01", end: "2027-12-31" }\nmethod: five-steps\n---\n`;
const NOT_A_PLAN = (title: string) => `---\nsocialplan: plam\ntitle: ${title}\n---\n`;
const STEP = '---\nsocialplan: step\nstep: listen\ntitle: Listening\nstatus: todo\n---\n\n# Listening\n';

describe('Linter kept across edits: plans found again when a kind changes', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-linter-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** The plan title each target's step belongs to, for a kept and for a fresh Linter. */
  function plansOf(linter: Linter, step: string): (string | undefined)[] {
    const document = linter.documents.document(step);
    assert.ok(document);
    return linter.documents
      .plansAround([document])
      .filter((plan) => plan.documents.includes(document))
      .map((plan) => plan.planDocuments[0]?.data.title as string | undefined);
  }

  function assertAsFresh(kept: Linter, step: string, expected: (string | undefined)[]): void {
    const fresh = new Linter(new NodeFileHost());
    assert.deepStrictEqual(plansOf(kept, step), expected);
    assert.deepStrictEqual(plansOf(fresh, step), expected);
    assert.deepStrictEqual(kept.lint([step]).findings, fresh.lint([step]).findings);
  }

  it('a plan document broken when its step is first linted, then fixed: the step finds its plan', () => {
    writeTree(root, { '.git/HEAD': '', 'plan.md': NOT_A_PLAN('Bakery'), '01-listen.md': STEP });
    const step = join(root, '01-listen.md');
    const linter = new Linter(new NodeFileHost());
    assertAsFresh(linter, step, [undefined]);
    assert.ok(
      linter
        .lint([step])
        .findings.some((finding) => finding.rule === 'plan-structure' && /belongs to no plan/.test(finding.message.en)),
    );
    writeFileSync(join(root, 'plan.md'), PLAN('Bakery'));
    assertAsFresh(linter, step, ['Bakery']);
  });

  it('nested plans: when the inner plan document stops being one, its step belongs to the outer plan, and back', () => {
    writeTree(root, {
      '.git/HEAD': '',
      'plan.md': PLAN('Outer'),
      'inner/plan.md': PLAN('Inner'),
      'inner/01-listen.md': STEP,
    });
    const step = join(root, 'inner', '01-listen.md');
    const linter = new Linter(new NodeFileHost());
    assertAsFresh(linter, step, ['Inner']);
    writeFileSync(join(root, 'inner', 'plan.md'), NOT_A_PLAN('Inner'));
    assertAsFresh(linter, step, ['Outer']);
    writeFileSync(join(root, 'inner', 'plan.md'), PLAN('Inner'));
    assertAsFresh(linter, step, ['Inner']);
  });

  it('a document that becomes a plan in the step’s folder takes the step from the outer plan', () => {
    writeTree(root, {
      '.git/HEAD': '',
      'plan.md': PLAN('Outer'),
      'inner/notes.md': NOT_A_PLAN('Notes'),
      'inner/01-listen.md': STEP,
    });
    const step = join(root, 'inner', '01-listen.md');
    const linter = new Linter(new NodeFileHost());
    assertAsFresh(linter, step, ['Outer']);
    writeFileSync(join(root, 'inner', 'notes.md'), PLAN('Notes'));
    assertAsFresh(linter, step, ['Notes']);
  });
});
