import { isRecord } from '../../util/guards';
import { enumLabel } from '../../i18n/labels';
import { localize, TYPOGRAPHY } from '../../i18n/localized';
import { evaluateChain } from '../../workspace/approval-chain';
import { text } from '../format';
import type { ApprovalRow } from '../model';
import type { Context } from './context';

export function assembleApprovals(context: Context): ApprovalRow[] {
  const approvals = context.planDocument.data.approvals;
  if (!Array.isArray(approvals)) return [];
  return approvals.flatMap((approval, position): ApprovalRow[] => {
    if (!isRecord(approval)) return [];
    return [
      {
        name: text(approval.name) ?? '',
        role: approvalRole(approval),
        date: context.date(approval.date),
        source: context.at(context.planDocument, ['approvals', position]),
      },
    ];
  });
}

/** The role, with the workflow level and the version approved when the approval gives them: `Director · client · v1.1`. */
export function approvalRole(approval: Record<string, unknown>): string | undefined {
  const version = text(approval.version);
  const parts = [text(approval.role), text(approval.level), version ? `v${version}` : undefined];
  const shown = parts.filter((part): part is string => part !== undefined && part !== '');
  return shown.length > 0 ? shown.join(' · ') : undefined;
}

/** `Approval chain of version 1.1: 1. agency — approved (5 January 2027) · 2. client — to approve again`. */
export function assembleApprovalChain(context: Context): string | undefined {
  const chain = evaluateChain(context.planDocument.data);
  if (!chain) return undefined;
  const locale = context.locale;
  const colon = TYPOGRAPHY[locale].colon;
  const levels = chain.levels.map((result, index) => {
    const state = enumLabel('chainState', result.state, locale);
    const when = result.completedOn ? ` (${context.date(result.completedOn)?.text ?? result.completedOn})` : '';
    const waiting = result.waitingFor.length > 0 ? `${colon}${result.waitingFor.join(', ')}` : '';
    return `${index + 1}. ${result.level.role} — ${state}${when}${waiting}`;
  });
  const head = localize(
    chain.version
      ? { en: `Approval chain of version ${chain.version}`, fr: `Circuit d’approbation de la version ${chain.version}` }
      : { en: 'Approval chain', fr: 'Circuit d’approbation' },
    locale,
  );
  return `${head}${colon}${levels.join(' · ')}`;
}
