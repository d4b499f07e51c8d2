import { basename } from 'node:path';
import { isRecord } from '../../util/guards';
import { planMethod } from '../../method/methods';
import { text } from '../format';
import type { Cover } from '../model';
import type { ExportSettings } from './index';
import type { Context } from './context';

export function assembleCover(context: Context, settings: ExportSettings): Cover {
  const data = context.planDocument.data;
  const start = isRecord(data.period) ? context.date(data.period.start) : undefined;
  const end = isRecord(data.period) ? context.date(data.period.end) : undefined;
  const status = text(data.status) ?? 'draft';
  const method = planMethod(data);
  return {
    title: text(data.title) ?? basename(context.root),
    client: text(data.client),
    agency: text(data.agency),
    period: start || end ? { start, end, text: [start?.text ?? '…', end?.text ?? '…'].join(' – ') } : undefined,
    status: context.label('planStatus', status),
    version: text(data.version),
    method: method ? { id: method.id, title: method.title[context.locale] } : undefined,
    draft: status !== 'approved',
    logo: settings.logo,
    source: context.ref(context.planDocument, context.planDocument.openFence.start),
  };
}
