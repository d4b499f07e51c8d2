import { addMonths, calendarDate } from '../util/dates';
import type { PlanIndex } from '../workspace/plan-index';
import type { Progress, Reading } from './progress';

/**
 * The month a monthly report covers (docs/measuring.md, "The monthly report"): its first and last
 * days, and the month after it, whose steps the report announces.
 */
export interface MonthSpan {
  /** `2027-11`. */
  month: string;
  start: string;
  end: string;
  nextEnd: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** `2027-11` → 1 to 30 November 2027, and 31 December as the end of the month after. */
export function monthSpan(month: string): MonthSpan | undefined {
  if (!isMonth(month)) return undefined;
  const start = calendarDate(`${month}-01`) as string;
  const end = lastDay(start);
  return { month, start, end, nextEnd: lastDay(addMonths(start, 1) as string) };
}

function lastDay(firstOfMonth: string): string {
  const [year, month] = firstOfMonth.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${firstOfMonth.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The day a month's report is judged on: the month's last day, or today while the month runs. */
export function reportDay(span: MonthSpan, today: string): string {
  return today < span.end ? today : span.end;
}

/** What one objective's readings say about the month: its latest reading then, and the one before. */
export interface MonthReading {
  progress: Progress;
  /** The latest reading dated within the month. */
  latest: Reading;
  /** The latest reading before the month; `undefined` when the month's reading is the first (the baseline is then the reference). */
  previous: Reading | undefined;
  /** `latest.value` less the previous reading, or less the baseline when there is none. */
  change: number;
}

/** The objectives read during the month, in the order of `progress`. */
export function monthReadings(progress: readonly Progress[], span: MonthSpan): MonthReading[] {
  const readings: MonthReading[] = [];
  for (const objective of progress) {
    const before = objective.readings.filter((reading) => reading.date < span.start);
    const during = objective.readings.filter((reading) => reading.date >= span.start && reading.date <= span.end);
    const latest = during.at(-1);
    if (!latest) continue;
    const previous = before.at(-1);
    const reference = previous?.value ?? objective.baseline;
    readings.push({
      progress: objective,
      latest,
      previous,
      change: latest.value - reference,
    });
  }
  return readings;
}

/** The months the plan's results are dated in, newest first, with how many results each has. */
export function monthsWithResults(index: PlanIndex): { month: string; results: number }[] {
  const counts = new Map<string, number>();
  for (const site of index.results) {
    const date = calendarDate(site.value.date);
    if (date) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([month, results]) => ({ month, results }));
}
