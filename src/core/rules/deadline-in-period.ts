import { isRecord } from '../util/guards';
import type { PlanIndex, Site } from '../workspace/plan-index';
import type { Localized, RelatedLocation } from '../types';
import { keyRange, valueRange, type DataPath } from '../document/yaml-location';
import { shownPath } from './no-skipped-steps';
import type { PlanRule, Reporter } from './rule';

export const deadlineInPeriod: PlanRule = {
  id: 'deadline-in-period',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Objective deadlines and step due dates fall inside the plan period, and the period ends after it starts.',
    fr: 'Les échéances des objectifs et les dates prévues des étapes tombent dans la période du plan, et la période finit après son début.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index || !isRecord(index.plan.period)) return;
    const start = calendarDate(index.plan.period.start);
    const end = calendarDate(index.plan.period.end);
    if (!start || !end) return;
    const planDocument = index.planDocument;
    if (end < start) {
      report({
        file: planDocument.file,
        range: valueRange(planDocument, ['period', 'end']),
        message: {
          en: `The plan period ends (${end}) before it starts (${start}): \`period.end\` must come after \`period.start\`.`,
          fr: `La période du plan finit (${end}) avant de commencer (${start}) : \`period.end\` doit venir après \`period.start\`.`,
        },
        related: [
          {
            file: planDocument.file,
            range: valueRange(planDocument, ['period', 'start']),
            message: { en: 'The period starts here', fr: 'Début de la période' },
          },
        ],
      });
      return;
    }
    const period = { start, end, index };
    for (const objective of index.objectives) checkDate(period, objective, 'deadline', report);
    for (const step of index.steps) checkDate(period, step, 'due', report);
  },
};

/** How messages name the date: built only for a date outside the period (this rule runs on every keystroke). */
function subjectOf(site: Site, key: 'deadline' | 'due'): Localized {
  if (key === 'deadline') {
    const id = typeof site.value.id === 'string' ? site.value.id : undefined;
    const what = id
      ? { en: `of objective \`${id}\``, fr: `de l’objectif \`${id}\`` }
      : { en: 'of this objective', fr: 'de cet objectif' };
    return { en: `The deadline ${what.en}`, fr: `L’échéance ${what.fr}` };
  }
  const id = typeof site.value.step === 'string' ? site.value.step : undefined;
  const what = id
    ? { en: `of step \`${id}\``, fr: `de l’étape \`${id}\`` }
    : { en: 'of this step', fr: 'de cette étape' };
  return { en: `The due date ${what.en}`, fr: `La date prévue ${what.fr}` };
}

interface Period {
  start: string;
  end: string;
  index: PlanIndex;
}

/** `site.value[key]`, an objective's deadline or a step's due date, against the plan period. */
function checkDate(period: Period, site: Site, key: 'deadline' | 'due', report: Reporter): void {
  const date = calendarDate(site.value[key]);
  if (!date || (period.start <= date && date <= period.end)) return;
  const document = site.document;
  const path: DataPath = [...site.path, key];
  const subject = subjectOf(site, key);
  const before = date < period.start;
  const planDocument = period.index.planDocument;
  const planFile = shownPath(period.index, planDocument.file);
  const where = document === planDocument ? '' : ` in \`${planFile}\``;
  const whereFr = document === planDocument ? '' : ` dans \`${planFile}\``;
  const related: RelatedLocation[] = [
    {
      file: planDocument.file,
      range: keyRange(planDocument, ['period']),
      message: { en: 'The plan period', fr: 'La période du plan' },
    },
  ];
  report({
    file: document.file,
    range: valueRange(document, path),
    message: before
      ? {
          en: `${subject.en}, ${date}, falls before the plan period starts (${period.start}): move it inside the period (${period.start} to ${period.end}) or change \`period.start\`${where}.`,
          fr: `${subject.fr}, ${date}, tombe avant le début de la période du plan (${period.start}) : ramenez-la dans la période (du ${period.start} au ${period.end}) ou modifiez \`period.start\`${whereFr}.`,
        }
      : {
          en: `${subject.en}, ${date}, falls after the plan period ends (${period.end}): move it inside the period (${period.start} to ${period.end}) or extend \`period.end\`${where}.`,
          fr: `${subject.fr}, ${date}, tombe après la fin de la période du plan (${period.end}) : ramenez-la dans la période (du ${period.start} au ${period.end}) ou prolongez \`period.end\`${whereFr}.`,
        },
    related,
  });
}

/** The date as `YYYY-MM-DD` when it is one that exists on the calendar; `undefined` otherwise (the schema reports it). */
export function calendarDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? value
    : undefined;
}
