import type { Charter } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import { gridLayout } from '../layouts';
import type { Content } from '../theme';
import type { PdfBlocks } from '../blocks';
import { append } from '../../../util/arrays';

export function charter(pdf: PdfBlocks, charter: Charter): Content[] {
  const { labels, theme } = pdf;
  if (charter.legal.length === 0 && !charter.body)
    return pdf.section(SECTION_IDS.charter, labels.charter, [pdf.muted(labels.noCharter)]);
  const content: Content[] = [];
  if (charter.title !== labels.charter)
    content.push({ text: pdf.t(charter.title), fontSize: 13, color: theme.muted, margin: [0, 0, 0, 12] });
  if (charter.legal.length > 0) {
    content.push({ text: pdf.t(labels.legalLimits), style: 'h2', margin: [0, 0, 0, 8] });
    content.push({
      table: {
        widths: [140, '*'],
        body: charter.legal.map((item) => [
          pdf.cell(item.label, { bold: true, fillColor: theme.soft }),
          Array.isArray(item.value)
            ? { ul: item.value.map((entry) => pdf.t(entry)), markerColor: theme.muted }
            : pdf.cell(item.value),
        ]),
        dontBreakRows: true,
      },
      layout: {
        ...gridLayout(theme, 0),
        hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0.75 : 0.5),
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
      margin: [0, 0, 0, 18],
    });
  }
  if (charter.body) append(content, pdf.body(charter.body.html));
  return pdf.section(SECTION_IDS.charter, labels.charter, content);
}
