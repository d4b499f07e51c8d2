import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan, exportSettings, type PlanModel } from '../../../src/core/report';
import { MARGIN } from '../../../src/core/render/pdf/blocks';
import { planPdfDocument, renderPlanPdf } from '../../../src/core/render/pdf';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import { pageInk, pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';
import { writeTree } from '../../support/tree';

/**
 * How the report's PDF uses its pages (docs/exporting.md, "The PDF"): sections and steps follow one
 * another and start a new page only when they would start low on one, a heading never ends a
 * page, and `export.stepsOnNewPage` gives each step a page of its own. Measured on the examples'
 * PDFs with poppler: page images for the empty paper, page text for what starts and ends a page.
 */

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLES = ['broken/bakery', 'en'];

function modelOf(example: string, stepsOnNewPage = false): PlanModel {
  const { plan, findings, exportOptions, measuring } = lintedPlanIn(join(ROOT, 'examples', ...example.split('/')));
  return assemblePlan(plan, findings, {
    export: { ...exportOptions, ...(stepsOnNewPage ? { stepsOnNewPage } : {}) },
    measuring,
  });
}

/** Without the DRAFT watermark, whose letters pdftotext reads as lines of their own. */
function approved(model: PlanModel): PlanModel {
  return { ...model, cover: { ...model.cover, draft: false, status: { value: 'approved', label: 'Approved' } } };
}

/** Each page's lines of text between its running header and its footer (the cover has neither). */
async function pageLines(model: PlanModel): Promise<string[][]> {
  const { bytes } = await renderPlanPdf(model);
  return pdftotext(bytes, '-layout')
    .split('\f')
    .slice(0, -1)
    .map((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      return index === 0 ? lines : lines.slice(1, -1);
    });
}

/** A line as the reader sees it: without a step's number (drawn in its disc) and extra spaces. */
function normalized(line: string): string {
  return line
    .trim()
    .replace(/^\d+\.?\s+/, '')
    .replace(/\s+/g, ' ');
}

/** The titles of the report's sections, steps and annexes, and the headings inside their texts. */
function headingsOf(model: PlanModel): string[] {
  const headings = model.toc.map((entry) => normalized(entry.title));
  const visit = (content: unknown): void => {
    if (Array.isArray(content)) for (const item of content) visit(item);
    else if (content && typeof content === 'object') {
      const node = content as Record<string, unknown>;
      if (node.headlineLevel !== undefined) headings.push(normalized(plainText(node.text)));
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    }
  };
  visit(planPdfDocument(model).definition.content);
  return headings.filter((heading) => heading !== '');
}

function plainText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(plainText).join('');
  if (content && typeof content === 'object' && 'text' in content) return plainText(content.text);
  return '';
}

describe('PDF export: pages', function () {
  this.timeout(120_000);

  for (const example of EXAMPLES) {
    it(`leaves no page of examples/${example} more than 80% blank, but the last`, async () => {
      const { bytes } = await renderPlanPdf(modelOf(example));
      const pages = pageInk(bytes, MARGIN.top, MARGIN.bottom);
      const blank = pages
        .slice(0, -1)
        .flatMap((page, index) =>
          page.blankBelow > 0.8 ? [`page ${index + 1}: ${Math.round(page.blankBelow * 100)}%`] : [],
        );
      assert.deepEqual(blank, [], 'pages whose lower 80% is empty paper');
    });

    it(`never ends a page of examples/${example} with a heading`, async () => {
      const model = approved(modelOf(example));
      const headings = new Set(headingsOf(model));
      const pages = await pageLines(model);
      // The cover and the contents (a list of every heading) are left out.
      pages.slice(2, -1).forEach((lines, index) => {
        const last = normalized(lines[lines.length - 1] ?? '');
        for (const heading of headings)
          assert.ok(!last.startsWith(heading), `page ${index + 3} ends with the heading “${heading}”`);
      });
    });
  }

  it('never ends a page with a heading of a step’s text, wherever the headings fall', async () => {
    const root = mkdtempSync(join(tmpdir(), 'socialplan-pages-'));
    try {
      // Paragraphs of one to four lines under 90 headings: some heading falls at every height of a page.
      const parts = Array.from({ length: 90 }, (_, index) => {
        const words = 'the plan says what we publish where and why '.repeat(1 + ((index * 3) % 7));
        return `## Part ${index + 1}\n\n${words.trim()}.\n`;
      });
      writeTree(root, {
        'plan.md': '---\nsocialplan: plan\ntitle: Headings\nmethod: five-steps\n---\n',
        '01-listen.md': `---\nsocialplan: step\nstep: listen\ntitle: Listen\n---\n\n${parts.join('\n')}`,
      });
      const { plan, findings } = lintedPlanIn(root);
      const model = approved(assemblePlan(plan, findings));
      const pages = await pageLines(model);
      assert.ok(pages.length >= 6, `${pages.length} pages`);
      pages.slice(2, -1).forEach((lines, index) => {
        const last = normalized(lines[lines.length - 1] ?? '');
        assert.doesNotMatch(last, /^Part \d+$/, `page ${index + 3} ends with a heading`);
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives each step a page of its own with export.stepsOnNewPage, and lets steps share pages without it', async () => {
    const model = approved(modelOf('broken/bakery', true));
    const pages = await pageLines(model);
    for (const step of model.steps) {
      // After the cover and the contents, which list the steps too.
      const page = pages.findIndex(
        (lines, index) => index >= 2 && lines.some((line) => normalized(line).startsWith(step.title)),
      );
      assert.ok(page >= 0, `${step.title} is in the PDF`);
      const top = pages[page].map(normalized);
      const first = top[0] === model.labels.steps ? top[1] : top[0];
      assert.ok(first.startsWith(step.title), `“${step.title}” starts page ${page + 1}, not “${first}”`);
    }
    const flowing = await pageLines(approved(modelOf('broken/bakery')));
    assert.ok(flowing.length < pages.length, `${flowing.length} pages without the option, ${pages.length} with it`);
  });

  it('reads export.stepsOnNewPage from the config, and reports a value that is not true or false', () => {
    const root = mkdtempSync(join(tmpdir(), 'socialplan-pages-'));
    try {
      writeTree(root, {
        'good/.socialplan.yaml': 'export:\n  stepsOnNewPage: true\n',
        'good/plan.md': '---\nsocialplan: plan\ntitle: T\n---\n',
        'bad/.socialplan.yaml': 'export:\n  stepsOnNewPage: sometimes\n',
        'bad/plan.md': '---\nsocialplan: plan\ntitle: T\n---\n',
      });
      const linter = new Linter(new NodeFileHost(), { trusted: true });
      const good = linter.configs.forFile(join(root, 'good', 'plan.md'));
      assert.deepEqual(good.findings, []);
      assert.equal(exportSettings(good, true).stepsOnNewPage, true);
      const bad = linter.configs.forFile(join(root, 'bad', 'plan.md'));
      assert.ok(bad.findings.length > 0, 'a finding for a value that is not a boolean');
      assert.equal(exportSettings(bad, true).stepsOnNewPage, undefined);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
