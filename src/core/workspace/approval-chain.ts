import { isRecord } from '../util/guards';

/**
 * The approval chain of a plan or charter (`approval_workflow`, docs/rules/approval-chain.md), read
 * once here for the `approval-chain` rule and for the report's approvals table and DRAFT mark, so
 * that both always agree on whether a document is approved.
 */

export interface ChainLevel {
  role: string;
  /** Full names, as the approvals write them in `name`; empty: anyone whose approval names the level. */
  approvers: string[];
  needs: 'any' | 'all';
  position: number;
}

export interface ChainApproval {
  position: number;
  name: string;
  date: string | undefined;
  version: string | undefined;
}

export type LevelState = 'approved' | 'missing' | 'outdated' | 'out-of-order';

export interface LevelResult {
  level: ChainLevel;
  state: LevelState;
  /** The approvals that belong to this level, valid or not. */
  approvals: ChainApproval[];
  /** Approvals of another version than the document's. */
  outdated: ChainApproval[];
  /** Approvals with no `version` while the document has one, or with no `date`. */
  unversioned: ChainApproval[];
  undated: ChainApproval[];
  /** With `needs: all`, the approvers who have not approved the current version. */
  waitingFor: string[];
  /** The day the level was complete; `undefined` while it is not. */
  completedOn: string | undefined;
  /** For an out-of-order level: the approval dated before the previous level completed. */
  early: ChainApproval | undefined;
}

export interface ChainResult {
  version: string | undefined;
  levels: LevelResult[];
  complete: boolean;
}

/** The levels of `approval_workflow`, or `undefined` when the document declares none (or not a list). */
export function readWorkflow(data: Record<string, unknown>): ChainLevel[] | undefined {
  const workflow = data.approval_workflow;
  if (!Array.isArray(workflow) || workflow.length === 0) return undefined;
  return workflow.flatMap((entry, position): ChainLevel[] => {
    if (typeof entry === 'string' && entry.trim() !== '')
      return [{ role: entry, approvers: [], needs: 'any', position }];
    if (!isRecord(entry) || typeof entry.role !== 'string' || entry.role.trim() === '') return [];
    const approvers = Array.isArray(entry.approvers)
      ? entry.approvers.filter((name): name is string => typeof name === 'string')
      : [];
    return [{ role: entry.role, approvers, needs: entry.needs === 'all' ? 'all' : 'any', position }];
  });
}

/** Where each level of the chain stands; `undefined` without a workflow. */
export function evaluateChain(data: Record<string, unknown>): ChainResult | undefined {
  const levels = readWorkflow(data);
  if (!levels || levels.length === 0) return undefined;
  const version = typeof data.version === 'string' && data.version.trim() !== '' ? data.version : undefined;
  const approvals = Array.isArray(data.approvals) ? data.approvals : [];
  const results: LevelResult[] = [];
  let previous: string | undefined;
  for (const level of levels) {
    const result = evaluateLevel(level, approvalsOf(level, approvals), version, previous);
    results.push(result);
    previous = result.completedOn;
  }
  return { version, levels: results, complete: results.every((result) => result.state === 'approved') };
}

export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function approvalsOf(level: ChainLevel, approvals: readonly unknown[]): ChainApproval[] {
  return approvals.flatMap((approval, position): ChainApproval[] => {
    if (!isRecord(approval) || typeof approval.name !== 'string') return [];
    const tag = typeof approval.level === 'string' ? approval.level : approval.role;
    if (typeof tag !== 'string' || !sameName(tag, level.role)) return [];
    if (level.approvers.length > 0 && !level.approvers.some((name) => sameName(name, approval.name as string)))
      return [];
    const date = typeof approval.date === 'string' && approval.date.trim() !== '' ? approval.date : undefined;
    const version = typeof approval.version === 'string' ? approval.version : undefined;
    return [{ position, name: approval.name, date, version }];
  });
}

function evaluateLevel(
  level: ChainLevel,
  approvals: ChainApproval[],
  version: string | undefined,
  previous: string | undefined,
): LevelResult {
  const undated = approvals.filter((approval) => approval.date === undefined);
  const unversioned = version ? approvals.filter((approval) => approval.version === undefined) : [];
  const outdated = version
    ? approvals.filter((approval) => approval.version !== undefined && approval.version !== version)
    : [];
  const valid = approvals.filter(
    (approval) => approval.date !== undefined && (version === undefined || approval.version === version),
  );
  const base = { level, approvals, outdated, unversioned, undated, early: undefined };
  const groups = level.needs === 'all' && level.approvers.length > 0 ? level.approvers : [undefined];
  const waitingFor: string[] = [];
  let completedOn: string | undefined;
  let early: ChainApproval | undefined;
  for (const approver of groups) {
    const own = valid.filter((approval) => approver === undefined || sameName(approval.name, approver));
    if (own.length === 0) {
      if (approver !== undefined) waitingFor.push(approver);
      continue;
    }
    // The earliest approval on or after the day the level before was complete: approvals go in order.
    const inOrder = own.filter((approval) => previous === undefined || (approval.date as string) >= previous);
    if (inOrder.length === 0) {
      early = own[0];
      continue;
    }
    const first = inOrder.reduce((a, b) => ((a.date as string) <= (b.date as string) ? a : b));
    if (completedOn === undefined || (first.date as string) > completedOn) completedOn = first.date;
  }
  const missing = waitingFor.length > 0 || (groups[0] === undefined && valid.length === 0);
  if (missing)
    return { ...base, state: outdated.length > 0 ? 'outdated' : 'missing', waitingFor, completedOn: undefined, early };
  if (early) return { ...base, state: 'out-of-order', waitingFor, completedOn: undefined, early };
  return { ...base, state: 'approved', waitingFor, completedOn };
}
