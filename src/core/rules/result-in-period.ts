import { calendarDate } from '../util/dates';
import { keyRange, valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { orderedPlanPeriod } from '../workspace/plan-index';

export const resultInPeriod: PlanRule = {
  id: 'result-in-period',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Every result is dated inside the plan period: a reading from before the plan starts or after it ends measures something else.',
    fr: 'Chaque résultat est daté dans la période du plan : un relevé d’avant son début ou d’après sa fin mesure autre chose.',
  },
  check(_plan, context, report) {
    const index = context.index;
    const period = index && orderedPlanPeriod(index);
    if (!index || !period) return;
    const { start, end } = period;
    const planDocument = index.planDocument;
    for (const result of index.results) {
      const date = calendarDate(result.value.date);
      if (!date || (start <= date && date <= end)) continue;
      const subject =
        typeof result.value.objective === 'string'
          ? { en: ` of \`${result.value.objective}\``, fr: ` de \`${result.value.objective}\`` }
          : { en: '', fr: '' };
      const before = date < start;
      report({
        file: result.document.file,
        range: valueRange(result.document, [...result.path, 'date']),
        message: before
          ? {
              en: `This result${subject.en} is dated ${date}, before the plan period starts (${start}): the baseline is the reading at the start; date the result inside the period (${start} to ${end}) or remove it.`,
              fr: `Ce résultat${subject.fr} est daté du ${date}, avant le début de la période du plan (${start}) : le point de départ est le relevé du début ; datez le résultat dans la période (du ${start} au ${end}) ou retirez-le.`,
            }
          : {
              en: `This result${subject.en} is dated ${date}, after the plan period ends (${end}): it belongs to the next plan; date it inside the period (${start} to ${end}) or extend \`period.end\`.`,
              fr: `Ce résultat${subject.fr} est daté du ${date}, après la fin de la période du plan (${end}) : il relève du plan suivant ; datez-le dans la période (du ${start} au ${end}) ou prolongez \`period.end\`.`,
            },
        related: [
          {
            file: planDocument.file,
            range: keyRange(planDocument, ['period']),
            message: { en: 'The plan period', fr: 'La période du plan' },
          },
        ],
      });
    }
  },
};
