import { approval } from './approval';
import { budgetCurrency } from './budget-currency';
import { budgetMinimum } from './budget-minimum';
import { budgetSum } from './budget-sum';
import { charterLegal } from './charter-legal';
import { accountSecurity } from './account-security';
import { approvalChain } from './approval-chain';
import { charterReview } from './charter-review';
import { crisisPlan } from './crisis-plan';
import { deadlineInPeriod } from './deadline-in-period';
import { dedicatedResource } from './dedicated-resource';
import { duplicateId } from './duplicate-id';
import { noSkippedSteps } from './no-skipped-steps';
import { objectiveMeasurable } from './objective-measurable';
import { planStructure } from './plan-structure';
import { platformObjective } from './platform-objective';
import { platformSecured } from './platform-secured';
import { publishingCalendar } from './publishing-calendar';
import { rawHtml } from './raw-html';
import type { Rule } from './rule';
import { schema } from './schema';
import { stepOrder } from './step-order';
import { unknownKey } from './unknown-key';
import { unknownReference } from './unknown-reference';
import { vanityMetric } from './vanity-metric';
import { yamlSyntax } from './yaml-syntax';

/**
 * Every rule, in the order of the catalogue. Adding a rule: one file, one line here, and the rest
 * as CONTRIBUTING.md ("Adding a rule") says.
 */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  unknownKey,
  planStructure,
  noSkippedSteps,
  stepOrder,
  duplicateId,
  unknownReference,
  objectiveMeasurable,
  vanityMetric,
  deadlineInPeriod,
  budgetSum,
  budgetCurrency,
  budgetMinimum,
  dedicatedResource,
  platformObjective,
  publishingCalendar,
  platformSecured,
  charterLegal,
  crisisPlan,
  accountSecurity,
  charterReview,
  approval,
  approvalChain,
  rawHtml,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
