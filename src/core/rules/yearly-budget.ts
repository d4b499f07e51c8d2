import { budgetPeriod, isAmount, isAnnualisable, money, yearlyEquivalent } from '../util/money';
import { inPlanOrder, type PlanIndex, type Site } from '../workspace/plan-index';
import type { Localized } from '../types';
import { currencyOf } from './budget-sum';

/**
 * The plan's money over a year, as `budget-minimum` and `budget-covers-resources` both read it (not
 * a rule: the one place where "the yearly budget" is worked out, so that the two never disagree).
 */
export interface YearlyBudget {
  /** The plan's currency, or its first budget's. */
  currency: string | undefined;
  /** The budgets counted, in plan order: a `total`, a yearly or monthly period, the currency. */
  counted: Site[];
  yearly: number;
  /** "The yearly budget is 9,000 CAD", "The budget is 1,000 CAD a month, 12,000 CAD a year"… */
  described: Localized;
}

export function yearlyBudget(index: PlanIndex): YearlyBudget | undefined {
  const budgets = inPlanOrder(index, index.budgets);
  const currency =
    currencyOf(index.plan) ?? budgets.map((site) => currencyOf(site.value)).find((code) => code !== undefined);
  // Budgets in another currency are `budget-currency`'s finding; adding them up would mean nothing.
  // A campaign says nothing about a year: only yearly and monthly budgets count (`yearlyEquivalent`).
  const counted = budgets.filter(
    (site) =>
      isAmount(site.value.total) &&
      isAnnualisable(budgetPeriod(site.value.period)) &&
      (currencyOf(site.value) ?? currency) === currency,
  );
  if (counted.length === 0) return undefined;
  const yearly = yearlyEquivalent(
    counted.map((site) => ({ total: site.value.total as number, period: budgetPeriod(site.value.period) })),
  );
  const first = counted[0].value;
  const monthly = counted.length === 1 && first.period === 'month' ? (first.total as number) : undefined;
  return { currency, counted, yearly, described: howMuch(counted.length, yearly, monthly, currency) };
}

function howMuch(
  budgets: number,
  yearly: number,
  monthly: number | undefined,
  currency: string | undefined,
): Localized {
  const year = money(yearly, currency);
  if (budgets > 1)
    return {
      en: `The plan's budgets add up to ${year.en} a year`,
      fr: `Les budgets du plan totalisent ${year.fr} par an`,
    };
  if (monthly !== undefined) {
    const month = money(monthly, currency);
    return {
      en: `The budget is ${month.en} a month, ${year.en} a year`,
      fr: `Le budget est de ${month.fr} par mois, soit ${year.fr} par an`,
    };
  }
  return { en: `The yearly budget is ${year.en}`, fr: `Le budget annuel est de ${year.fr}` };
}
