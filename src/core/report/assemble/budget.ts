import { isRecord } from '../../util/guards';
import { isAmount, sumAmounts } from '../../util/money';
import { inPlanOrder } from '../../workspace/plan-index';
import { amountText, percentText, text } from '../format';
import type { Budget, BudgetCategory, BudgetLine } from '../model';
import { planCurrency, type Context } from './context';

const CATEGORY_ORDER = ['staff', 'agency', 'ads', 'content', 'tools', 'training', 'events', 'other'];

export function assembleBudget(context: Context): Budget {
  const currency = planCurrency(context);
  const money = (value: number) => amountText(value, currency, context.locale);
  const sites = inPlanOrder(context.index, context.index.budgets);
  const byCategory = new Map<string, BudgetLine[]>();
  const amounts = new Map<string, number[]>();
  const totals: number[] = [];
  const blocks = sites.map((site) => {
    const total = isAmount(site.value.total) ? site.value.total : undefined;
    if (total !== undefined) totals.push(total);
    const lines = Array.isArray(site.value.lines) ? site.value.lines : [];
    lines.forEach((line, position) => {
      if (!isRecord(line)) return;
      const category = text(line.category) ?? 'uncategorised';
      const amount = isAmount(line.amount) ? line.amount : 0;
      const entry: BudgetLine = {
        label: text(line.label) ?? '',
        amount: money(amount),
        resource: context.person(line.resource),
        platform: text(line.platform),
        objective: text(line.objective),
        source: context.at(site.document, [...site.path, 'lines', position]),
      };
      byCategory.set(category, [...(byCategory.get(category) ?? []), entry]);
      amounts.set(category, [...(amounts.get(category) ?? []), amount]);
    });
    const period = text(site.value.period);
    return {
      period: period === undefined ? undefined : context.label('budgetPeriod', period),
      total: total === undefined ? undefined : money(total),
      source: context.at(site.document, site.path),
    };
  });
  const allocated = sumAmounts([...amounts.values()].flat());
  const total = totals.length > 0 ? sumAmounts(totals) : undefined;
  const rank = (category: string) =>
    CATEGORY_ORDER.includes(category) ? CATEGORY_ORDER.indexOf(category) : CATEGORY_ORDER.length;
  const categories: BudgetCategory[] = [...byCategory.entries()]
    .map(([category, lines]) => {
      const amount = sumAmounts(amounts.get(category) ?? []);
      return {
        category: context.label('category', category),
        amount: money(amount),
        share: percentText(allocated > 0 ? (amount / allocated) * 100 : 0, context.locale),
        lines,
      };
    })
    .sort((a, b) => b.amount.value - a.amount.value || rank(a.category.value) - rank(b.category.value));
  return {
    currency,
    total: total === undefined ? undefined : money(total),
    allocated: money(allocated),
    unallocated: total !== undefined && total - allocated > 0.005 ? money(sumAmounts([total, -allocated])) : undefined,
    blocks,
    categories,
  };
}
