import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { shownSections } from '../../../src/core/report/sections';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { lintedPlanIn } from '../../support/plans';

/**
 * The monthly report (docs/measuring.md, "The monthly report"), assembled from the bundled
 * examples' results: examples/en has monthly results for September to November 2027,
 * examples/fr for March and April 2027.
 */

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

function monthlyReport(example: string, month: string): PlanModel {
  const { plan, findings, exportOptions, measuring } = lintedPlanIn(join(EXAMPLES, example));
  return assemblePlan(plan, findings, { export: exportOptions, measuring, month });
}

describe('report/month', () => {
  it('shows only the month’s sections, with the progress between them', () => {
    const model = monthlyReport('en', '2027-11');
    assert.deepStrictEqual(
      shownSections(model).map((section) => section.id),
      ['monthResults', 'progress', 'stepsDue', 'monthAnalysis'],
    );
    assert.equal(model.cover.title, 'Monthly report: November 2027');
    assert.deepStrictEqual(
      model.cover.facts.map((fact) => [fact.key, fact.text]),
      [
        ['plan', 'Millrace Arts Center — Social Media Plan, 2027–28 Season'],
        ['client', 'Millrace Arts Center'],
        ['agency', 'Fieldnote Digital'],
        ['reportPeriod', 'November 1, 2027 – November 30, 2027'],
        ['asOf', 'November 30, 2027'],
        ['version', '1.1'],
      ],
    );
  });

  it('gives each objective read in the month its value, the change since the reading before and its share of the way', () => {
    const month = monthlyReport('en', '2027-11').month!;
    assert.deepStrictEqual(
      month.results.map((row) => [
        row.id,
        row.value.text,
        row.previous.value.text,
        row.change,
        row.toGoal.text,
        row.status.value,
      ]),
      [
        ['season-awareness', '46,200', '38,500', '+7,700', '104%', 'achieved'],
        ['ticket-sales', '3,000', '2,850', '+150', '33%', 'at-risk'],
        ['web-traffic', '5,700', '5,000', '+700', '59%', 'on-track'],
        ['newsletter-signups', '260', '215', '+45', '81%', 'on-track'],
        // Measured each quarter: the reading before November's is September's.
        ['member-retention', '66.5', '64', '+2.5', '50%', 'on-track'],
      ],
    );
    assert.equal(month.results[4].previous.date.iso, '2027-09-30');
    assert.equal(month.results[0].source.path, 'results-2027-11.md');
    assert.equal(month.results[0].source.line, 5);
  });

  it('is judged as of the month’s end: later results are not known yet', () => {
    const model = monthlyReport('en', '2027-09');
    assert.equal(model.month?.asOf.iso, '2027-09-30');
    const tickets = model.progress.find((row) => row.id === 'ticket-sales');
    assert.equal(tickets?.latest?.date.iso, '2027-09-30');
    assert.ok(tickets?.chart.readings.every((reading) => reading.date <= '2027-09-30'));
    // The first reading of the plan is compared with the baseline, read on the plan's start.
    const awareness = model.month?.results.find((row) => row.id === 'season-awareness');
    assert.equal(awareness?.previous.baseline, true);
    assert.equal(awareness?.previous.date.iso, '2027-07-01');
  });

  it('takes the analysis from the body of the month’s results documents only', () => {
    const month = monthlyReport('en', '2027-11').month!;
    assert.deepStrictEqual(
      month.analysis.map((entry) => entry.title),
      ['Results, November 2027'],
    );
    assert.match(month.analysis[0].body.html, /bring-a-friend offer to every show from January/);
    assert.doesNotMatch(month.analysis[0].body.html, /October/);
  });

  it('lists the steps due this month or next and those overdue, not those done', () => {
    const fr = monthlyReport('fr', '2027-04');
    assert.deepStrictEqual(
      fr.month?.stepsDue.map((row) => [row.title, row.due.iso, row.when.label, row.status.value]),
      [['4. Distribution et promotion', '2027-04-30', 'Ce mois-ci', 'in-progress']],
    );
    const en = monthlyReport('en', '2027-11');
    assert.deepStrictEqual(
      en.month?.stepsDue.map((row) => [row.due.iso, row.when.value]),
      [
        ['2027-08-27', 'overdue'],
        ['2027-09-10', 'overdue'],
        ['2027-09-24', 'overdue'],
      ],
    );
  });

  it('says so when a month has no result, in the plan’s language', () => {
    const model = monthlyReport('fr', '2027-06');
    assert.equal(model.cover.title, 'Rapport mensuel\u00A0: juin 2027', 'a no-break space before the colon');
    assert.deepStrictEqual(model.month?.results, []);
    assert.deepStrictEqual(model.month?.analysis, []);
    const html = renderPlanHtml(model, { generator: 'test' });
    assert.match(html, /Aucun résultat n’a été relevé pour ce mois\./);
    assert.match(html, /Pas encore d’analyse/);
    assert.doesNotMatch(html, /id="sp-steps"|id="sp-budget"|id="sp-validation"/, 'no section of the plan report');
  });
});
