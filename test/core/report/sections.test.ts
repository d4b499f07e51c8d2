import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { planPdfDocument } from '../../../src/core/render/pdf/document';
import { assemblePlan, SECTION_IDS, SECTIONS, type PlanModel } from '../../../src/core/report';
import { shownSections } from '../../../src/core/report/sections';
import { lintedPlanIn } from '../../support/plans';

/**
 * The section registry (`src/core/report/sections.ts`) is the one order of the report: the table
 * of contents, the HTML export and the PDF export all follow it. That each renderer has every
 * section is the type-checker's to say; these check that they keep its order and its anchors.
 */

const ROOT = join(__dirname, '..', '..', '..');

function modelOf(folder: string): PlanModel {
  const { plan, findings, measuring } = lintedPlanIn(folder);
  return assemblePlan(plan, findings, { measuring });
}

/** The anchors of `model`'s sections, in the order `text` declares them (`declaration` of an anchor). */
function sectionOrder(model: PlanModel, text: string, declaration: (anchor: string) => string): string[] {
  const anchors = SECTIONS.map((section) => section.anchor);
  return anchors
    .map((anchor) => ({ anchor, at: text.indexOf(declaration(anchor)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ anchor }) => anchor)
    .filter((anchor) => model.toc.some((entry) => entry.id === anchor));
}

describe('report sections', () => {
  const english = modelOf(join(ROOT, 'examples', 'en'));
  const shown = shownSections(english).map((section) => section.anchor);

  it('each anchor is `sp-` and the section id, and every id is listed once', () => {
    for (const section of SECTIONS) assert.equal(section.anchor, `sp-${section.id}`);
    assert.equal(new Set(SECTIONS.map((section) => section.id)).size, SECTIONS.length);
    assert.deepEqual(
      Object.values(SECTION_IDS),
      SECTIONS.map((section) => section.anchor),
    );
  });

  it('the table of contents lists the shown sections in the registry order', () => {
    assert.deepEqual(
      english.toc.filter((entry) => entry.level === 1).map((entry) => entry.id),
      shown,
    );
  });

  it('the HTML and the PDF show the sections in the registry order', () => {
    const html = renderPlanHtml(english);
    assert.deepEqual(
      sectionOrder(english, html, (anchor) => `id="${anchor}"`),
      shown,
    );
    const pdf = JSON.stringify(planPdfDocument(english).definition.content);
    assert.deepEqual(
      sectionOrder(english, pdf, (anchor) => `"id":"${anchor}"`),
      shown,
    );
  });

  it('leaves out the overview and the annexes when the plan has none', () => {
    const bare: PlanModel = { ...english, overview: undefined, annexes: [] };
    const ids = shownSections(bare).map((section) => section.id);
    assert.ok(!ids.includes('overview') && !ids.includes('annexes'));
    assert.doesNotMatch(renderPlanHtml(bare), /id="sp-overview"|id="sp-annexes"/);
  });
});
