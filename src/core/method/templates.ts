import { isPresetName, type Method, type MethodStep } from './methods';
import type { Locale } from '../types';
import { yamlScalar } from '../document/yaml-edits';

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

/** One heading of a step document and the question its paragraph answers. */
interface Section {
  en: [heading: string, question: string];
  fr: [heading: string, question: string];
}

/** The placeholder reason written by the "create as skipped" fix: an instruction, not a reason. */
export const SKIP_REASON_PLACEHOLDER: Record<Locale, string> = {
  en: 'Explain why this plan can do without this step.',
  fr: 'Expliquez pourquoi ce plan peut se passer de cette étape.',
};

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

/** `04-distribution.md`: the step's position in the method, then its id. */
export function stepFileName(method: Method, stepId: string): string {
  const position = method.steps.findIndex((step) => step.id === stepId);
  const number = position === -1 ? method.steps.length + 1 : position + 1;
  return `${String(number).padStart(2, '0')}-${stepId}.md`;
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
  lines.push('#', ...words.blocks.map((line) => `# ${line}`.trimEnd()), '---', '');
  lines.push(comment(words.intro), '');
  for (const [heading, question] of words.sections) lines.push(`## ${heading}`, '', comment(question), '');
  const steps = method.steps.map((step) => `${stepFileName(method, step.id)} — ${step.title[locale]}`);
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
    date: 'YYYY-MM-DD',
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
    date: 'AAAA-MM-JJ',
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
      '  privacy: { regulations: [GDPR], policy: what personal data never appears in public }',
      '  advertising_disclosure: how paid partnerships and gifted products are marked',
      '  confidentiality: what is never published before it is official',
      '  moderation: { response_time_hours: 24, remove: [insults, spam], escalate_to: a-resource-id }',
      '  spokespersons: [the resource ids allowed to speak for the brand]',
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
      '  privacy: { regulations: [Loi 25], policy: les données personnelles qui ne paraissent jamais en public }',
      '  advertising_disclosure: comment les partenariats payés et les produits offerts sont signalés',
      '  confidentiality: ce qui n’est jamais publié avant d’être officiel',
      '  moderation: { response_time_hours: 24, remove: [insultes, pourriel], escalate_to: id-d-une-ressource }',
      '  spokespersons: [les identifiants des ressources autorisées à parler au nom de la marque]',
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
    due: '"YYYY-MM-DD", the day it must be done, inside the plan period',
    skipped:
      '*This step is left out of the plan; `skip_reason` says why. The headings below are kept in case it is taken up again.*',
  },
  fr: {
    owner: 'l’identifiant de la ressource qui mène cette étape',
    due: '"AAAA-MM-JJ", le jour où elle doit être terminée, dans la période du plan',
    skipped:
      '*Cette étape est écartée du plan ; `skip_reason` dit pourquoi. Les titres ci-dessous restent là au cas où elle serait reprise.*',
  },
};

function sectionsFor(method: Method, stepId: string): Section[] {
  return SECTIONS[`${method.id}/${stepId}`] ?? GENERIC_SECTIONS;
}

function section(en: string, enQuestion: string, fr: string, frQuestion: string): Section {
  return { en: [en, enQuestion], fr: [fr, frQuestion] };
}

/** For custom methods, whose steps come with no guidance of their own. */
const GENERIC_SECTIONS: Section[] = [
  section(
    'What we found',
    'What did this step reveal? Give figures and sources.',
    'Ce que nous avons constaté',
    'Qu’est-ce que cette étape a mis au jour ? Donnez des chiffres et leurs sources.',
  ),
  section(
    'What we decided',
    'What does the plan commit to, and why?',
    'Ce que nous avons décidé',
    'À quoi le plan s’engage-t-il, et pourquoi ?',
  ),
  section('Next actions', 'Who does what, by when?', 'Prochaines actions', 'Qui fait quoi, et pour quand ?'),
];

