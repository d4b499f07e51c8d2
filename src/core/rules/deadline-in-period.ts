import { isRecord } from '../util/guards';
import type { PlanIndex, Site } from '../workspace/plan-index';
import type { Localized, RelatedLocation } from '../types';
import { keyRange, valueRange, type DataPath } from '../document/yaml-location';
import { shownPath } from './no-skipped-steps';
import type { PlanRule, Reporter } from './rule';
import { planMethod } from '../method/methods';
import { calendarDate } from '../util/dates';

/** How long before the period a groundwork step may be due: a quarter (docs/rules/deadline-in-period.md). */
export const DEFAULT_GROUNDWORK_MONTHS = 3;

export const deadlineInPeriod: PlanRule = {
  id: 'deadline-in-period',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    groundworkMonths: {
      title: { en: 'Groundwork lead (months)', fr: 'Avance du travail préparatoire (mois)' },
      description: {
        en: `How many months before \`period.start\` a groundwork step (listening, audit, the website's content offer: docs/methods.md) may be due. Default ${DEFAULT_GROUNDWORK_MONTHS}, a quarter; 0 holds groundwork to the period too.`,
        fr: `Combien de mois avant \`period.start\` une étape de travail préparatoire (écoute, audit, offre de contenu du site : docs/methods.md) peut être prévue. ${DEFAULT_GROUNDWORK_MONTHS} par défaut, un trimestre ; 0 la tient elle aussi dans la période.`,
      },
      schema: { type: 'integer', minimum: 0, maximum: 24 },
      examples: [DEFAULT_GROUNDWORK_MONTHS, 6],
    },
  },
  description: {
    en: 'Objective deadlines and step due dates fall inside the plan period (groundwork steps may be due up to a quarter before it), and the period ends after it starts.',
    fr: 'Les échéances des objectifs et les dates prévues des étapes tombent dans la période du plan (les étapes préparatoires jusqu’à un trimestre avant), et la période finit après son début.',
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
    const groundwork = groundworkSteps(index);
    const months = groundworkMonths(context.options.groundworkMonths);
    const earliest = { start: monthsBefore(start, months), end, index, groundwork: { planStart: start, months } };
    for (const step of index.steps) {
      const isGroundwork = typeof step.value.step === 'string' && groundwork.has(step.value.step);
      checkDate(isGroundwork ? earliest : period, step, 'due', report);
    }
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
  /** For a groundwork step: the plan's own `period.start`, and how many months before it `start` is. */
  groundwork?: { planStart: string; months: number };
}

/** The ids of the method's groundwork steps (docs/methods.md, "Groundwork and the website"). */
function groundworkSteps(index: PlanIndex): Set<string> {
  const method = planMethod(index.plan);
  return new Set((method?.steps ?? []).filter((step) => step.groundwork === true).map((step) => step.id));
}

function groundworkMonths(option: unknown): number {
  return typeof option === 'number' && Number.isInteger(option) && option >= 0 && option <= 24
    ? option
    : DEFAULT_GROUNDWORK_MONTHS;
}

/** `date` (YYYY-MM-DD) moved back by whole months, on the last day of a shorter month (05-31 → 02-28). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
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
      ? period.groundwork && period.groundwork.months > 0
        ? groundworkMessage(subject, date, period, where, whereFr)
        : {
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

/** A groundwork step due before the months it may take ahead of the period. */
function groundworkMessage(
  subject: Localized,
  date: string,
  period: Period,
  where: string,
  whereFr: string,
): Localized {
  const { planStart, months } = period.groundwork ?? { planStart: period.start, months: 0 };
  return {
    en: `${subject.en}, ${date}, falls more than ${months} ${months === 1 ? 'month' : 'months'} before the plan period starts (${planStart}): groundwork may be due from ${period.start}. Move it between ${period.start} and ${period.end}, change \`period.start\`${where}, or allow more months with \`groundworkMonths\` for \`deadline-in-period\` in \`.socialplan.yaml\`.`,
    fr: `${subject.fr}, ${date}, tombe plus de ${months} mois avant le début de la période du plan (${planStart}) : le travail préparatoire peut être prévu à partir du ${period.start}. Placez-la entre le ${period.start} et le ${period.end}, modifiez \`period.start\`${whereFr}, ou accordez plus de mois avec \`groundworkMonths\` pour \`deadline-in-period\` dans \`.socialplan.yaml\`.`,
  };
}
