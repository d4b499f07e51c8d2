import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/rules';
import type { DocumentRule, Rule } from '../../../src/core/rules/rule';
import { writeTree } from '../../support/tree';

/**
 * A plan whose `decision` is `no-go` or `conditional` does not run a presence: the linter skips the
 * rules marked `appliesTo: 'running-presence'` on it, plan rules and document rules alike
 * (docs/rules/README.md, "Go, no-go").
 */

const plan = (decision: string, charter = 'charter.md') =>
  [
    '---',
    'socialplan: plan',
    'title: Readiness check',
    'client: Clinique dentaire des Érables',
    'period: { start: "2027-01-01", end: "2027-12-31" }',
    'method: five-questions',
    decision,
    `charter: ${charter}`,
    'platforms:',
    '  - { id: facebook, name: Facebook }',
    '---',
    '',
  ].join('\n');

const CHARTER = '---\nsocialplan: charter\ntitle: Charter\n---\n\nWho may speak for the clinic.\n';
const STEP = (id: string) => `---\nsocialplan: step\nstep: ${id}\nstatus: done\n---\n\nThe answer.\n`;
const ANSWERS = {
  '01-why.md': STEP('why'),
  '02-content-strategy.md': STEP('content-strategy'),
  '03-resource.md': STEP('resource'),
  '04-budget.md': STEP('budget'),
  '05-website-roi.md': STEP('website-roi'),
};
const REASON = 'decision_reason: Nobody can give it steady hours this year.';

/** A document rule about running a presence, reporting on every charter: none is registered yet. */
const charterNeedsCrisisPlan: DocumentRule = {
  id: 'test-charter-crisis',
  scope: 'document',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: { en: 'test', fr: 'test' },
  check(document, _context, report) {
    if (document.kind === 'charter')
      report({ file: document.file, range: document.openFence, message: { en: 'no crisis plan', fr: 'pas de plan' } });
  },
};

describe('rules about running a presence, and the go / no-go decision', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-presence-'));
    (RULES as Rule[]).push(charterNeedsCrisisPlan);
  });
  afterEach(() => {
    (RULES as Rule[]).splice(RULES.indexOf(charterNeedsCrisisPlan), 1);
    rmSync(root, { recursive: true, force: true });
  });

  function rulesFound(linter: Linter, files: string[]): string[] {
    const found = linter.lint(files.map((file) => join(root, file))).findings.map((finding) => finding.rule);
    return [...new Set(found)].sort();
  }

  const PRESENCE = [
    'charter-legal',
    'dedicated-resource',
    'plan-completeness',
    'platform-audience',
    'platform-objective',
    'platform-secured',
    'publishing-calendar',
    'test-charter-crisis',
  ];

  it('marks exactly the rules the docs list as about running a presence', () => {
    const marked = RULES.filter((rule) => rule.appliesTo === 'running-presence').map((rule) => rule.id);
    assert.deepEqual(
      marked.sort(),
      [
        ...PRESENCE,
        'budget-minimum',
        'budget-covers-resources',
        'capacity',
        'disclosure-policy',
        'privacy-officer',
        'internal-spokesperson',
        'website-readiness',
        'crisis-plan',
        'account-security',
        'charter-review',
      ].sort(),
    );
  });

  for (const decision of ['no-go', 'conditional']) {
    it(`a ${decision} plan gets none of them, on the plan nor on its charter`, () => {
      writeTree(root, {
        '.git/HEAD': '',
        'plan.md': plan(`decision: ${decision}\n${REASON}`),
        'charter.md': CHARTER,
        ...ANSWERS,
      });
      assert.deepEqual(rulesFound(new Linter(new NodeFileHost()), ['plan.md', 'charter.md']), []);
    });
  }

  it('a go plan, and a plan without a decision, get all of them', () => {
    writeTree(root, { '.git/HEAD': '', 'plan.md': plan(`decision: go\n${REASON}`), 'charter.md': CHARTER, ...ANSWERS });
    assert.deepEqual(rulesFound(new Linter(new NodeFileHost()), ['plan.md', 'charter.md']), PRESENCE);
    writeFileSync(join(root, 'plan.md'), plan(''));
    assert.deepEqual(rulesFound(new Linter(new NodeFileHost()), ['plan.md', 'charter.md']), PRESENCE);
  });

  it('a linter kept across edits follows the decision: the charter’s cached findings come back with `go`', () => {
    writeTree(root, {
      '.git/HEAD': '',
      'plan.md': plan(`decision: no-go\n${REASON}`),
      'charter.md': CHARTER,
      ...ANSWERS,
    });
    const linter = new Linter(new NodeFileHost());
    assert.deepEqual(rulesFound(linter, ['charter.md']), []);
    writeFileSync(join(root, 'plan.md'), plan(`decision: go\n${REASON}`));
    assert.deepEqual(rulesFound(linter, ['charter.md']), ['charter-legal', 'test-charter-crisis']);
    writeFileSync(join(root, 'plan.md'), plan(`decision: conditional\n${REASON}`));
    assert.deepEqual(rulesFound(linter, ['charter.md']), []);
  });

  it('a charter shared by a no-go plan and a go plan keeps the findings of the go plan', () => {
    writeTree(root, {
      '.git/HEAD': '',
      'shared/charter.md': CHARTER,
      'north/plan.md': plan(`decision: no-go\n${REASON}`, '../shared/charter.md'),
      'south/plan.md': plan(`decision: go\n${REASON}`, '../shared/charter.md'),
    });
    const linter = new Linter(new NodeFileHost());
    const findings = linter
      .lint(['north/plan.md', 'south/plan.md', 'shared/charter.md'].map((file) => join(root, file)))
      .findings.filter((finding) => finding.rule === 'test-charter-crisis' || finding.rule === 'dedicated-resource')
      .map((finding) => `${finding.file.slice(root.length + 1)} ${finding.rule}`);
    assert.deepEqual(findings.sort(), ['shared/charter.md test-charter-crisis', 'south/plan.md dedicated-resource']);
  });

  it('still asks a no-go plan for the answers to the five questions', () => {
    writeTree(root, { '.git/HEAD': '', 'plan.md': plan(`decision: no-go\n${REASON}`), 'charter.md': CHARTER });
    assert.deepEqual(rulesFound(new Linter(new NodeFileHost()), ['plan.md']), ['no-skipped-steps']);
  });
});
