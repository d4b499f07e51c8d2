import type { TimelineEntry } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import { gridLayout } from '../layouts';
import type { Content, ContentNode, Shape } from '../theme';
import type { PdfBlocks } from '../blocks';
import { maxOf, minOf } from '../../../util/arrays';
import { monthAndYear } from '../../../i18n/dates';
import { monthStarts } from '../../../report/format';

export function timeline(pdf: PdfBlocks, entries: TimelineEntry[]): Content[] {
  const { labels, theme } = pdf;
  if (entries.length === 0) return pdf.section(SECTION_IDS.timeline, labels.timeline, [pdf.muted(labels.noTimeline)]);
  const marker = (entry: TimelineEntry): ContentNode => {
    if (entry.kind.value === 'objective-deadline') return { text: '◊', color: theme.warning, bold: true };
    if (entry.kind.value === 'step-due') return { text: '●', color: theme.accent };
    return { text: '■', color: theme.ink };
  };
  const rows = entries.map((entry): ContentNode[] => [
    { ...marker(entry), alignment: 'center' },
    pdf.cell(entry.date.text, { bold: true }),
    pdf.cell(entry.kind.label, { color: theme.muted, fontSize: 8.5 }),
    {
      text: [
        {
          text: pdf.t(entry.title),
          ...(entry.anchor ? { linkToDestination: entry.anchor, color: theme.accent } : {}),
        },
        ...(entry.status ? [{ text: '  ' }, pdf.badge(entry.status)] : []),
      ],
    },
  ]);
  const list: ContentNode = {
    table: { headerRows: 0, widths: [12, 100, 92, '*'], body: rows, dontBreakRows: true },
    layout: gridLayout(theme, 0),
    fontSize: 9,
  };
  return pdf.section(SECTION_IDS.timeline, labels.timeline, [...timelineChart(pdf, entries), list]);
}

/** Room for one axis label (`févr. 2027` at 7 pt), so that labels never overlap. */
const LABEL_SLOT = 44;

/** A strip across the plan's span: month ticks, one mark per date (circle: step, diamond: objective, bar: plan start and end). */
function timelineChart(pdf: PdfBlocks, entries: TimelineEntry[]): Content[] {
  const theme = pdf.theme;
  const DAY = 86_400_000;
  const dated = entries
    .map((entry) => ({ entry, time: isoTime(entry.date.iso) }))
    .filter((item): item is { entry: TimelineEntry; time: number } => item.time !== undefined);
  if (dated.length < 2) return [];
  const first = minOf(dated.map((item) => item.time));
  const last = maxOf(dated.map((item) => item.time));
  if (last - first < DAY) return [];
  const left = 12;
  const span = pdf.width - 2 * left;
  const x = (time: number) => left + ((time - first) / (last - first)) * span;
  const y = 14;
  const canvas: Shape[] = [
    { type: 'line', x1: left, y1: y, x2: left + span, y2: y, lineWidth: 3, lineColor: theme.line, lineCap: 'round' },
  ];
  const labels: ContentNode[] = [];
  const months = monthStarts(first, last);
  // Every month has its tick; a label every `every` months, as many as fit.
  const every = Math.max(1, Math.ceil(months.length / Math.floor(span / LABEL_SLOT)));
  months.forEach((month, index) => {
    const position = x(month);
    canvas.push({
      type: 'line',
      x1: position,
      y1: y + 5,
      x2: position,
      y2: y + 10,
      lineWidth: 0.75,
      lineColor: '#9AA4B2',
    });
    if (index % every !== 0) return;
    // Centred on its tick, kept inside the strip so the first and last labels are not cut.
    const labelX = Math.min(Math.max(position - LABEL_SLOT / 2, 0), pdf.width - LABEL_SLOT);
    labels.push({
      text: pdf.t(monthAndYear(month, pdf.model.locale)),
      fontSize: 7,
      color: theme.muted,
      width: LABEL_SLOT,
      alignment: 'center',
      relativePosition: { x: labelX, y: 0 },
    });
  });
  for (const { entry, time } of dated) {
    const cx = x(time);
    if (entry.kind.value === 'objective-deadline') {
      canvas.push({
        type: 'polyline',
        closePath: true,
        color: theme.warning,
        points: [
          { x: cx, y: y - 6 },
          { x: cx + 6, y },
          { x: cx, y: y + 6 },
          { x: cx - 6, y },
        ],
      });
    } else if (entry.kind.value === 'step-due') {
      canvas.push({
        type: 'ellipse',
        x: cx,
        y,
        r1: 5.5,
        r2: 5.5,
        color: theme.accent,
        lineColor: '#FFFFFF',
        lineWidth: 1.5,
      });
    } else canvas.push({ type: 'rect', x: cx - 2, y: y - 10, w: 4, h: 20, color: theme.ink });
  }
  return [
    { stack: [{ canvas }, ...labels, { text: '', margin: [0, 10, 0, 0] }], margin: [0, 0, 0, 14], unbreakable: true },
  ];
}

function isoTime(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
}
