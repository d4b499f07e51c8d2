import { isRecord } from '../../util/guards';
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
        role: text(approval.role),
        date: context.date(approval.date),
        source: context.at(context.planDocument, ['approvals', position]),
      },
    ];
  });
}
