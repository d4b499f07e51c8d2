import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import { RULES_BY_ID } from '../../../src/core/rules';
import { writeTree } from '../../support/tree';

/**
 * One real problem, one finding: a problem that makes other checks meaningless must not come back
 * as a cascade of findings from those checks.
 */

const CHARTER = `---
socialplan: charter
title: Social media charter
legal:
  intellectual_property: Only images we own or have licensed.
  defamation: Nothing about a person or a competitor that we cannot prove.
  privacy: { policy: Customer data is never published. }
  advertising_disclosure: Paid partnerships are marked "#ad".
  spokespersons: [marie]
---
`;

const PLAN_HEAD = `---
socialplan: plan
title: Spring launch
period: { start: "2027-01-01", end: "2027-12-31" }
method:
  steps:
    - { id: groundwork, title: Groundwork }
objectives:
  - id: awareness-south-shore
    goal: awareness
    kpi: { metric: reach, baseline: 1200, target: 5000, source: Meta Business Suite }
    deadline: "2027-06-30"
    owner: marie
platforms:
  - id: instagram
    name: Instagram
    secured: true
    objectives: [awareness-south-shore]
    frequency: { posts: 3, per: week }
    audience: 25-45, South Shore families
`;

const RESOURCES = `resources:
  - id: julie
    name: Julie Roy
    role: community-manager
    internal: true
    dedicated: true
`;

function lintTree(files: Record<string, string>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'socialplan-cascade-'));
  try {
    writeTree(root, files);
    const linter = new Linter(new NodeFileHost(), { trusted: true });
    const findings = linter.lint(Object.keys(files).map((file) => join(root, file))).findings;
    return findings.map((finding) => `${relative(root, finding.file)} ${finding.rule}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('no cascades', () => {
  it('a YAML error in one step gives only that yaml-syntax finding, not plan-level findings', () => {
    const findings = lintTree({
      // `marie` is no resource of this plan (only `julie` is): unknown-reference would fire on a healthy plan.
      'plan.md': `${PLAN_HEAD}${RESOURCES}---\n`,
      'charter.md': CHARTER,
      '01-groundwork.md': '---\nsocialplan: step\nstep: groundwork\ntitle: Groundwork\nowner: [marie\n---\n',
    });
    assert.deepEqual(findings, ['01-groundwork.md yaml-syntax']);
  });

  it('the same plan, repaired, does report the unknown references (so the test above proves something)', () => {
    const findings = lintTree({
      'plan.md': `${PLAN_HEAD}${RESOURCES}---\n`,
      'charter.md': CHARTER,
      '01-groundwork.md':
        '---\nsocialplan: step\nstep: groundwork\ntitle: Groundwork\nstatus: done\nowner: marie\n---\n\nListening done.\n',
    });
    assert.deepEqual(findings, [
      '01-groundwork.md unknown-reference',
      'charter.md unknown-reference',
      'plan.md unknown-reference',
    ]);
  });

  it('a plan with no resources block gives one unknown reference for the kind, not one per use of a person', () => {
    const findings = lintTree({
      'plan.md': `${PLAN_HEAD}---\n`,
      'charter.md': CHARTER,
      '01-groundwork.md':
        '---\nsocialplan: step\nstep: groundwork\ntitle: Groundwork\nstatus: done\nowner: marie\n---\n\nListening done.\n',
    });
    assert.deepEqual(
      findings.filter((finding) => finding.endsWith(' unknown-reference')),
      ['plan.md unknown-reference'],
      'three uses of a person the plan does not define at all are one finding, on the first of them',
    );
    if (RULES_BY_ID.has('dedicated-resource'))
      assert.deepEqual([...findings].sort(), ['plan.md dedicated-resource', 'plan.md unknown-reference']);
  });
});
