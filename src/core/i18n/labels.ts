// Longer than 450 lines: every label of the report in both languages, one table reviewed as a
// whole (its only logic is the lookup of a label by key and locale).
import type { Locale } from '../types';
import { TYPOGRAPHY } from './localized';

/**
 * Every word the assembled plan adds around the author's text, in English and French. The preview,
 * the PDF and the HTML export all take their headings and table headers from here (through
 * `PlanModel.labels`, or `labelsFor(locale)`), so the three cannot drift apart.
 */
export interface Labels {
  // Sections of the report
  contents: string;
  validation: string;
  overview: string;
  objectives: string;
  progress: string;
  steps: string;
  platforms: string;
  resources: string;
  budget: string;
  timeline: string;
  charter: string;
  annexes: string;
  approvals: string;
  // Cover
  client: string;
  agency: string;
  period: string;
  status: string;
  version: string;
  method: string;
  decision: string;
  draft: string;
  draftNotice: string;
  // Validation summary
  noFindings: string;
  file: string;
  line: string;
  rule: string;
  message: string;
  severity: string;
  // Objectives
  objective: string;
  goal: string;
  statement: string;
  metric: string;
  baseline: string;
  target: string;
  unit: string;
  deadline: string;
  owner: string;
  dataSource: string;
  noObjectives: string;
  // Progress
  latestResult: string;
  toGoal: string;
  projection: string;
  projectionAtDeadline: string;
  noResultsYet: string;
  results: string;
  /** `18,000 on July 1, 2027`, in a chart's alternative text. */
  onDate: string;
  /** `4,200 by June 15, 2028`, in a chart's alternative text. */
  byDate: string;
  // The monthly report (docs/measuring.md)
  monthlyReport: string;
  monthResults: string;
  stepsDue: string;
  monthAnalysis: string;
  plan: string;
  reportPeriod: string;
  asOf: string;
  result: string;
  previousReading: string;
  change: string;
  noResultsThisMonth: string;
  noStepsDue: string;
  noAnalysis: string;
  // Steps
  step: string;
  due: string;
  sourceFile: string;
  skipReason: string;
  missingStep: string;
  notInMethod: string;
  // The website facts, in the step that asks about them
  website: string;
  websiteAddress: string;
  bounceRate: string;
  analytics: string;
  callsToAction: string;
  websiteNotes: string;
  emptyBody: string;
  // Platforms
  platform: string;
  handle: string;
  secured: string;
  frequency: string;
  postsPerWeek: string;
  audience: string;
  publishingCalendar: string;
  noPlatforms: string;
  // Resources
  name: string;
  role: string;
  internal: string;
  dedicated: string;
  hoursPerWeek: string;
  cost: string;
  noResources: string;
  // Budget
  category: string;
  budgetLine: string;
  amount: string;
  share: string;
  budgetTotal: string;
  allocated: string;
  unallocated: string;
  budgetByCategory: string;
  noBudget: string;
  /** A monthly envelope's total × 12, said so. */
  perYearFromMonthly: string;
  /** Yearly and monthly totals of one currency as one yearly figure, said so. */
  yearlyEquivalent: string;
  // Timeline
  date: string;
  milestone: string;
  noTimeline: string;
  // Charter
  legalLimits: string;
  noCharter: string;
  // Approvals
  approvedBy: string;
  noApprovals: string;
  signature: string;
  // Misc
  yes: string;
  no: string;
  total: string;
  generatedBy: string;
  page: string;
  footnotes: string;
  backToReference: string;
  image: string;
}

