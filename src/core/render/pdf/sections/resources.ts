import type { Resources } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import type { Content } from '../theme';
import type { PdfBlocks } from '../blocks';

export function resources(pdf: PdfBlocks, resources: Resources): Content[] {
  const labels = pdf.labels;
  if (resources.rows.length === 0)
    return pdf.section(SECTION_IDS.resources, labels.resources, [pdf.muted(labels.noResources)]);
  const table = pdf.table(
    [labels.name, labels.role, labels.internal, labels.dedicated, `${labels.hoursPerWeek}#`, `${labels.cost}#`],
    ['*', 96, 46, 50, 52, 96],
    resources.rows.map((row) => [
      pdf.cell(row.name, { bold: true }),
      pdf.cell(row.role?.label),
      pdf.cell(row.internal?.label),
      pdf.cell(row.dedicated?.label),
      pdf.cell(row.hoursPerWeek?.text),
      pdf.cell(row.cost, { fontSize: 8.5 }),
    ]),
    [
      [
        pdf.cell(labels.total),
        { text: '' },
        { text: '' },
        { text: '' },
        pdf.cell(resources.hoursPerWeek.text),
        { text: '' },
      ],
    ],
  );
  return pdf.section(SECTION_IDS.resources, labels.resources, [table]);
}
