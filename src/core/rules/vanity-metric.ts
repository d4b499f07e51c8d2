import { isRecord } from '../util/guards';
import type { Locale, Localized } from '../types';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { classifyMetric, type MetricClass } from './metric-class';
import { formatAmount } from '../util/money';

/** A metric that fits each goal: what the goal actually moves, in the plan's words. */
export const METRIC_FOR_GOAL: Readonly<Record<string, Localized>> = {
  awareness: { en: 'reach', fr: 'portée' },
  traffic: { en: 'sessions from social', fr: 'sessions issues des réseaux sociaux' },
  'store-visits': { en: 'store visits from social offers', fr: 'visites en boutique liées aux offres sociales' },
  'lead-capture': { en: 'leads from social', fr: 'prospects issus des réseaux sociaux' },
  sales: { en: 'orders attributed to social', fr: 'commandes attribuées aux réseaux sociaux' },
  'brand-image': { en: 'share of positive mentions', fr: 'part de mentions positives' },
  loyalty: { en: 'repeat purchase rate', fr: 'taux de réachat' },
  engagement: { en: 'engagement rate', fr: 'taux d’engagement' },
  recruitment: { en: 'qualified applications from social', fr: 'candidatures qualifiées issues des réseaux sociaux' },
  'customer-service': { en: 'median response time', fr: 'délai médian de réponse' },
};

/** Goals that an audience count cannot show: they are reached by what people do, not by how many watch. */
const OUTCOME_GOALS = new Set([
  'traffic',
  'store-visits',
  'lead-capture',
  'sales',
  'loyalty',
  'recruitment',
  'customer-service',
]);

/** What an audience or an attention figure cannot show, said in the message. */
const CLASS_TEXT: Readonly<Record<VanityClass, Localized>> = {
  activity: {
    en: 'counts what the brand publishes',
    fr: 'compte ce que la marque publie',
  },
  audience: {
    en: 'is an audience count (how many people follow or are reached)',
    fr: 'est un décompte d’audience (combien de personnes suivent ou sont atteintes)',
  },
  attention: {
    en: 'measures attention (views, reactions, mentions)',
    fr: 'mesure l’attention (vues, réactions, mentions)',
  },
};

type VanityClass = Extract<MetricClass, 'activity' | 'audience' | 'attention'>;

/** The classes a result goal cannot be judged by; action, outcome and service figures can be. */
export function vanityClass(metric: string): VanityClass | undefined {
  const found = classifyMetric(metric);
  return found === 'activity' || found === 'audience' || found === 'attention' ? found : undefined;
}

export const vanityMetric: PlanRule = {
  id: 'vanity-metric',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Measure, don’t count: an audience or attention figure (followers, reach, views, likes, engagement rate, mentions, posts) is no KPI for a goal of action or result (traffic, visits, leads, sales, loyalty, hiring, service).',
    fr: 'Mesurer, pas compter : un chiffre d’audience ou d’attention (abonnés, portée, vues, j’aime, taux d’engagement, mentions, publications) n’est pas un indicateur pour une finalité d’action ou de résultat (trafic, visites, prospects, ventes, fidélisation, recrutement, service).',
  },
  check(_plan, context, report) {
    for (const objective of context.index?.objectives ?? []) {
      const { goal, kpi } = objective.value;
      if (typeof goal !== 'string' || !OUTCOME_GOALS.has(goal) || !isRecord(kpi) || typeof kpi.metric !== 'string')
        continue;
      const metric = kpi.metric;
      const found = vanityClass(metric);
      if (!found) continue;
      const better = METRIC_FOR_GOAL[goal];
      const figures = (locale: Locale) => figuresText(kpi.baseline, kpi.target, locale);
      report({
        file: objective.document.file,
        range: valueRange(objective.document, [...objective.path, 'kpi', 'metric']),
        message: {
          en: `Measure, don’t count: \`${metric}\`${figures('en') ? ` (${figures('en')})` : ''} ${CLASS_TEXT[found].en}, which cannot show whether a \`${goal}\` objective is met. Set \`kpi.metric\` to something the goal moves, such as “${better.en}”, and update the baseline and target to match.`,
          fr: `Mesurer, pas compter : \`${metric}\`${figures('fr') ? ` (${figures('fr')})` : ''} ${CLASS_TEXT[found].fr}, ce qui ne montre pas si un objectif \`${goal}\` est atteint. Donnez à \`kpi.metric\` une mesure que cette finalité fait bouger, par exemple « ${better.fr} », et ajustez le point de départ et la cible.`,
        },
      });
    }
  },
};

/** `from 800 to 3,000` / `de 800 à 3 000`, when both figures are numbers. */
function figuresText(baseline: unknown, target: unknown, locale: Locale): string | undefined {
  if (typeof baseline !== 'number' || typeof target !== 'number') return undefined;
  if (!Number.isFinite(baseline) || !Number.isFinite(target)) return undefined;
  const from = formatAmount(baseline, undefined, locale);
  const to = formatAmount(target, undefined, locale);
  return locale === 'fr' ? `de ${from} à ${to}` : `from ${from} to ${to}`;
}
