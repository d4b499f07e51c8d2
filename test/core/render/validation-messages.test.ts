import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { isPdf, planPdfDocument, renderPlanPdf } from '../../../src/core/render/pdf';
import { MONO } from '../../../src/core/render/pdf/theme';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';

/**
 * The validation summary of the report shows the code spans of finding messages as code, never as
 * raw backticks: `<code>` in the HTML, the inline code style in the PDF (read back with poppler).
 */

const BROKEN = join(__dirname, '..', '..', '..', 'examples', 'broken', 'bakery');

function brokenModel(): PlanModel {
  const { plan, findings } = lintedPlanIn(BROKEN);
  return assemblePlan(plan, findings, {});
}

type AnyNode = Record<string, unknown>;

function nodes(content: unknown, out: AnyNode[] = []): AnyNode[] {
  if (Array.isArray(content)) for (const item of content) nodes(item, out);
  else if (content && typeof content === 'object') {
    out.push(content as AnyNode);
    for (const value of Object.values(content)) if (value && typeof value === 'object') nodes(value, out);
  }
  return out;
}

describe('validation summary: code spans of messages', function () {
  this.timeout(60_000);

  it('the broken example has findings with code spans (the premise of the tests below)', () => {
    const messages = brokenModel().validation.findings.map((finding) => finding.message);
    assert.ok(messages.some((message) => message.includes('`juli`')));
  });

  it('HTML: each code span is a <code> element, escaped, and no backtick is left in the section', () => {
    const html = renderPlanHtml(brokenModel());
    const section = /<section[^>]*id="sp-validation"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    assert.ok(section.length > 0, 'the validation section');
    assert.match(section, /<code>juli<\/code>/);
    assert.doesNotMatch(section, /`/);
  });

  it('PDF: code spans are drawn in the code font, and pdftotext reads no backtick in the report', async () => {
    const model = brokenModel();
    const { definition } = planPdfDocument(model);
    const juli = nodes(definition.content).find((node) => node.text === 'juli');
    assert.equal(juli?.font, MONO);
    const { bytes } = await renderPlanPdf(model, { generator: 'SocialPlan test' });
    assert.ok(isPdf(bytes));
    const text = pdftotext(bytes);
    assert.match(text, /juli/);
    assert.equal(text.split('`').length - 1, 0, 'backticks in the PDF text');
  });
});
