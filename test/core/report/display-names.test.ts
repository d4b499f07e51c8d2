import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { renderPlanPdf } from '../../../src/core/render/pdf';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';
import { writeTree } from '../../support/tree';

/**
 * The report's tables name what the plan names: an objective by its statement (else its goal), a
 * platform or a resource by its name, an enum value by its label in the plan's language. Ids and
 * raw enum values stay in the model, for links and hints, but a reader never has to decode them.
 */

const ROOT = join(__dirname, '..', '..', '..');

function modelOf(folder: string): PlanModel {
  const { plan, findings, measuring } = lintedPlanIn(folder);
  return assemblePlan(plan, findings, { measuring });
}

/**
 * The model without the author's Markdown and the findings (which quote ids as code, on purpose):
 * what remains is what the report's own tables write.
 */
function tablesOnly(model: PlanModel): PlanModel {
  return {
    ...model,
    validation: { ...model.validation, findings: [] },
    overview: undefined,
    steps: model.steps.map((step) => ({ ...step, body: undefined })),
    charter: { ...model.charter, body: undefined },
    annexes: [],
  };
}

/** Every id the model names otherwise, and every enum value it labels otherwise. */
function codesWithWords(model: PlanModel): Set<string> {
  const codes = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const code = typeof record.id === 'string' ? record.id : record.value;
      const word = typeof record.id === 'string' ? (record.name ?? record.statement) : record.label;
      if (typeof code === 'string' && typeof word === 'string' && code !== word) codes.add(code);
      for (const value of Object.values(record)) walk(value);
    }
  };
  walk([model.objectives, model.platforms, model.resources, model.budget, model.timeline, model.charter]);
  return codes;
}

/** The codes that stand as a word of `text`. */
function codesIn(text: string, codes: Set<string>): string[] {
  return [...new Set(text.split(/[\s·,;()«»]+/u).filter((word) => codes.has(word)))].sort();
}

function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&[a-z]+;/g, ' ');
}

describe('display names in the report', function () {
  this.timeout(60_000);
  const french = modelOf(join(ROOT, 'examples', 'fr'));

  it('the model names the objectives a platform serves and the platform and objective of a budget line', () => {
    const instagram = french.platforms.rows.find((row) => row.id === 'instagram');
    assert.deepEqual(instagram?.objectives[2], {
      id: 'fidelite-membres',
      name: 'Donner aux membres du Carnet Levain une raison de revenir plus souvent',
    });
    const lines = french.budget.envelopes.flatMap((envelope) => envelope.categories.flatMap((c) => c.lines));
    const ad = lines.find((line) => line.platform?.id === 'instagram');
    assert.deepEqual(ad?.platform, { id: 'instagram', name: 'Instagram' });
    assert.equal(ad?.objective?.id, 'notoriete-rive-sud');
    assert.match(ad?.objective?.name ?? '', /^Faire connaître la nouvelle boutique de Lévis/);
  });

  it('names an objective without a statement by its goal, and leaves an unknown id as written', () => {
    const root = mkdtempSync(join(tmpdir(), 'socialplan-names-'));
    try {
      writeTree(root, {
        'plan.md': [
          '---',
          'socialplan: plan',
          'title: T',
          'locale: fr',
          'objectives:',
          '  - { id: jeunes-membres, goal: loyalty, deadline: "2027-06-30" }',
          'platforms:',
          '  - { id: tiktok, name: TikTok, objectives: [jeunes-membres, inconnu] }',
          'budget:',
          '  lines:',
          '    - { label: Pub, amount: 100, platform: tiktok, objective: jeunes-membres }',
          '---',
          '',
        ].join('\n'),
      });
      const model = modelOf(root);
      assert.deepEqual(model.platforms.rows[0].objectives, [
        { id: 'jeunes-membres', name: 'Fidélisation' },
        { id: 'inconnu', name: 'inconnu' },
      ]);
      const line = model.budget.envelopes[0].categories[0].lines[0];
      assert.deepEqual([line.platform?.name, line.objective?.name], ['TikTok', 'Fidélisation']);
      const deadline = model.timeline.find((entry) => entry.kind.value === 'objective-deadline');
      assert.equal(deadline?.title, 'Fidélisation');
      const html = htmlText(renderPlanHtml(tablesOnly(model)));
      assert.deepEqual(codesIn(html, new Set(['loyalty', 'tiktok'])), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the French example, in HTML and in PDF, shows no id or enum value where the plan gives a name', async () => {
    const model = tablesOnly(french);
    const codes = codesWithWords(model);
    for (const code of ['fidelite-membres', 'instagram', 'camille', 'loyalty', 'staff', 'week'])
      assert.ok(codes.has(code), `${code} is among the codes looked for`);
    assert.deepEqual(codesIn(htmlText(renderPlanHtml(model)), codes), [], 'in the HTML');
    const { bytes } = await renderPlanPdf(model, { generator: 'SocialPlan test' });
    assert.deepEqual(codesIn(pdftotext(bytes), codes), [], 'in the PDF');
  });
});
