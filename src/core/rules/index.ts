import { approval } from './approval';
import { budgetCoversResources } from './budget-covers-resources';
import { budgetCurrency } from './budget-currency';
import { budgetMinimum } from './budget-minimum';
import { budgetSum } from './budget-sum';
import { capacity } from './capacity';
import { charterLegal } from './charter-legal';
import { accountSecurity } from './account-security';
import { approvalChain } from './approval-chain';
import { charterReview } from './charter-review';
import { crisisPlan } from './crisis-plan';
import { deadlineInPeriod } from './deadline-in-period';
import { disclosurePolicy } from './disclosure-policy';
import { dedicatedResource } from './dedicated-resource';
import { duplicateId } from './duplicate-id';
import { internalSpokesperson } from './internal-spokesperson';
import { noSkippedSteps } from './no-skipped-steps';
import { objectiveMeasurable } from './objective-measurable';
import { objectiveOnTrack } from './objective-on-track';
import { placeholderText } from './placeholder-text';
import { planDecision } from './plan-decision';
import { planCompleteness } from './plan-completeness';
import { planStructure } from './plan-structure';
import { platformAudience } from './platform-audience';
import { platformObjective } from './platform-objective';
import { platformSecured } from './platform-secured';
import { privacyOfficer } from './privacy-officer';
import { publishingCalendar } from './publishing-calendar';
import { rawHtml } from './raw-html';
import { resultInPeriod } from './result-in-period';
import { postInPeriod } from './post-in-period';
import { imageAltText } from './image-alt-text';
import { resultUnit } from './result-unit';
import { resultsStale } from './results-stale';
import type { Rule } from './rule';
import { schema } from './schema';
import { stepContent } from './step-content';
import { stepOrder } from './step-order';
import { unknownKey } from './unknown-key';
import { unknownReference } from './unknown-reference';
import { vanityMetric } from './vanity-metric';
import { websiteReadiness } from './website-readiness';
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
  stepContent,
  duplicateId,
  unknownReference,
  planCompleteness,
  objectiveMeasurable,
  vanityMetric,
  deadlineInPeriod,
  resultInPeriod,
  objectiveOnTrack,
  resultsStale,
  resultUnit,
  postInPeriod,
  imageAltText,
  budgetSum,
  budgetCurrency,
  budgetMinimum,
  budgetCoversResources,
  dedicatedResource,
  capacity,
  platformObjective,
  platformAudience,
  publishingCalendar,
  platformSecured,
  websiteReadiness,
  charterLegal,
  disclosurePolicy,
  privacyOfficer,
  internalSpokesperson,
  crisisPlan,
  accountSecurity,
  charterReview,
  approval,
  approvalChain,
  placeholderText,
  planDecision,
  rawHtml,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
