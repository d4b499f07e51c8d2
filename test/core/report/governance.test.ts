import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { lintedPlanIn } from '../../support/plans';
import { writeTree } from '../../support/tree';

/**
 * The report shows how the plan and its charter are governed: the charter's status, version,
 * approvals and review dates, its crisis procedure and account-security rules, and the plan's
 * approval chain, whose DRAFT mark stays until every level approved the current version.
 */

const CHARTER = `---
socialplan: charter
title: Social media charter
status: approved
version: "2.0"
reviewed: "2027-01-31"
review_every: quarter
approvals:
  - { name: Claire Roy, role: Compliance officer, date: "2027-02-01", version: "2.0" }
legal:
  spokespersons: [marie]
  crisis:
    levels:
      - { name: Crisis, when: A product recall, alert: [marie], respond_within_hours: 1 }
    spokespersons: [marie]
    holding_statement: We know and are looking into it.
  account_security: { two_factor: true, access: [marie], access_review: quarter, offboarding: Removed the same day. }
---
`;

function plan(approvals: string): string {
  return `---
socialplan: plan
title: Spring launch
period: { start: "2027-01-01", end: "2027-12-31" }
method: { steps: [{ id: groundwork, title: Groundwork }] }
charter: charter.md
status: approved
version: "1.1"
approval_workflow: [agency, client]
resources:
  - { id: marie, name: Marie Tremblay, role: community-manager, internal: true, dedicated: true }
approvals:
${approvals}
---
`;
}

function modelOf(approvals: string): PlanModel {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-governance-'));
  try {
    writeTree(folder, { 'plan.md': plan(approvals), 'charter.md': CHARTER });
    const { plan: linted, findings } = lintedPlanIn(folder);
    return assemblePlan(linted, findings);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const AGENCY = '  - { name: Paul Nord, level: agency, date: "2027-01-05", version: "1.1" }';

describe('the report, on governance', () => {
  it('keeps DRAFT while the client approved an older version, and says so in the approvals', () => {
    const model = modelOf(`${AGENCY}\n  - { name: Julie Gagnon, level: client, date: "2027-01-06", version: "1.0" }`);
    assert.equal(model.cover.draft, true);
    assert.match(
      model.approvalChain ?? '',
      /Approval chain of version 1\.1: 1\. agency — approved .* · 2\. client — to approve again/,
    );
    assert.deepEqual(
      model.approvals.map((row) => row.role),
      ['agency · v1.1', 'client · v1.0'],
    );
    const html = renderPlanHtml(model);
    assert.match(html, /Approval chain of version 1\.1/);
  });

  it('drops DRAFT once every level approved the current version', () => {
    const model = modelOf(`${AGENCY}\n  - { name: Julie Gagnon, level: client, date: "2027-01-06", version: "1.1" }`);
    assert.equal(model.cover.draft, false);
  });

  it('shows the charter’s status, version, approvals, review dates, crisis procedure and security rules', () => {
    const model = modelOf(AGENCY);
    const items = new Map(model.charter.legal.map((item) => [item.key, item.value]));
    assert.equal(items.get('charter_status'), 'Approved');
    assert.equal(items.get('charter_version'), '2.0');
    assert.match(String(items.get('charter_approvals')), /Claire Roy — Compliance officer · v2\.0 — /);
    assert.equal(items.get('review_every'), 'Every quarter');
    assert.match(String(items.get('next_review')), /2027|30/);
    assert.match(String(items.get('crisis.levels')), /Crisis — Marie Tremblay · Within 1 h · A product recall/);
    assert.equal(items.get('crisis.holding_statement'), 'We know and are looking into it.');
    assert.equal(items.get('account_security.two_factor'), 'Required on every account');
    assert.deepEqual(items.get('account_security.access'), ['Marie Tremblay']);
  });
});
