import { isPresetName, type Method, type MethodStep } from './methods';
import type { Locale } from '../types';
import { yamlScalar } from '../document/yaml-edits';
import { sectionsFor } from './step-sections';
import { PLACEHOLDERS } from './placeholders';

/**
 * Starting text for SocialPlan documents. `no-skipped-steps` creates missing step documents with
 * it; `socialplan init` and the editor's "New plan" reuse it, so every surface writes the same file.
 */

export type StepStatus = 'todo' | 'in-progress' | 'done' | 'skipped';

export interface StepDocumentOptions {
  status: StepStatus;
  /** Written when the status is `skipped`; a sentence asking for the reason otherwise. */
  skipReason?: string;
  /** A resource id; left as a commented placeholder when absent. */
  owner?: string;
  /** A `YYYY-MM-DD` date; left as a commented placeholder when absent. */
  due?: string;
  /** Overrides the method's title for the step. */
  title?: string;
}

/** The placeholder reason written by the "create as skipped" fix: an instruction, not a reason. */
export const SKIP_REASON_PLACEHOLDER: Record<Locale, string> = PLACEHOLDERS.skipReason;

/**
 * The Markdown text of a step document: frontmatter (kind, step, title, status, then owner and due
 * as real keys when given, or as commented placeholders), the step's guide as a comment, and one
 * heading per section of the step with its guiding question as a comment. Comments keep the
 * guidance out of the preview and the exports while the author writes.
 */
export function stepDocument(
  method: Method,
  step: MethodStep | string,
  locale: Locale,
  options: StepDocumentOptions,
): string {
  const methodStep = typeof step === 'string' ? method.steps.find((candidate) => candidate.id === step) : step;
  const id = typeof step === 'string' ? step : step.id;
  const words = WORDS[locale];
  const title = options.title ?? methodStep?.title[locale] ?? id;
  const lines = [
    '---',
    'socialplan: step',
    `step: ${yamlScalar(id)}`,
    `title: ${yamlScalar(title)}`,
    `status: ${options.status}`,
  ];
  if (options.status === 'skipped')
    lines.push(`skip_reason: ${yamlScalar(options.skipReason ?? SKIP_REASON_PLACEHOLDER[locale])}`);
  lines.push(options.owner ? `owner: ${yamlScalar(options.owner)}` : `# owner: ${words.owner}`);
  lines.push(options.due ? `due: ${JSON.stringify(options.due)}` : `# due: ${words.due}`);
  lines.push('---', '');
  const guide = methodStep?.guide[locale];
  if (guide) lines.push(`<!--\n${wrap(guide.replace(/--/g, '—'), 100)}\n-->`, '');
  if (options.status === 'skipped') lines.push(words.skipped, '');
  for (const [heading, question] of sectionsFor(method, id).map((section) => section[locale])) {
    lines.push(`## ${heading}`, '', comment(question), '');
  }
  return lines.join('\n');
}

/**
 * `04-distribution.md`: the step's position in the method, then its name in the plan's language
 * (`01-listen.md`, `01-ecoute.md`: docs/methods.md); a step the method lacks keeps its id.
 */
export function stepFileName(method: Method, stepId: string, locale: Locale = 'en'): string {
  const position = method.steps.findIndex((step) => step.id === stepId);
  const number = position === -1 ? method.steps.length + 1 : position + 1;
  const slug = position === -1 ? stepId : method.steps[position].fileSlug[locale];
  return `${String(number).padStart(2, '0')}-${slug}.md`;
}

/**
 * The headings of a step document and the question each one answers, in `locale`: the method's
 * own sections for a preset step, generic ones for a custom step. Snippets reuse them.
 */
export function stepSections(method: Method, stepId: string, locale: Locale): { heading: string; question: string }[] {
  return sectionsFor(method, stepId).map((section) => ({ heading: section[locale][0], question: section[locale][1] }));
}

export interface PlanDocumentOptions {
  /** The plan's title; a title naming the client (when given) otherwise. */
  title?: string;
  client?: string;
  /** Relative path of the charter, written as `charter:`; omitted when empty. */
  charter?: string;
}

/**
 * The Markdown text of a new plan document: the keys a strategist can fill in at once (title,
 * client, language, method, status, version, charter link), the ones that need decisions (period,
 * currency, agency) as commented placeholders, where the four blocks go and which snippets write
 * them, then body sections with their guiding questions as comments. It passes the schema as is:
 * nothing is invented that the strategist did not decide.
 */
