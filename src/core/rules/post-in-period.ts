import { calendarDate } from '../util/dates';
import { keyRange, valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { orderedPlanPeriod } from '../workspace/plan-index';

export const postInPeriod: PlanRule = {
  id: 'post-in-period',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Every post of the calendar is dated inside the plan period: a post before the plan starts or after it ends is not part of this plan.',
    fr: 'Chaque publication du calendrier est datée dans la période du plan : une publication d’avant son début ou d’après sa fin ne relève pas de ce plan.',
  },
  check(_plan, context, report) {
    const index = context.index;
    const period = index && orderedPlanPeriod(index);
    if (!index || !period) return;
    const { start, end } = period;
    for (const post of index.posts) {
      const date = calendarDate(post.value.date);
      if (!date || (start <= date && date <= end)) continue;
      const platform = typeof post.value.platform === 'string' ? ` (${post.value.platform})` : '';
      report({
        file: post.document.file,
        range: valueRange(post.document, [...post.path, 'date']),
        message:
          date < start
            ? {
                en: `This post${platform} is dated ${date}, before the plan period starts (${start}): move it inside the period (${start} to ${end}), or into the calendar of the plan before.`,
                fr: `Cette publication${platform} est datée du ${date}, avant le début de la période du plan (${start}) : placez-la dans la période (du ${start} au ${end}), ou dans le calendrier du plan précédent.`,
              }
            : {
                en: `This post${platform} is dated ${date}, after the plan period ends (${end}): move it inside the period (${start} to ${end}), into the next plan's calendar, or extend \`period.end\`.`,
                fr: `Cette publication${platform} est datée du ${date}, après la fin de la période du plan (${end}) : placez-la dans la période (du ${start} au ${end}), dans le calendrier du plan suivant, ou prolongez \`period.end\`.`,
              },
        related: [
          {
            file: index.planDocument.file,
            range: keyRange(index.planDocument, ['period']),
            message: { en: 'The plan period', fr: 'La période du plan' },
          },
        ],
      });
    }
  },
};
