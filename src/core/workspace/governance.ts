import type { SocialDocument } from '../document/document';
import type { Plan } from './plans';

/**
 * The charter a plan follows: its `charter:` link, else the first charter of its folder. The
 * governance rules (crisis-plan, account-security, charter-review) read it from here.
 */
export function charterOfPlan(plan: Plan): SocialDocument | undefined {
  if (plan.charterLink) return plan.charterLink.document;
  return plan.documents
    .filter((document) => document.kind === 'charter')
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0];
}

/**
 * Whether a charter is past its first draft: its own status is `review` or `approved`, or, when it
 * gives none, the plan's is. A charter being drafted is not told what it still lacks
 * (docs/compliance.md, "Governance").
 */
export function charterInForce(charter: SocialDocument, plan: Plan): boolean {
  const own = charter.data.status;
  const status = typeof own === 'string' ? own : plan.planDocuments[0]?.data.status;
  return status === 'review' || status === 'approved';
}

/** Not blank: text with letters, a list with something in it. */
export function written(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(written);
  return value !== undefined && value !== null;
}
