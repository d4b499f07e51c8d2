import { keyRange, valueRange } from '../document/yaml-location';
import { addMonths } from '../util/dates';
import { charterInForce, charterOfPlan } from '../workspace/governance';
import type { PlanRule } from './rule';

const MONTHS: Record<string, number> = { quarter: 3, 'half-year': 6, year: 12 };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The charter says when it was last reviewed and how often it is (docs/rules/charter-review.md);
 * an overdue review is reported in any status, missing dates once the charter is in review or approved.
 */
export const charterReview: PlanRule = {
  id: 'charter-review',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'The charter gives the day it was last reviewed (`reviewed`) and how often it is reviewed (`review_every`), and its review is not overdue.',
    fr: 'La charte donne le jour de sa dernière revue (`reviewed`) et sa fréquence de revue (`review_every`), et sa revue n’est pas en retard.',
  },
  check(plan, context, report) {
    const charter = charterOfPlan(plan);
    if (!charter) return;
    const reviewed = typeof charter.data.reviewed === 'string' ? charter.data.reviewed : undefined;
    const every = typeof charter.data.review_every === 'string' ? charter.data.review_every : undefined;
    const months = every ? MONTHS[every] : undefined;
    if (reviewed === undefined || months === undefined) {
      if (!charterInForce(charter, plan) && reviewed === undefined && every === undefined) return;
      if (every !== undefined && months === undefined) return; // The schema reports an unknown period.
      const missing = reviewed === undefined ? 'reviewed' : 'review_every';
      const present = reviewed === undefined ? 'review_every' : 'reviewed';
      report({
        file: charter.file,
        range: present in charter.data ? keyRange(charter, [present]) : valueRange(charter, ['socialplan']),
        message: {
          en: `The charter does not say ${missing === 'reviewed' ? 'when it was last reviewed (`reviewed: YYYY-MM-DD`)' : 'how often it is reviewed (`review_every: quarter`, `half-year` or `year`)'}${reviewed === undefined && every === undefined ? ' nor how often (`review_every`)' : ''}: laws, platforms and people change, and a charter nobody re-reads falls behind them.`,
          fr: `La charte ne dit pas ${missing === 'reviewed' ? 'quand elle a été revue pour la dernière fois (`reviewed: AAAA-MM-JJ`)' : 'à quelle fréquence elle est revue (`review_every: quarter`, `half-year` ou `year`)'}${reviewed === undefined && every === undefined ? ' ni à quelle fréquence (`review_every`)' : ''} : le droit, les plateformes et les équipes changent, et une charte que personne ne relit prend du retard sur eux.`,
        },
      });
      return;
    }
    const due = addMonths(reviewed, months);
    if (!due || due >= context.today) return;
    const late = daysBetween(due, context.today);
    report({
      file: charter.file,
      range: valueRange(charter, ['reviewed']),
      message: {
        en: `The charter's review is overdue: last reviewed on ${reviewed}, reviewed every ${every}, so due on ${due}, ${late} day${late === 1 ? '' : 's'} ago (today is ${context.today}). Review it, then update \`reviewed\`.`,
        fr: `La revue de la charte est en retard : dernière revue le ${reviewed}, revue tous les ${FR_PERIOD[every as string]}, donc prévue le ${due}, il y a ${late} jour${late === 1 ? '' : 's'} (nous sommes le ${context.today}). Revoyez-la, puis mettez \`reviewed\` à jour.`,
      },
    });
  },
};

const FR_PERIOD: Record<string, string> = { quarter: 'trimestres', 'half-year': 'semestres', year: 'ans' };
