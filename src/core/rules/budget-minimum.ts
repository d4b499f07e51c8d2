import { budgetPeriod, isAmount, money, sumAmounts, yearlyCost, yearlyEquivalent } from '../util/money';
import { isRecord } from '../util/guards';
import { inPlanOrder, type Site } from '../workspace/plan-index';
import type { RelatedLocation } from '../types';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { yearlyBudget } from './yearly-budget';

/** About what part of one person's time costs in a year (the five-questions method's rule of thumb). */
export const DEFAULT_FLOOR = 15000;

/**
 * The client sizes the five-questions method exempts from its floor: "apart from a freelancer or a
 * very small business" (docs/methods.md, five-questions, `budget`).
 */
export const EXEMPT_SIZES: ReadonlySet<string> = new Set(['solo', 'micro']);

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
    en: "A plan that relies on a dedicated person has a yearly budget of at least the floor (option `floor`, default 15000 in the plan's currency), unless the client is self-employed or a very small business (`client_size: solo` or `micro`).",
    fr: 'Un plan qui repose sur une personne dédiée a un budget annuel d’au moins le plancher (option `floor`, 15000 par défaut dans la devise du plan), sauf si le client est travailleur autonome ou une très petite entreprise (`client_size: solo` ou `micro`).',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    // The method's own exemption: the self-employed and very small businesses have no such floor.
    if (typeof index.plan.client_size === 'string' && EXEMPT_SIZES.has(index.plan.client_size)) return;
    const dedicated = inPlanOrder(index, index.resources).filter((site) => site.value.dedicated === true);
    if (dedicated.length === 0) return; // `dedicated-resource` says so.
    const budget = yearlyBudget(index);
    if (!budget) return;
    const floor = isAmount(context.options.floor) ? context.options.floor : DEFAULT_FLOOR;
    if (budget.yearly >= floor) return;

    const { currency, counted } = budget;
    const [first, ...others] = counted;
    const people = dedicated.slice(0, 3).map((site) => {
      const name = `\`${String(site.value.id ?? site.value.name ?? '?')}\``;
      const cost = costedTime(site, counted);
      if (cost === undefined) return { en: name, fr: name, costed: false };
      const yearly = money(cost, currency);
      return {
        en: `${name}, whose time the plan costs at ${yearly.en} a year`,
        fr: `${name}, dont le plan chiffre le temps à ${yearly.fr} par an`,
        costed: true,
      };
    });
    const who = {
      en: people.map((person) => person.en).join('; '),
      fr: people.map((person) => person.fr).join(' ; '),
    };
    // When the plan prices the person's time itself, the message must not claim it costs more.
    const why = people.some((person) => person.costed)
      ? {
          en: 'check that the time costed pays for the hours the presence needs',
          fr: 'vérifiez que le temps chiffré paie les heures dont la présence a besoin',
        }
      : {
          en: "part of one person's time usually costs more than that alone",
          fr: 'une partie du temps d’une personne coûte en général davantage à elle seule',
        };
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
        en: `${budget.described.en}, below the floor of ${limit.en} for a plan that relies on a dedicated person (${who.en}): ${why.en}. Raise the budget; if the client is self-employed or a very small business, write \`client_size: solo\` or \`micro\` in the plan (the floor does not apply to them); or set another \`floor\` for \`budget-minimum\` in \`.socialplan.yaml\`.`,
        fr: `${budget.described.fr}, sous le plancher de ${limit.fr} pour un plan qui repose sur une personne dédiée (${who.fr}) : ${why.fr}. Augmentez le budget ; si le client est travailleur autonome ou une très petite entreprise, écrivez \`client_size: solo\` ou \`micro\` dans le plan (le plancher ne s’applique pas à eux) ; ou fixez un autre \`floor\` pour \`budget-minimum\` dans \`.socialplan.yaml\`.`,
      },
      related,
    });
  },
};

/**
 * What the plan says a dedicated person's time costs in a year: the budget lines that name them in
 * the budgets counted (a monthly budget's lines × 12), else their own `cost`; `undefined` when unsaid.
 */
function costedTime(person: Site, counted: readonly Site[]): number | undefined {
  const id = person.value.id;
  const lines = counted.flatMap((budget) =>
    (Array.isArray(budget.value.lines) ? budget.value.lines : [])
      .filter((line) => isRecord(line) && line.resource === id && isAmount(line.amount))
      .map((line) => yearlyEquivalent([{ total: line.amount as number, period: budgetPeriod(budget.value.period) }])),
  );
  if (typeof id === 'string' && lines.length > 0) return sumAmounts(lines);
  return yearlyCost(person.value.cost, person.value.hours_per_week);
}
