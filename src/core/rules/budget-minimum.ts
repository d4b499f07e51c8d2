import { budgetPeriod, isAmount, isAnnualisable, money, yearlyEquivalent } from '../util/money';
import { inPlanOrder } from '../workspace/plan-index';
import type { Localized, RelatedLocation } from '../types';
import { valueRange } from '../document/yaml-location';
import { currencyOf } from './budget-sum';
import type { PlanRule } from './rule';

/** About what part of one person's time costs in a year (the five-questions method's rule of thumb). */
export const DEFAULT_FLOOR = 15000;

export const budgetMinimum: PlanRule = {
  id: 'budget-minimum',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  options: {
    floor: {
      title: { en: 'Floor', fr: 'Plancher' },
      description: {
        en: `The smallest yearly budget, in the plan's currency, that can pay for a dedicated person's work. Default ${DEFAULT_FLOOR}.`,
        fr: `Le plus petit budget annuel, dans la devise du plan, capable de financer le travail d'une personne dédiée. ${DEFAULT_FLOOR} par défaut.`,
      },
      schema: { $ref: 'common.schema.json#/$defs/money' },
      examples: [12000, DEFAULT_FLOOR],
    },
  },
  description: {
    en: "A plan that relies on a dedicated person has a yearly budget of at least the floor (option `floor`, default 15000 in the plan's currency).",
    fr: 'Un plan qui repose sur une personne dédiée a un budget annuel d’au moins le plancher (option `floor`, 15000 par défaut dans la devise du plan).',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const dedicated = inPlanOrder(index, index.resources).filter((site) => site.value.dedicated === true);
    if (dedicated.length === 0) return; // `dedicated-resource` says so.
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
    if (counted.length === 0) return;
    const yearly = yearlyEquivalent(
      counted.map((site) => ({ total: site.value.total as number, period: budgetPeriod(site.value.period) })),
    );
    const floor = isAmount(context.options.floor) ? context.options.floor : DEFAULT_FLOOR;
    if (yearly >= floor) return;

    const [first, ...others] = counted;
    const people = dedicated
      .slice(0, 3)
      .map((site) => `\`${String(site.value.id ?? site.value.name ?? '?')}\``)
      .join(', ');
    const amount = howMuch(
      counted.length,
      yearly,
      first.value.period === 'month' ? (first.value.total as number) : undefined,
      currency,
    );
    const limit = money(floor, currency);
    const related: RelatedLocation[] = [
      ...others.map((site) => ({
        file: site.document.file,
        range: valueRange(site.document, [...site.path, 'total']),
        message: { en: 'Also counted in the yearly budget', fr: 'Également compté dans le budget annuel' },
      })),
      {
        file: dedicated[0].document.file,
        range: valueRange(dedicated[0].document, [...dedicated[0].path, 'dedicated']),
        message: {
          en: 'The dedicated person the plan relies on',
          fr: 'La personne dédiée sur laquelle repose le plan',
        },
      },
    ];
    report({
      file: first.document.file,
      range: valueRange(first.document, [...first.path, 'total']),
      message: {
        en: `${amount.en}, below the floor of ${limit.en} for a plan that relies on a dedicated person (${people}): even part of one person's time costs more. Raise the budget, or set another \`floor\` for \`budget-minimum\` in \`.socialplan.yaml\`.`,
        fr: `${amount.fr}, sous le plancher de ${limit.fr} pour un plan qui repose sur une personne dédiée (${people}) : même une partie du temps d’une personne coûte davantage. Augmentez le budget, ou fixez un autre \`floor\` pour \`budget-minimum\` dans \`.socialplan.yaml\`.`,
      },
      related,
    });
  },
};

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