const EN: Labels = {
  contents: 'Contents',
  validation: 'Validation summary',
  overview: 'Overview',
  objectives: 'Objectives and KPIs',
  progress: 'Progress against targets',
  steps: 'The plan, step by step',
  platforms: 'Platforms and publishing calendar',
  resources: 'Resources',
  budget: 'Budget',
  timeline: 'Timeline',
  charter: 'Social media charter',
  annexes: 'Annexes',
  approvals: 'Approvals',
  client: 'Client',
  agency: 'Agency',
  period: 'Period',
  status: 'Status',
  version: 'Version',
  method: 'Method',
  decision: 'Decision',
  draft: 'DRAFT',
  draftNotice: 'Draft — this plan has not been approved yet.',
  noFindings: 'No problems found: every check passed.',
  file: 'File',
  line: 'Line',
  rule: 'Rule',
  message: 'Message',
  severity: 'Severity',
  objective: 'Objective',
  goal: 'Goal',
  statement: 'Statement',
  metric: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  unit: 'Unit',
  deadline: 'Deadline',
  owner: 'Owner',
  dataSource: 'Data source',
  noObjectives: 'No objective is defined yet.',
  latestResult: 'Latest result',
  toGoal: 'To goal',
  projection: 'Projection',
  projectionAtDeadline: 'at this pace by the deadline',
  noResultsYet: 'No result yet',
  results: 'Results',
  onDate: 'on',
  byDate: 'by',
  monthlyReport: 'Monthly report',
  monthResults: 'Results of the month',
  stepsDue: 'Steps due',
  monthAnalysis: 'Analysis and adjustments',
  plan: 'Plan',
  reportPeriod: 'Month',
  asOf: 'As of',
  result: 'Result',
  previousReading: 'Previous reading',
  change: 'Change',
  noResultsThisMonth: 'No result was recorded for this month.',
  noStepsDue: 'No step is due this month or next, and none is overdue.',
  noAnalysis: 'No analysis written yet: write it in the body of the month’s results document.',
  step: 'Step',
  due: 'Due',
  sourceFile: 'Source',
  skipReason: 'Why it is skipped',
  missingStep: 'This step has no document yet.',
  notInMethod: 'Not part of the method',
  website: 'The website today',
  websiteAddress: 'Address',
  bounceRate: 'Bounce rate',
  analytics: 'Visits measured',
  callsToAction: 'Calls to action',
  websiteNotes: 'Notes',
  emptyBody: 'Nothing written yet.',
  platform: 'Platform',
  handle: 'Handle',
  secured: 'Handle reserved',
  frequency: 'Frequency',
  postsPerWeek: 'Posts per week',
  audience: 'Audience',
  publishingCalendar: 'Publishing calendar',
  noPlatforms: 'No platform is chosen yet.',
  name: 'Name',
  role: 'Role',
  internal: 'Internal',
  dedicated: 'Dedicated',
  hoursPerWeek: 'Hours per week',
  cost: 'Cost',
  noResources: 'No resource is named yet.',
  category: 'Category',
  budgetLine: 'Item',
  amount: 'Amount',
  share: 'Share',
  budgetTotal: 'Total budget',
  allocated: 'Allocated',
  unallocated: 'Not yet allocated',
  budgetByCategory: 'Budget by category',
  noBudget: 'No budget is set yet.',
  perYearFromMonthly: 'Per year (monthly × 12)',
  yearlyEquivalent: 'Yearly equivalent (yearly + monthly × 12)',
  date: 'Date',
  milestone: 'Milestone',
  noTimeline: 'No date is set yet.',
  legalLimits: 'Legal limits',
  noCharter: 'The plan has no charter yet.',
  approvedBy: 'Approved by',
  noApprovals: 'Not approved yet.',
  signature: 'Signature',
  yes: 'Yes',
  no: 'No',
  total: 'Total',
  generatedBy: 'Assembled with SocialPlan',
  page: 'Page',
  footnotes: 'Notes',
  backToReference: 'Back to reference',
  image: 'Image',
};

