import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { renderPlanPdf } from '../../../src/core/render/pdf';
import { monthAndYear } from '../../../src/core/i18n/dates';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';

/** The timeline's axis names months in the reader's language (`Feb 2027`), never `02/27`. */

const ROOT = join(__dirname, '..', '..', '..');

function modelOf(example: string): PlanModel {
  const { plan, findings, measuring } = lintedPlanIn(join(ROOT, 'examples', example));
  return assemblePlan(plan, findings, { measuring });
}

/** The axis labels of the timeline chart, with their x positions. */
function axisLabels(html: string): { x: number; text: string }[] {
  const start = html.indexOf('id="sp-timeline"');
  const chart = html.slice(start, html.indexOf('</svg>', start));
  return [...chart.matchAll(/<text class="sp-chart-muted" x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((match) => ({
    x: Number(match[1]),
    text: match[2],
  }));
}

describe('timeline axis', () => {
  it('names months with Intl in each language', () => {
    assert.equal(monthAndYear(Date.UTC(2027, 1, 1), 'en'), 'Feb 2027');
    assert.equal(monthAndYear(Date.UTC(2027, 1, 1), 'fr'), 'févr. 2027');
    // The first of a month stays that month whatever the machine's time zone.
    assert.equal(monthAndYear(Date.UTC(2027, 0, 1), 'en'), 'Jan 2027');
  });

  it('labels the HTML chart with month and year, far enough apart not to overlap', () => {
    const english = axisLabels(renderPlanHtml(modelOf('en')));
    assert.deepEqual(
      english.map((label) => label.text),
      ['Aug 2027', 'Oct 2027', 'Dec 2027', 'Feb 2028', 'Apr 2028', 'Jun 2028'],
    );
    const french = axisLabels(renderPlanHtml(modelOf('fr')));
    assert.deepEqual(
      french.map((label) => label.text),
      ['févr. 2027', 'avr. 2027', 'juin 2027', 'août 2027', 'oct. 2027', 'déc. 2027'],
    );
    for (const labels of [english, french])
      for (let index = 1; index < labels.length; index++)
        assert.ok(labels[index].x - labels[index - 1].x >= 72, `${labels[index].text} is clear of the previous label`);
  });

  it('labels the PDF chart the same (read back with pdftotext)', async function () {
    this.timeout(60_000);
    const text = pdftotext((await renderPlanPdf(modelOf('fr'))).bytes, '-raw');
    assert.match(text, /févr\. 2027 avr\. 2027 juin 2027 août 2027 oct\. 2027 déc\. 2027/);
    assert.doesNotMatch(text, /\b\d{2}\/\d{2}\b/);
  });
});
