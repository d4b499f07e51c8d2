import { isRecord } from '../util/guards';
import { calendarDate, daysBetween } from '../util/dates';
import type { PlanIndex, Site } from '../workspace/plan-index';

/**
 * Where an objective stands against its target, from the results recorded so far: what the rules
 * `objective-on-track` and `results-stale` judge and what the report's progress section draws, so
 * the two never disagree (docs/measuring.md, "The projection").
 */
export type ProgressStatus = 'no-results' | 'on-track' | 'at-risk' | 'achieved' | 'missed';

/** How the value at the deadline is projected: a least-squares line, or the line to the latest reading. */
export type Trend = 'linear' | 'last';
export const TRENDS: readonly Trend[] = ['linear', 'last'];

/** The day progress is judged on, and the projection (`objective-on-track`'s `trend`). */
export interface Measuring {
  today: string;
  trend: Trend;
}

export interface Reading {
  date: string;
  value: number;
  site: Site;
}

export interface Progress {
  objective: Site;
  id: string;
  baseline: number;
  target: number;
  /** The plan's `period.start`: the day the baseline was read. */
  start: string;
  deadline: string;
  /** Readings of this objective from its plan start to today, by date (several on one day: source order). */
  readings: Reading[];
  /** The latest reading on or before the deadline. */
  latest?: Reading;
  /** The value the trend gives at the deadline; undefined without a reading after the start. */
  projected?: number;
  status: ProgressStatus;
}

/** Judged once per plan index, day and trend: `objective-on-track` and `results-stale` both ask. */
const JUDGED = new WeakMap<PlanIndex, Map<string, Progress[]>>();

/** Every objective with a numeric baseline and target, a deadline, and a plan start, with its readings. */
export function planProgress(index: PlanIndex, today: string, trend: Trend = 'linear'): Progress[] {
  const judged = JUDGED.get(index) ?? new Map<string, Progress[]>();
  JUDGED.set(index, judged);
  const key = `${today} ${trend}`;
  const known = judged.get(key);
  if (known) return known;
  const progress = judgeAll(index, today, trend);
  judged.set(key, progress);
  return progress;
}

function judgeAll(index: PlanIndex, today: string, trend: Trend): Progress[] {
  const start = isRecord(index.plan.period) ? calendarDate(index.plan.period.start) : undefined;
  if (!start) return [];
  const readingsOf = readingsByObjective(index, start, today);
  const progress: Progress[] = [];
  for (const objective of index.objectives) {
    const measured = measurable(objective);
    if (!measured || measured.deadline < start) continue;
    progress.push(judge({ ...measured, objective, start, readings: readingsOf.get(measured.id) ?? [] }, today, trend));
  }
  return progress;
}

/** The share of the way from baseline to target that `value` stands at: 1 is the target. */
export function shareOfGoal(progress: Pick<Progress, 'baseline' | 'target'>, value: number): number {
  return (value - progress.baseline) / (progress.target - progress.baseline);
}

/** Whether `value` is at or past the target, in the direction from the baseline to the target. */
export function meetsTarget(progress: Pick<Progress, 'baseline' | 'target'>, value: number): boolean {
  return shareOfGoal(progress, value) >= 1;
}

function measurable(objective: Site): { id: string; baseline: number; target: number; deadline: string } | undefined {
  const { id, kpi } = objective.value;
  const deadline = calendarDate(objective.value.deadline);
  if (typeof id !== 'string' || !isRecord(kpi) || !deadline) return undefined;
  const { baseline, target } = kpi;
  if (!isFiniteNumber(baseline) || !isFiniteNumber(target) || baseline === target) return undefined;
  return { id, baseline, target, deadline };
}

/** The readings from the plan's start to today: a result dated later is not known yet (a monthly report as of an earlier month). */
function readingsByObjective(index: PlanIndex, start: string, today: string): Map<string, Reading[]> {
  const byObjective = new Map<string, Reading[]>();
  for (const site of index.results) {
    const { objective, value } = site.value;
    const date = calendarDate(site.value.date);
    if (typeof objective !== 'string' || !isFiniteNumber(value) || !date || date < start || date > today) continue;
    const readings = byObjective.get(objective) ?? [];
    readings.push({ date, value, site });
    byObjective.set(objective, readings);
  }
  // A stable sort: readings of one day keep the order they were written in.
  for (const readings of byObjective.values())
    readings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byObjective;
}

function judge(progress: Omit<Progress, 'status' | 'latest' | 'projected'>, today: string, trend: Trend): Progress {
  const counted = progress.readings.filter((reading) => reading.date <= progress.deadline);
  const latest = counted.at(-1);
  // Without a reading nothing is known, even past the deadline: never "missed" on no evidence.
  if (!latest) return { ...progress, status: 'no-results' };
  const projected = project(progress, counted, trend);
  const status: ProgressStatus = meetsTarget(progress, latest.value)
    ? 'achieved'
    : today > progress.deadline
      ? 'missed'
      : projected === undefined || meetsTarget(progress, projected)
        ? 'on-track'
        : 'at-risk';
  return { ...progress, latest, projected, status };
}

/**
 * The value at the deadline on a straight line through the baseline (at the plan's start) and the
 * readings: fitted by least squares (`linear`), or drawn to the latest reading (`last`).
 */
function project(progress: Pick<Progress, 'baseline' | 'start' | 'deadline'>, readings: Reading[], trend: Trend) {
  const points = [{ x: 0, y: progress.baseline }];
  for (const reading of trend === 'last' ? readings.slice(-1) : readings)
    points.push({ x: daysBetween(progress.start, reading.date), y: reading.value });
  const line = leastSquares(points);
  return line && line.slope * daysBetween(progress.start, progress.deadline) + line.intercept;
}

function leastSquares(points: { x: number; y: number }[]): { slope: number; intercept: number } | undefined {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let spread = 0;
  let covariance = 0;
  for (const { x, y } of points) {
    spread += (x - meanX) ** 2;
    covariance += (x - meanX) * (y - meanY);
  }
  // Every reading on the start day: no line to draw yet.
  if (spread === 0) return undefined;
  const slope = covariance / spread;
  return { slope, intercept: meanY - slope * meanX };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
