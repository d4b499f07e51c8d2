import type { DateText, Labelled, NumberText, Person, ProgressStatus, SourceRef, StepStatus, Body } from './model';

/** The monthly report's part of the plan model (`PlanModel.month`), beside `model.ts`. */

/** The client's report for one month (docs/measuring.md, "The monthly report"). */
export interface MonthReport {
  /** `2027-11`. */
  month: string;
  /** `November 2027`, `novembre 2027`. */
  title: string;
  start: DateText;
  end: DateText;
  /** The day the report is judged on: the month's end, or today while the month runs. */
  asOf: DateText;
  results: MonthResultRow[];
  stepsDue: StepDueRow[];
  /** The bodies of the month's results documents: the analysis and the adjustments decided. */
  analysis: AnalysisEntry[];
}

/** One objective read during the month: its latest reading then and what moved since the one before. */
export interface MonthResultRow {
  id: string;
  name: string;
  unit: string | undefined;
  value: NumberText;
  date: DateText;
  /** The latest reading before the month, else the baseline on the plan's start. */
  previous: { value: NumberText; date: DateText; baseline: boolean };
  /** Signed: `+300`, `−1.5`, `0`. */
  change: string;
  toGoal: NumberText;
  target: NumberText;
  status: Labelled<ProgressStatus>;
  source: SourceRef;
}

/** A step due in the month or the next, or overdue and not done. */
export interface StepDueRow {
  title: string;
  due: DateText;
  when: Labelled<'overdue' | 'this-month' | 'next-month'>;
  status: Labelled<StepStatus>;
  owner: Person | undefined;
  source: SourceRef | undefined;
}

export interface AnalysisEntry {
  title: string;
  body: Body;
}
