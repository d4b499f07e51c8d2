import { TYPOGRAPHY } from '../../i18n/localized';
import { inPlanOrder } from '../../workspace/plan-index';
import { shareOfGoal, type Progress } from '../../results/progress';
import { isRecord } from '../../util/guards';
import { text } from '../format';
import { formatNumber, formatPercent } from '../../util/money';
import type { DateText, NumberText, ProgressRow } from '../model';
import type { Context } from './context';

/** The progress section: every measured objective, in the objectives' order (docs/measuring.md). */
export function assembleProgress(context: Context): ProgressRow[] {
  const byObjective = new Map(context.progress.map((progress) => [progress.objective, progress]));
  return inPlanOrder(context.index, context.index.objectives)
    .map((site) => byObjective.get(site))
    .filter((progress): progress is Progress => progress !== undefined)
    .map((progress) => row(context, progress));
}

function row(context: Context, progress: Progress): ProgressRow {
  const number = (value: number) => context.number(value) as NumberText;
  const date = (value: string) => context.date(value) as DateText;
  const { latest } = progress;
  const running = progress.status === 'on-track' || progress.status === 'at-risk';
  const projected = running && progress.projected !== undefined ? number(Math.round(progress.projected)) : undefined;
  const kpi = progress.objective.value.kpi;
  const unit = isRecord(kpi) ? text(kpi.unit) : undefined;
  const result: ProgressRow = {
    id: progress.id,
    name: context.objectiveName(progress.objective.value) ?? progress.id,
    status: context.label('progressStatus', progress.status) as ProgressRow['status'],
    unit,
    baseline: number(progress.baseline),
    target: number(progress.target),
    deadline: date(progress.deadline),
    latest: latest && { value: number(latest.value), date: date(latest.date) },
    toGoal: latest && percent(context, shareOfGoal(progress, latest.value)),
    projected,
    chart: {
      start: progress.start,
      deadline: progress.deadline,
      baseline: progress.baseline,
      target: progress.target,
      readings: progress.readings.map((reading) => ({ date: reading.date, value: reading.value })),
      projected: running ? progress.projected : undefined,
    },
    alt: '',
    source: context.at(progress.objective.document, progress.objective.path),
  };
  result.alt = altText(context, result, progress);
  return result;
}

/** Whole percent: `74%`, `74 %`. */
export function percent(context: Context, share: number): NumberText {
  const value = Math.round(share * 100);
  return { value, text: formatPercent(value, context.locale) };
}

/**
 * The chart in words, every figure it draws: "Ticket sales: baseline 2,400 on July 1, 2027;
 * results 2,700 on September 30, 2027, …; target 4,200 by June 15, 2028; at risk."
 */
function altText(context: Context, row: ProgressRow, progress: Progress): string {
  const l = context.labels;
  const { colon, semicolon } = TYPOGRAPHY[context.locale];
  const { onDate: on, byDate: by } = l;
  const start = context.date(progress.start)?.text ?? progress.start;
  const readings = progress.readings.map(
    (reading) =>
      `${formatNumber(reading.value, context.locale)} ${on} ${context.date(reading.date)?.text ?? reading.date}`,
  );
  const parts = [
    `${l.baseline} ${row.baseline.text} ${on} ${start}`,
    ...(readings.length > 0 ? [`${l.results} ${readings.join(', ')}`] : []),
    `${l.target} ${row.target.text} ${by} ${row.deadline.text}`,
    ...(row.projected ? [`${l.projection} ${row.projected.text} (${l.projectionAtDeadline})`] : []),
    row.status.label,
  ];
  return `${row.name}${colon}${parts.join(semicolon)}`;
}
