import { basename, extname } from 'node:path';
import { monthAndYear } from '../../i18n/dates';
import { monthReadings, type MonthSpan } from '../../results/month';
import { shareOfGoal } from '../../results/progress';
import { calendarDate } from '../../util/dates';
import { isRecord } from '../../util/guards';
import { formatNumber } from '../../util/money';
import { text } from '../format';
import type { DateText, NumberText, StepEntry } from '../model';
import type { AnalysisEntry, MonthReport, MonthResultRow, StepDueRow } from '../month-model';
import { body, type Context } from './context';
import { percent } from './progress';

/**
 * The monthly report's own sections (docs/measuring.md, "The monthly report"): the month's
 * readings and what moved, the steps falling due, and the analysis written in the month's results
 * documents. `context` is judged as of `asOf`, so the progress is the month's, not today's.
 */
export function assembleMonth(context: Context, span: MonthSpan, asOf: string, steps: StepEntry[]): MonthReport {
  const date = (value: string) => context.date(value) as DateText;
  return {
    month: span.month,
    title: monthAndYear(Date.parse(`${span.start}T00:00:00Z`), context.locale, 'long'),
    start: date(span.start),
    end: date(span.end),
    asOf: date(asOf),
    results: monthResults(context, span),
    stepsDue: stepsDue(context, span, steps),
    analysis: analysis(context, span),
  };
}

function monthResults(context: Context, span: MonthSpan): MonthResultRow[] {
  const number = (value: number) => context.number(value) as NumberText;
  const date = (value: string) => context.date(value) as DateText;
  return monthReadings(context.progress, span).map(({ progress, latest, previous, change }) => {
    const kpi = progress.objective.value.kpi;
    return {
      id: progress.id,
      name: context.objectiveName(progress.objective.value) ?? progress.id,
      unit: isRecord(kpi) ? text(kpi.unit) : undefined,
      value: number(latest.value),
      date: date(latest.date),
      previous: previous
        ? { value: number(previous.value), date: date(previous.date), baseline: false }
        : { value: number(progress.baseline), date: date(progress.start), baseline: true },
      change: signed(change, context),
      toGoal: percent(context, shareOfGoal(progress, latest.value)),
      target: number(progress.target),
      status: context.label('progressStatus', progress.status) as MonthResultRow['status'],
      source: context.at(latest.site.document, latest.site.path),
    };
  });
}

const MINUS_SIGN = '\u2212';

/** `+300`, `−1.5` (a true minus sign), `0`: the change reads at a glance, in the report's language. */
function signed(change: number, context: Context): string {
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return formatNumber(0, context.locale);
  const magnitude = formatNumber(Math.abs(rounded), context.locale);
  return `${rounded > 0 ? '+' : MINUS_SIGN}${magnitude}`;
}

/** Due this month or next, or overdue and neither done nor skipped; by due date. */
function stepsDue(context: Context, span: MonthSpan, steps: StepEntry[]): StepDueRow[] {
  const rows: StepDueRow[] = [];
  for (const step of steps) {
    const due = step.due && calendarDate(step.due.iso);
    if (!step.due || !due || due > span.nextEnd) continue;
    const finished = step.status.value === 'done' || step.status.value === 'skipped';
    const when = due < span.start ? 'overdue' : due <= span.end ? 'this-month' : 'next-month';
    if (when === 'overdue' && finished) continue;
    rows.push({
      title: step.number === undefined ? step.title : `${step.number}. ${step.title}`,
      due: step.due,
      when: context.label('stepDue', when) as StepDueRow['when'],
      status: step.status,
      owner: step.owner,
      source: step.source,
    });
  }
  return rows.sort((a, b) => (a.due.iso < b.due.iso ? -1 : a.due.iso > b.due.iso ? 1 : 0));
}

/** The bodies of the results documents that record a reading of the month, by path. */
function analysis(context: Context, span: MonthSpan): AnalysisEntry[] {
  const ofMonth = new Set(
    context.index.results
      .filter((site) => {
        const date = calendarDate(site.value.date);
        return date !== undefined && date >= span.start && date <= span.end;
      })
      .map((site) => site.document),
  );
  return context
    .documentsOf('results')
    .filter((document) => ofMonth.has(document))
    .map((document) => ({
      title: text(document.data.title) ?? basename(document.file, extname(document.file)),
      body: body(context, document, `analysis-${basename(document.file, extname(document.file))}`, 4),
    }))
    .filter((entry) => entry.body.html !== '');
}