const FR: Labels = {
  contents: 'Sommaire',
  validation: 'Bilan de validation',
  overview: 'Présentation',
  objectives: 'Objectifs et indicateurs',
  progress: 'Avancement par rapport aux cibles',
  steps: 'Le plan, étape par étape',
  platforms: 'Plateformes et calendrier de publication',
  resources: 'Ressources',
  budget: 'Budget',
  timeline: 'Échéancier',
  charter: 'Charte des médias sociaux',
  annexes: 'Annexes',
  approvals: 'Approbations',
  client: 'Client',
  agency: 'Agence',
  period: 'Période',
  status: 'Statut',
  version: 'Version',
  method: 'Méthode',
  decision: 'Décision',
  draft: 'BROUILLON',
  draftNotice: 'Brouillon — ce plan n’est pas encore approuvé.',
  noFindings: 'Aucun problème : toutes les vérifications sont passées.',
  file: 'Fichier',
  line: 'Ligne',
  rule: 'Règle',
  message: 'Message',
  severity: 'Gravité',
  objective: 'Objectif',
  goal: 'But',
  statement: 'Énoncé',
  metric: 'Indicateur',
  baseline: 'Point de départ',
  target: 'Cible',
  unit: 'Unité',
  deadline: 'Échéance',
  owner: 'Responsable',
  dataSource: 'Source des données',
  noObjectives: 'Aucun objectif n’est encore défini.',
  latestResult: 'Dernier résultat',
  toGoal: 'Vers la cible',
  projection: 'Projection',
  projectionAtDeadline: 'à ce rythme à l’échéance',
  noResultsYet: 'Aucun résultat pour l’instant',
  results: 'Résultats',
  onDate: 'le',
  byDate: 'au',
  monthlyReport: 'Rapport mensuel',
  monthResults: 'Résultats du mois',
  stepsDue: 'Étapes à échéance',
  monthAnalysis: 'Analyse et ajustements',
  plan: 'Plan',
  reportPeriod: 'Mois',
  asOf: 'Au',
  result: 'Résultat',
  previousReading: 'Relevé précédent',
  change: 'Variation',
  noResultsThisMonth: 'Aucun résultat n’a été relevé pour ce mois.',
  noStepsDue: 'Aucune étape n’arrive à échéance ce mois-ci ni le suivant, et aucune n’est en retard.',
  noAnalysis: 'Pas encore d’analyse : rédigez-la dans le corps du document de résultats du mois.',
  step: 'Étape',
  due: 'Échéance',
  sourceFile: 'Source',
  skipReason: 'Raison de l’omission',
  missingStep: 'Cette étape n’a pas encore de document.',
  notInMethod: 'Hors méthode',
  website: 'Le site aujourd’hui',
  websiteAddress: 'Adresse',
  bounceRate: 'Taux de rebond',
  analytics: 'Visites mesurées',
  callsToAction: 'Appels à l’action',
  websiteNotes: 'Remarques',
  emptyBody: 'Rien n’est encore rédigé.',
  platform: 'Plateforme',
  handle: 'Identifiant',
  secured: 'Identifiant réservé',
  frequency: 'Fréquence',
  postsPerWeek: 'Publications par semaine',
  audience: 'Public',
  publishingCalendar: 'Calendrier de publication',
  noPlatforms: 'Aucune plateforme n’est encore choisie.',
  name: 'Nom',
  role: 'Rôle',
  internal: 'Interne',
  dedicated: 'Dédiée',
  hoursPerWeek: 'Heures par semaine',
  cost: 'Coût',
  noResources: 'Aucune ressource n’est encore nommée.',
  category: 'Catégorie',
  budgetLine: 'Poste',
  amount: 'Montant',
  share: 'Part',
  budgetTotal: 'Budget total',
  allocated: 'Réparti',
  unallocated: 'Non encore réparti',
  budgetByCategory: 'Budget par catégorie',
  noBudget: 'Aucun budget n’est encore fixé.',
  perYearFromMonthly: 'Par année (mensuel × 12)',
  yearlyEquivalent: 'Équivalent annuel (annuel + mensuel × 12)',
  date: 'Date',
  milestone: 'Jalon',
  noTimeline: 'Aucune date n’est encore fixée.',
  legalLimits: 'Limites légales',
  noCharter: 'Le plan n’a pas encore de charte.',
  approvedBy: 'Approuvé par',
  noApprovals: 'Pas encore approuvé.',
  signature: 'Signature',
  yes: 'Oui',
  no: 'Non',
  total: 'Total',
  generatedBy: 'Assemblé avec SocialPlan',
  page: 'Page',
  footnotes: 'Notes',
  backToReference: 'Retour à l’appel de note',
  image: 'Image',
};

const LABELS: Record<Locale, Labels> = { en: EN, fr: FR };

export function labelsFor(locale: Locale): Labels {
  return LABELS[locale];
}

type EnumTable = Record<string, Record<Locale, string>>;

