import { isRecord } from '../../util/guards';
import { budgetPeriod, isAmount, sumAmounts, yearlyEquivalent } from '../../util/money';
import { localize } from '../../i18n/localized';
import { enumLabel } from '../../i18n/labels';
import { inPlanOrder, type Site } from '../../workspace/plan-index';
import { amountText, percentText, text } from '../format';
import type { Budget, BudgetBlock, BudgetCategory, BudgetEnvelope, BudgetLine } from '../model';
import { planCurrency, type Context } from './context';

const CATEGORY_ORDER = ['staff', 'agency', 'ads', 'content', 'tools', 'training', 'events', 'other'];
const PERIOD_ORDER = ['year', 'month', 'campaign'];

/** The budget blocks of one currency and period, with their lines' amounts kept apart by category. */
interface Group {
  currency: string | undefined;
  period: string;
  sites: Site[];
  totals: number[];
  lines: Map<string, { line: BudgetLine; amount: number }[]>;
}

/**
 * The budget section: every block in its own currency and period, summed only with blocks of the
 * same currency and period (docs/exporting.md, "The budget section").
 */
export function assembleBudget(context: Context): Budget {
  const currency = planCurrency(context);
  const groups = new Map<string, Group>();
  const blocks: BudgetBlock[] = [];
  for (const site of inPlanOrder(context.index, context.index.budgets)) {
    const blockCurrency = text(site.value.currency) ?? currency;
    const period = budgetPeriod(site.value.period);
    const total = isAmount(site.value.total) ? site.value.total : undefined;
    blocks.push({
      period: context.label('budgetPeriod', period),
      currency: blockCurrency,
      total: total === undefined ? undefined : amountText(total, blockCurrency, context.locale),
      source: context.at(site.document, site.path),
    });
    const key = JSON.stringify([blockCurrency ?? null, period]);
    const group: Group = groups.get(key) ?? {
      currency: blockCurrency,
      period,
      sites: [],
      totals: [],
      lines: new Map(),
    };
    groups.set(key, group);
    group.sites.push(site);
    if (total !== undefined) group.totals.push(total);
    collectLines(context, site, blockCurrency, group.lines);
  }
  const envelopes = orderEnvelopes(
    [...groups.values()].map((group) => envelopeOf(context, group)).filter((envelope) => envelope !== undefined),
    currency,
  );
  return {
    currency,
    envelopes,
    annualised: annualised(context, [...groups.values()]),
    currencyNote: currencyNote(context, envelopes, currency),
    blocks,
  };
}

function collectLines(
  context: Context,
  site: Site,
  currency: string | undefined,
  byCategory: Map<string, { line: BudgetLine; amount: number }[]>,
): void {
  const lines = Array.isArray(site.value.lines) ? site.value.lines : [];
  lines.forEach((line, position) => {
    if (!isRecord(line)) return;
    const category = text(line.category) ?? 'uncategorised';
    const amount = isAmount(line.amount) ? line.amount : 0;
    const entry: BudgetLine = {
      label: text(line.label) ?? '',
      amount: amountText(amount, currency, context.locale),
      resource: context.person(line.resource),
      platform: context.platform(line.platform),
      objective: context.objective(line.objective),
      source: context.at(site.document, [...site.path, 'lines', position]),
    };
    const entries = byCategory.get(category) ?? [];
    entries.push({ line: entry, amount });
    byCategory.set(category, entries);
  });
}

