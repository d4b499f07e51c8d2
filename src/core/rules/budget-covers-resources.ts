import { money, sumAmounts, yearlyCost } from '../util/money';
import { inPlanOrder } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { yearlyBudget } from './yearly-budget';

/** How many costed resources a message names before "and N more". */
const NAMED = 3;

export const budgetCoversResources: PlanRule = {
  id: 'budget-covers-resources',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: "The yearly budget covers what the plan's resources cost in a year (their `cost`, per year, month or hour).",
    fr: 'Le budget annuel couvre ce que coûtent les ressources du plan sur une année (leur `cost`, par an, par mois ou à l’heure).',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const budget = yearlyBudget(index);
    if (!budget) return;
    const seen = new Set<unknown>();
    const costed = inPlanOrder(index, index.resources).flatMap((site) => {
      // A duplicated id is `duplicate-id`'s finding: the person is counted once.
      if (seen.has(site.value.id)) return [];
      seen.add(site.value.id);
      const yearly = yearlyCost(site.value.cost, site.value.hours_per_week);
      return yearly === undefined ? [] : [{ site, yearly }];
    });
    if (costed.length === 0) return;
    const total = sumAmounts(costed.map((item) => item.yearly));
    if (total <= budget.yearly) return;

    const { currency, counted } = budget;
    const sorted = [...costed].sort((a, b) => b.yearly - a.yearly);
    const named = sorted.slice(0, NAMED).map((item) => ({
      name: `\`${String(item.site.value.id ?? item.site.value.name ?? '?')}\``,
      cost: money(item.yearly, currency),
    }));
    const more = sorted.length - named.length;
    const list = {
      en: named.map((item) => `${item.name} ${item.cost.en}`).join(', ') + (more > 0 ? ` and ${more} more` : ''),
      fr:
        named.map((item) => `${item.name} ${item.cost.fr}`).join(', ') +
        (more > 0 ? ` et ${more} ${more === 1 ? 'autre' : 'autres'}` : ''),
    };
    const resources = money(total, currency);
    const first = counted[0];
    report({
      file: first.document.file,
      range: valueRange(first.document, [...first.path, 'total']),
      message: {
        en: `${budget.described.en}, less than the ${resources.en} a year the plan's resources cost (${list.en}): the budget does not pay for the people the plan relies on. Raise the budget, or correct the resources' \`cost\`.`,
        fr: `${budget.described.fr}, moins que les ${resources.fr} par an que coûtent les ressources du plan (${list.fr}) : le budget ne paie pas les personnes sur lesquelles repose le plan. Augmentez le budget, ou corrigez le \`cost\` des ressources.`,
      },
      related: costed.map(({ site, yearly }) => ({
        file: site.document.file,
        range: valueRange(site.document, [...site.path, 'cost']),
        message: {
          en: `${money(yearly, currency).en} a year`,
          fr: `${money(yearly, currency).fr} par an`,
        },
      })),
    });
  },
};
