import type { Locale, Severity } from '../types';
import type { Labels } from '../i18n/labels';
import type { MonthReport } from './month-model';

/**
 * The assembled plan (docs/exporting.md): everything the preview, the PDF and the HTML export show,
 * already ordered, labelled and formatted in one language. Plain JSON — no class, no Map, no
 * function — so it can cross the webview boundary and be compared with golden files.
 *
 * Texts that come from the plan's YAML are plain strings: every renderer escapes them. Only the
 * `html` fields hold markup, produced by `renderMarkdown` and already sanitized.
 */
export interface PlanModel {
  /** Bumped when the shape changes, so a restored preview state can be told apart. */
  modelVersion: 1;
  locale: Locale;
  /** Absolute path of the plan folder; every `SourceRef.path` is relative to it. */
  root: string;
  labels: Labels;
  cover: Cover;
  /**
   * Who the report is for (docs/exporting.md, "Editions"): `client` leaves out the validation
   * summary and the source files; `review` (the preview's, and the default) keeps them.
   */
  edition: Edition;
  /** Anchors of the report, in reading order; `id` is the HTML id of the section. */
  toc: TocEntry[];
  validation: Validation;
  /** The plan document's own Markdown body (context, summary), when it has one. */
  overview: Body | undefined;
  objectives: ObjectiveRow[];
  /** Where each measured objective stands; empty when the plan records no result. */
  progress: ProgressRow[];
  steps: StepEntry[];
  platforms: Platforms;
  resources: Resources;
  budget: Budget;
  timeline: TimelineEntry[];
  charter: Charter;
  annexes: Annex[];
  approvals: ApprovalRow[];
  /** The plan's `approval_workflow` and where each level stands, one line; `undefined` without one. */
  approvalChain: string | undefined;
  /** Branding from the config file's `export:` block, already checked. */
  branding: Branding;
  /**
   * Set for a monthly report (`socialplan report --month`): the report then shows the month's
   * sections and the progress as of the month's end, not the plan (docs/measuring.md).
   */
  month?: MonthReport;
}

export const EDITIONS = ['client', 'review'] as const;
export type Edition = (typeof EDITIONS)[number];

export function isEdition(value: unknown): value is Edition {
  return value === 'client' || value === 'review';
}

/** Whether the report names the files and lines things are written in (only the `review` edition). */
export function showsSources(model: Pick<PlanModel, 'edition'>): boolean {
  return model.edition === 'review';
}

/** Where an element is written, so the preview can jump there. */
export interface SourceRef {
  /** Absolute path of the file. */
  file: string;
  /** The same file relative to the plan folder, with `/` separators (`../agency-charter.md` for a shared charter). */
  path: string;
  /** UTF-16 offset in the file, and the 1-based line and column it falls on. */
  offset: number;
  line: number;
  column: number;
}

/** A value with its label in the model's language (`{ value: 'in-progress', label: 'In progress' }`). */
export interface Labelled<T extends string = string> {
  value: T;
  label: string;
}

/** A date as written (ISO `YYYY-MM-DD` when valid) and as read (`July 23, 2027`, `23 juillet 2027`). */
export interface DateText {
  iso: string;
  text: string;
}

/** A number and its text in the model's language (`18,000` or `18 000`). */
export interface NumberText {
  value: number;
  text: string;
}

export interface Body {
  /** Sanitized HTML of the Markdown body; empty string when the body is blank. */
  html: string;
  source: SourceRef;
}

export interface Cover {
  title: string;
  client: string | undefined;
  agency: string | undefined;
  period: { start: DateText | undefined; end: DateText | undefined; text: string } | undefined;
  status: Labelled;
  version: string | undefined;
  method: { id: string; title: string } | undefined;
  /** The plan's go / no-go verdict (`decision`) and its reason, when the plan gives one. */
  decision: { verdict: Labelled; reason: string | undefined } | undefined;
  /**
   * The facts under the title, in order, those the plan gives: client, agency, period, version,
   * status (always), method, decision. Made once here so that the HTML and the PDF cover show the same ones.
   */
  facts: CoverFact[];
  /**
   * True unless the plan's status is `approved` and its approval chain, if it declares one, is
   * complete: the exports then mark every page DRAFT.
   */
  draft: boolean;
  /** Absolute path of the configured logo (`export.logo`), not read here. */
  logo: string | undefined;
  source: SourceRef;
}

export type CoverFactKey =
  | 'plan'
  | 'client'
  | 'agency'
  | 'period'
  | 'reportPeriod'
  | 'asOf'
  | 'version'
  | 'status'
  | 'method'
  | 'decision';