/** Labels of the schemas' enum values, by the key they appear under. */
const ENUMS = {
  goal: {
    awareness: { en: 'Awareness', fr: 'Notoriété' },
    traffic: { en: 'Traffic', fr: 'Trafic' },
    'store-visits': { en: 'Store visits', fr: 'Visites en magasin' },
    'lead-capture': { en: 'Lead capture', fr: 'Captation de contacts' },
    sales: { en: 'Sales', fr: 'Ventes' },
    'brand-image': { en: 'Brand image', fr: 'Image de marque' },
    loyalty: { en: 'Loyalty', fr: 'Fidélisation' },
    engagement: { en: 'Engagement', fr: 'Engagement' },
    recruitment: { en: 'Recruitment', fr: 'Recrutement' },
    'customer-service': { en: 'Customer service', fr: 'Service à la clientèle' },
  },
  role: {
    'community-manager': { en: 'Community manager', fr: 'Gestionnaire de communauté' },
    champion: { en: 'Champion', fr: 'Ambassadeur interne' },
    'content-creator': { en: 'Content creator', fr: 'Créateur de contenu' },
    designer: { en: 'Designer', fr: 'Graphiste' },
    spokesperson: { en: 'Spokesperson', fr: 'Porte-parole' },
    analyst: { en: 'Analyst', fr: 'Analyste' },
    'legal-reviewer': { en: 'Legal reviewer', fr: 'Conseiller juridique' },
    agency: { en: 'Agency', fr: 'Agence' },
    other: { en: 'Other', fr: 'Autre' },
  },
  category: {
    staff: { en: 'Staff', fr: 'Personnel' },
    ads: { en: 'Advertising', fr: 'Publicité' },
    content: { en: 'Content', fr: 'Contenu' },
    tools: { en: 'Tools', fr: 'Outils' },
    agency: { en: 'Agency', fr: 'Agence' },
    training: { en: 'Training', fr: 'Formation' },
    events: { en: 'Events', fr: 'Événements' },
    other: { en: 'Other', fr: 'Autre' },
    uncategorised: { en: 'Uncategorised', fr: 'Sans catégorie' },
  },
  stepStatus: {
    todo: { en: 'To do', fr: 'À faire' },
    'in-progress': { en: 'In progress', fr: 'En cours' },
    done: { en: 'Done', fr: 'Terminée' },
    skipped: { en: 'Skipped', fr: 'Omise' },
    missing: { en: 'Missing', fr: 'Manquante' },
  },
  /** Where an objective stands against its target (docs/measuring.md, "The projection"). */
  progressStatus: {
    'on-track': { en: 'On track', fr: 'En bonne voie' },
    'at-risk': { en: 'At risk', fr: 'À risque' },
    achieved: { en: 'Achieved', fr: 'Atteint' },
    missed: { en: 'Missed', fr: 'Manqué' },
    'no-results': { en: 'No results', fr: 'Sans résultat' },
  },
  /** When a step of the monthly report falls due. */
  stepDue: {
    overdue: { en: 'Overdue', fr: 'En retard' },
    'this-month': { en: 'This month', fr: 'Ce mois-ci' },
    'next-month': { en: 'Next month', fr: 'Le mois prochain' },
  },
  planStatus: {
    draft: { en: 'Draft', fr: 'Brouillon' },
    review: { en: 'In review', fr: 'En révision' },
    approved: { en: 'Approved', fr: 'Approuvé' },
  },
  planDecision: {
    go: { en: 'Go', fr: 'Go' },
    'no-go': { en: 'No-go', fr: 'No-go' },
    conditional: { en: 'Conditional go', fr: 'Go sous conditions' },
  },
  budgetPeriod: {
    year: { en: 'per year', fr: 'par année' },
    month: { en: 'per month', fr: 'par mois' },
    campaign: { en: 'for the campaign', fr: 'pour la campagne' },
  },
  /** The heading of one envelope of the budget section, by its period. */
  budgetEnvelope: {
    year: { en: 'Yearly budget', fr: 'Budget annuel' },
    month: { en: 'Monthly budget', fr: 'Budget mensuel' },
    campaign: { en: 'Campaign budget', fr: 'Budget de campagne' },
  },
  per: {
    day: { en: 'day', fr: 'jour' },
    week: { en: 'week', fr: 'semaine' },
    month: { en: 'month', fr: 'mois' },
    year: { en: 'year', fr: 'année' },
    hour: { en: 'hour', fr: 'heure' },
  },
  severity: {
    error: { en: 'Error', fr: 'Erreur' },
    warning: { en: 'Warning', fr: 'Avertissement' },
    info: { en: 'Note', fr: 'Remarque' },
  },
  timeline: {
    'plan-start': { en: 'Plan starts', fr: 'Début du plan' },
    'plan-end': { en: 'Plan ends', fr: 'Fin du plan' },
    'step-due': { en: 'Step due', fr: 'Échéance d’étape' },
    'objective-deadline': { en: 'Objective deadline', fr: 'Échéance d’objectif' },
  },
  yesNo: {
    yes: { en: 'Yes', fr: 'Oui' },
    no: { en: 'No', fr: 'Non' },
  },
  legal: {
    jurisdictions: { en: 'Jurisdictions', fr: 'Juridictions' },
    intellectual_property: { en: 'Intellectual property', fr: 'Propriété intellectuelle' },
    defamation: { en: 'Defamation', fr: 'Diffamation' },
    privacy: { en: 'Privacy', fr: 'Vie privée' },
    regulations: { en: 'Privacy regulations', fr: 'Réglementation sur la vie privée' },
    officer: { en: 'In charge of personal information', fr: 'Responsable des renseignements personnels' },
    contact: { en: 'Privacy contact published at', fr: 'Contact vie privée publié sur' },
    dpo: { en: 'Data protection officer', fr: 'Délégué à la protection des données' },
    advertising_disclosure: { en: 'Advertising disclosure', fr: 'Mention des publicités' },
    mentions: { en: 'Disclosure mentions', fr: 'Mentions publicitaires' },
    confidentiality: { en: 'Confidentiality', fr: 'Confidentialité' },
    response_time_hours: { en: 'Response time', fr: 'Délai de réponse' },
    remove: { en: 'Removed by moderation', fr: 'Retiré par la modération' },
    escalate_to: { en: 'Escalate to', fr: 'Escalade vers' },
    spokespersons: { en: 'Spokespersons', fr: 'Porte-parole' },
    charter_status: { en: 'Charter status', fr: 'Statut de la charte' },
    charter_version: { en: 'Charter version', fr: 'Version de la charte' },
    charter_approvals: { en: 'Charter approved by', fr: 'Charte approuvée par' },
    reviewed: { en: 'Last reviewed', fr: 'Dernière revue' },
    review_every: { en: 'Review', fr: 'Revue' },
    next_review: { en: 'Next review', fr: 'Prochaine revue' },
    crisis_levels: { en: 'Crisis levels', fr: 'Niveaux de crise' },
    crisis_spokespersons: { en: 'Who speaks in a crisis', fr: 'Qui parle en cas de crise' },
    holding_statement: { en: 'Holding statement', fr: 'Déclaration d’attente' },
    two_factor: { en: 'Two-factor authentication', fr: 'Double authentification' },
    access: { en: 'Access held by', fr: 'Accès détenus par' },
    access_review: { en: 'Access review', fr: 'Revue des accès' },
    offboarding: { en: 'When someone leaves', fr: 'Au départ d’une personne' },
  },
  reviewPeriod: {
    month: { en: 'Every month', fr: 'Tous les mois' },
    quarter: { en: 'Every quarter', fr: 'Tous les trimestres' },
    'half-year': { en: 'Every six months', fr: 'Tous les six mois' },
    year: { en: 'Every year', fr: 'Tous les ans' },
  },
  twoFactor: {
    yes: { en: 'Required on every account', fr: 'Exigée sur chaque compte' },
    no: { en: 'Not required', fr: 'Non exigée' },
  },
  chainState: {
    approved: { en: 'approved', fr: 'approuvé' },
    missing: { en: 'awaiting approval', fr: 'en attente' },
    outdated: { en: 'to approve again', fr: 'à approuver de nouveau' },
    'out-of-order': { en: 'approved out of order', fr: 'approuvé hors de l’ordre' },
  },
} satisfies Record<string, EnumTable>;

export type EnumKind = keyof typeof ENUMS;

/** Whether the table of `kind` has labels for `value`. */
export function hasEnumLabel(kind: EnumKind, value: string): boolean {
  return Object.hasOwn(ENUMS[kind], value);
}

/** The label of an enum value; the value itself when it is not one the schemas know. */
export function enumLabel(kind: EnumKind, value: string, locale: Locale): string {
  const table: EnumTable = ENUMS[kind];
  return Object.hasOwn(table, value) ? table[value][locale] : value;
}

/** `Within 12 h` / `Sous 12 h`. */
export function withinHours(hours: string, locale: Locale): string {
  return TYPOGRAPHY[locale].withinHours(hours);
}
