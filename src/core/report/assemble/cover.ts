import { basename } from 'node:path';
import { isRecord } from '../../util/guards';
import { planMethod } from '../../method/methods';
import { evaluateChain } from '../../workspace/approval-chain';
import { text } from '../format';
import type { Cover, CoverFact, CoverFactKey } from '../model';
import type { ExportSettings } from './index';
import type { Context } from './context';

export function assembleCover(context: Context, settings: ExportSettings): Cover {
  const data = context.planDocument.data;
  const start = isRecord(data.period) ? context.date(data.period.start) : undefined;
  const end = isRecord(data.period) ? context.date(data.period.end) : undefined;
  const status = text(data.status) ?? 'draft';
  const method = planMethod(data);
  const cover = {
    title: text(data.title) ?? basename(context.root),
    client: text(data.client),
    agency: text(data.agency),
    period: start || end ? { start, end, text: [start?.text ?? '…', end?.text ?? '…'].join(' – ') } : undefined,
    status: context.label('planStatus', status),
    version: text(data.version),
    method: method ? { id: method.id, title: method.title[context.locale] } : undefined,
  };
  return {
    ...cover,
    facts: coverFacts(context, cover),
    draft: status !== 'approved' || evaluateChain(data)?.complete === false,
    logo: settings.logo,
    source: context.ref(context.planDocument, context.planDocument.openFence.start),
  };
}

type CoverValues = Pick<Cover, 'client' | 'agency' | 'period' | 'status' | 'version' | 'method'>;

/** The rows of the cover, in the order both renderers show them; a value the plan leaves out has no row. */
function coverFacts(context: Context, cover: CoverValues): CoverFact[] {
  const values: [CoverFactKey, string | undefined][] = [
    ['client', cover.client],
    ['agency', cover.agency],
    ['period', cover.period?.text],
    ['version', cover.version],
    ['status', cover.status.label],
    ['method', cover.method?.title],
  ];
  const facts: CoverFact[] = [];
  for (const [key, value] of values) {
    if (value === undefined) continue;
    const fact: CoverFact = { key, label: context.labels[key], text: value };
    if (key === 'status') fact.badge = cover.status;
    facts.push(fact);
  }
  return facts;
}
