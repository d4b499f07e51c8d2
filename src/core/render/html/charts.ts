import type { BudgetEnvelope, TimelineEntry } from '../../report/model';
import { escapeHtml as e } from '../../util/escape';
import { maxOf, minOf } from '../../util/arrays';
import { monthAndYear } from '../../i18n/dates';
import { monthStarts } from '../../report/format';
import type { Locale } from '../../types';

/** Horizontal bars, one per category of one envelope, as inline SVG (prints exactly, needs no script or font file). */
export function budgetChart(envelope: BudgetEnvelope, color: string): string {
  const categories = envelope.categories.filter((category) => category.amount.value > 0);
  if (categories.length === 0) return '';
  const rowHeight = 30;
  const labelWidth = 170;
  const barWidth = 330;
  const height = categories.length * rowHeight + 8;
  const max = maxOf(categories.map((category) => category.share.value));
  const bars = categories.map((category, position) => {
    const y = 4 + position * rowHeight;
    const width = max > 0 ? Math.max(2, (category.share.value / max) * barWidth) : 2;
    const opacity = Math.max(0.35, 1 - position * 0.09).toFixed(2);
    return [
      `<text x="0" y="${y + 18}">${e(category.category.label)}</text>`,
      `<rect class="sp-chart-bar" x="${labelWidth}" y="${y + 5}" width="${width.toFixed(1)}" height="18" rx="3" fill="${color}" fill-opacity="${opacity}"></rect>`,
      `<text x="${(labelWidth + width + 8).toFixed(1)}" y="${y + 18}">${e(category.share.text)} <tspan class="sp-chart-muted">${e(category.amount.text)}</tspan></text>`,
    ].join('');
  });
  return `<svg class="sp-chart" viewBox="0 0 720 ${height}" role="img" aria-label="${e(categories.map((category) => `${category.category.label} ${category.share.text}`).join(', '))}">${bars.join('')}</svg>`;
}

const DAY = 86_400_000;

function isoTime(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
}

/** Room for one axis label (`févr. 2027` at 11px), so that labels never overlap. */
const LABEL_SLOT = 72;

/** A strip across the plan's span: month ticks, a mark per date (circle: step, diamond: objective). */
export function timelineChart(entries: TimelineEntry[], color: string, locale: Locale): string {
  const dated = entries
    .map((entry) => ({ entry, time: isoTime(entry.date.iso) }))
    .filter((item): item is { entry: TimelineEntry; time: number } => item.time !== undefined);
  if (dated.length < 2) return '';
  const first = minOf(dated.map((item) => item.time));
  const last = maxOf(dated.map((item) => item.time));
  if (last - first < DAY) return '';
  const left = 20;
  const width = 680;
  const x = (time: number) => left + ((time - first) / (last - first)) * width;
  const months = monthStarts(first, last);
  // Every month has its tick; a label every `every` months, as many as fit.
  const every = Math.max(1, Math.ceil(months.length / Math.floor(width / LABEL_SLOT)));
  const ticks = months.map((month, index) => {
    const position = x(month).toFixed(1);
    const tick = `<line class="sp-tick" x1="${position}" y1="30" x2="${position}" y2="40" stroke="#9aa4b2"></line>`;
    if (index % every !== 0) return tick;
    // Kept inside the strip, so the first and last labels are not cut at the edges.
    const labelX = Math.min(Math.max(x(month), LABEL_SLOT / 2), 720 - LABEL_SLOT / 2).toFixed(1);
    return `${tick}<text class="sp-chart-muted" x="${labelX}" y="56" text-anchor="middle">${e(monthAndYear(month, locale))}</text>`;
  });
  const marks = dated.map(({ entry, time }) => {
    const cx = x(time).toFixed(1);
    if (entry.kind.value === 'objective-deadline')
      return `<rect class="sp-mark-deadline" x="${(Number(cx) - 5).toFixed(1)}" y="20" width="10" height="10" transform="rotate(45 ${cx} 25)" fill="#b54708"></rect>`;
    if (entry.kind.value === 'step-due')
      return `<circle class="sp-mark-step" cx="${cx}" cy="25" r="6" fill="${color}" stroke="#fff" stroke-width="2"></circle>`;
    return `<rect class="sp-mark-edge" x="${(Number(cx) - 2).toFixed(1)}" y="14" width="4" height="22" fill="#1d2430"></rect>`;
  });
  return `<svg class="sp-chart" viewBox="0 0 720 64" aria-hidden="true"><line class="sp-axis" x1="${left}" y1="25" x2="${left + width}" y2="25" stroke="#d9dee5" stroke-width="4"></line>${ticks.join('')}${marks.join('')}</svg>`;
}
