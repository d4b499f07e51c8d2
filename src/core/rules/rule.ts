import type { SocialDocument } from '../document/document';
import type { PlanIndex } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import type { CompiledSchema, SchemaSet } from '../schema/validator';
import type { Fix, Localized, OffsetRange, RelatedLocation, Severity } from '../types';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  description: Localized;
  /** Whether some of its findings carry fixes. */
  fixable: boolean;
  /**
   * The options the rule reads from `context.options`, besides `severity`: the source of the rule's
   * entry in `schemas/config.schema.json` (`scripts/generate/config-schema.ts` writes it).
   */
  options?: Readonly<Record<string, RuleOption>>;
  /**
   * `'running-presence'`: the rule checks what running a presence takes (a dedicated person, a
   * budget, a charter, reserved handles, a calendar). The linter does not run it on a plan whose
   * `decision` is `no-go` or `conditional`, nor keeps its findings on the documents of such a plan:
   * a readiness check that says "not now" asks only for its answers and its reason
   * (docs/rules/README.md, "Go, no-go").
   */
  appliesTo?: 'running-presence';
}

/** The verdicts under which a plan does not run a presence yet (docs/schema.md, `decision`). */
const NOT_RUNNING: ReadonlySet<unknown> = new Set(['no-go', 'conditional']);

/** False for a plan whose `decision` is `no-go` or `conditional`; true otherwise, a plan without a decision included. */
export function runsAPresence(plan: Plan): boolean {
  const planDocument = plan.planDocuments[0];
  return !planDocument || !NOT_RUNNING.has(planDocument.data.decision);
}

/** One option of a rule, as the config schema describes it. */
export interface RuleOption {
  title: Localized;
  description: Localized;
  /** The JSON Schema of the value, without title or description (`{ type: 'integer' }`, a `$ref`…); an enum's `x-enum-descriptions` (and `-fr`) go here. */
  schema: Readonly<Record<string, unknown>>;
  /** Example values; the first one goes into the rule's example setting. */
  examples: readonly unknown[];
}

export interface Report {
  file: string;
  range: OffsetRange;
  message: Localized;
  /**
   * For a rule whose findings are not all equally serious (a step with no plan is a warning, two
   * plans in one folder an error): this finding's severity instead of the rule's default. A
   * severity set for the rule in the config still wins.
   */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export type Reporter = (report: Report) => void;

export interface DocumentRuleContext {
  schemas: SchemaSet;
  /** Agency schemas that apply to this document (empty in an untrusted workspace). */
  customSchemas: readonly CompiledSchema[];
  options: Readonly<Record<string, unknown>>;
  /** Today, `YYYY-MM-DD`: `--today`, else the config's `today:`, else the clock (ConfigResolver.todayFor). */
  today: string;
}

export interface PlanRuleContext {
  schemas: SchemaSet;
  options: Readonly<Record<string, unknown>>;
  /** What the plan defines and refers to; `undefined` when the plan has no single plan document. */
  index: PlanIndex | undefined;
  /** Today, `YYYY-MM-DD`, as for document rules. */
  today: string;
}

/** Looks at one document at a time; its findings are cached with the document's text. */
export interface DocumentRule extends RuleMeta {
  scope: 'document';
  /** Runs even on a document whose YAML did not parse (only `yaml-syntax` should). */
  acceptsBrokenYaml?: boolean;
  check(document: SocialDocument, context: DocumentRuleContext, report: Reporter): void;
}

/** Looks across the documents of one plan; never runs on a plan holding a broken document. */
export interface PlanRule extends RuleMeta {
  scope: 'plan';
  check(plan: Plan, context: PlanRuleContext, report: Reporter): void;
}

export type Rule = DocumentRule | PlanRule;

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export const DOCS_BASE = 'https://github.com/socialplan/socialplan/blob/main/docs/rules/';
