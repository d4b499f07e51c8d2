/**
 * What a KPI's metric measures, read from its words in English and French (docs/rules/vanity-metric.md,
 * "How a metric is read"). Shared by `vanity-metric` (is this a count the goal cannot show?) and
 * `objective-measurable` (is a lower figure the aim?). Not a rule: it reports nothing itself.
 */

/**
 * From the furthest from the business to the closest. When a metric names several (“clicks on
 * posts”, “orders from fans”), the last of this list wins: the metric counts what people did.
 */
export const METRIC_CLASSES = ['activity', 'audience', 'attention', 'action', 'outcome', 'service'] as const;
export type MetricClass = (typeof METRIC_CLASSES)[number];

/**
 * The patterns match text lowered by `lowered` and are written in lower case, without the `i` flag:
 * a case-insensitive Unicode pattern costs V8 about twice as much to compile (the case closure of
 * every class), and these are compiled on every start of the CLI.
 */
const word = (alternatives: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.map((entry) => entry.toLowerCase()).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );

function lowered(metric: string): string {
  return metric.normalize('NFC').toLowerCase();
}

const APOSTROPHE = "['’]";

/**
 * Phrases whose words would be misread one by one, read (and taken out of the text) first:
 * “page views” are visits of the site, not attention; “profile visits” stay on the platform;
 * “mentions J’aime” are likes; “share of voice” is attention whatever else the metric names.
 */
const PHRASES: readonly (readonly [RegExp, MetricClass])[] = [
  [
    word(['profile visits?', 'visits? (?:to|of) (?:the |our )?profile', 'visites? (?:du|de|sur le) profil']),
    'attention',
  ],
  [
    word([
      'page ?views?',
      'pages? vues?',
      'vues? de (?:la |nos |des )?pages?',
      'website visits?',
      'site visits?',
      'visites? (?:du|sur le) site',
    ]),
    'action',
  ],
  [
    word(['(?:loyalty|rewards?) (?:program(?:me)?|club|card)s?', '(?:programme|club|carte)s? (?:de )?fidélité']),
    'action',
  ],
  [word([`(?:mentions? )?j${APOSTROPHE}aime`, 'share of voice', 'part de voix']), 'attention'],
  [
    word([
      '(?:median |average |mean |first )?(?:response|reply|answer|resolution|handling|wait(?:ing)?) times?',
      'time to (?:first )?(?:response|reply|answer|resolve|resolution)',
      "temps (?:de |d[’'])(?:première )?(?:réponse|résolution|traitement|attente)",
      'délais?',
      '(?:within|in under|under|less than) \\d+(?:[.,]\\d+)? ?(?:h|hrs?|hours?|min|minutes?|days?)',
      '(?:en moins de|sous|dans les|dans un délai de) \\d+(?:[.,]\\d+)? ?(?:h|heures?|min|minutes?|jours?)',
    ]),
    'service',
  ],
];

