import { daysBetween } from '../util/dates';
import { planProgress } from '../results/progress';
import { siteIdRange } from '../workspace/plan-index';
import type { PlanRule } from './rule';

/** How many days an objective may go without a result: a month and a half (docs/rules/results-stale.md). */
export const DEFAULT_STALE_DAYS = 45;

export const resultsStale: PlanRule = {
  id: 'results-stale',
  scope: 'plan',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    days: {
      title: { en: 'Days without a result', fr: 'Jours sans résultat' },
      description: {
        en: `How many days an objective whose deadline has not passed may go without a result (counted from its latest result, or from \`period.start\` when it has none). Default ${DEFAULT_STALE_DAYS}.`,
        fr: `Combien de jours un objectif dont l’échéance n’est pas passée peut rester sans résultat (à compter de son dernier résultat, ou de \`period.start\` s’il n’en a aucun). ${DEFAULT_STALE_DAYS} par défaut.`,
      },
      schema: { type: 'integer', minimum: 1, maximum: 366 },
      examples: [DEFAULT_STALE_DAYS, 31],
    },
  },
  description: {
    en: 'Once a plan records results, each objective whose deadline has not passed has a result from the last 45 days.',
    fr: 'Dès qu’un plan relève des résultats, chaque objectif dont l’échéance n’est pas passée a un résultat de moins de 45 jours.',
  },
  check(_plan, context, report) {
    const index = context.index;
    // A plan that records no result yet is not measuring: nothing can be stale (docs/measuring.md).
    if (!index || index.results.length === 0) return;
    const limit = staleDays(context.options.days);
    const today = context.today;
    for (const progress of planProgress(index, today)) {
      if (today > progress.deadline || progress.status === 'achieved') continue;
      const since = progress.latest?.date ?? progress.start;
      const days = daysBetween(since, today);
      if (days <= limit) continue;
      report({
        file: progress.objective.document.file,
        range: siteIdRange(progress.objective),
        message: progress.latest
          ? {
              en: `No result for \`${progress.id}\` since ${since} (${days} days, more than ${limit}): record its latest reading under \`results:\`, so the plan is judged on current figures.`,
              fr: `Aucun résultat pour \`${progress.id}\` depuis le ${since} (${days} jours, plus de ${limit}) : relevez son indicateur sous \`results:\`, pour que le plan soit jugé sur des chiffres à jour.`,
            }
          : {
              en: `No result for \`${progress.id}\` yet, ${days} days into the plan (more than ${limit}): record a reading under \`results:\`, as the plan does for its other objectives.`,
              fr: `Aucun résultat pour \`${progress.id}\` après ${days} jours de plan (plus de ${limit}) : relevez son indicateur sous \`results:\`, comme le plan le fait pour ses autres objectifs.`,
            },
      });
    }
  },
};

function staleDays(option: unknown): number {
  return typeof option === 'number' && Number.isInteger(option) && option >= 1 && option <= 366
    ? option
    : DEFAULT_STALE_DAYS;
}
