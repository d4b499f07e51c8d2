import { basename } from 'node:path';
import { isRecord } from '../../util/guards';
import { planMethod } from '../../method/methods';
import { hasEnumLabel } from '../../i18n/labels';
import { evaluateChain } from '../../workspace/approval-chain';
import { text } from '../format';
import { TYPOGRAPHY } from '../../i18n/localized';
import type { Cover, CoverFact, CoverFactKey } from '../model';
import type { MonthReport } from '../month-model';
import type { ExportSettings } from './index';
import type { Context } from './context';

/** A monthly report's cover is titled after the month and names the plan it reports on. */
export function assembleCover(context: Context, settings: ExportSettings, month?: MonthReport): Cover {
  const data = context.planDocument.data;
  const start = isRecord(data.period) ? context.date(data.period.start) : undefined;
  const end = isRecord(data.period) ? context.date(data.period.end) : undefined;
  const status = text(data.status) ?? 'draft';
  const method = planMethod(data);
  const planTitle = text(data.title) ?? basename(context.root);
  const cover = {
    title: month ? `${context.labels.monthlyReport}${TYPOGRAPHY[context.locale].colon}${month.title}` : planTitle,
    client: text(data.client),
    agency: text(data.agency),
    period: start || end ? { start, end, text: [start?.text ?? '…', end?.text ?? '…'].join(' – ') } : undefined,
    status: context.label('planStatus', status),
    version: text(data.version),
    method: method ? { id: method.id, title: method.title[context.locale] } : undefined,
    decision: decisionOf(context, data),
  };
  return {
    ...cover,
    facts: month ? monthFacts(context, cover, planTitle, month) : coverFacts(context, cover),
    draft: status !== 'approved' || evaluateChain(data)?.complete === false,
    logo: settings.logo,
    source: context.ref(context.planDocument, context.planDocument.openFence.start),
  };
}

type CoverValues = Pick<Cover, 'client' | 'agency' | 'period' | 'status' | 'version' | 'method' | 'decision'>;

/** The verdict the cover shows; a value the schema refuses is left out (`schema` reports it). */
function decisionOf(context: Context, data: Record<string, unknown>): Cover['decision'] {
  const verdict = text(data.decision);
  if (verdict === undefined || !hasEnumLabel('planDecision', verdict)) return undefined;
  return { verdict: context.label('planDecision', verdict), reason: text(data.decision_reason) };
}

/** `No-go — No dedicated person yet.`: the verdict, then its reason when there is one. */
function decisionText(decision: NonNullable<Cover['decision']>): string {
  return decision.reason ? `${decision.verdict.label} — ${decision.reason}` : decision.verdict.label;
}

/** The rows of the cover, in the order both renderers show them; a value the plan leaves out has no row. */
function coverFacts(context: Context, cover: CoverValues): CoverFact[] {
  return facts(context, cover, [
    ['client', cover.client],
    ['agency', cover.agency],
    ['period', cover.period?.text],
    ['version', cover.version],
    ['status', cover.status.label],
    ['method', cover.method?.title],
    ['decision', cover.decision ? decisionText(cover.decision) : undefined],
  ]);
}

function monthFacts(context: Context, cover: CoverValues, planTitle: string, month: MonthReport): CoverFact[] {
  return facts(context, cover, [
    ['plan', planTitle],
    ['client', cover.client],
    ['agency', cover.agency],
    ['reportPeriod', `${month.start.text} – ${month.end.text}`],
    ['asOf', month.asOf.text],
    ['version', cover.version],
  ]);
}

function facts(context: Context, cover: CoverValues, values: [CoverFactKey, string | undefined][]): CoverFact[] {
  const facts: CoverFact[] = [];
  for (const [key, value] of values) {
    if (value === undefined) continue;
    const fact: CoverFact = { key, label: context.labels[key], text: value };
    if (key === 'status') fact.badge = cover.status;
    facts.push(fact);
  }
  return facts;
}
