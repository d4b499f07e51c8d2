import { SECTION_IDS } from '../../../report/sections';
import { rule } from '../layouts';
import type { Content, ContentNode } from '../theme';
import type { PdfBlocks } from '../blocks';

/** Flows after the annexes (no page of its own); until the plan is approved, lines to sign. */
export function approvals(pdf: PdfBlocks): ContentNode {
  const { labels, theme, model } = pdf;
  const approvals = model.approvals;
  const list =
    approvals.length > 0
      ? pdf.table(
          [labels.name, labels.role, labels.date],
          ['*', '*', 110],
          approvals.map((approval) => [
            pdf.cell(approval.name, { bold: true }),
            pdf.cell(approval.role),
            pdf.cell(approval.date?.text),
          ]),
        )
      : pdf.muted(labels.noApprovals);
  const parts: Content[] = [
    { text: pdf.t(labels.approvals), style: 'h1', id: SECTION_IDS.approvals, outline: true, keepWithNext: true },
    { ...rule(theme.accent, 2.25, [0, 3, 0, 14]), keepWithNext: true },
    ...(model.approvalChain
      ? [{ text: model.approvalChain, margin: [0, 0, 0, 8] as [number, number, number, number] }]
      : []),
    list,
  ];
  if (model.cover.draft) {
    const signature = () => ({
      stack: [
        { text: '', margin: [0, 46, 0, 0] },
        {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: (pdf.width - 32) / 2, y2: 0, lineWidth: 0.75, lineColor: theme.ink },
          ],
        },
        {
          text: `${pdf.t(labels.name)} · ${pdf.t(labels.role)} · ${pdf.t(labels.date)}`,
          color: theme.muted,
          fontSize: 8.5,
          margin: [0, 5, 0, 0],
        },
        { text: pdf.t(labels.signature), color: theme.muted, fontSize: 8.5 },
      ],
    });
    parts.push({ columns: [signature(), signature()], columnGap: 32, margin: [0, 6, 0, 0] });
  }
  return { stack: parts, unbreakable: approvals.length <= 12, margin: [0, 30, 0, 0] };
}
