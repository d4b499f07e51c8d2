import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPlan, exportEdition, planOf, renderExport } from '../../../src/core/export';
import { Linter } from '../../../src/core/lint/linter';
import { assemblePlan } from '../../../src/core/report';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { writeTree } from '../../support/tree';

/**
 * `export.edition` (docs/exporting.md, "Editions"): the config's value checked like any other, and
 * which edition an export is made in: the one asked for, else the config's, else `client` for an
 * approved plan and `review` before. The preview's model is always the review edition.
 */

function planDocument(status: string): string {
  return `---\nsocialplan: plan\ntitle: T\nmethod: five-steps\nlocale: en\nstatus: ${status}\n---\n\nIntro.\n`;
}

describe('export editions', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-edition-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  function planIn(folder: string) {
    const linter = new Linter(new NodeFileHost(), { trusted: true });
    const document = linter.documents.document(join(work, folder, 'plan.md'));
    assert.ok(document);
    const plan = planOf(linter, document);
    assert.ok(plan);
    return { linter, plan, config: linter.configs.forFile(document.file) };
  }

  it('reports an edition that is neither client nor review as a config finding on its value', () => {
    writeTree(work, {
      'bad/.socialplan.yaml': 'export:\n  edition: everyone\n',
      'bad/plan.md': planDocument('draft'),
    });
    const { config, plan } = planIn('bad');
    assert.equal(config.broken, true);
    assert.equal(config.findings.length, 1);
    const [finding] = config.findings;
    assert.equal(finding.rule, 'config');
    assert.equal(finding.severity, 'error');
    assert.equal(finding.file, join(work, 'bad', '.socialplan.yaml'));
    const yaml = 'export:\n  edition: everyone\n';
    assert.equal(yaml.slice(finding.range.start, finding.range.end), 'everyone');
    assert.match(finding.message.en, /client.*review/);
    // A value the schema refuses is never used: the plan's status decides.
    assert.equal(exportEdition(plan, config), 'review');
  });

  it('makes the client edition the default of an approved plan; the config and the option win', () => {
    writeTree(work, {
      'approved/plan.md': planDocument('approved'),
      'review/plan.md': planDocument('review'),
      'configured/.socialplan.yaml': 'export:\n  edition: review\n',
      'configured/plan.md': planDocument('approved'),
    });
    const approved = planIn('approved');
    assert.deepEqual(approved.config.findings, []);
    assert.equal(exportEdition(approved.plan, approved.config), 'client');
    assert.equal(exportEdition(approved.plan, approved.config, 'review'), 'review');
    const review = planIn('review');
    assert.equal(exportEdition(review.plan, review.config), 'review');
    assert.equal(exportEdition(review.plan, review.config, 'client'), 'client');
    const configured = planIn('configured');
    assert.deepEqual(configured.config.findings, []);
    assert.equal(exportEdition(configured.plan, configured.config), 'review');
    assert.equal(exportEdition(configured.plan, configured.config, 'client'), 'client');
  });

  it('leaves the validation summary out of the client edition’s contents; the preview’s model keeps it', async () => {
    writeTree(work, { 'approved/plan.md': planDocument('approved') });
    const { linter, plan } = planIn('approved');
    const check = checkPlan(linter, plan);
    const { model } = await renderExport(plan, check, { format: 'html', trusted: true, generator: 'test' });
    assert.equal(model.edition, 'client');
    assert.ok(!model.toc.some((entry) => entry.id === 'sp-validation'));
    const preview = assemblePlan(plan, check.findings);
    assert.equal(preview.edition, 'review');
    assert.equal(preview.toc[0]?.id, 'sp-validation');
  });
});
