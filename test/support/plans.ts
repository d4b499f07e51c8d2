import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { exportSettings } from '../../src/core/report';
import { markdownFilesUnder } from '../../src/core/workspace/files';
import { NodeFileHost } from '../../src/core/workspace/host';
import { Linter } from '../../src/core/lint/linter';
import type { Plan } from '../../src/core/workspace/plans';
import type { Finding } from '../../src/core/types';
import { checkPlan } from '../../src/core/export';
import type { Measuring } from '../../src/core/results/progress';

/**
 * The plan in `folder`, linted, with the export settings of its config and the day and projection
 * its rules judged progress by (`checkPlan`'s `measuring`): what an export starts from.
 */
export function lintedPlanIn(folder: string): {
  plan: Plan;
  findings: Finding[];
  exportOptions: ReturnType<typeof exportSettings>;
  measuring: Measuring;
} {
  const host = new NodeFileHost();
  const linter = new Linter(host, { trusted: true });
  const documents = markdownFilesUnder(host, folder)
    .map((file) => linter.documents.document(file))
    .filter((document) => document !== undefined);
  const plan = linter.documents.plansAround(documents).find((candidate) => candidate.planDocuments.length > 0);
  assert.ok(plan, `no plan in ${folder}`);
  const findings = linter.lint(plan.documents.map((document) => document.file)).findings;
  const { measuring } = checkPlan(linter, plan);
  return {
    plan,
    findings,
    exportOptions: exportSettings(linter.configs.forFile(plan.planDocuments[0].file), true),
    measuring,
  };
}

/**
 * A copy of a bundled example at `target`, without the example's own `.socialplan.yaml` (its
 * `today:`, docs/measuring.md): the nearest config file wins, so it would hide the config a test
 * writes in the folder above.
 */
export function copyExampleUnder(example: string, target: string): void {
  cpSync(join(__dirname, '..', '..', 'examples', example), target, { recursive: true });
  rmSync(join(target, '.socialplan.yaml'), { force: true });
}
