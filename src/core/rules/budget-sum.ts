import { isRecord } from '../util/guards';
import { isAmount, money, sumAmounts } from '../util/money';
import { amountText } from '../util/amount-text';
import { inPlanOrder, type Site } from '../workspace/plan-index';
import type { Fix } from '../types';
import { insertKey, replaceValue } from '../document/yaml-edits';
import { keyRange, valueRange } from '../document/yaml-location';
import type { PlanRule, Reporter } from './rule';

export const budgetSum: PlanRule = {
  id: 'budget-sum',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'Budget lines add up to no more than the total (a warning when they add up to less, or when there is no total).',
    fr: 'Les lignes du budget ne dépassent pas le total (avertissement quand elles totalisent moins, ou sans total).',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const planCurrency = currencyOf(index.plan);
    // Each budget block on its own: a plan may hold a yearly budget and a campaign budget.
    for (const site of inPlanOrder(index, index.budgets))
      checkBudget(site, currencyOf(site.value) ?? planCurrency, report);
  },
};

function checkBudget(site: Site, currency: string | undefined, report: Reporter): void {
  const { value: budget, document } = site;
  // No list of lines, or a line without a usable amount, is the schema's finding: a sum would be wrong.
  if (!Array.isArray(budget.lines)) return;
  const lines = budget.lines.filter(isRecord);
  if (lines.length !== budget.lines.length || !lines.every((line) => isAmount(line.amount))) return;
  if (lines.length === 0 && budget.total === undefined) return;
  const amounts = lines.map((line) => line.amount as number);
  const sum = sumAmounts(amounts);
  const lineSum = money(sum, currency);
  // What a fix writes: the sum with the lines' precision; none when it would be noise (1e21 + 0.005).
  const written = amountText(sum, amounts);

  if (budget.total === undefined) {
    const edit = written === undefined ? undefined : insertKey(document, site.path, 'total', written);
    report({
      file: document.file,
      range: keyRange(document, site.path),
      severity: 'warning',
      message: {
        en: `This budget has no \`total\`; its lines add up to ${lineSum.en}. Add \`total:\` under \`budget\` with the envelope agreed with the client.`,
        fr: `Ce budget n’a pas de \`total\` ; ses lignes totalisent ${lineSum.fr}. Ajoutez \`total:\` sous \`budget\` avec l’enveloppe convenue avec le client.`,
      },
      fixes: edit ? [fix(`Add \`total: ${written}\``, `Ajouter \`total: ${written}\``, edit, true)] : undefined,
    });
    return;
  }
  if (!isAmount(budget.total) || budget.total === sum) return;

  const total = money(budget.total, currency);
  const totalPath = [...site.path, 'total'];
  const edit = written === undefined ? undefined : replaceValue(document, totalPath, written);
  const setTotal = edit
    ? [fix(`Set \`total\` to ${written}`, `Mettre \`total\` à ${written}`, edit, false)]
    : undefined;
  if (sum > budget.total) {
    report({
      file: document.file,
      range: valueRange(document, totalPath),
      message: {
        en: `Budget lines add up to ${lineSum.en}, more than the total of ${total.en}. Trim the lines or raise \`total\`.`,
        fr: `Les lignes du budget totalisent ${lineSum.fr}, plus que le total de ${total.fr}. Réduisez les lignes ou augmentez \`total\`.`,
      },
      fixes: setTotal,
    });
  } else {
    const left = money(sumAmounts([budget.total, -sum]), currency);
    report({
      file: document.file,
      range: valueRange(document, totalPath),
      severity: 'warning',
      message: {
        en: `Budget lines add up to ${lineSum.en}, less than the total of ${total.en}: ${left.en} is not allocated. Add a line for that money or lower \`total\`.`,
        fr: `Les lignes du budget totalisent ${lineSum.fr}, moins que le total de ${total.fr} : ${left.fr} restent à répartir. Ajoutez une ligne pour cette somme ou baissez \`total\`.`,
      },
      fixes: setTotal,
    });
  }
}

function fix(en: string, fr: string, edit: Fix['edits'][number], safe: boolean): Fix {
  return { title: { en, fr }, edits: [edit], safe };
}

/** The currency a block declares, when it is a well-formed ISO code (the schema reports the others). */
export function currencyOf(block: Record<string, unknown>): string | undefined {
  return typeof block.currency === 'string' && /^[A-Z]{3}$/.test(block.currency) ? block.currency : undefined;
}
