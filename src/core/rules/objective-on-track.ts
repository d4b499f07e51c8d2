import { number, percent } from '../util/money';
import type { Localized } from '../types';
import { planProgress, shareOfGoal, TRENDS, type Progress, type Trend } from '../results/progress';
import { siteIdRange } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import type { PlanRule, Report } from './rule';

export const objectiveOnTrack: PlanRule = {
  id: 'objective-on-track',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  options: {
    trend: {
      title: { en: 'Trend', fr: 'Tendance' },
      description: {
        en: '`linear` (default): the line that best fits the baseline and every result so far; `last`: the line from the baseline to the latest result only.',
        fr: '`linear` (par défaut) : la droite la plus proche du point de départ et de tous les résultats relevés ; `last` : la droite du point de départ au dernier résultat seulement.',
      },
      schema: {
        enum: [...TRENDS],
        'x-enum-descriptions': [
          'The least-squares line through the baseline and every result.',
          'The line from the baseline to the latest result.',
        ],
        'x-enum-descriptions-fr': [
          'La droite des moindres carrés passant par le point de départ et tous les résultats.',
          'La droite du point de départ au dernier résultat.',
        ],
      },
      examples: ['linear', 'last'],
    },
  },
  description: {
    en: 'At the pace of the results so far, each objective reaches its target by its deadline; once the deadline has passed, says whether it was achieved or missed.',
    fr: 'Au rythme des résultats relevés, chaque objectif atteint sa cible à son échéance ; l’échéance passée, dit s’il a été atteint ou manqué.',
  },
  check(_plan, context, report) {
    if (!context.index) return;
    const trend: Trend = context.options.trend === 'last' ? 'last' : 'linear';
    for (const progress of planProgress(context.index, context.today, trend)) {
      const finding = findingOf(progress, context.today);
      if (finding) report(finding);
    }
  },
};

function findingOf(progress: Progress, today: string): Report | undefined {
  const { latest } = progress;
  if (!latest) return undefined;
  const at = { file: progress.objective.document.file, range: siteIdRange(progress.objective) };
  const related = [
    {
      file: latest.site.document.file,
      range: valueRange(latest.site.document, [...latest.site.path, 'value']),
      message: { en: `The latest result, ${latest.date}`, fr: `Le dernier résultat, du ${latest.date}` },
    },
  ];
  if (progress.status === 'at-risk' && progress.projected !== undefined)
    return { ...at, related, message: atRiskMessage(progress, progress.projected) };
  if (today <= progress.deadline) return undefined;
  if (progress.status === 'achieved') return { ...at, related, severity: 'info', message: achievedMessage(progress) };
  if (progress.status === 'missed') return { ...at, related, severity: 'info', message: missedMessage(progress) };
  return undefined;
}

/** "At this pace `ticket-sales` reaches 3,600 of 4,200 by 2028-06-15 (86%)". */
function atRiskMessage(progress: Progress, projected: number): Localized {
  const share = ofTheWay(progress, projected);
  const [reached, target] = [number(Math.round(projected)), number(progress.target)];
  return {
    en: `At this pace \`${progress.id}\` reaches ${reached.en} of ${target.en} by ${progress.deadline} (${share.en}): the target will be missed unless the plan is adjusted.`,
    fr: `À ce rythme, \`${progress.id}\` atteint ${reached.fr} sur ${target.fr} au ${progress.deadline} (${share.fr}) : la cible sera manquée si le plan n’est pas ajusté.`,
  };
}

function achievedMessage(progress: Progress): Localized {
  const latest = progress.latest as NonNullable<Progress['latest']>;
  const [value, target] = [number(latest.value), number(progress.target)];
  return {
    en: `\`${progress.id}\` was achieved: ${value.en} against a target of ${target.en}, on ${latest.date} (deadline ${progress.deadline}).`,
    fr: `\`${progress.id}\` a été atteint : ${value.fr} pour une cible de ${target.fr}, le ${latest.date} (échéance ${progress.deadline}).`,
  };
}

function missedMessage(progress: Progress): Localized {
  const latest = progress.latest as NonNullable<Progress['latest']>;
  const [value, target] = [number(latest.value), number(progress.target)];
  const share = ofTheWay(progress, latest.value);
  return {
    en: `\`${progress.id}\` was missed: ${value.en} of ${target.en} at the last result before its deadline (${latest.date}; deadline ${progress.deadline}), ${share.en}.`,
    fr: `\`${progress.id}\` a été manqué : ${value.fr} sur ${target.fr} au dernier résultat avant l’échéance (${latest.date} ; échéance ${progress.deadline}), ${share.fr}.`,
  };
}

/** `86%`, or `80% of the way from the baseline, 1,200` when the baseline is not 0. */
function ofTheWay(progress: Progress, value: number): Localized {
  const share = percent(Math.round(shareOfGoal(progress, value) * 100));
  const baseline = number(progress.baseline);
  return progress.baseline === 0
    ? share
    : {
        en: `${share.en} of the way from the baseline, ${baseline.en}`,
        fr: `${share.fr} du chemin depuis le point de départ, ${baseline.fr}`,
      };
}
