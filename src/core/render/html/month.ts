import type { MonthReport } from '../../report/month-model';
import { SECTION_IDS } from '../../report/sections';
import { escapeHtml as e } from '../../util/escape';
import { table, type HtmlBlocks } from './blocks';

/**
 * The monthly report's own sections (docs/measuring.md, "The monthly report"); the progress
 * section between them is the plan report's.
 */

export function monthResults(html: HtmlBlocks, month: MonthReport | undefined): string {
  const labels = html.labels;
  if (!month) return '';
  const content =
    month.results.length === 0
      ? html.empty(labels.noResultsThisMonth)
      : table(
          [
            labels.objective,
            `${labels.result}#`,
            `${labels.previousReading}#`,
            `${labels.change}#`,
            `${labels.toGoal}#`,
            labels.status,
          ],
          month.results.map((row) => {
            const unit = row.unit ? ` <span class="sp-muted sp-small">${e(row.unit)}</span>` : '';
            const previous = `${e(row.previous.value.text)}<div class="sp-muted sp-small">${e(row.previous.baseline ? labels.baseline : row.previous.date.text)}</div>`;
            return `<tr${html.src(row.source)}><td title="${e(row.id)}">${e(row.name)}</td><td class="sp-num"><b>${e(row.value.text)}</b>${unit}<div class="sp-muted sp-small">${e(row.date.text)}</div></td><td class="sp-num">${previous}</td><td class="sp-num">${e(row.change)}</td><td class="sp-num">${e(row.toGoal.text)}</td><td>${html.badge(row.status)}</td></tr>`;
          }),
        );
  return html.section(SECTION_IDS.monthResults, labels.monthResults, content);
}

export function stepsDue(html: HtmlBlocks, month: MonthReport | undefined): string {
  const labels = html.labels;
  if (!month) return '';
  const content =
    month.stepsDue.length === 0
      ? html.empty(labels.noStepsDue)
      : table(
          [labels.step, labels.due, labels.owner, labels.status],
          month.stepsDue.map(
            (row) =>
              `<tr${html.src(row.source)}><td>${e(row.title)}</td><td class="sp-nowrap"><time datetime="${e(row.due.iso)}">${e(row.due.text)}</time><div class="sp-muted sp-small">${e(row.when.label)}</div></td><td>${html.person(row.owner)}</td><td>${html.badge(row.status)}</td></tr>`,
          ),
        );
  return html.section(SECTION_IDS.stepsDue, labels.stepsDue, content);
}

export function monthAnalysis(html: HtmlBlocks, month: MonthReport | undefined): string {
  const labels = html.labels;
  if (!month) return '';
  const content =
    month.analysis.length === 0
      ? html.empty(labels.noAnalysis)
      : month.analysis
          .map(
            (entry) =>
              `<article class="sp-step"${html.src(entry.body.source)}>\n<h3>${e(entry.title)}</h3>\n<div class="sp-body">\n${entry.body.html}\n</div>\n</article>`,
          )
          .join('\n');
  return html.section(SECTION_IDS.monthAnalysis, labels.monthAnalysis, content);
}
