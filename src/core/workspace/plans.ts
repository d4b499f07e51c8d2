import { dirname, resolve, sep } from 'node:path';
import type { SocialDocument } from '../document/document';
import { valueRange } from '../document/yaml-location';
import type { OffsetRange } from '../types';

export interface CharterLink {
  /** The path as written, and the range of that value in the plan document. */
  written: string;
  range: OffsetRange;
  target: string;
  document?: SocialDocument;
  problem?: 'missing' | 'not-socialplan' | 'not-charter';
}

/**
 * One plan: a folder with its `socialplan: plan` document and everything below it. Documents
 * with no plan above them form a plan with no folder and no plan document.
 */
export interface Plan {
  folder: string | undefined;
  /** More than one means two plans share a folder, which the plan-structure rule reports. */
  planDocuments: SocialDocument[];
  documents: SocialDocument[];
  charterLink?: CharterLink;
}

export type CharterLookup = (file: string) => SocialDocument | 'missing' | 'not-socialplan';

export function groupIntoPlans(documents: readonly SocialDocument[], lookupCharter: CharterLookup): Plan[] {
  const byFolder = new Map<string, Plan>();
  for (const document of documents) {
    if (document.kind !== 'plan') continue;
    const folder = dirname(document.file);
    const plan = byFolder.get(folder) ?? { folder, planDocuments: [], documents: [] };
    plan.planDocuments.push(document);
    byFolder.set(folder, plan);
  }
  const orphans: Plan = { folder: undefined, planDocuments: [], documents: [] };
  for (const document of documents) {
    if (document.kind === undefined) continue;
    const plan = nearestPlan(byFolder, dirname(document.file)) ?? orphans;
    plan.documents.push(document);
  }
  for (const plan of byFolder.values()) linkCharter(plan, lookupCharter);
  return orphans.documents.length > 0 ? [...byFolder.values(), orphans] : [...byFolder.values()];
}

function nearestPlan(byFolder: Map<string, Plan>, folder: string): Plan | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const plan = byFolder.get(current);
    if (plan) return plan;
    if (dirname(current) === current) return undefined;
  }
}

function linkCharter(plan: Plan, lookupCharter: CharterLookup): void {
  const planDocument = plan.planDocuments[0];
  const written = planDocument?.data.charter;
  if (!planDocument || typeof written !== 'string' || written.trim() === '') return;
  const target = resolve(dirname(planDocument.file), written);
  const link: CharterLink = { written, range: valueRange(planDocument, ['charter']), target };
  plan.charterLink = link;
  const found = lookupCharter(target);
  if (found === 'missing' || found === 'not-socialplan') link.problem = found;
  else if (found.kind !== 'charter') link.problem = 'not-charter';
  else {
    link.document = found;
    if (!plan.documents.includes(found)) plan.documents.push(found);
  }
}

/** True when `file` lies inside `folder` (or is in it). */
export function isInside(file: string, folder: string): boolean {
  return file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
