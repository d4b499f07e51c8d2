import { isRecord } from '../../util/guards';
import { enumLabel } from '../../i18n/labels';
import { isAmount } from '../../util/money';
import { inPlanOrder } from '../../workspace/plan-index';
import { amountText, finite, numberText, text } from '../format';
import type { ResourceRow, Resources } from '../model';
import { planCurrency, type Context } from './context';

export function assembleResources(context: Context): Resources {
  let hours = 0;
  const rows = inPlanOrder(context.index, context.index.resources).map((site): ResourceRow => {
    const value = site.value;
    const weekly = finite(value.hours_per_week);
    if (weekly !== undefined) hours += weekly;
    const role = text(value.role);
    return {
      id: text(value.id) ?? '',
      name: text(value.name) ?? text(value.id) ?? '',
      role: role === undefined ? undefined : context.label('role', role),
      internal: context.yesNo(value.internal),
      dedicated: context.yesNo(value.dedicated),
      hoursPerWeek: weekly === undefined ? undefined : numberText(weekly, context.locale),
      cost: costText(context, value.cost),
      source: context.at(site.document, site.path),
    };
  });
  return { rows, hoursPerWeek: numberText(hours, context.locale) };
}

function costText(context: Context, cost: unknown): string | undefined {
  if (!isRecord(cost) || !isAmount(cost.amount)) return undefined;
  const currency = planCurrency(context);
  const amount = amountText(cost.amount, currency, context.locale).text;
  const per = text(cost.per);
  return per ? `${amount} / ${enumLabel('per', per, context.locale)}` : amount;
}