/** Single words, after the phrases are taken out. */
const WORDS: readonly (readonly [RegExp, MetricClass])[] = [
  [
    word([
      'answered',
      'replied',
      'répondue?s?',
      'responses?',
      'réponses?',
      'resolved',
      'résolue?s?',
      'resolutions?',
      'satisfaction',
      'csat',
      'first contact',
      'premier contact',
      'complaints?',
      'plaintes?',
      'unanswered',
    ]),
    'service',
  ],
  [
    word([
      'orders?',
      'commandes?',
      'sales?',
      'ventes?',
      'sold',
      'vendue?s?',
      'revenue',
      'revenus?',
      `chiffre d${APOSTROPHE}affaires`,
      'purchases?',
      'achats?',
      'réachats?',
      'repeat',
      'conversions?',
      'bookings?',
      'réservations?',
      'tickets?',
      'billets?',
      'renewals?',
      'renouvellements?',
      'retention',
      'rétention',
      'churn',
      'attrition',
      'customers?',
      'clients?',
      'applications?',
      'candidatures?',
      'hires?',
      'embauches?',
      'recrues?',
      'cost per',
      'coût par',
      'cp[alc]',
      'roas',
      'roi',
      'basket',
      'panier',
    ]),
    'outcome',
  ],
  [
    word([
      'clicks?',
      'clics?',
      'click-?through',
      'ctr',
      'sessions?',
      'visits?',
      'visites?',
      'visitors?',
      'visiteurs?',
      'leads?',
      'prospects?',
      'sign-?ups?',
      'registrations?',
      'inscriptions?',
      'inscrits?',
      'newsletters?',
      'infolettres?',
      'mailing list',
      'e-?mail(?: list)?s?',
      'courriels?',
      "liste (?:de diffusion|d[’']envoi|de courriels)",
      'forms?',
      'formulaires?',
      'requests?',
      'demandes?',
      'quotes?',
      'soumissions?',
      'devis',
      'downloads?',
      'téléchargements?',
      'calls?',
      'appels?',
      'directions',
      'itinéraires?',
      'check-?ins?',
      'coupons?',
      'codes?',
      'redeemed',
      'redemptions?',
      'échangée?s?',
      'utilisée?s?',
      'rsvps?',
      'foot traffic',
      'achalandage',
      'fréquentation',
      'walk-?ins?',
    ]),
    'action',
  ],
  [
    word([
      'likes?',
      'reactions?',
      'réactions?',
      'impressions?',
      'views?',
      'vues?',
      'visionnements?',
      'plays?',
      'lectures?',
      'watch time',
      'durée de visionnement',
      'engagements?',
      'interactions?',
      'comments?',
      'commentaires?',
      'shares',
      'partages?',
      'reposts?',
      'repartages?',
      'retweets?',
      'saves',
      'saved',
      'enregistrements?',
      'sauvegardes?',
      'mentions?',
      'tags?',
      'identifications?',
      'sentiment',
      'buzz',
    ]),
    'attention',
  ],
  [
    word([
      'followers?',
      'fans?',
      'abonnée?s?',
      'subscribers?',
      'reach',
      'portée',
      'couverture',
      'people reached',
      'personnes atteintes',
      'audience',
      'community size',
      'taille de la communauté',
    ]),
    'audience',
  ],
  [
    word(['posts?', 'publications?', 'stories', 'reels?', 'tweets?', 'videos? published', 'vidéos? publiées?']),
    'activity',
  ],
];

/** What the metric measures, or `undefined` when none of its words says. */
export function classifyMetric(metric: string): MetricClass | undefined {
  let text = lowered(metric);
  let best = -1;
  const note = (found: MetricClass) => {
    best = Math.max(best, METRIC_CLASSES.indexOf(found));
  };
  for (const [pattern, found] of PHRASES) {
    if (!pattern.test(text)) continue;
    note(found);
    text = text.replace(new RegExp(pattern.source, 'gu'), ' ');
  }
  for (const [pattern, found] of WORDS) {
    if (pattern.test(text)) note(found);
  }
  return best < 0 ? undefined : METRIC_CLASSES[best];
}

/**
 * Metrics a plan sets out to lower: a time, a cost, a bounce or churn rate, complaints, negative
 * mentions. Their KPI's default `direction` is `decrease` (docs/rules/objective-measurable.md).
 */
const LOWER_IS_BETTER = word([
  '(?:response|reply|answer|resolution|handling|wait(?:ing)?) times?',
  'time to (?:first )?(?:response|reply|answer|resolve|resolution)',
  'turnaround',
  "temps (?:de |d[’'])(?:première )?(?:réponse|résolution|traitement|attente)",
  'délais?',
  'durée de traitement',
  'costs?',
  'coûts?',
  'cp[alcm]',
  'bounce(?: rate)?',
  'taux de rebond',
  'rebonds?',
  'churn',
  'attrition',
  'unsubscribes?',
  'unsubscribe rate',
  'désabonnements?',
  'désinscriptions?',
  'complaints?',
  'plaintes?',
  'negative',
  'négati(?:f|ve)s?',
  'abandon(?:ment|s)?',
  'unanswered',
  'sans réponse',
  'backlog',
]);

/**
 * A metric that counts what was answered or a drop itself (“complaints resolved within 24 h”,
 * “cost savings”) rises even though it names a complaint or a cost.
 */
const RISES_ANYWAY = word([
  'answered',
  'replied',
  'resolved',
  'handled',
  'répondue?s?',
  'résolue?s?',
  'traitée?s?',
  'reductions?',
  'réductions?',
  'savings?',
  'économies?',
  'baisses?',
  'diminutions?',
]);

export function lowerIsBetter(metric: string): boolean {
  const text = lowered(metric);
  return LOWER_IS_BETTER.test(text) && !RISES_ANYWAY.test(text);
}