export function planDocument(method: Method, locale: Locale, options: PlanDocumentOptions = {}): string {
  const words = PLAN_WORDS[locale];
  const title = options.title ?? (options.client ? `${words.title} — ${options.client}` : words.title);
  const lines = ['---', 'socialplan: plan', `title: ${yamlScalar(title)}`];
  lines.push(options.client ? `client: ${yamlScalar(options.client)}` : `# client: ${words.client}`);
  lines.push(`# agency: ${words.agency}`);
  lines.push(`# period: { start: "${words.date}", end: "${words.date}" }   # ${words.period}`);
  lines.push(`locale: ${locale}`);
  // A custom method's steps live in the plan; a template only knows the presets by name.
  lines.push(isPresetName(method.id) ? `method: ${method.id}` : `# method: { steps: [...] }`);
  lines.push(`# currency: ${words.currency}`);
  lines.push('status: draft', 'version: "0.1"');
  if (options.charter) lines.push(`charter: ${yamlScalar(options.charter)}`);
  // bounded: the template's own lines
  lines.push('#', ...words.blocks.map((line) => `# ${line}`.trimEnd()), '---', '');
  lines.push(comment(words.intro), '');
  for (const [heading, question] of words.sections) lines.push(`## ${heading}`, '', comment(question), '');
  const steps = method.steps.map((step) => `${stepFileName(method, step.id, locale)} — ${step.title[locale]}`);
  lines.push(`<!--\n${words.steps}\n${steps.map((step) => `  ${step}`).join('\n')}\n-->`, '');
  return lines.join('\n');
}

export interface CharterDocumentOptions {
  title?: string;
  client?: string;
}

/**
 * The Markdown text of a new social media charter: its keys, the `legal` block as commented
 * guidance (the `charter-legal` rule reports it until it is written: a charter's legal limits
 * cannot be made up by a template), then the sections a charter covers, each with its question.
 */
export function charterDocument(locale: Locale, options: CharterDocumentOptions = {}): string {
  const words = CHARTER_WORDS[locale];
  const title = options.title ?? (options.client ? `${words.title} — ${options.client}` : words.title);
  const lines = [
    '---',
    'socialplan: charter',
    `title: ${yamlScalar(title)}`,
    `locale: ${locale}`,
    'status: draft',
    'version: "0.1"',
    '#',
  ];
  // bounded: the template's own lines
  lines.push(...words.legal.map((line) => `# ${line}`.trimEnd()), '---', '');
  lines.push(comment(words.intro), '');
  for (const [heading, question] of words.sections) lines.push(`## ${heading}`, '', comment(question), '');
  return lines.join('\n');
}

const PLAN_WORDS: Record<
  Locale,
  {
    title: string;
    client: string;
    agency: string;
    date: string;
    period: string;
    currency: string;
    blocks: string[];
    intro: string;
    sections: [string, string][];
    steps: string;
  }
