import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { assemblePlan, assemblePlanPausing, exportSettings, SECTION_IDS } from '../../../src/core/report';
import { Pauser } from '../../../src/core/util/pause';
import type { PlanModel } from '../../../src/core/report';
import type { Plan } from '../../../src/core/workspace/plans';
import type { Locale } from '../../../src/core/types';
import { countTurns } from '../../support/event-loop';
import { writeTree } from '../../support/tree';
import { lintedPlanIn } from '../../support/plans';

/**
 * The assembled plan model. Goldens: `test/fixtures/assemble/<example>.golden.json`, with every
 * absolute path made relative to the repository so they hold on any machine. `UPDATE_GOLDEN=1`
 * rewrites them (review the diff).
 */

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'assemble');

interface Assembled {
  model: PlanModel;
  plan: Plan;
}

function assembleFolder(folder: string, options: { locale?: Locale } = {}): Assembled {
  const { plan, findings, exportOptions, measuring } = lintedPlanIn(folder);
  return { model: assemblePlan(plan, findings, { ...options, export: exportOptions, measuring }), plan };
}

/** The model as JSON, absolute paths made relative to the repository. */
function portable(model: PlanModel): string {
  const json = JSON.stringify(
    model,
    (_key, value: unknown) => {
      if (typeof value === 'string' && (value === ROOT || value.startsWith(ROOT + sep)))
        return relative(ROOT, value).split(sep).join('/');
      return value;
    },
    2,
  );
  return `${json}\n`;
}

function assertGolden(name: string, model: PlanModel): void {
  const golden = join(FIXTURES, `${name}.golden.json`);
  const actual = portable(model);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
  }
  assert.ok(existsSync(golden), `no golden file ${relative(ROOT, golden)} (run with UPDATE_GOLDEN=1 and review it)`);
  assert.equal(
    actual,
    readFileSync(golden, 'utf8'),
    `the ${name} model differs from ${relative(ROOT, golden)} (UPDATE_GOLDEN=1 to accept)`,
  );
}

