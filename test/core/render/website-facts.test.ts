import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { renderPlanPdf } from '../../../src/core/render/pdf';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';

/**
 * The plan's `website` facts appear inside the step that asks whether the website converts
 * (docs/methods.md, "Groundwork and the website"), in the plan's language, in the HTML and the PDF,
 * and in no other step.
 */

const ROOT = join(__dirname, '..', '..', '..');
const CLINIC = join(ROOT, 'examples', 'broken', 'clinic');
const FRENCH = join(ROOT, 'test', 'fixtures', 'website-facts', 'fr');

function modelOf(folder: string): PlanModel {
  const { plan, findings } = lintedPlanIn(folder);
  return assemblePlan(plan, findings, {});
}

/** The HTML of the article of step `id`. */
function stepArticle(html: string, id: string): string {
  const start = html.indexOf(`<article class="sp-step" id="sp-step-${id}"`);
  assert.notEqual(start, -1, `no article for step ${id}`);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('the website facts in the report', () => {
  it('puts the facts in the five-questions website step only, in English', () => {
    const model = modelOf(CLINIC);
    const asking = model.steps.filter((step) => step.website !== undefined).map((step) => step.id);
    assert.deepEqual(asking, ['website-roi']);
    const html = renderPlanHtml(model);
    const step = stepArticle(html, 'website-roi');
    assert.match(step, /<h4>The website today<\/h4>/);
    assert.match(step, /<th scope="row">Bounce rate<\/th><td>70%<\/td>/);
    assert.match(step, /<th scope="row">Visits measured<\/th><td>Yes<\/td>/);
    assert.match(step, /<th scope="row">Calls to action<\/th><td>No<\/td>/);
    assert.match(step, /riverside-dental\.example/);
    assert.doesNotMatch(stepArticle(html, 'why'), /The website today/);
  });

  it('shows them in the three-pillars content offer in French, with French numbers, while the step is in progress', () => {
    const model = modelOf(FRENCH);
    const html = renderPlanHtml(model);
    const step = stepArticle(html, 'content-offer');
    assert.match(step, /<h4>Le site aujourd’hui<\/h4>/);
    assert.match(step, /<th scope="row">Taux de rebond<\/th><td>48,5\u00a0%<\/td>/);
    assert.match(step, /<th scope="row">Appels à l’action<\/th><td>Non<\/td>/);
    assert.match(step, /Le bouton de commande/);
    assert.doesNotMatch(stepArticle(html, 'social-content'), /Le site aujourd’hui/);
  });

  it('prints them in the PDF, in the step that asks about the site', async () => {
    const { bytes } = await renderPlanPdf(modelOf(FRENCH), { generator: 'SocialPlan test' });
    const text = pdftotext(bytes).replace(/\s+/g, ' ');
    // After the table of contents: the steps section, where the offer's facts come before the next step.
    const steps = text.slice(text.indexOf('Le plan, étape par étape Offre de contenu formelle'));
    const facts = steps.search(/Le site aujourd’hui/i);
    assert.ok(facts > 0 && facts < steps.indexOf('Contenu social'), steps.slice(0, 1500));
    assert.match(text, /Taux de rebond 48,5 %/);
    assert.match(text, /Visites mesurées Oui/);
  });

  it('shows nothing about the website when the plan gives no facts', () => {
    const model = modelOf(join(ROOT, 'docs', 'rules', 'examples', 'three-pillars'));
    assert.equal(model.steps.find((step) => step.id === 'content-offer')?.website, undefined);
    assert.doesNotMatch(renderPlanHtml(model), /class="sp-website"/);
  });
});