> = {
  en: {
    title: 'Social media plan',
    client: 'the organisation the plan is written for',
    agency: 'the agency or consultant writing the plan',
    date: PLACEHOLDERS.date.en,
    period: 'the dates the plan covers',
    currency: 'CAD   # the ISO 4217 code every budget of the plan uses',
    blocks: [
      'Declare these blocks here or in the step document where they are decided; in brackets, the snippet for one item:',
      '  objectives:  what the presence is for, each with a KPI, a baseline, a target and a deadline  [sp-objective]',
      '  resources:   who does the work; mark the person answerable for the presence `dedicated: true`  [sp-resource]',
      '  budget:      currency, period, total and lines  [sp-budget-line]',
      '  platforms:   where the brand will be, and which objectives each platform serves  [sp-platform]',
    ],
    intro: 'The opening of the plan: a page the client reads first. The method’s steps follow, one document each.',
    sections: [
      ['Context', 'Who is the client, what do they offer, to whom, and what prompted this plan now?'],
      ['What the plan must achieve', 'Which business results should social media help with, in the client’s words?'],
      [
        'Scope and constraints',
        'What is in and out of the plan: markets, languages, platforms already running, deadlines, limits?',
      ],
      ['Summary of the recommendations', 'Once the steps are written: the few decisions the client must remember.'],
    ],
    steps: 'The method’s step documents, in order:',
  },
  fr: {
    title: 'Plan médias sociaux',
    client: 'l’organisation pour laquelle le plan est rédigé',
    agency: 'l’agence ou le consultant qui rédige le plan',
    date: PLACEHOLDERS.date.fr,
    period: 'les dates couvertes par le plan',
    currency: 'CAD   # le code ISO 4217 utilisé par tous les budgets du plan',
    blocks: [
      'Déclarez ces blocs ici ou dans le document de l’étape où ils sont décidés ; entre crochets, l’extrait pour un élément :',
      '  objectives : ce à quoi sert la présence, chacun avec un indicateur, un point de départ, une cible et une échéance  [sp-objectif]',
      '  resources :  qui fait le travail ; marquez `dedicated: true` la personne qui répond de la présence  [sp-ressource]',
      '  budget :     devise, période, total et lignes  [sp-ligne-budget]',
      '  platforms :  où la marque sera présente, et quels objectifs sert chaque plateforme  [sp-plateforme]',
    ],
    intro:
      'L’ouverture du plan : la page que le client lit en premier. Les étapes de la méthode suivent, un document chacune.',
    sections: [
      ['Contexte', 'Qui est le client, qu’offre-t-il, à qui, et qu’est-ce qui motive ce plan maintenant ?'],
      [
        'Ce que le plan doit produire',
        'À quels résultats d’affaires les réseaux doivent-ils contribuer, dans les mots du client ?',
      ],
      [
        'Périmètre et contraintes',
        'Qu’est-ce qui entre dans le plan ou en sort : marchés, langues, plateformes déjà actives, échéances, limites ?',
      ],
      [
        'Synthèse des recommandations',
        'Une fois les étapes rédigées : les quelques décisions que le client doit retenir.',
      ],
    ],
    steps: 'Les documents d’étape de la méthode, dans l’ordre :',
  },
};

