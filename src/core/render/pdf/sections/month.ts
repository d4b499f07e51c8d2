import type { MonthReport } from '../../../report/month-model';
import { SECTION_IDS } from '../../../report/sections';
import { append } from '../../../util/arrays';
import type { PdfBlocks } from '../blocks';
import type { Content, ContentNode } from '../theme';

/**
 * The monthly report's own sections (docs/measuring.md, "The monthly report"), as the HTML
 * export shows them (`render/html/month.ts`).
 */

export function monthResults(pdf: PdfBlocks, month: MonthReport | undefined): Content[] {
  const labels = pdf.labels;
  if (!month) return [];
  if (month.results.length === 0)
    return pdf.section(SECTION_IDS.monthResults, labels.monthResults, [pdf.muted(labels.noResultsThisMonth)]);
  const small = (text: string) => pdf.cell(text, { style: 'small' });
  const rows = month.results.map((row): ContentNode[] => [
    pdf.cell(row.name),
    {
      stack: [
        pdf.cell(row.value.text, { bold: true }),
        small(row.unit ? `${row.unit} · ${row.date.text}` : row.date.text),
      ],
    },
    {
      stack: [
        pdf.cell(row.previous.value.text),
        small(row.previous.baseline ? labels.baseline : row.previous.date.text),
      ],
    },
    pdf.cell(row.change),
    pdf.cell(row.toGoal.text),
    { text: [pdf.badge(row.status)] },
  ]);
  return pdf.section(SECTION_IDS.monthResults, labels.monthResults, [
    pdf.table(
      [
        labels.objective,
        `${labels.result}#`,
        `${labels.previousReading}#`,
        `${labels.change}#`,
        `${labels.toGoal}#`,
        labels.status,
      ],
      ['*', 74, 74, 50, 44, 64],
      rows,
    ),
  ]);
}

export function stepsDue(pdf: PdfBlocks, month: MonthReport | undefined): Content[] {
  const labels = pdf.labels;
  if (!month) return [];
  if (month.stepsDue.length === 0)
    return pdf.section(SECTION_IDS.stepsDue, labels.stepsDue, [pdf.muted(labels.noStepsDue)]);
  const rows = month.stepsDue.map((row): ContentNode[] => [
    pdf.cell(row.title),
    { stack: [pdf.cell(row.due.text), pdf.cell(row.when.label, { style: 'small' })] },
    pdf.cell(row.owner?.name),
    { text: [pdf.badge(row.status)] },
  ]);
  return pdf.section(SECTION_IDS.stepsDue, labels.stepsDue, [
    pdf.table([labels.step, labels.due, labels.owner, labels.status], ['*', 100, 90, 70], rows),
  ]);
}

export function monthAnalysis(pdf: PdfBlocks, month: MonthReport | undefined): Content[] {
  const labels = pdf.labels;
  if (!month) return [];
  if (month.analysis.length === 0)
    return pdf.section(SECTION_IDS.monthAnalysis, labels.monthAnalysis, [pdf.muted(labels.noAnalysis)]);
  const content: Content[] = [];
  for (const entry of month.analysis) {
    content.push({ text: pdf.t(entry.title), style: 'h2', margin: [0, 0, 0, 8], keepWithNext: true });
    append(content, pdf.body(entry.body.html));
  }
  return pdf.section(SECTION_IDS.monthAnalysis, labels.monthAnalysis, content);
}
