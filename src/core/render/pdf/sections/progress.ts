import type { ProgressRow } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import { progressGeometry } from '../../progress-chart';
import type { PdfBlocks } from '../blocks';
import type { Content, ContentNode, Shape } from '../theme';

/** The progress section: per objective, its status, its figures and its chart (docs/measuring.md). */
export function progress(pdf: PdfBlocks, rows: ProgressRow[]): Content[] {
  return pdf.section(
    SECTION_IDS.progress,
    pdf.labels.progress,
    rows.map((row) => ({ stack: [head(pdf, row), facts(pdf, row), chart(pdf, row)], unbreakable: true })),
  );
}

function head(pdf: PdfBlocks, row: ProgressRow): ContentNode {
  return {
    text: [{ text: `${pdf.t(row.name)}   ` }, pdf.badge(row.status)],
    style: 'h3',
    margin: [0, 0, 0, 3],
  };
}

function facts(pdf: PdfBlocks, row: ProgressRow): ContentNode {
  const labels = pdf.labels;
  const fact = (label: string, value: string, after = '') => [
    { text: pdf.t(`${label}: `), color: pdf.theme.muted },
    { text: pdf.t(value), bold: true },
    { text: pdf.t(after ? ` ${after}` : '') },
    { text: '    ' },
  ];
  return {
    text: [
      ...(row.latest
        ? fact(labels.latestResult, row.latest.value.text, `(${row.latest.date.text})`)
        : [{ text: pdf.t(labels.noResultsYet), color: pdf.theme.muted }, { text: '    ' }]),
      ...(row.toGoal ? fact(labels.toGoal, row.toGoal.text) : []),
      ...fact(labels.target, row.target.text, `${row.unit ? `${row.unit} ` : ''}(${row.deadline.text})`),
      ...(row.projected ? fact(labels.projection, row.projected.text, labels.projectionAtDeadline) : []),
    ],
    style: 'small',
    margin: [0, 0, 0, 6],
  };
}

const HEIGHT = 70;

/** The HTML chart's marks (`render/progress-chart.ts`), drawn as a canvas, its figures in its alt text. */
function chart(pdf: PdfBlocks, row: ProgressRow): ContentNode {
  const theme = pdf.theme;
  const width = pdf.width - 8;
  const box = progressGeometry(row.chart, width, HEIGHT);
  const shapes: Shape[] = [
    { type: 'line', x1: 0, y1: box.targetY, x2: width, y2: box.targetY, lineWidth: 1, lineColor: theme.ok },
    { type: 'line', x1: box.deadlineX, y1: 0, x2: box.deadlineX, y2: HEIGHT, lineWidth: 1, lineColor: theme.warning },
  ];
  if (box.projection)
    shapes.push({
      type: 'line',
      ...box.projection,
      lineWidth: 1,
      lineColor: theme.accent,
    });
  shapes.push({ type: 'polyline', points: box.points, lineWidth: 2, lineColor: theme.accent });
  box.points.forEach((point, position) =>
    shapes.push({
      type: 'ellipse',
      x: point.x,
      y: point.y,
      r1: 2.5,
      r2: 2.5,
      color: position === 0 ? theme.muted : theme.accent,
    }),
  );
  return { role: 'Figure', alt: pdf.t(row.alt), canvas: shapes, margin: [4, 4, 4, 16] };
}
