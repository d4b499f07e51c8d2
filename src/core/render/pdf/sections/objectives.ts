import type { ObjectiveRow } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import type { Content, ContentNode } from '../theme';
import type { PdfBlocks } from '../blocks';

export function objectives(pdf: PdfBlocks, rows: ObjectiveRow[]): Content[] {
  const labels = pdf.labels;
  if (rows.length === 0)
    return pdf.section(SECTION_IDS.objectives, labels.objectives, [pdf.muted(labels.noObjectives)]);
  const body = rows.map((row): ContentNode[] => [
    {
      stack: [
        {
          // The statement names the objective: its id is shown only when there is none.
          text: [
            ...(row.statement ? [] : [{ text: pdf.t(row.id), style: 'id' }, { text: '  ' }]),
            ...(row.goal ? [pdf.badge(row.goal, 'goal')] : []),
          ],
        },
        ...(row.statement ? [{ text: pdf.t(row.statement), margin: [0, 2, 0, 0] }] : []),
      ],
    },
    { stack: [pdf.cell(row.metric), ...(row.dataSource ? [pdf.cell(row.dataSource, { style: 'small' })] : [])] },
    pdf.cell(row.baseline?.text ?? '?'),
    {
      stack: [
        pdf.cell(row.target?.text ?? '?', { bold: true }),
        ...(row.unit ? [pdf.cell(row.unit, { style: 'small' })] : []),
        ...(row.latest ? [pdf.cell(`${labels.latestResult}: ${row.latest.text}`, { style: 'small' })] : []),
      ],
      alignment: 'right',
    },
    pdf.cell(row.deadline?.text),
    pdf.cell(row.owner?.name),
  ]);
  return pdf.section(SECTION_IDS.objectives, labels.objectives, [
    pdf.table(
      [labels.objective, labels.metric, `${labels.baseline}#`, `${labels.target}#`, labels.deadline, labels.owner],
      ['*', 88, 44, 54, 58, 56],
      body,
    ),
  ]);
}