export interface CoverFact {
  key: CoverFactKey;
  label: string;
  text: string;
  /** For the status: its value, shown as a badge whose text is `text`. */
  badge?: Labelled;
}

export interface TocEntry {
  id: string;
  title: string;
  /** 1 for the report's sections, 2 for steps and annexes inside them. */
  level: 1 | 2;
}

export interface Validation {
  counts: Record<Severity, number>;
  /** The counts as the summary shows them, errors first: each with its word in the form the count takes (`1 Error`, `0 Notes`, `0 Remarque`). */
  summary: SeverityCount[];
  findings: FindingRow[];
}

export interface SeverityCount {
  severity: Severity;
  count: number;
  /** `Error` or `Errors`, as `Intl.PluralRules` picks for `count` in the model's language. */
  label: string;
}

export interface FindingRow {
  severity: Labelled<Severity>;
  rule: string;
  message: string;
  path: string;
  line: number;
  column: number;
  source: SourceRef;
}

export interface ObjectiveRow {
  id: string;
  goal: Labelled | undefined;
  statement: string | undefined;
  metric: string | undefined;
  baseline: NumberText | undefined;
  target: NumberText | undefined;
  unit: string | undefined;
  /** Where the number is read (`kpi.source`). */
  dataSource: string | undefined;
  deadline: DateText | undefined;
  owner: Person | undefined;
  /** The latest result, when the plan records any for this objective. */
  latest: NumberText | undefined;
  source: SourceRef;
}

/** One objective of the progress section (docs/measuring.md). */
export interface ProgressRow {
  id: string;
  /** The objective's statement, else its id. */
  name: string;
  status: Labelled<ProgressStatus>;
  unit: string | undefined;
  baseline: NumberText;
  target: NumberText;
  deadline: DateText;
  latest: { value: NumberText; date: DateText } | undefined;
  /** How far from the baseline to the target the latest result stands, as a percentage. */
  toGoal: NumberText | undefined;
  /** The value at the deadline at this pace; only for an objective still running. */
  projected: NumberText | undefined;
  chart: ProgressChart;
  /** What the chart shows, in words and figures: its alternative text. */
  alt: string;
  source: SourceRef;
}

export type ProgressStatus = 'on-track' | 'at-risk' | 'achieved' | 'missed' | 'no-results';

/** The raw figures a progress chart draws: the baseline at `start`, the results, the target at `deadline`. */
export interface ProgressChart {
  start: string;
  deadline: string;
  baseline: number;
  target: number;
  readings: { date: string; value: number }[];
  projected: number | undefined;
}

/**
 * An id of the plan and what a reader calls it: a resource's or a platform's `name`, an
 * objective's `statement` (else its goal's label); the id itself when the plan gives none.
 */
export interface Named {
  id: string;
  name: string;
}

/** A resource id and the name it resolves to. */
export type Person = Named;

export type StepStatus = 'todo' | 'in-progress' | 'done' | 'skipped' | 'missing';

export interface StepEntry {
  /** HTML id of the step's section. */
  anchor: string;
  /** The step id in the method (`listen`). */
  id: string;
  /** Position in the method, from 1; `undefined` for a step the method does not have. */
  number: number | undefined;
  title: string;
  inMethod: boolean;
  status: Labelled<StepStatus>;
  skipReason: string | undefined;
  owner: Person | undefined;
  due: DateText | undefined;
  /** The step document; `undefined` when the method's step has no document (`status: missing`). */
  source: SourceRef | undefined;
  body: Body | undefined;
  /** The plan's `website` facts, in a step that asks whether the website converts (docs/methods.md). */
  website: WebsiteFacts | undefined;
}

/** The plan's `website` block as the report shows it; each fact `undefined` when not given. */
export interface WebsiteFacts {
  url: string | undefined;
  bounceRate: NumberText | undefined;
  analytics: Labelled<'yes' | 'no'> | undefined;
  callsToAction: Labelled<'yes' | 'no'> | undefined;
  notes: string | undefined;
  source: SourceRef | undefined;
}

