import type { Platforms } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import type { Content } from '../theme';
import type { PdfBlocks } from '../blocks';
import { maxOf } from '../../../util/arrays';

export function platforms(pdf: PdfBlocks, platforms: Platforms): Content[] {
  const { labels, theme } = pdf;
  if (platforms.rows.length === 0)
    return pdf.section(SECTION_IDS.platforms, labels.platforms, [pdf.muted(labels.noPlatforms)]);
  const overview = pdf.table(
    [labels.platform, labels.handle, labels.objectives, labels.audience, labels.secured],
    [72, 80, '*', 124, 48],
    platforms.rows.map((row) => [
      pdf.cell(row.name, { bold: true }),
      pdf.cell(row.handle, { fontSize: 8.5 }),
      { stack: row.objectives.map((objective) => pdf.cell(objective.name, { style: 'small', margin: [0, 0, 0, 3] })) },
      pdf.cell(row.audience),
      pdf.cell(row.secured?.label),
    ]),
  );
  const max = maxOf(
    platforms.rows.map((row) => row.postsPerWeek?.value ?? 0),
    0,
  );
  const barWidth = pdf.width - 96 - 96 - 60 - 40;
  const calendar = pdf.table(
    [labels.platform, labels.frequency, `${labels.postsPerWeek}#`, ''],
    [96, 96, 60, '*'],
    platforms.rows.map((row) => {
      const width = max > 0 && row.postsPerWeek ? Math.max(2, (row.postsPerWeek.value / max) * barWidth) : 0;
      return [
        pdf.cell(row.name),
        pdf.cell(row.frequency?.text),
        pdf.cell(row.postsPerWeek?.text),
        width > 0
          ? { canvas: [{ type: 'rect', x: 0, y: 2.5, w: width, h: 7, r: 3.5, color: theme.accent }] }
          : { text: '' },
      ];
    }),
    [[pdf.cell(labels.total), { text: '' }, pdf.cell(platforms.postsPerWeek.text), { text: '' }]],
  );
  return pdf.section(SECTION_IDS.platforms, labels.platforms, [
    overview,
    {
      stack: [{ text: pdf.t(labels.publishingCalendar), style: 'h2' }, calendar],
      unbreakable: platforms.rows.length <= 20,
    },
  ]);
}
