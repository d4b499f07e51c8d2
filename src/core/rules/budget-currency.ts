import { dirname, relative } from 'node:path';
import type { SocialDocument } from '../document/document';
import { inPlanOrder } from '../workspace/plan-index';
import type { Localized } from '../types';
import { replaceValue } from '../document/yaml-edits';
import { valueRange, type DataPath } from '../document/yaml-location';
import { currencyOf } from './budget-sum';
import type { PlanRule } from './rule';

interface CurrencySite {
  currency: string;
  document: SocialDocument;
  path: DataPath;
}

export const budgetCurrency: PlanRule = {
  id: 'budget-currency',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: "All the budgets of a plan use one currency, the plan's `currency` when it sets one.",
    fr: 'Tous les budgets d’un plan utilisent une seule devise, celle du plan (`currency`) quand il en fixe une.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const budgets: CurrencySite[] = inPlanOrder(index, index.budgets).flatMap((site) => {
      const currency = currencyOf(site.value);
      return currency ? [{ currency, document: site.document, path: [...site.path, 'currency'] }] : [];
    });
    const planCurrency = currencyOf(index.plan);
    const reference = planCurrency
      ? { currency: planCurrency, document: index.planDocument, path: ['currency'] }
      : budgets[0];
    if (!reference) return;
    const referenceName: Localized = planCurrency
      ? { en: "the plan's currency is", fr: 'la devise du plan est' }
      : {
          en: `the plan's first budget (${where(reference, index.planDocument)}) is in`,
          fr: `le premier budget du plan (${where(reference, index.planDocument)}) est en`,
        };
    for (const site of budgets) {
      if (site.currency === reference.currency) continue;
      const edit = replaceValue(site.document, site.path, reference.currency);
      report({
        file: site.document.file,
        range: valueRange(site.document, site.path),
        message: {
          en: `This budget is in ${site.currency}, but ${referenceName.en} ${reference.currency}: a plan counts in one currency. Convert the amounts to ${reference.currency} and write \`currency: ${reference.currency}\`.`,
          fr: `Ce budget est en ${site.currency}, mais ${referenceName.fr} ${reference.currency} : un plan compte dans une seule devise. Convertissez les montants en ${reference.currency} et écrivez \`currency: ${reference.currency}\`.`,
        },
        related: [
          {
            file: reference.document.file,
            range: valueRange(reference.document, reference.path),
            message: planCurrency
              ? { en: `The plan's currency, ${reference.currency}`, fr: `La devise du plan, ${reference.currency}` }
              : {
                  en: `The plan's first budget, in ${reference.currency}`,
                  fr: `Le premier budget du plan, en ${reference.currency}`,
                },
          },
        ],
        fixes: edit
          ? [
              {
                title: {
                  en: `Write \`${reference.currency}\` (amounts are not converted)`,
                  fr: `Écrire \`${reference.currency}\` (les montants ne sont pas convertis)`,
                },
                edits: [edit],
                // Changing the code without converting the amounts would make them wrong.
                safe: false,
              },
            ]
          : undefined,
      });
    }
  },
};

function where(site: CurrencySite, planDocument: SocialDocument): string {
  return `\`${relative(dirname(planDocument.file), site.document.file).split('\\').join('/')}\``;
}