/** Sections of every preset step, keyed `method/step`. */
const SECTIONS: Record<string, Section[]> = {
  'three-pillars/content-offer': [
    section(
      'Who we are',
      'Does the site say who the organisation is and what makes it different?',
      'Qui nous sommes',
      'Le site dit-il qui est l’organisation et ce qui la distingue ?',
    ),
    section(
      'Calls to action',
      'On each key page, what is the visitor invited to do next, and is it obvious?',
      'Appels à l’action',
      'Sur chaque page importante, que propose-t-on au visiteur de faire ensuite, et est-ce évident ?',
    ),
    section(
      'The offer and how people choose',
      'Is the offer organised the way customers make their decision?',
      'L’offre et la façon de choisir',
      'L’offre est-elle organisée selon la façon dont les clients prennent leur décision ?',
    ),
    section(
      'Trust and visibility',
      'Which signals reassure visitors (labels, reviews, secure payment)? Is the site found in search results?',
      'Confiance et visibilité',
      'Quels signes rassurent le visiteur (labels, avis, paiement sécurisé) ? Le site ressort-il dans les moteurs de recherche ?',
    ),
    section(
      'Loyalty and measurement',
      'What brings visitors back? Which analytics and conversions are in place?',
      'Fidélisation et mesure',
      'Qu’est-ce qui fait revenir les visiteurs ? Quels outils de mesure et quelles conversions sont en place ?',
    ),
    section(
      'What must be fixed first',
      'Which gaps must be closed before social media sends anyone here?',
      'Ce qu’il faut corriger d’abord',
      'Quelles lacunes combler avant que les réseaux n’envoient qui que ce soit vers le site ?',
    ),
  ],
  'three-pillars/social-content': [
    section(
      'Formats we will produce',
      'Blog posts, photos, videos: which formats, how often, written by whom?',
      'Formats produits',
      'Billets, photos, vidéos : quels formats, à quel rythme, écrits par qui ?',
    ),
    section(
      'Voice and stories',
      'Which stories will we tell, and in whose voice?',
      'Voix et histoires',
      'Quelles histoires raconterons-nous, et avec quelle voix ?',
    ),
    section(
      'Links to the formal offer',
      'How does each piece lead back to a page of the site where value is captured?',
      'Liens vers l’offre formelle',
      'Comment chaque contenu renvoie-t-il vers une page du site où la valeur se concrétise ?',
    ),
    section(
      'Making content portable',
      'How can people share it: unique links, feeds, share buttons?',
      'Rendre les contenus portables',
      'Comment les gens peuvent-ils le partager : liens uniques, fils, boutons de partage ?',
    ),
  ],
  'three-pillars/social-strategy': [
    section(
      'Where we will be',
      'Which spaces, and why these ones for our objectives?',
      'Où nous serons présents',
      'Quels espaces, et pourquoi ceux-là pour nos objectifs ?',
    ),
    section(
      'Who speaks',
      'Who are the spokespersons, and what may each of them say?',
      'Qui prend la parole',
      'Qui sont les porte-parole, et que peut dire chacun ?',
    ),
    section(
      'Listening tools',
      'Which tools follow the conversations, and who reads them?',
      'Outils d’écoute',
      'Quels outils suivent les conversations, et qui les lit ?',
    ),
    section(
      'When we step in',
      'In which situations do we join a conversation, and when do we stay out?',
      'Quand nous intervenons',
      'Dans quelles situations prenons-nous part à une conversation, et quand restons-nous en retrait ?',
    ),
  ],
  'five-steps/listen': [
    section(
      'What we audited',
      'Which accounts, sites, reviews and periods did we look at, ours and our competitors’?',
      'Ce que nous avons audité',
      'Quels comptes, sites, avis et périodes avons-nous examinés, chez nous et chez les concurrents ?',
    ),
    section(
      'What people say',
      'Which subjects come up, in what tone, with which words?',
      'Ce que les gens disent',
      'Quels sujets reviennent, sur quel ton, avec quels mots ?',
    ),
    section(
      'Where the conversations happen',
      'On which platforms and in which communities does our audience talk?',
      'Où se tiennent les conversations',
      'Sur quelles plateformes et dans quelles communautés notre public discute-t-il ?',
    ),
    section(
      'Opportunities and obstacles',
      'What can we build on, and what could hold us back?',
      'Occasions et obstacles',
      'Sur quoi pouvons-nous nous appuyer, et qu’est-ce qui pourrait nous freiner ?',
    ),
  ],
  'five-steps/story': [
    section(
      'Our brand DNA',
      'What is the brand at heart, in a few sentences?',
      'L’ADN de la marque',
      'Qu’est la marque au fond, en quelques phrases ?',
    ),
    section(
      'The story we tell',
      'What will we tell on social media this period?',
      'L’histoire que nous racontons',
      'Que raconterons-nous sur les réseaux pendant cette période ?',
    ),
    section(
      'The experience and the value we offer',
      'Why would people be glad to find us in their feed?',
      'L’expérience et la valeur offertes',
      'Pourquoi les gens seraient-ils contents de nous trouver dans leur fil ?',
    ),
    section(
      'Is anyone listening?',
      'Is there an audience for this story? Where did we decide not to be, and why?',
      'Quelqu’un écoute-t-il ?',
      'Ce récit a-t-il un public ? Où avons-nous décidé de ne pas aller, et pourquoi ?',
    ),
  ],
  'five-steps/measure': [
    section(
      'From business goals to objectives',
      'Which business problems does the presence address, and which objectives follow?',
      'Des enjeux d’affaires aux objectifs',
      'À quels enjeux d’affaires la présence répond-elle, et quels objectifs en découlent ?',
    ),
    section(
      'Indicators, baselines and targets',
      'For each objective: what is measured, where we start, where we must be, by when?',
      'Indicateurs, points de départ et cibles',
      'Pour chaque objectif : que mesure-t-on, d’où part-on, où doit-on arriver, pour quand ?',
    ),
    section(
      'How the numbers are collected',
      'Which tools and tags make the results readable from day one?',
      'Comment les chiffres sont recueillis',
      'Quels outils et quels marqueurs rendent les résultats lisibles dès le premier jour ?',
    ),
    section(
      'Reporting rhythm',
      'Who reports what, to whom, how often?',
      'Rythme des bilans',
      'Qui rend compte de quoi, à qui, à quelle fréquence ?',
    ),
  ],
  'five-steps/platforms': [
    section(
      'Platforms and the objectives they serve',
      'Which platforms, and which objective does each one serve?',
      'Plateformes et objectifs servis',
      'Quelles plateformes, et quel objectif chacune sert-elle ?',
    ),
    section(
      'The ecosystem',
      'How do the platforms and our own spaces feed one another?',
      'L’écosystème',
      'Comment les plateformes et nos propres espaces se nourrissent-ils les uns les autres ?',
    ),
    section(
      'Activity guidelines',
      'How fast do we answer, what do we never post, how do we behave?',
      'Règles d’activité',
      'En combien de temps répondons-nous, que ne publions-nous jamais, comment nous conduisons-nous ?',
    ),
    section(
      'Editorial line',
      'Which themes, in which proportions, in what tone?',
      'Ligne éditoriale',
      'Quels thèmes, dans quelles proportions, sur quel ton ?',
    ),
    section(
      'Publishing calendar',
      'What is posted, where, and how often?',
      'Calendrier de publication',
      'Que publie-t-on, où, et à quel rythme ?',
    ),
  ],
  'five-steps/organize': [
    section(
      'The team',
      'Who does the groundwork, who runs the community day to day, how many hours?',
      'L’équipe',
      'Qui fait le travail préparatoire, qui anime la communauté au quotidien, combien d’heures ?',
    ),
    section(
      'The dedicated person',
      'Who is responsible for the presence, and are they an employee who knows the company?',
      'La personne dédiée',
      'Qui est responsable de la présence, et est-ce un employé qui connaît l’entreprise ?',
    ),
    section(
      'Links with other departments',
      'What does each department bring, and who answers which questions?',
      'Liens avec les autres services',
      'Qu’apporte chaque service, et qui répond à quelles questions ?',
    ),
    section(
      'Communication plan and CRM',
      'How does social media fit the communication calendar and the customer records?',
      'Plan de communication et relation client',
      'Comment les réseaux s’insèrent-ils dans le calendrier de communication et le suivi des clients ?',
    ),
  ],
  'six-phases/listen': [
    section(
      'Starting statistics',
      'What are today’s figures (visits, sources, reach, conversions) that progress will be measured against?',
      'Statistiques de départ',
      'Quels sont les chiffres d’aujourd’hui (visites, provenances, portée, conversions) qui serviront de référence ?',
    ),
    section(
      'Monitoring setup',
      'Which feeds, alerts and keywords follow the brand and its field?',
      'Dispositif de veille',
      'Quels fils, alertes et mots-clés suivent la marque et son domaine ?',
    ),
    section(
      'Who reads, and how often',
      'Who watches the feeds, and what happens to what they find?',
      'Qui lit, et à quelle fréquence',
      'Qui surveille la veille, et que devient ce qui y est repéré ?',
    ),
  ],
  'six-phases/profiles': [
    section(
      'Names we reserve',
      'Which handles do we secure, on which platforms, even those we will not run yet?',
      'Noms réservés',
      'Quels identifiants protégeons-nous, sur quelles plateformes, même celles que nous n’animerons pas tout de suite ?',
    ),
    section(
      'Profile content',
      'What does each profile say: description, links, images, contact details?',
      'Contenu des profils',
      'Que dit chaque profil : description, liens, images, coordonnées ?',
    ),
    section(
      'Consistency and access',
      'Is the brand the same everywhere? Who holds the access, with what security?',
      'Cohérence et accès',
      'La marque est-elle la même partout ? Qui détient les accès, avec quelle sécurité ?',
    ),
  ],
  'six-phases/content': [
    section(
      'Guiding principle',
      'What value do we bring, beyond talking about ourselves?',
      'Principe directeur',
      'Qu’apportons-nous, au-delà de parler de nous ?',
    ),
    section(
      'Editorial line',
      'Which themes and formats, in which proportions?',
      'Ligne éditoriale',
      'Quels thèmes et quels formats, dans quelles proportions ?',
    ),
    section(
      'Comments and replies',
      'How do we answer, in what tone, within what time?',
      'Commentaires et réponses',
      'Comment répondons-nous, sur quel ton, dans quels délais ?',
    ),
    section(
      'Sharing the line with the team',
      'How and when is the editorial line shared so everyone applies it?',
      'Partager la ligne avec l’équipe',
      'Comment et quand la ligne éditoriale est-elle partagée pour que chacun l’applique ?',
    ),
  ],
  'six-phases/distribution': [
    section(
      'One piece, several formats',
      'What does each piece of content become on each platform?',
      'Un contenu, plusieurs formats',
      'Que devient chaque contenu sur chaque plateforme ?',
    ),
    section(
      'Cross-promotion',
      'How do the platforms point to one another, and to where people can act?',
      'Promotion croisée',
      'Comment les plateformes renvoient-elles les unes aux autres, et vers le lieu où l’on peut agir ?',
    ),
    section(
      'Paid promotion',
      'Which content gets paid support, with what budget and targeting?',
      'Promotion payante',
      'Quels contenus reçoivent un soutien payant, avec quel budget et quel ciblage ?',
    ),
  ],
  'six-phases/community': [
    section(
      'Who the community is',
      'Who do we want to gather, and what do they expect from us?',
      'Qui forme la communauté',
      'Qui voulons-nous rassembler, et qu’attendent-ils de nous ?',
    ),
    section(
      'Taking part elsewhere',
      'Where do we contribute beyond our own accounts?',
      'Participer ailleurs',
      'Où contribuons-nous en dehors de nos propres comptes ?',
    ),
    section(
      'Occasions that bring people together',
      'Questions, contests, events in person: what do we plan, and when?',
      'Occasions de rassembler',
      'Questions, concours, rencontres en personne : que prévoyons-nous, et quand ?',
    ),
  ],
  'six-phases/measure': [
    section(
      'Objectives reached or missed',
      'For each business objective, where did we land against the target?',
      'Objectifs atteints ou manqués',
      'Pour chaque objectif d’affaires, où en sommes-nous par rapport à la cible ?',
    ),
    section(
      'What made people react',
      'Which content and which platforms worked best, and which least?',
      'Ce qui a fait réagir',
      'Quels contenus et quelles plateformes ont le mieux fonctionné, et lesquels le moins ?',
    ),
    section(
      'Adjustments',
      'What do we change, stop or do more of next period?',
      'Ajustements',
      'Que changeons-nous, arrêtons-nous ou renforçons-nous pour la période suivante ?',
    ),
  ],
  'five-questions/why': [
    section(
      'Our reason to be there',
      'Which business objective would social media serve?',
      'Notre raison d’y être',
      'Quel objectif d’affaires les réseaux serviraient-ils ?',
    ),
    section(
      'Go or no-go',
      'Is the reason strong enough to go ahead?',
      'On y va ou pas',
      'La raison est-elle assez solide pour se lancer ?',
    ),
  ],
  'five-questions/content-strategy': [
    section(
      'The wider content strategy',
      'Which content plan and communication plan does the presence belong to?',
      'La stratégie de contenu d’ensemble',
      'À quel plan de contenu et à quel plan de communication la présence se rattache-t-elle ?',
    ),
    section(
      'What we will have to say',
      'Beyond news about ourselves, what content will keep the brand alive?',
      'Ce que nous aurons à dire',
      'Au-delà de nos propres nouvelles, quels contenus feront vivre la marque ?',
    ),
  ],
  'five-questions/resource': [
    section(
      'Our champion',
      'Who is in charge, how many hours a week, and are they an employee?',
      'Notre champion',
      'Qui est responsable, combien d’heures par semaine, et est-ce un employé ?',
    ),
    section(
      'What an agency does, and does not',
      'If an agency helps, what stays in-house?',
      'Ce que fait l’agence, et ce qu’elle ne fait pas',
      'Si une agence aide, qu’est-ce qui reste à l’interne ?',
    ),
  ],
  'five-questions/budget': [
    section(
      'The budget',
      'How much per year, for what: time, advertising, tools, outside help?',
      'Le budget',
      'Combien par an, pour quoi : temps, publicité, outils, aide extérieure ?',
    ),
    section(
      'Does it match the ambition?',
      'Does it cover at least the time of the person in charge?',
      'Est-il à la hauteur ?',
      'Couvre-t-il au moins le temps de la personne responsable ?',
    ),
  ],
  'five-questions/website-roi': [
    section(
      'How the website performs',
      'Bounce rate, conversions, analytics: what do the numbers say?',
      'Ce que rapporte le site',
      'Taux de rebond, conversions, mesure d’audience : que disent les chiffres ?',
    ),
    section(
      'What to fix before sending traffic',
      'What must change on the site before social media sends more visitors?',
      'Ce qu’il faut corriger avant d’envoyer du trafic',
      'Que faut-il changer sur le site avant que les réseaux n’y envoient plus de visiteurs ?',
    ),
  ],
  'socialmedia-11/positioning': [
    section(
      'How the brand stands',
      'Friend and accomplice, or professional guarantor?',
      'La posture de la marque',
      'Amie complice, ou professionnelle qui se porte garante ?',
    ),
    section(
      'What follows from it',
      'Which tone, content and influence strategy does this choice imply?',
      'Ce qui en découle',
      'Quel ton, quels contenus et quelle stratégie d’influence ce choix implique-t-il ?',
    ),
  ],
  'socialmedia-11/objectives': [
    section(
      'The objective',
      'Loyalty, reputation, co-creation, acquisition: which one, how measured?',
      'L’objectif',
      'Fidélisation, réputation, co-création, acquisition : lequel, mesuré comment ?',
    ),
    section(
      'The investment it justifies',
      'How much time, how many people, what budget for what return?',
      'L’investissement qu’il justifie',
      'Combien de temps, combien de personnes, quel budget pour quel retour ?',
    ),
  ],
  'socialmedia-11/traffic': [
    section(
      'Where we send people',
      'Which pages, shops or offers should social media lead to?',
      'Où nous envoyons les gens',
      'Vers quelles pages, boutiques ou offres les réseaux doivent-ils mener ?',
    ),
    section(
      'The journeys',
      'Which links and calls to action turn attention into visits and sales?',
      'Les parcours',
      'Quels liens et appels à l’action transforment l’attention en visites et en ventes ?',
    ),
  ],
  'socialmedia-11/real-life-relay': [
    section(
      'Moments worth relaying',
      'Which events, places and experiences will people want to share?',
      'Les moments à relayer',
      'Quels événements, lieux et expériences les gens voudront-ils partager ?',
    ),
    section(
      'How we relay them',
      'How do we invite and pass on what customers post on the spot?',
      'Comment nous les relayons',
      'Comment invitons-nous et reprenons-nous ce que les clients publient sur place ?',
    ),
  ],
  'socialmedia-11/content': [
    section(
      'Useful content',
      'What information, advice or entertainment will we give, rather than sales pitches?',
      'Des contenus utiles',
      'Quelles informations, quels conseils ou divertissements donnerons-nous, plutôt que des arguments de vente ?',
    ),
    section(
      'Feeding the relays',
      'Who outside the company will pass our content on, and what do they need?',
      'Alimenter les relais',
      'Qui, hors de l’entreprise, relaiera nos contenus, et de quoi a-t-il besoin ?',
    ),
  ],
  'socialmedia-11/legal-charter': [
    section(
      'Legal limits',
      'Intellectual property, defamation, privacy, disclosure: what may we not say or show?',
      'Limites légales',
      'Propriété intellectuelle, diffamation, vie privée, mention des partenariats : que ne pouvons-nous pas dire ni montrer ?',
    ),
    section(
      'Our charter',
      'Where is the charter, who may speak, and who approved it?',
      'Notre charte',
      'Où est la charte, qui peut parler, et qui l’a approuvée ?',
    ),
  ],
  'socialmedia-11/measurement': [
    section(
      'What we read',
      'Sources of traffic, visitors, pages read, engagement: which figures, from which tools?',
      'Ce que nous lisons',
      'Provenance du trafic, visiteurs, pages lues, engagement : quels chiffres, tirés de quels outils ?',
    ),
    section(
      'What we do with it',
      'Who reviews the figures, how often, and what decisions do they drive?',
      'Ce que nous en faisons',
      'Qui examine les chiffres, à quelle fréquence, et quelles décisions en découlent ?',
    ),
  ],
  'socialmedia-11/listening': [
    section(
      'Where we listen',
      'Which kinds of networks and communities do we follow?',
      'Où nous écoutons',
      'Quels types de réseaux et de communautés suivons-nous ?',
    ),
    section(
      'What we learn',
      'What have we learned about the audience, and how does it change the plan?',
      'Ce que nous apprenons',
      'Qu’avons-nous appris du public, et qu’est-ce que cela change au plan ?',
    ),
  ],
  'socialmedia-11/dialogue': [
    section(
      'Joining the conversation',
      'Where and how does the brand talk with people?',
      'Prendre part à la conversation',
      'Où et comment la marque parle-t-elle avec les gens ?',
    ),
    section(
      'Who answers',
      'Who takes part, with what response time?',
      'Qui répond',
      'Qui y prend part, dans quels délais ?',
    ),
  ],
  'socialmedia-11/many-voices': [
    section(
      'Employees who speak',
      'Who in the company already talks about it online, and where?',
      'Les employés qui s’expriment',
      'Qui, dans l’entreprise, en parle déjà en ligne, et où ?',
    ),
    section(
      'Encouraging and framing',
      'What do we offer them (training, content, rules) and what do we ask of them?',
      'Encourager et encadrer',
      'Que leur offrons-nous (formation, contenus, règles) et que leur demandons-nous ?',
    ),
  ],
  'socialmedia-11/community': [
    section(
      'Our community',
      'Who is it, what does it expect, how close does it feel to the brand?',
      'Notre communauté',
      'Qui la forme, qu’attend-elle, à quel point se sent-elle proche de la marque ?',
    ),
    section(
      'A lasting investment',
      'What regular effort do we commit to, and over how long?',
      'Un investissement durable',
      'Quel effort régulier nous engageons-nous à fournir, et sur quelle durée ?',
    ),
  ],
};
