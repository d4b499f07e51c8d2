import type { ElementContent } from 'hast';
import { messageParts } from '../../../i18n/code-spans';
import type { Validation } from '../../../report/model';
import { InlineConverter } from '../body/inlines';
import { SECTION_IDS } from '../../../report/sections';
import { boxLayout } from '../layouts';
import type { Content, TableNode, TextNode } from '../theme';
import type { PdfBlocks } from '../blocks';

export function validation(pdf: PdfBlocks, validation: Validation): Content[] {
  const { labels, theme } = pdf;
  const colors = { error: theme.error, warning: theme.warning, info: theme.info };
  const counts = validation.summary.map(
    ({ severity, count, label }): TableNode => ({
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: String(count), fontSize: 20, bold: true, color: colors[severity] },
                { text: pdf.t(label), color: theme.muted, fontSize: 8.5 },
              ],
            },
          ],
        ],
      },
      layout: boxLayout('#FFFFFF', 10, theme.line),
    }),
  );
  const content: Content[] = [{ columns: counts, columnGap: 12, margin: [0, 0, 0, 14] }];
  if (validation.findings.length === 0) content.push(pdf.callout({ text: pdf.t(labels.noFindings) }, 'ok'));
  else {
    content.push(
      pdf.table(
        [labels.severity, labels.file, labels.message, labels.rule],
        [62, 100, '*', 78],
        validation.findings.map((finding) => [
          { text: [pdf.badge(finding.severity)] },
          pdf.cell(`${finding.path}:${finding.line}`, { fontSize: 8 }),
          messageCell(pdf, finding.message),
          pdf.cell(finding.rule, { style: 'id' }),
        ]),
      ),
    );
  }
  return pdf.section(SECTION_IDS.validation, labels.validation, content);
}

/**
 * A finding's message with its code spans (`` `juli` ``) in the PDF's inline code style, the one
 * of `code` in the plan's bodies (body/inlines.ts), rather than as raw backticks.
 */
function messageCell(pdf: PdfBlocks, message: string): TextNode {
  const nodes = messageParts(message).map(
    (part): ElementContent =>
      part.kind === 'code'
        ? { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: part.text }] }
        : { type: 'text', value: part.text },
  );
  const converter = new InlineConverter({ type: 'root', children: [] }, new Set(), pdf.theme, pdf.glyphs);
  return { text: converter.runs(nodes, {}) };
}
