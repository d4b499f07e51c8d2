import assert from 'node:assert/strict';
import { lintFiles } from '../../support/rule-examples';

/**
 * Metric / goal pairs as strategists write them (issue 17, item 11), with the verdict a strategist
 * gives: `flag` when the figure cannot show the goal (an audience, attention or publishing count for a
 * goal of action or result), `ok` otherwise. Each pair is linted as a whole plan, so the table holds
 * the rule and not only the classifier.
 */
const PAIRS: readonly (readonly [string, string, 'flag' | 'ok'])[] = [
  // What the issue found missing.
  ['reach', 'traffic', 'flag'],
  ['monthly reach', 'sales', 'flag'],
  ['portée', 'traffic', 'flag'],
  ['portée mensuelle', 'sales', 'flag'],
  ['video views', 'store-visits', 'flag'],
  ['vues des vidéos', 'store-visits', 'flag'],
  ['visionnements des vidéos', 'store-visits', 'flag'],
  ['engagement rate', 'sales', 'flag'],
  ['taux d’engagement', 'sales', 'flag'],
  ['brand mentions', 'lead-capture', 'flag'],
  ['mentions de la marque', 'traffic', 'flag'],
  ['share of voice', 'sales', 'flag'],
  ['part de voix', 'loyalty', 'flag'],
  ['reposts', 'traffic', 'flag'],
  ['saves', 'sales', 'flag'],
  ['enregistrements des publications', 'sales', 'flag'],
  // What was already caught.
  ['Instagram followers', 'sales', 'flag'],
  ['abonnés Facebook', 'store-visits', 'flag'],
  ['mentions J’aime sur nos publications', 'loyalty', 'flag'],
  ['likes', 'recruitment', 'flag'],
  ['impressions', 'traffic', 'flag'],
  ['YouTube subscribers', 'lead-capture', 'flag'],
  ['posts per week', 'sales', 'flag'],
  ['publications par semaine', 'lead-capture', 'flag'],
  ['fans of the page', 'loyalty', 'flag'],
  ['Facebook page likes', 'traffic', 'flag'],
  ['profile visits', 'traffic', 'flag'],
  ['visites du profil Instagram', 'store-visits', 'flag'],
  ['comments', 'customer-service', 'flag'],
  ['mentions', 'customer-service', 'flag'],
  ['story views', 'recruitment', 'flag'],
  // Flagged wrongly before: a sign-up is data capture, an answer time is a service level.
  ['newsletter subscribers from social', 'lead-capture', 'ok'],
  ['abonnés à l’infolettre', 'lead-capture', 'ok'],
  ['email subscribers from social', 'lead-capture', 'ok'],
  ['share of customer posts answered within 2 hours', 'customer-service', 'ok'],
  ['part des publications de clients répondues en moins de 2 heures', 'customer-service', 'ok'],
  ['comments answered within 4 h', 'customer-service', 'ok'],
  // Action, outcome and service figures fit the result goals.
  ['clicks from posts', 'traffic', 'ok'],
  ['link clicks', 'traffic', 'ok'],
  ['sessions from social', 'traffic', 'ok'],
  ['page views from social', 'traffic', 'ok'],
  ['pages vues issues des réseaux', 'traffic', 'ok'],
  ['clics vers le site', 'traffic', 'ok'],
  ['store visits from social offers', 'store-visits', 'ok'],
  ['coupons « réseaux » échangés en boutique', 'store-visits', 'ok'],
  ['direction requests on Google Business Profile', 'store-visits', 'ok'],
  ['leads from social', 'lead-capture', 'ok'],
  ['quote requests', 'lead-capture', 'ok'],
  ['demandes de soumission', 'lead-capture', 'ok'],
  ['catering request forms sent', 'lead-capture', 'ok'],
  ['orders attributed to social', 'sales', 'ok'],
  ['orders from fans', 'sales', 'ok'],
  ['commandes en ligne attribuées aux réseaux sociaux', 'sales', 'ok'],
  ['single tickets sold in orders attributed to social', 'sales', 'ok'],
  ['revenue from social', 'sales', 'ok'],
  ['repeat purchase rate', 'loyalty', 'ok'],
  ['taux de réachat à 60 jours des membres du Carnet Levain', 'loyalty', 'ok'],
  ['annual membership renewal rate', 'loyalty', 'ok'],
  ['loyalty program members', 'loyalty', 'ok'],
  ['qualified applications from social', 'recruitment', 'ok'],
  ['candidatures qualifiées reçues par les réseaux', 'recruitment', 'ok'],
  ['median response time', 'customer-service', 'ok'],
  ['délai médian de réponse', 'customer-service', 'ok'],
  ['tickets resolved on social', 'customer-service', 'ok'],
  ['satisfaction des clients servis en ligne', 'customer-service', 'ok'],
  ['cost per lead', 'lead-capture', 'ok'],
  // Audience and attention figures are fine where they do show the goal.
  ['reach', 'awareness', 'ok'],
  ['Instagram followers in the South Shore', 'awareness', 'ok'],
  ['video views', 'awareness', 'ok'],
  ['portée mensuelle auprès des résidents de Lévis', 'awareness', 'ok'],
  ['engagement rate', 'engagement', 'ok'],
  ['reposts and saves', 'engagement', 'ok'],
  ['share of positive mentions', 'brand-image', 'ok'],
  ['part de voix', 'brand-image', 'ok'],
  // Words the rule does not know say nothing: no finding.
  ['active volunteer ushers on the roster', 'recruitment', 'ok'],
];

/** One plan holding every pair as an objective, one line each: a single lint for the table. */
function planOfEveryPair(): string {
  return [
    '---',
    'socialplan: plan',
    'title: Table',
    'objectives:',
    ...PAIRS.map(
      ([metric, goal], index) =>
        `  - { id: objective-${index}, goal: ${goal}, kpi: { metric: ${JSON.stringify(metric)}, baseline: 100, target: 300, source: Analytics }, deadline: "2027-12-31" }`,
    ),
    '---',
    '',
  ].join('\n');
}

const FIRST_PAIR_LINE = 4;

describe('vanity-metric, a table of metric / goal pairs', () => {
  it('holds at least 60 pairs, each once', () => {
    assert.ok(PAIRS.length >= 60, `${PAIRS.length} pairs`);
    const keys = PAIRS.map(([metric, goal]) => `${metric} / ${goal}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('gives each pair the strategist’s verdict', () => {
    const text = planOfEveryPair();
    const flaggedLines = new Set(
      lintFiles(new Map([['plan.md', text]]))
        .filter((finding) => finding.rule === 'vanity-metric')
        .map((finding) => text.slice(0, finding.range.start).split('\n').length - 1),
    );
    const wrong = PAIRS.filter(
      ([, , verdict], index) => (flaggedLines.has(FIRST_PAIR_LINE + index) ? 'flag' : 'ok') !== verdict,
    ).map(([metric, goal, verdict]) => `${metric} / ${goal}: expected ${verdict}`);
    assert.deepEqual(wrong, []);
  });
});