describe('assemblePlan', () => {
  describe('golden models of the examples', () => {
    for (const example of ['en', 'fr']) {
      it(`examples/${example}`, () => {
        const { model } = assembleFolder(join(ROOT, 'examples', example));
        assert.equal(model.locale, example);
        assertGolden(example, model);
      });
    }

    it('assemblePlanPausing gives the same model, with a turn of the event loop after each Markdown body', async () => {
      for (const example of ['en', 'fr']) {
        const { plan, findings, exportOptions, measuring } = lintedPlanIn(join(ROOT, 'examples', example));
        let now = 0;
        // 30 ms between two readings of the clock: every chance to pause is taken.
        const { result: pausing, turns } = await countTurns(() =>
          assemblePlanPausing(plan, findings, { export: exportOptions, measuring }, new Pauser(() => (now += 30))),
        );
        assert.deepStrictEqual(pausing, assemblePlan(plan, findings, { export: exportOptions, measuring }));
        // A results document's body is the monthly report's, not the plan's (docs/measuring.md); a
        // calendar's notes are for the team, and the report has no calendar section yet (docs/calendar.md).
        const bodies = plan.documents.filter(
          (document) =>
            document.kind !== 'results' &&
            document.kind !== 'calendar' &&
            document.text.slice(document.bodyStart).trim() !== '',
        ).length;
        assert.ok(bodies >= 5, `${bodies} bodies in examples/${example}`);
        assert.ok(turns >= bodies, `${turns} turns for ${bodies} bodies`);
      }
    });

    it('is plain data: objects, arrays, strings, numbers and booleans only', () => {
      const { model } = assembleFolder(join(ROOT, 'examples', 'fr'));
      const walk = (value: unknown, path: string): void => {
        if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
        assert.ok(
          Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype,
          `${path} is not a plain object or array`,
        );
        for (const [key, child] of Object.entries(value as object)) walk(child, `${path}.${key}`);
      };
      walk(model, 'model');
    });
  });

  describe('a plan merged from many documents', () => {
    const folder = join(FIXTURES, 'merged', 'plan');
    let model: PlanModel;
    before(() => {
      model = assembleFolder(folder).model;
    });

    it('orders the steps by the method, not by file name, with missing and extra steps shown', () => {
      assert.deepEqual(
        model.steps.map((step) => [step.number ?? null, step.id, step.status.value, step.source?.path ?? null]),
        [
          [1, 'listen', 'done', 'b-listen.md'],
          [2, 'story', 'missing', null],
          [3, 'measure', 'done', 'a-measure.md'],
          [4, 'platforms', 'skipped', 'd-platforms.md'],
          [5, 'organize', 'in-progress', 'steps/c-organize.md'],
          [null, 'extra', 'todo', 'steps/z-extra.md'],
        ],
      );
      assert.deepEqual(
        model.steps.map((step) => step.title),
        ['Hear the neighbourhood', 'Tell a story', 'Measure', 'Choose platforms', 'Organize', 'An extra step'],
      );
      assert.equal(model.steps[3].skipReason, 'The client already runs its platforms.');
      assert.equal(model.steps[5].inMethod, false);
      assert.equal(model.steps[1].body, undefined);
    });

    it('merges objectives, resources and budgets written in several documents, plan document first', () => {
      assert.deepEqual(
        model.objectives.map((objective) => [objective.id, objective.source.path, objective.owner?.name]),
        [
          ['reach', 'plan.md', 'Ana Lima'],
          ['visits', 'a-measure.md', 'Ben Roy'],
        ],
      );
      assert.equal(model.objectives[1].target?.text, '100.5');
      assert.deepEqual(
        model.resources.rows.map((row) => [
          row.name,
          row.role?.label,
          row.internal?.label,
          row.hoursPerWeek?.text,
          row.cost ?? null,
        ]),
        [
          ['Ana Lima', 'Community manager', 'Yes', '20', '15,000 CAD / year'],
          ['Ben Roy', 'Analyst', 'No', '2.5', null],
        ],
      );
      assert.equal(model.resources.hoursPerWeek.text, '22.5');
      const budget = model.budget;
      assert.deepEqual(
        budget.blocks.map((block) => [block.source.path, block.period.value, block.currency, block.total?.value]),
        [
          ['plan.md', 'year', 'CAD', 20000],
          ['annex-b.md', 'campaign', 'CAD', 3000],
        ],
      );
      // A yearly and a campaign budget are two envelopes: never one 23,000 CAD "per year".
      assert.deepEqual(
        budget.envelopes.map((envelope) => [
          envelope.title,
          envelope.total?.text,
          envelope.allocated.text,
          envelope.unallocated?.text,
          envelope.sources.map((source) => source.path),
          envelope.categories.map((category) => [
            category.category.value,
            category.amount.value,
            category.share.text,
            category.lines.map((line) => line.label),
          ]),
        ]),
        [
          [
            'Yearly budget (CAD)',
            '20,000 CAD',
            '17,000 CAD',
            '3,000 CAD',
            ['plan.md'],
            [
              ['staff', 15000, '88.2%', ['Community manager']],
              ['ads', 2000, '11.8%', ['Ads']],
            ],
          ],
          [
            'Campaign budget (CAD)',
            '3,000 CAD',
            '3,000 CAD',
            undefined,
            ['annex-b.md'],
            [
              ['content', 2000, '66.7%', ['Photo shoot']],
              ['ads', 1000, '33.3%', ['Launch ads']],
            ],
          ],
        ],
      );
      assert.deepEqual(budget.annualised, []);
      assert.equal(budget.currencyNote, undefined);
    });

    it('normalises posting frequencies to a week', () => {
      assert.deepEqual(
        model.platforms.rows.map((row) => [row.name, row.frequency?.text, row.postsPerWeek?.value, row.secured?.value]),
        [
          ['Instagram', '1 / day', 7, 'yes'],
          ['Blog', '2 / month', 0.46, 'no'],
        ],
      );
      assert.equal(model.platforms.postsPerWeek.text, '7.46');
    });

    it('takes the charter from outside the plan folder, with its legal block and body', () => {
      assert.equal(model.charter.title, 'Agency charter shared by every plan');
      assert.equal(model.charter.source?.path, '../shared-charter.md');
      assert.deepEqual(
        model.charter.legal.map((item) => [item.key, item.value]),
        [
          ['reviewed', 'January 4, 2027'],
          ['review_every', 'Every year'],
          ['next_review', 'January 4, 2028'],
          ['jurisdictions', ['CA-QC']],
          ['intellectual_property', 'Only images we own or license.'],
          ['defamation', 'Nothing we cannot prove.'],
          ['privacy', 'Never publish customer data.'],
          ['privacy.regulations', ['Quebec Law 25']],
          ['privacy.officer', ['Ana Lima']],
          ['privacy.contact', 'example.ca/privacy'],
          ['advertising_disclosure', 'Paid posts say so in their first line.'],
          ['advertising_disclosure.mentions', ['#ad', '#pub']],
          ['moderation.response_time_hours', 'Within 24 h'],
          ['moderation.remove', ['insults', 'spam']],
          ['moderation.escalate_to', 'Ana Lima'],
          ['spokespersons', ['Ana Lima', 'Ben Roy']],
          ['crisis.levels', ['Incident — Ana Lima · Within 4 h', 'Crisis — Ana Lima, Ben Roy · Within 1 h']],
          ['crisis.spokespersons', ['Ben Roy']],
          ['crisis.holding_statement', 'We know and are looking into it; an update follows within two hours.'],
          ['account_security.two_factor', 'Required on every account'],
          ['account_security.access', ['Ana Lima']],
          ['account_security.access_review', 'Every quarter'],
          ['account_security.offboarding', 'Access removed the day someone leaves.'],
        ],
      );
      assert.match(model.charter.body?.html ?? '', /<h3[^>]*>Voice<\/h3>/);
    });

    it('orders annexes by `order`, then by file name', () => {
      assert.deepEqual(
        model.annexes.map((annex) => [annex.title, annex.order ?? null, annex.source.path]),
        [
          ['First annex', 1, 'annex-z.md'],
          ['Second annex', 2, 'annex-b.md'],
          ['Unordered annex', null, 'annex-a.md'],
        ],
      );
    });

    it('sorts the timeline by date: plan period, step due dates, objective deadlines', () => {
      assert.deepEqual(
        model.timeline.map((entry) => [entry.date.iso, entry.kind.value, entry.title]),
        [
          ['2027-01-01', 'plan-start', 'Merged plan'],
          ['2027-02-01', 'step-due', '1. Hear the neighbourhood'],
          ['2027-02-15', 'objective-deadline', 'Bring people to the store'],
          ['2027-03-01', 'step-due', '3. Measure'],
          ['2027-04-01', 'step-due', '5. Organize'],
          ['2027-06-30', 'objective-deadline', 'Be known'],
          ['2027-12-31', 'plan-end', 'Merged plan'],
        ],
      );
    });

    it('summarises the findings in the plan language, errors first, with lines', () => {
      assert.deepEqual(model.validation.counts, { error: 3, warning: 1, info: 1 });
      assert.deepEqual(
        model.validation.findings.map(
          (finding) => `${finding.severity.value} ${finding.path}:${finding.line} ${finding.rule}`,
        ),
        [
          'error a-measure.md:5 step-order',
          'error plan.md:8 no-skipped-steps',
          'error steps/z-extra.md:3 no-skipped-steps',
          'warning plan.md:39 budget-sum',
          'info plan.md:32 platform-secured',
        ],
      );
      assert.match(model.validation.findings[0].message, /^Step `measure` is marked done/);
    });

    it('keeps the approvals, and is no draft once approved', () => {
      assert.equal(model.cover.draft, false);
      assert.equal(model.cover.status.label, 'Approved');
      assert.deepEqual(
        model.approvals.map((approval) => [approval.name, approval.role, approval.date?.text, approval.source.line]),
        [['Zoe Client', 'Marketing director', 'December 15, 2026', 14]],
      );
    });

    it('lists the sections and every step and annex in the table of contents', () => {
      assert.deepEqual(
        model.toc.map((entry) => `${entry.level} ${entry.id}`),
        [
          `1 ${SECTION_IDS.validation}`,
          `1 ${SECTION_IDS.overview}`,
          `1 ${SECTION_IDS.objectives}`,
          `1 ${SECTION_IDS.steps}`,
          '2 sp-step-listen',
          '2 sp-step-story',
          '2 sp-step-measure',
          '2 sp-step-platforms',
          '2 sp-step-organize',
          '2 sp-step-extra',
          `1 ${SECTION_IDS.platforms}`,
          `1 ${SECTION_IDS.resources}`,
          `1 ${SECTION_IDS.budget}`,
          `1 ${SECTION_IDS.timeline}`,
          `1 ${SECTION_IDS.charter}`,
          `1 ${SECTION_IDS.annexes}`,
          '2 sp-annex-first-annex',
          '2 sp-annex-second-annex',
          '2 sp-annex-unordered-annex',
          `1 ${SECTION_IDS.approvals}`,
        ],
      );
    });

    it('points every element at its source: file, offset, line', () => {
      const listen = model.steps[0];
      assert.deepEqual(
        { path: listen.source?.path, line: listen.source?.line, column: listen.source?.column },
        { path: 'b-listen.md', line: 3, column: 1 },
      );
      assert.equal(listen.body?.source.line, 9);
      assert.equal(listen.source?.file, join(folder, 'b-listen.md'));
      const text = readFileSync(join(folder, 'b-listen.md'), 'utf8');
      assert.equal(text.slice(listen.body?.source.offset), '\n# Heard\n\nFootnote here[^a].\n\n[^a]: The note.\n');
      const visits = model.objectives[1];
      assert.equal(readFileSync(visits.source.file, 'utf8').slice(visits.source.offset).split('\n')[0], 'id: visits');
    });

    it('renders step bodies below the step heading, with ids unique to the step', () => {
      const html = model.steps[0].body?.html ?? '';
      assert.match(html, /^<h4 data-line="10">Heard<\/h4>/);
      assert.match(html, /href="#u-sp-step-listen-fn-a"/);
      assert.match(html, /id="u-sp-step-listen-fn-a"/);
    });
  });

  describe('language', () => {
    it('uses --locale over the plan locale, for labels, dates and numbers', () => {
      const { model } = assembleFolder(join(FIXTURES, 'merged', 'plan'), { locale: 'fr' });
      assert.equal(model.locale, 'fr');
      assert.equal(model.labels.objectives, 'Objectifs et indicateurs');
      assert.equal(model.cover.period?.text, '1er\u00A0janvier 2027 – 31\u00A0décembre 2027');
      assert.equal(model.budget.envelopes[0].title, 'Budget annuel (CAD)');
      assert.equal(model.budget.envelopes[0].total?.text, '20\u00A0000\u00A0CAD');
      assert.equal(model.budget.envelopes[0].categories[0].share.text, '88,2\u00A0%');
      assert.equal(model.steps[1].status.label, 'Manquante');
      assert.match(model.validation.findings[0].message, /^L’étape `measure`|^L'étape|measure/);
    });

    it('takes export.locale from the config when no locale is asked for', () => {
      const root = mkdtempSync(join(tmpdir(), 'socialplan-assemble-'));
      try {
        writeTree(root, {
          '.socialplan.yaml':
            'export: { locale: fr, color: "#AA3300", footer: Confidential, paper: Letter, logo: brand/logo.png }\n',
          'plan.md': '---\nsocialplan: plan\ntitle: T\nlocale: en\n---\n',
        });
        const { model } = assembleFolder(root);
        assert.equal(model.locale, 'fr');
        assert.deepEqual(model.branding, { paper: 'Letter', color: '#AA3300', footer: 'Confidential' });
        assert.equal(model.cover.logo, join(root, 'brand', 'logo.png'));
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });

  describe('export settings', () => {
    it('ignores a config-supplied logo in an untrusted workspace, and a colour that is not #RRGGBB', () => {
      const config = {
        file: '/ws/.socialplan.yaml',
        rules: new Map(),
        exportOptions: { logo: 'logo.png', color: 'red;}body{x' },
        schemaMappings: [],
        findings: [],
        broken: false,
      };
      assert.equal(exportSettings(config, false).logo, undefined);
      assert.equal(exportSettings(config, true).logo, join('/ws', 'logo.png'));
    });
  });
});
