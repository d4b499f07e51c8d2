import { isRecord } from '../util/guards';
import type { Localized } from '../types';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';

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

const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/** Raw audience counts, in English and French. */
const AUDIENCE_COUNT = word(
  [
    'followers?',
    'fans?',
    'likes?',
    'posts?',
    'impressions?',
    'subscribers?',
    'abonn[ée]e?s?',
    "(?:mentions? )?j['’]aime",
    'publications?',
  ].join('|'),
);

/**
 * Words of an outcome: a metric such as "clicks on posts" or "orders from fans" counts what people
 * did, so it is not a raw count even though it names the audience.
 */
const OUTCOME = word(
  [
    'clicks?',
    'clics?',
    'sessions?',
    'visits?',
    'visites?',
    'visitors?',
    'visiteurs?',
    'leads?',
    'prospects?',
    'orders?',
    'commandes?',
    'sales?',
    'ventes?',
    'sign-?ups?',
    'inscriptions?',
    'conversions?',
    'purchases?',
    'achats?',
    'réachats?',
    'tickets?',
    'billets?',
    'bookings?',
    'réservations?',
    'applications?',
    'candidatures?',
    'renewals?',
    'renouvellements?',
    'coupons?',
    'revenue',
    "chiffre d['’]affaires",
    'response time',
    'délai',
    'resolved',
    'résolue?s?',
  ].join('|'),
);

export const vanityMetric: PlanRule = {
  id: 'vanity-metric',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Measure, don’t count: a raw audience count (followers, fans, likes, posts, impressions) is no KPI for a goal such counts cannot show.',
    fr: 'Mesurer, pas compter : un simple décompte d’audience (abonnés, fans, j’aime, publications, impressions) n’est pas un indicateur pour une finalité qu’il ne peut pas montrer.',
  },
  check(_plan, context, report) {
    for (const objective of context.index?.objectives ?? []) {
      const { goal, kpi } = objective.value;
      if (typeof goal !== 'string' || !OUTCOME_GOALS.has(goal) || !isRecord(kpi) || typeof kpi.metric !== 'string')
        continue;
      const metric = kpi.metric;
      if (!isRawAudienceCount(metric)) continue;
      const better = METRIC_FOR_GOAL[goal];
      report({
        file: objective.document.file,
        range: valueRange(objective.document, [...objective.path, 'kpi', 'metric']),
        message: {
          en: `Measure, don’t count: \`${metric}\` is a raw audience count, which cannot show whether a \`${goal}\` objective is met. Set \`kpi.metric\` to something the goal moves, such as “${better.en}”, and update the baseline and target to match.`,
          fr: `Mesurer, pas compter : \`${metric}\` est un simple décompte d’audience, qui ne montre pas si un objectif \`${goal}\` est atteint. Donnez à \`kpi.metric\` une mesure que cette finalité fait bouger, par exemple « ${better.fr} », et ajustez le point de départ et la cible.`,
        },
      });
    }
  },
};

export function isRawAudienceCount(metric: string): boolean {
  return AUDIENCE_COUNT.test(metric) && !OUTCOME.test(metric);
}
