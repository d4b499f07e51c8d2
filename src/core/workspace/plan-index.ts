import type { SocialDocument } from '../document/document';
import { isRecord } from '../util/guards';
import { calendarDate } from '../util/dates';
import type { Plan } from './plans';
import type { OffsetRange } from '../types';
import { keyRange, valueRange, type DataPath } from '../document/yaml-location';

export type IdKind = 'objective' | 'resource' | 'platform' | 'pillar';

/** Something written in a document, with the path to it so rules can point at the source. */
export interface Site<T = Record<string, unknown>> {
  value: T;
  document: SocialDocument;
  path: DataPath;
}

export interface Reference {
  kind: IdKind;
  id: string;
  document: SocialDocument;
  path: DataPath;
}

/**
 * Everything a plan defines and refers to, gathered once from all its documents. Plan rules,
 * and later hover, completion and go-to-definition, read this instead of walking raw data.
 */
export interface PlanIndex {
  planDocument: SocialDocument;
  plan: Record<string, unknown>;
  objectives: Site[];
  resources: Site[];
  platforms: Site[];
  /** The plan's editorial pillars (docs/calendar.md). */
  pillars: Site[];
  budgets: Site[];
  legal: Site[];
  steps: Site[];
  /** Every `results:` entry of the plan's documents (docs/measuring.md). */
  results: Site[];
  /** Every post of the plan's calendars (docs/calendar.md). */
  posts: Site[];
  definitions: Record<IdKind, Map<string, Site[]>>;
  references: Reference[];
}

const BLOCK_LISTS = {
  objectives: 'objective',
  resources: 'resource',
  platforms: 'platform',
  pillars: 'pillar',
} as const;

export function buildPlanIndex(plan: Plan): PlanIndex | undefined {
  const planDocument = plan.planDocuments[0];
  if (!planDocument || plan.planDocuments.length > 1) return undefined;
  const index: PlanIndex = {
    planDocument,
    plan: planDocument.data,
    objectives: [],
    resources: [],
    platforms: [],
    pillars: [],
    budgets: [],
    legal: [],
    steps: [],
    results: [],
    posts: [],
    definitions: { objective: new Map(), resource: new Map(), platform: new Map(), pillar: new Map() },
    references: [],
  };
  for (const document of plan.documents) collect(index, document);
  return index;
}

function collect(index: PlanIndex, document: SocialDocument): void {
  const data = document.data;
  for (const [block, kind] of Object.entries(BLOCK_LISTS) as [keyof typeof BLOCK_LISTS, IdKind][]) {
    const items = Array.isArray(data[block]) ? data[block] : [];
    items.forEach((item, position) => {
      if (!isRecord(item)) return;
      const site = { value: item, document, path: [block, position] };
      index[block].push(site);
      if (typeof item.id === 'string') {
        const sites = index.definitions[kind].get(item.id) ?? [];
        sites.push(site);
        index.definitions[kind].set(item.id, sites);
      }
    });
  }
  if (isRecord(data.budget)) index.budgets.push({ value: data.budget, document, path: ['budget'] });
  if (isRecord(data.legal)) index.legal.push({ value: data.legal, document, path: ['legal'] });
  if (document.kind === 'step') index.steps.push({ value: data, document, path: [] });
  eachItem(data.results, (result, position) =>
    index.results.push({ value: result, document, path: ['results', position] }),
  );
  if (document.kind === 'calendar')
    eachItem(data.posts, (post, position) => index.posts.push({ value: post, document, path: ['posts', position] }));
  collectReferences(index, document);
}

