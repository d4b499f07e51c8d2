import { showsSources, websiteRows, type StepEntry } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import type { Content, ContentNode } from '../theme';
import { NEW_PAGE, SECTION_START, type PageStart, type PdfBlocks } from '../blocks';
import { append } from '../../../util/arrays';

export function steps(pdf: PdfBlocks, steps: StepEntry[]): Content[] {
  const labels = pdf.labels;
  const content: Content[] = [];
  // With `export.stepsOnNewPage`, the section's title opens the first step's page.
  steps.forEach((step, index) => append(content, stepContent(pdf, step, index > 0 ? pdf.stepStart : {})));
  if (steps.length === 0) content.push(pdf.muted(labels.emptyBody));
  const start = pdf.model.branding.stepsOnNewPage === true ? NEW_PAGE : SECTION_START;
  return pdf.section(SECTION_IDS.steps, labels.steps, content, start);
}

function stepContent(pdf: PdfBlocks, step: StepEntry, start: PageStart): Content[] {
  const { labels, theme } = pdf;
  const title = step.number === undefined ? step.title : `${step.number}. ${step.title}`;
  const number: ContentNode =
    step.number === undefined
      ? { text: '' }
      : {
          stack: [
            { canvas: [{ type: 'ellipse', x: 11, y: 11, r1: 11, r2: 11, color: theme.accent }] },
            {
              text: String(step.number),
              color: '#FFFFFF',
              bold: true,
              fontSize: 10.5,
              alignment: 'center',
              relativePosition: { x: 0, y: -17.5 },
            },
          ],
        };
  const head: ContentNode = {
    table: {
      widths: step.number === undefined ? [0, '*', 'auto'] : [22, '*', 'auto'],
      body: [
        [
          number,
          {
            text: pdf.t(step.title),
            style: 'h2',
            margin: [0, 2, 0, 0],
            id: step.anchor,
            outline: true,
            outlineText: pdf.t(title),
            outlineParentId: SECTION_IDS.steps,
          },
          { text: [pdf.badge(step.status)], margin: [0, 6, 0, 0] },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (index: number) => (index === 0 ? 0 : 8),
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, 0, 0, 6],
    keepWithNext: true,
    ...start,
  };
  const meta: ContentNode[] = [];
  const fact = (label: string, value: string) => {
    if (meta.length > 0) meta.push({ text: '     ' });
    meta.push({ text: `${pdf.t(label)}: `, color: theme.muted }, { text: pdf.t(value), bold: true });
  };
  if (step.owner) fact(labels.owner, step.owner.name);
  if (step.due) fact(labels.due, step.due.text);
  if (step.source && showsSources(pdf.model)) fact(labels.sourceFile, step.source.path);
  if (!step.inMethod) {
    if (meta.length > 0) meta.push({ text: '     ' });
    meta.push({ text: pdf.t(labels.notInMethod), color: theme.muted, italics: true });
  }
  const content: Content[] = [head];
  if (meta.length > 0) content.push({ text: meta, fontSize: 8.5, margin: [0, 0, 0, 12], keepWithNext: true });
  if (step.status.value === 'missing')
    content.push(pdf.callout({ text: pdf.t(labels.missingStep), color: theme.error }, 'error'));
  if (step.skipReason)
    content.push(
      pdf.callout({ text: [{ text: `${pdf.t(labels.skipReason)}: `, bold: true }, pdf.t(step.skipReason)] }),
    );
  if (step.website) {
    const rows = websiteRows(step.website, labels).map(([label, value]) => [
      { text: pdf.t(label), color: theme.muted },
      { text: pdf.t(value), bold: true },
    ]);
    content.push({ stack: [pdf.table([labels.website, ''], ['auto', '*'], rows)], margin: [0, 0, 0, 10] });
  }
  if (step.body) append(content, step.body.html === '' ? [pdf.muted(labels.emptyBody)] : pdf.body(step.body.html));
  return content;
}