/** One envelope; `undefined` for blocks with neither a total nor a line (nothing to show). */
function envelopeOf(context: Context, group: Group): BudgetEnvelope | undefined {
  if (group.totals.length === 0 && group.lines.size === 0) return undefined;
  const money = (value: number) => amountText(value, group.currency, context.locale);
  const amounts = [...group.lines.values()].flat().map((entry) => entry.amount);
  const allocated = sumAmounts(amounts);
  const total = group.totals.length > 0 ? sumAmounts(group.totals) : undefined;
  const rank = (category: string) =>
    CATEGORY_ORDER.includes(category) ? CATEGORY_ORDER.indexOf(category) : CATEGORY_ORDER.length;
  const categories: BudgetCategory[] = [...group.lines.entries()]
    .map(([category, entries]) => {
      const amount = sumAmounts(entries.map((entry) => entry.amount));
      return {
        category: context.label('category', category),
        amount: money(amount),
        share: percentText(allocated > 0 ? (amount / allocated) * 100 : 0, context.locale),
        lines: entries.map((entry) => entry.line),
      };
    })
    .sort((a, b) => b.amount.value - a.amount.value || rank(a.category.value) - rank(b.category.value));
  const heading = enumLabel('budgetEnvelope', group.period, context.locale);
  return {
    title: group.currency ? `${heading} (${group.currency})` : heading,
    currency: group.currency,
    period: context.label('budgetPeriod', group.period),
    total: total === undefined ? undefined : money(total),
    allocated: money(allocated),
    unallocated: total !== undefined && total - allocated > 0.005 ? money(sumAmounts([total, -allocated])) : undefined,
    perYear:
      group.period === 'month' && total !== undefined
        ? money(yearlyEquivalent([{ total, period: group.period }]))
        : undefined,
    categories,
    sources: group.sites.map((site) => context.at(site.document, site.path)),
  };
}

/** The plan's currency first, then the others as they first appear; in each, year, month, campaign, others. */
function orderEnvelopes(envelopes: BudgetEnvelope[], currency: string | undefined): BudgetEnvelope[] {
  const currencies = envelopes.map((envelope) => envelope.currency);
  const currencyRank = (envelope: BudgetEnvelope) =>
    envelope.currency === currency ? -1 : currencies.indexOf(envelope.currency);
  const periodRank = (envelope: BudgetEnvelope) => {
    const rank = PERIOD_ORDER.indexOf(envelope.period.value);
    return rank < 0 ? PERIOD_ORDER.length : rank;
  };
  return envelopes
    .map((envelope, position) => ({ envelope, position }))
    .sort(
      (a, b) =>
        currencyRank(a.envelope) - currencyRank(b.envelope) ||
        periodRank(a.envelope) - periodRank(b.envelope) ||
        a.position - b.position,
    )
    .map(({ envelope }) => envelope);
}

/** Per currency with a monthly total: its yearly and monthly totals as one yearly figure, as `budget-minimum` counts. */
function annualised(context: Context, groups: Group[]): Budget['annualised'] {
  const currencies = [...new Set(groups.map((group) => group.currency))];
  return currencies.flatMap((currency) => {
    const ofCurrency = groups.filter((group) => group.currency === currency);
    if (!ofCurrency.some((group) => group.period === 'month' && group.totals.length > 0)) return [];
    const amount = yearlyEquivalent(
      ofCurrency.flatMap((group) => group.totals.map((total) => ({ total, period: group.period }))),
    );
    const label = context.labels.yearlyEquivalent;
    return [
      {
        currency,
        label: currency ? `${label} (${currency})` : label,
        amount: amountText(amount, currency, context.locale),
      },
    ];
  });
}

/** Said when some budgets are in another currency than the plan's: they are shown apart, never added in. */
function currencyNote(context: Context, envelopes: BudgetEnvelope[], currency: string | undefined): string | undefined {
  if (currency === undefined) return undefined;
  const others = [...new Set(envelopes.map((envelope) => envelope.currency))].filter(
    (code): code is string => code !== undefined && code !== currency,
  );
  if (others.length === 0) return undefined;
  const list = others.join(', ');
  return localize(
    {
      en: `The totals in ${currency} exclude the budgets in ${list}: amounts in different currencies are never added together, and each is shown in its own currency.`,
      fr: `Les totaux en ${currency} excluent les budgets en ${list}\u00A0: des montants dans des devises différentes ne sont jamais additionnés, et chacun est présenté dans sa propre devise.`,
    },
    context.locale,
  );
}