function collectReferences(index: PlanIndex, document: SocialDocument): void {
  const add = (kind: IdKind, value: unknown, path: DataPath) => {
    if (typeof value === 'string') index.references.push({ kind, id: value, document, path });
  };
  const data = document.data;
  if (document.kind === 'step') add('resource', data.owner, ['owner']);
  eachItem(data.objectives, (objective, position) =>
    add('resource', objective.owner, ['objectives', position, 'owner']),
  );
  eachItem(data.platforms, (platform, position) => {
    eachValue(platform.objectives, (id, item) => add('objective', id, ['platforms', position, 'objectives', item]));
  });
  eachItem(data.results, (result, position) => add('objective', result.objective, ['results', position, 'objective']));
  if (document.kind === 'calendar')
    eachItem(data.posts, (post, position) => {
      add('platform', post.platform, ['posts', position, 'platform']);
      add('objective', post.objective, ['posts', position, 'objective']);
      add('resource', post.owner, ['posts', position, 'owner']);
      add('pillar', post.pillar, ['posts', position, 'pillar']);
    });
  if (isRecord(data.budget)) {
    eachItem(data.budget.lines, (line, position) => {
      add('resource', line.resource, ['budget', 'lines', position, 'resource']);
      add('objective', line.objective, ['budget', 'lines', position, 'objective']);
      add('platform', line.platform, ['budget', 'lines', position, 'platform']);
    });
  }
  if (isRecord(data.legal)) {
    eachValue(data.legal.spokespersons, (id, item) => add('resource', id, ['legal', 'spokespersons', item]));
    if (isRecord(data.legal.moderation))
      add('resource', data.legal.moderation.escalate_to, ['legal', 'moderation', 'escalate_to']);
    if (isRecord(data.legal.privacy)) {
      add('resource', data.legal.privacy.officer, ['legal', 'privacy', 'officer']);
      add('resource', data.legal.privacy.dpo, ['legal', 'privacy', 'dpo']);
    }
    addGovernanceReferences(data.legal, add);
  }
}

/** The people the crisis procedure alerts and lets speak, and those holding access to the accounts. */
function addGovernanceReferences(
  legal: Record<string, unknown>,
  add: (kind: IdKind, id: unknown, path: DataPath) => void,
): void {
  const crisis = legal.crisis;
  if (isRecord(crisis)) {
    eachItem(crisis.levels, (level, position) =>
      eachValue(level.alert, (id, item) => add('resource', id, ['legal', 'crisis', 'levels', position, 'alert', item])),
    );
    eachValue(crisis.spokespersons, (id, item) => add('resource', id, ['legal', 'crisis', 'spokespersons', item]));
  }
  if (isRecord(legal.account_security))
    eachValue(legal.account_security.access, (id, item) =>
      add('resource', id, ['legal', 'account_security', 'access', item]),
    );
}

function eachItem(list: unknown, visit: (item: Record<string, unknown>, position: number) => void): void {
  if (Array.isArray(list)) list.forEach((item, position) => isRecord(item) && visit(item, position));
}

function eachValue(list: unknown, visit: (value: unknown, position: number) => void): void {
  if (Array.isArray(list)) list.forEach(visit);
}

/** Where a finding about a defined item points: its `id` value, or the item's first line when it has no id. */
export function siteIdRange(site: Site): OffsetRange {
  return typeof site.value.id === 'string'
    ? valueRange(site.document, [...site.path, 'id'])
    : keyRange(site.document, site.path);
}

/**
 * Sites in an order that does not depend on which files were linted (the editor lints one file,
 * the CLI a folder): the plan document first, then the other documents by path, then source order.
 */
export function inPlanOrder<T>(index: PlanIndex, sites: readonly Site<T>[]): Site<T>[] {
  const rank = (site: Site<T>) => (site.document === index.planDocument ? 0 : 1);
  const file = (site: Site<T>) => site.document.file;
  return [...sites].sort((a, b) => rank(a) - rank(b) || (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0));
}

/**
 * The plan's period when both bounds are real dates in order; `undefined` otherwise (a reversed
 * period is deadline-in-period's finding, a malformed date the schema's), so that the rules that
 * judge dates against it stay silent rather than call every date "outside".
 */
export function orderedPlanPeriod(index: PlanIndex): { start: string; end: string } | undefined {
  const period = index.plan.period;
  if (!isRecord(period)) return undefined;
  const start = calendarDate(period.start);
  const end = calendarDate(period.end);
  return start && end && start <= end ? { start, end } : undefined;
}
