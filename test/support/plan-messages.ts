import { join } from 'node:path';
import { Linter } from '../../src/core/lint/linter';
import type { Localized } from '../../src/core/types';
import { OneFolderHost, PLAN_FOLDER } from './folder-host';

/**
 * The messages one rule gives on a plan held in memory: `frontmatter` is the YAML of `plan.md`
 * (a `.socialplan.yaml` may come beside it), so a test reads the very words a user sees.
 */
export function ruleMessages(rule: string, frontmatter: string, config?: string): Localized[] {
  const texts = new Map([['plan.md', `---\n${frontmatter.trim()}\n---\n\nThe plan.\n`]]);
  if (config !== undefined) texts.set('.socialplan.yaml', config);
  const linter = new Linter(new OneFolderHost(texts), { trusted: true });
  return linter
    .lint([join(PLAN_FOLDER, 'plan.md')])
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => finding.message);
}

/** The head of a plan with a custom one-step method: enough for the plan rules to run. */
export const PLAN_HEAD = `socialplan: plan
title: Spring launch
currency: CAD
period: { start: "2027-01-01", end: "2027-12-31" }
method:
  steps:
    - { id: groundwork, title: Groundwork }`;
