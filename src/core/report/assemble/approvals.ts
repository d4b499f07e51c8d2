import { isRecord } from '../../util/guards';
import { enumLabel } from '../../i18n/labels';
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

/** `Approval chain: 1. agency — approved (2027-01-05) · 2. client — to approve again (version 1.1)`. */
export function assembleApprovalChain(context: Context): string | undefined {
  const chain = evaluateChain(context.planDocument.data);
  if (!chain) return undefined;
  const locale = context.locale;
  const levels = chain.levels.map((result, index) => {
    const state = enumLabel('chainState', result.state, locale);
    const when = result.completedOn ? ` (${context.date(result.completedOn)?.text ?? result.completedOn})` : '';
    const waiting = result.waitingFor.length > 0 ? ` : ${result.waitingFor.join(', ')}` : '';
    return `${index + 1}. ${result.level.role} — ${state}${when}${locale === 'fr' ? waiting : waiting.replace(' : ', ': ')}`;
  });
  const version = chain.version ? (locale === 'fr' ? ` de la version ${chain.version}` : ` of version ${chain.version}`) : '';
  const head = locale === 'fr' ? `Circuit d’approbation${version} : ` : `Approval chain${version}: `;
  return head + levels.join(' · ');
}