/** The website facts as label and value pairs, in the order the report lists them. */
export function websiteRows(facts: WebsiteFacts, labels: Labels): [label: string, value: string][] {
  const rows: [string, string | undefined][] = [
    [labels.websiteAddress, facts.url],
    [labels.bounceRate, facts.bounceRate?.text],
    [labels.analytics, facts.analytics?.label],
    [labels.callsToAction, facts.callsToAction?.label],
    [labels.websiteNotes, facts.notes],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

export interface Platforms {
  rows: PlatformRow[];
  /** Posts per week over every platform with a frequency. */
  postsPerWeek: NumberText;
}

export interface PlatformRow {
  id: string;
  name: string;
  handle: string | undefined;
  secured: Labelled<'yes' | 'no'> | undefined;
  /** The objectives the platform serves, by their statements. */
  objectives: Named[];
  audience: string | undefined;
  /** As written (`2 / month`), and normalised to a week (2 per month ≈ 0.46 per week). */
  frequency: { posts: number; per: Labelled; text: string } | undefined;
  postsPerWeek: NumberText | undefined;
  source: SourceRef;
}

export interface Resources {
  rows: ResourceRow[];
  hoursPerWeek: NumberText;
}

export interface ResourceRow {
  id: string;
  name: string;
  role: Labelled | undefined;
  internal: Labelled<'yes' | 'no'> | undefined;
  dedicated: Labelled<'yes' | 'no'> | undefined;
  hoursPerWeek: NumberText | undefined;
  cost: string | undefined;
  source: SourceRef;
}

/**
 * The budgets of the plan, never added across currencies or periods: one envelope per currency and
 * period (a yearly and a campaign budget are two envelopes, as are a CAD and a EUR budget).
 */
export interface Budget {
  /** The plan's currency: the plan document's, else the first budget block's that names one. */
  currency: string | undefined;
  /** Plan's currency first, then the others as they first appear; in each, year, month, campaign. */
  envelopes: BudgetEnvelope[];
  /**
   * Per currency with a monthly envelope: yearly totals plus monthly totals × 12, the figure
   * `budget-minimum` compares with its floor. Shown labelled as such, never as a total.
   */
  annualised: { currency: string | undefined; label: string; amount: NumberText }[];
  /** Why the plan's-currency totals leave some budgets out (they are in another currency); else `undefined`. */
  currencyNote: string | undefined;
  /** The budget blocks, in plan order (usually one, in the plan document). */
  blocks: BudgetBlock[];
}

export interface BudgetBlock {
  /** The period as written (`year` when none is written, as `budget-minimum` reads it). */
  period: Labelled;
  currency: string | undefined;
  total: NumberText | undefined;
  source: SourceRef;
}

/** The budget blocks of one currency and one period, summed. */
export interface BudgetEnvelope {
  /** `Yearly budget (USD)`, `Campaign budget (EUR)`. */
  title: string;
  currency: string | undefined;
  period: Labelled;
  /** Sum of the declared `total` of its blocks; `undefined` when none declares one. */
  total: NumberText | undefined;
  /** Sum of its lines. */
  allocated: NumberText;
  /** `total - allocated` when positive. */
  unallocated: NumberText | undefined;
  /** For a monthly envelope, its total × 12 (labelled so); else `undefined`. */
  perYear: NumberText | undefined;
  /** Lines grouped by category, largest category first; each category with its share of `allocated`. */
  categories: BudgetCategory[];
  /** Where its blocks are written, in plan order. */
  sources: SourceRef[];
}

export interface BudgetCategory {
  category: Labelled;
  amount: NumberText;
  /** Share of the allocated budget, in percent with one decimal (for the chart). */
  share: NumberText;
  lines: BudgetLine[];
}

export interface BudgetLine {
  label: string;
  amount: NumberText;
  resource: Person | undefined;
  platform: Named | undefined;
  objective: Named | undefined;
  source: SourceRef;
}

export type TimelineKind = 'plan-start' | 'plan-end' | 'step-due' | 'objective-deadline';

export interface TimelineEntry {
  date: DateText;
  kind: Labelled<TimelineKind>;
  title: string;
  /** The step's status, for step due dates. */
  status: Labelled<StepStatus> | undefined;
  /** Anchor of the related section in the report. */
  anchor: string | undefined;
  source: SourceRef;
}

export interface Charter {
  anchor: string;
  title: string;
  /** The `legal` blocks of the plan, ready to show as a definition list. */
  legal: LegalItem[];
  /** The charter document's body; `undefined` when the plan has no charter document. */
  body: Body | undefined;
  source: SourceRef | undefined;
}

export interface LegalItem {
  key: string;
  label: string;
  /** One paragraph, or a list of short items. */
  value: string | string[];
  source: SourceRef;
}

export interface Annex {
  anchor: string;
  title: string;
  order: number | undefined;
  body: Body;
  source: SourceRef;
}

export interface ApprovalRow {
  name: string;
  role: string | undefined;
  date: DateText | undefined;
  source: SourceRef;
}

export interface Branding {
  paper: 'A4' | 'Letter';
  /** `#RRGGBB`, checked; the default accent when the config gives none or an invalid one. */
  color: string;
  footer: string | undefined;
  /** `export.stepsOnNewPage`: each step of the PDF starts a page (else only where it would start low). */
  stepsOnNewPage?: boolean;
}
