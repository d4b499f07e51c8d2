import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { renderPlanPdf } from '../../../src/core/render/pdf';
import { labelsFor } from '../../../src/core/i18n/labels';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';
import { writeTree } from '../../support/tree';

/**
 * What the HTML and the PDF report share, read back from each: the heading of a step (its own
 * `title`, else the method's), the rows of the cover, and the words of the validation summary.
 */

const ROOT = join(__dirname, '..', '..', '..');

function modelOf(folder: string): PlanModel {
  const { plan, findings, measuring } = lintedPlanIn(folder);
  return assemblePlan(plan, findings, { measuring });
}

async function pdfText(model: PlanModel, ...args: string[]): Promise<string> {
  return pdftotext((await renderPlanPdf(model)).bytes, ...args);
}

/** The cover's rows in the HTML: `[term, text]` of its `<dl>`, tags stripped. */
function htmlCoverRows(html: string): [string, string][] {
  const list = html.match(/<dl class="sp-facts">(.*?)<\/dl>/)?.[1] ?? '';
  const strip = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
  return [...list.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map((match) => [strip(match[1]), strip(match[2])]);
}

/** The cover's rows in the PDF's first page (`pdftotext -raw`): lines that start with a row label in capitals, then the value. */
function pdfCoverRows(pageText: string, model: PlanModel): [string, string][] {
  const labels = labelsFor(model.locale);
  const terms = [
    labels.client,
    labels.agency,
    labels.period,
    labels.version,
    labels.status,
    labels.method,
    labels.decision,
  ];
  const rows: [string, string][] = [];
  for (const line of pageText.split('\n')) {
    const term = terms.find((label) => line.startsWith(`${label.toUpperCase()} `));
    if (term) rows.push([term, line.slice(term.length + 1).trim()]);
  }
  return rows;
}

/** Rows with no-break spaces read as spaces (pdftotext gives them back as plain spaces). */
const plainSpaces = (rows: [string, string][]) =>
  rows.map(([term, value]) => [term, value.replace(/\u00A0/g, ' ')] as [string, string]);

describe('HTML and PDF report: step headings, cover rows, validation summary', function () {
  this.timeout(60_000);

  describe('a step’s own title', () => {
    let root: string;
    let model: PlanModel;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'socialplan-step-titles-'));
      writeTree(root, {
        'plan.md':
          '---\nsocialplan: plan\ntitle: Titles\nlocale: en\nmethod: five-steps\nperiod: { start: "2027-01-01", end: "2027-12-31" }\n---\n',
        '01-listen.md':
          '---\nsocialplan: step\nstep: listen\ntitle: Hear the neighbourhood\nstatus: todo\ndue: "2027-02-01"\n---\n\nBody.\n',
        '03-measure.md': '---\nsocialplan: step\nstep: measure\nstatus: todo\ndue: "2027-03-01"\n---\n\nBody.\n',
      });
      model = modelOf(root);
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it('heads the step in the contents, its section and the timeline, with the method’s number', () => {
      const listen = model.steps.find((step) => step.id === 'listen');
      assert.equal(listen?.title, 'Hear the neighbourhood');
      assert.equal(listen?.number, 1);
      assert.ok(model.toc.some((entry) => entry.title === '1. Hear the neighbourhood'));
      assert.ok(model.timeline.some((entry) => entry.title === '1. Hear the neighbourhood'));
      const html = renderPlanHtml(model);
      assert.ok(html.includes('<span>1. Hear the neighbourhood</span>'), 'the contents');
      assert.ok(html.includes('<h3>Hear the neighbourhood</h3>'), 'the step heading');
      assert.ok(html.includes('>1. Hear the neighbourhood</a>'), 'the timeline');
      assert.doesNotMatch(html, />(?:1\. )?Listen</);
    });

    it('falls back on the method’s title for a step document without one, and for a missing step', () => {
      assert.deepEqual(
        model.steps.map((step) => [step.number, step.title]),
        [
          [1, 'Hear the neighbourhood'],
          [2, 'Tell a story'],
          [3, 'Measure'],
          [4, 'Choose platforms'],
          [5, 'Organize'],
        ],
      );
      assert.ok(model.timeline.some((entry) => entry.title === '3. Measure'));
    });

    it('reads the same in the PDF: contents, heading and timeline', async () => {
      const text = await pdfText(model);
      const lines = text.split('\n').map((line) => line.trim());
      assert.ok(lines.filter((line) => line.startsWith('1. Hear the neighbourhood')).length >= 2, 'contents, timeline');
      assert.ok(lines.includes('Hear the neighbourhood'), 'the step heading');
      assert.doesNotMatch(text, /^(?:1\. )?Listen$/m);
    });
  });

  describe('the cover', () => {
    for (const [name, folder] of [
      ['a merged plan (en)', join(ROOT, 'test', 'fixtures', 'assemble', 'merged', 'plan')],
      ['examples/fr', join(ROOT, 'examples', 'fr')],
    ]) {
      it(`shows the same rows in HTML and PDF, the agency among them: ${name}`, async () => {
        const model = modelOf(folder);
        const expected = plainSpaces(model.cover.facts.map((fact): [string, string] => [fact.label, fact.text]));
        assert.deepEqual(
          model.cover.facts.map((fact) => fact.key),
          ['client', 'agency', 'period', 'version', 'status', 'method'],
        );
        assert.deepEqual(plainSpaces(htmlCoverRows(renderPlanHtml(model))), expected);
        const firstPage = await pdfText(model, '-f', '1', '-l', '1', '-raw');
        assert.deepEqual(plainSpaces(pdfCoverRows(firstPage, model)), expected);
      });
    }

    for (const [locale, decision, reason, row] of [
      ['en', 'no-go', 'Fix the booking page first.', ['Decision', 'No-go — Fix the booking page first.']],
      [
        'fr',
        'conditional',
        'Après l’embauche de mars.',
        ['Décision', 'Go sous conditions — Après l’embauche de mars.'],
      ],
    ] as const) {
      it(`shows the go / no-go decision and its reason, last, in the plan’s language, in HTML and PDF (${locale})`, async () => {
        const root = mkdtempSync(join(tmpdir(), 'socialplan-cover-decision-'));
        try {
          writeTree(root, {
            'plan.md': `---\nsocialplan: plan\ntitle: Readiness\nlocale: ${locale}\nmethod: five-questions\ndecision: ${decision}\ndecision_reason: ${reason}\n---\n`,
          });
          const model = modelOf(root);
          assert.deepEqual(model.cover.facts.at(-1)?.key, 'decision');
          assert.deepEqual(htmlCoverRows(renderPlanHtml(model)).at(-1), row);
          const firstPage = await pdfText(model, '-f', '1', '-l', '1', '-raw');
          assert.deepEqual(plainSpaces(pdfCoverRows(firstPage, model)).at(-1), row);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      });
    }

    it('has no row for what the plan leaves out (the method is the default one), and always the status', () => {
      const root = mkdtempSync(join(tmpdir(), 'socialplan-cover-'));
      try {
        writeTree(root, { 'plan.md': '---\nsocialplan: plan\ntitle: Bare\nlocale: en\n---\n' });
        const model = modelOf(root);
        assert.deepEqual(
          model.cover.facts.map((fact) => [fact.key, fact.text]),
          [
            ['status', 'Draft'],
            ['method', 'Six phases'],
          ],
        );
        assert.deepEqual(htmlCoverRows(renderPlanHtml(model)), [
          ['Status', 'Draft'],
          ['Method', 'Six phases'],
        ]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });

  describe('the validation summary', () => {
    it('words each count as Intl.PluralRules does, the same in HTML and PDF (3 Errors, 1 Warning, 1 Note)', async () => {
      const model = modelOf(join(ROOT, 'test', 'fixtures', 'assemble', 'merged', 'plan'));
      assert.deepEqual(model.validation.counts, { error: 3, warning: 1, info: 1 });
      assert.deepEqual(
        model.validation.summary.map((count) => `${count.count} ${count.label}`),
        ['3 Errors', '1 Warning', '1 Note'],
      );
      const html = renderPlanHtml(model);
      for (const [severity, count, word] of [
        ['error', 3, 'Errors'],
        ['warning', 1, 'Warning'],
        ['info', 1, 'Note'],
      ] as const)
        assert.ok(html.includes(`<div class="sp-count sp-count-${severity}"><b>${count}</b>${word}</div>`), word);
      const lines = (await pdfText(model))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const at = lines.indexOf('Errors');
      assert.deepEqual(lines.slice(at, at + 3), ['Errors', 'Warning', 'Note']);
    });

    it('counts 0 as singular in French and plural in English', () => {
      // Each example's only findings are what its results say (docs/measuring.md): one objective at risk.
      const french = modelOf(join(ROOT, 'examples', 'fr'));
      assert.deepEqual(
        french.validation.summary.map((count) => `${count.count} ${count.label}`),
        ['0 Erreur', '1 Avertissement', '0 Remarque'],
      );
      assert.ok(renderPlanHtml(french).includes('<b>0</b>Erreur</div>'));
      const english = modelOf(join(ROOT, 'examples', 'en'));
      assert.deepEqual(
        english.validation.summary.map((count) => `${count.count} ${count.label}`),
        ['0 Errors', '1 Warning', '1 Note'],
      );
    });
  });
});