const CHARTER_WORDS: Record<Locale, { title: string; legal: string[]; intro: string; sections: [string, string][] }> = {
  en: {
    title: 'Social media charter',
    legal: [
      'The legal limits (snippet: sp-legal). Until they are written, the charter-legal rule reports what is missing:',
      'legal:',
      '  jurisdictions: [CA-QC]                 # where the brand publishes and answers to the law',
      '  intellectual_property: which images, music and texts we may publish, and how we credit them',
      '  defamation: what we never say about a person, a competitor or a supplier',
      '  privacy:                               # the data-protection laws of those jurisdictions (GDPR in the EU)',
      '    regulations: [Quebec Law 25]',
      '    policy: what personal data never appears in public',
      '    officer: the resource id of the person in charge of personal information (Law 25; the privacy contact in the EU)',
      '    contact: where their title and contact details are published (a page of the website)',
      '  advertising_disclosure: how paid partnerships and gifts are marked, with the exact mentions the law asks ("#ad"; in France « Publicité »)',
      '  confidentiality: what is never published before it is official',
      `  moderation: { response_time_hours: 24, remove: [insults, spam], escalate_to: ${PLACEHOLDERS.someResourceId.en} }`,
      '  spokespersons: [the resource ids allowed to speak for the brand]',
      '  crisis:                                # the crisis procedure (crisis-plan rule)',
      '    levels: [{ name: Incident, alert: [a-resource-id], respond_within_hours: 4 }, { name: Crisis, alert: [a-resource-id], respond_within_hours: 1 }]',
      '    spokespersons: [who may speak during a crisis]',
      '    holding_statement: the first public message, ready in advance',
      '  account_security: { two_factor: true, access: [resource ids holding access], access_review: quarter, offboarding: how access is removed when someone leaves }',
      'And, at the top level: reviewed: YYYY-MM-DD and review_every: year (charter-review rule).',
    ],
    intro:
      'A charter tells everyone who writes for the brand, or about it, what they may say and how. Keep it short enough to be read.',
    sections: [
      [
        'Who this charter applies to',
        'Staff who post for the brand, agencies, employees on their own accounts: who must follow it?',
      ],
      ['Our voice', 'How does the brand sound: which tone, which words, what it never sounds like?'],
      [
        'Who may speak for the brand',
        'Who answers publicly in the brand’s name, on which subjects, and who approves what they post?',
      ],
      [
        'What we never publish',
        'Which subjects, images and information stay out of public view, whatever the occasion?',
      ],
      [
        'Employees on their own accounts',
        'What do we encourage staff to share, and what do we ask them to keep to themselves?',
      ],
      ['Moderation and replies', 'How fast do we answer, which messages do we remove, and how do we tell people why?'],
      ['When things go wrong', 'Who is alerted, within what time, and who decides what the brand says in a crisis?'],
    ],
  },
  fr: {
    title: 'Charte des médias sociaux',
    legal: [
      'Les limites juridiques (extrait : sp-juridique). Tant qu’elles ne sont pas rédigées, la règle charter-legal signale ce qui manque :',
      'legal:',
      '  jurisdictions: [CA-QC]                 # là où la marque publie et répond de la loi',
      '  intellectual_property: les images, musiques et textes que nous pouvons publier, et comment nous créditons',
      '  defamation: ce que nous ne disons jamais d’une personne, d’un concurrent ou d’un fournisseur',
      '  privacy:                               # les lois sur les données personnelles de ces juridictions (RGPD dans l’UE)',
      '    regulations: [Loi 25]',
      '    policy: les données personnelles qui ne paraissent jamais en public',
      '    officer: l’identifiant de la personne responsable des renseignements personnels (Loi 25 ; le contact vie privée dans l’UE)',
      '    contact: où son titre et ses coordonnées sont publiés (une page du site Web)',
      '  advertising_disclosure: comment les partenariats payés et les cadeaux sont signalés, avec les mentions exactes qu’exige la loi (« #pub », en France « Publicité »)',
      '  confidentiality: ce qui n’est jamais publié avant d’être officiel',
      `  moderation: { response_time_hours: 24, remove: [insultes, pourriel], escalate_to: ${PLACEHOLDERS.someResourceId.fr} }`,
      '  spokespersons: [les identifiants des ressources autorisées à parler au nom de la marque]',
      '  crisis:                                # la procédure de crise (règle crisis-plan)',
      '    levels: [{ name: Incident, alert: [id-d-une-ressource], respond_within_hours: 4 }, { name: Crise, alert: [id-d-une-ressource], respond_within_hours: 1 }]',
      '    spokespersons: [qui peut s’exprimer pendant une crise]',
      '    holding_statement: le premier message public, prêt d’avance',
      '  account_security: { two_factor: true, access: [ressources qui détiennent les accès], access_review: quarter, offboarding: comment les accès sont retirés au départ d’une personne }',
      'Et, au premier niveau : reviewed: AAAA-MM-JJ et review_every: year (règle charter-review).',
    ],
    intro:
      'Une charte dit à toute personne qui écrit pour la marque, ou à son sujet, ce qu’elle peut dire et comment. Gardez-la assez courte pour être lue.',
    sections: [
      [
        'À qui s’applique cette charte',
        'Personnel qui publie pour la marque, agences, employés sur leurs propres comptes : qui doit la suivre ?',
      ],
      ['Notre voix', 'Comment la marque s’exprime-t-elle : quel ton, quels mots, et ce qu’elle ne sera jamais ?'],
      [
        'Qui peut parler au nom de la marque',
        'Qui répond publiquement au nom de la marque, sur quels sujets, et qui approuve ce qui est publié ?',
      ],
      [
        'Ce que nous ne publions jamais',
        'Quels sujets, images et renseignements restent hors de la vue du public, quelle que soit l’occasion ?',
      ],
      [
        'Les employés sur leurs propres comptes',
        'Qu’encourageons-nous le personnel à partager, et que lui demandons-nous de garder pour lui ?',
      ],
      [
        'Modération et réponses',
        'En combien de temps répondons-nous, quels messages retirons-nous, et comment l’expliquons-nous ?',
      ],
      [
        'Quand les choses tournent mal',
        'Qui est alerté, dans quel délai, et qui décide de ce que dit la marque en situation de crise ?',
      ],
    ],
  },
};

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    // French punctuation after a space stays on its word's line.
    if (line && line.length + 1 + word.length > width && !/^[:;?!»]$/.test(word)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function comment(text: string): string {
  return `<!-- ${text.replace(/--/g, '—')} -->`;
}

const WORDS: Record<Locale, { owner: string; due: string; skipped: string }> = {
  en: {
    owner: 'the id of the resource who carries this step',
    due: `"${PLACEHOLDERS.date.en}", the day it must be done, inside the plan period`,
    skipped:
      '*This step is left out of the plan; `skip_reason` says why. The headings below are kept in case it is taken up again.*',
  },
  fr: {
    owner: 'l’identifiant de la ressource qui mène cette étape',
    due: `"${PLACEHOLDERS.date.fr}", le jour où elle doit être terminée, dans la période du plan`,
    skipped:
      '*Cette étape est écartée du plan ; `skip_reason` dit pourquoi. Les titres ci-dessous restent là au cas où elle serait reprise.*',
  },
};
