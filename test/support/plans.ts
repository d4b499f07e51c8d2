import assert from 'node:assert/strict';
import { exportSettings } from '../../src/core/report';
import { markdownFilesUnder } from '../../src/core/workspace/files';
import { NodeFileHost } from '../../src/core/workspace/host';
import { Linter } from '../../src/core/lint/linter';
import type { Plan } from '../../src/core/workspace/plans';
import type { Finding } from '../../src/core/types';

/** The plan in `folder`, linted, with the export settings of its config: what an export starts from. */
export function lintedPlanIn(folder: string): {
  plan: Plan;
  findings: Finding[];
  exportOptions: ReturnType<typeof exportSettings>;
} {
  const host = new NodeFileHost();
  const linter = new Linter(host, { trusted: true });
  const documents = markdownFilesUnder(host, folder)
    .map((file) => linter.documents.document(file))
    .filter((document) => document !== undefined);
  const plan = linter.documents.plansAround(documents).find((candidate) => candidate.planDocuments.length > 0);
  assert.ok(plan, `no plan in ${folder}`);
  const findings = linter.lint(plan.documents.map((document) => document.file)).findings;
  return { plan, findings, exportOptions: exportSettings(linter.configs.forFile(plan.planDocuments[0].file), true) };
}
