import { schemaInfo } from '../../src/core/language/schema-info';
import { METHOD_PRESETS, PRESET_NAMES, type Method, type PresetName } from '../../src/core/method/methods';
import { bundledSchemas } from '../../src/core/schema/validator';
import { stepDocument } from '../../src/core/method/templates';
import { PLACEHOLDERS } from '../../src/core/method/placeholders';
import type { Locale } from '../../src/core/types';
import type { DataPath } from '../../src/core/document/yaml-location';

/**
 * The editor's snippets, generated from the methods, the step templates and the schemas, so they
 * can never say something else than `socialplan init` writes or the linter checks.
 * `scripts/generate/gen-snippets.ts` writes them to `snippets/socialplan.<locale>.json`; a test checks
 * that the committed files are what this module generates.
 */

/** One entry of a VS Code snippets file. */
export interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

export type SnippetFile = Record<string, Snippet>;

/** Short names of the methods in prefixes: `sp-six-listen`. */
const METHOD_SHORT: Record<Locale, Record<PresetName, string>> = {
  en: {
    'three-pillars': 'pillars',
    'five-steps': 'five',
    'six-phases': 'six',
    'five-questions': 'questions',
    'socialmedia-11': 'sm11',
  },
  fr: {
    'three-pillars': 'piliers',
    'five-steps': 'cinq',
    'six-phases': 'six',
    'five-questions': 'questions',
    'socialmedia-11': 'sm11',
  },
};

/**
 * French names of the steps in prefixes (`sp-ecoute`), chosen so that no French prefix equals an
 * English one: both files are active at once.
 */
/** Snippet prefixes of the steps whose id is not a word of the language; the id otherwise. */
const STEP_SLUGS: Record<Locale, Record<string, string>> = {
  en: {},
  fr: {
    'three-pillars/content-offer': 'offre-contenu',
    'three-pillars/social-content': 'contenu-social',
    'three-pillars/social-strategy': 'strategie-sociale',
    'five-steps/listen': 'ecouter',
    'five-steps/story': 'histoire',
    'five-steps/measure': 'mesurer',
    'five-steps/platforms': 'supports',
    'five-steps/organize': 'organiser',
    'six-phases/listen': 'ecoute',
    'six-phases/profiles': 'profils',
    'six-phases/content': 'contenus',
    'six-phases/distribution': 'diffusion',
    'six-phases/community': 'communaute',
    'six-phases/measure': 'mesure',
    'five-questions/why': 'pourquoi',
    'five-questions/content-strategy': 'strategie-contenu',
    'five-questions/resource': 'quelle-ressource',
    'five-questions/budget': 'quel-budget',
    'five-questions/website-roi': 'site-rentable',
    'socialmedia-11/positioning': 'positionnement',
    'socialmedia-11/objectives': 'objectifs',
    'socialmedia-11/traffic': 'trafic',
    'socialmedia-11/real-life-relay': 'relais-vie-reelle',
    'socialmedia-11/content': 'contenu',
    'socialmedia-11/legal-charter': 'limites-charte',
    'socialmedia-11/measurement': 'mesure-trafic',
    'socialmedia-11/listening': 'veille',
    'socialmedia-11/dialogue': 'conversation',
    'socialmedia-11/many-voices': 'voix-employes',
    'socialmedia-11/community': 'communaute',
  },
};

const WORDS: Record<
  Locale,
  {
    step: (method: string, position: number, title: string) => string;
    stepDescription: (method: string, title: string) => string;
  }
> = {
  en: {
    step: (method, position, title) => `SocialPlan · ${method} · ${position}. ${title}`,
    stepDescription: (method, title) =>
      `A step document of the ${method} method: ${title}, with its guide and the sections to fill in.`,
  },
  fr: {
    step: (method, position, title) => `SocialPlan · ${method} · ${position}. ${title}`,
    stepDescription: (method, title) =>
      `Un document d’étape de la méthode ${method} : ${title}, avec son guide et les sections à remplir.`,
  },
};

/** Every snippet in `locale`: one per step of every method, then the frontmatter blocks. */
export function generateSnippets(locale: Locale): SnippetFile {
  const snippets: SnippetFile = {};
  for (const name of PRESET_NAMES) {
    const method = METHOD_PRESETS[name];
    method.steps.forEach((step, index) => {
      snippets[WORDS[locale].step(method.title[locale], index + 1, step.title[locale])] = {
        prefix: stepSnippetPrefixes(name, step.id, locale),
        description: WORDS[locale].stepDescription(method.title[locale], step.title[locale]),
        body: stepBody(method, step.id, locale),
      };
    });
  }
  for (const block of blockSnippets(locale))
    snippets[block.name] = { prefix: [block.prefix], description: block.description, body: block.body };
  return snippets;
}

/** The snippets file's text, as committed. */
export function snippetFileText(locale: Locale): string {
  return `${JSON.stringify(generateSnippets(locale), null, 2)}\n`;
}

/** The prefixes of a preset step's snippet in `locale`: `sp-six-profiles`, and `sp-profiles` when that is free. */
export function stepSnippetPrefixes(name: PresetName, stepId: string, locale: Locale): string[] {
  const slug = stepSlug(METHOD_PRESETS[name], stepId, locale);
  const prefixes = [`sp-${METHOD_SHORT[locale][name]}-${slug}`];
  if (bareStepPrefixes(locale).has(slug)) prefixes.push(`sp-${slug}`);
  return prefixes;
}

function stepSlug(method: Method, stepId: string, locale: Locale): string {
  return STEP_SLUGS[locale][`${method.id}/${stepId}`] ?? stepId;
}

/**
 * Step names that only one method uses get a short prefix too (`sp-profiles`), unless it is
 * taken by a block snippet in either language (`sp-resource` is the resource block, so the
 * five-questions step is `sp-questions-resource` only).
 */
function bareStepPrefixes(locale: Locale): Set<string> {
  const counts = new Map<string, number>();
  for (const name of PRESET_NAMES) {
    for (const step of METHOD_PRESETS[name].steps) {
      const slug = stepSlug(METHOD_PRESETS[name], step.id, locale);
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
  }
  const blocks = new Set(
    (['en', 'fr'] as const).flatMap((language) =>
      Object.values(BLOCK_TEXT[language])
        .filter(Array.isArray)
        .map((entry) => entry[1]),
    ),
  );
  return new Set([...counts].filter(([slug, count]) => count === 1 && !blocks.has(`sp-${slug}`)).map(([slug]) => slug));
}

/**
 * A step document as a snippet: the template of `socialplan init`, with tab stops on the title,
 * a choice of status, and an empty line under each section's guiding question.
 */
function stepBody(method: Method, stepId: string, locale: Locale): string[] {
  const lines = stepDocument(method, stepId, locale, { status: 'todo' }).split('\n');
  const statuses = enumAt('step', ['status']);
  let stop = 1;
  const body: string[] = [];
  let inFrontmatter = true;
  lines.forEach((line, index) => {
    if (index > 0 && line === '---') inFrontmatter = false;
    if (inFrontmatter && line.startsWith('title: '))
      body.push(`title: \${${stop++}:${escapeSnippetText(line.slice('title: '.length))}}`);
    else if (inFrontmatter && line.startsWith('status: ')) body.push(`status: \${${stop++}|${statuses.join(',')}|}`);
    else if (
      !inFrontmatter &&
      line === '' &&
      /^<!-- .* -->$/.test(lines[index - 1] ?? '') &&
      lines[index - 3]?.startsWith('## ')
    )
      body.push(`$${stop++}`, '');
    else body.push(escapeSnippetText(line));
  });
  while (body.at(-1) === '') body.pop();
  return body;
}

/** The values a bundled schema allows at `path` of a document kind. */
function enumAt(kind: 'plan' | 'step' | 'charter' | 'calendar', path: DataPath): string[] {
  const schemas = bundledSchemas();
  const nodes = schemas.navigator.at(schemas.forKind(kind).root, path);
  return schemaInfo(nodes).enumValues.map((item) => String(item.value));
}

interface BlockSnippet {
  name: string;
  prefix: string;
  description: string;
  body: string[];
}

/** Items of the frontmatter blocks, and a charter's whole `legal` block. */
function blockSnippets(locale: Locale): BlockSnippet[] {
  const goals = choice(enumAt('plan', ['objectives', 0, 'goal']));
  const roles = choice(enumAt('plan', ['resources', 0, 'role']));
  const categories = choice(enumAt('plan', ['budget', 'lines', 0, 'category']));
  const per = choice(enumAt('plan', ['platforms', 0, 'frequency', 'per']));
  const formats = choice(enumAt('calendar', ['posts', 0, 'format']));
  const statuses = choice(enumAt('calendar', ['posts', 0, 'status']));
  const t = BLOCK_TEXT[locale];
  return [
    {
      name: t.objective[0],
      prefix: t.objective[1],
      description: t.objective[2],
      body: [
        `- id: \${1:${t.objectiveId}}`,
        `  goal: \${2${goals}}`,
        `  statement: \${3:${t.statement}}`,
        '  kpi:',
        `    metric: \${4:${t.metric}}`,
        '    baseline: ${5:0}',
        '    target: ${6:0}',
        `    unit: \${7:${t.unit}}`,
        `    source: \${8:${t.source}}`,
        `  deadline: "\${9:${t.date}}"`,
        `  owner: \${10:${t.resourceId}}`,
        '$0',
      ],
    },
    {
      name: t.resource[0],
      prefix: t.resource[1],
      description: t.resource[2],
      body: [
        `- id: \${1:${t.resourceId}}`,
        `  name: \${2:${t.fullName}}`,
        `  role: \${3${roles}}`,
        '  internal: ${4|true,false|}',
        '  dedicated: ${5|true,false|}',
        '  hours_per_week: ${6:10}',
        '$0',
      ],
    },
    {
      name: t.budgetLine[0],
      prefix: t.budgetLine[1],
      description: t.budgetLine[2],
      body: [`- label: \${1:${t.label}}`, `  category: \${2${categories}}`, '  amount: ${3:0}', `  # ${t.links}`, '$0'],
    },
    {
      name: t.platform[0],
      prefix: t.platform[1],
      description: t.platform[2],
      body: [
        `- id: \${1:${t.platformId}}`,
        '  name: ${2:Instagram}',
        '  handle: "${3:@handle}"',
        '  secured: ${4|false,true|}',
        `  objectives: [\${5:${t.objectiveId}}]`,
        `  frequency: { posts: \${6:3}, per: \${7${per}} }`,
        `  audience: \${8:${t.audience}}`,
        '$0',
      ],
    },
    {
      name: t.result[0],
      prefix: t.result[1],
      description: t.result[2],
      body: [
        `- objective: \${1:${t.objectiveId}}`,
        `  date: "\${2:${t.date}}"`,
        '  value: ${3:0}',
        `  source: \${4:${t.source}}`,
        `  note: \${5:${t.resultNote}}`,
        '$0',
      ],
    },
    {
      name: t.post[0],
      prefix: t.post[1],
      description: t.post[2],
      body: [
        `- date: "\${1:${t.date}}"`,
        '  time: "${2:09:30}"',
        `  platform: \${3:${t.platformId}}`,
        `  format: \${4${formats}}`,
        `  pillar: \${5:${t.pillarId}}`,
        `  objective: \${6:${t.objectiveId}}`,
        `  owner: \${7:${t.resourceId}}`,
        `  status: \${8${statuses}}`,
        `  copy: \${9:${t.postCopy}}`,
        '  media:',
        `    - { path: \${10:media/image.jpg}, alt: "\${11:${t.postAlt}}" }`,
        '$0',
      ],
    },
    {
      name: t.legal[0],
      prefix: t.legal[1],
      description: t.legal[2],
      body: [
        'legal:',
        `  jurisdictions: [\${1:${t.jurisdiction}}]`,
        `  intellectual_property: \${2:${t.ip}}`,
        `  defamation: \${3:${t.defamation}}`,
        '  privacy:',
        `    regulations: [\${4:${t.regulation}}]`,
        `    policy: \${5:${t.privacy}}`,
        `    officer: \${6:${t.resourceId}}`,
        `    contact: \${7:${t.privacyContact}}`,
        '  advertising_disclosure:',
        `    policy: \${8:${t.disclosure}}`,
        `    mentions: [\${9:${t.mentions}}]`,
        `  confidentiality: \${10:${t.confidentiality}}`,
        '  moderation:',
        '    response_time_hours: ${11:24}',
        `    remove: [\${12:${t.remove}}]`,
        `    escalate_to: \${13:${t.resourceId}}`,
        `  spokespersons: [\${14:${t.resourceId}}]`,
        '  crisis:',
        '    levels:',
        `      - { name: Incident, alert: [\${15:${t.resourceId}}], respond_within_hours: \${16:4} }`,
        `      - { name: \${17:${t.crisisLevel}}, alert: [\${18:${t.resourceId}}], respond_within_hours: \${19:1} }`,
        `    spokespersons: [\${20:${t.resourceId}}]`,
        `    holding_statement: \${21:${t.holdingStatement}}`,
        '  account_security:',
        '    two_factor: ${22|true,false|}',
        `    access: [\${23:${t.resourceId}}]`,
        '    access_review: ${24|quarter,month,half-year,year|}',
        `    offboarding: \${25:${t.offboarding}}`,
        '$0',
      ],
    },
  ];
}

/** `|a,b,c|`: a snippet choice. */
function choice(values: string[]): string {
  return `|${values.map((value) => value.replace(/[$}\\,|]/g, (char) => `\\${char}`)).join(',')}|`;
}

/** Text taken as is in a snippet body: `$`, `}` and `\` would otherwise be read as syntax. */
function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

type Entry = [name: string, prefix: string, description: string];

const BLOCK_TEXT: Record<
  Locale,
  Record<'objective' | 'resource' | 'budgetLine' | 'platform' | 'result' | 'post' | 'legal', Entry> &
    Record<
      | 'objectiveId'
      | 'statement'
      | 'metric'
      | 'unit'
      | 'source'
      | 'date'
      | 'resourceId'
      | 'fullName'
      | 'label'
      | 'links'
      | 'platformId'
      | 'audience'
      | 'jurisdiction'
      | 'ip'
      | 'defamation'
      | 'regulation'
      | 'privacy'
      | 'disclosure'
      | 'mentions'
      | 'privacyContact'
      | 'confidentiality'
      | 'crisisLevel'
      | 'holdingStatement'
      | 'offboarding'
      | 'remove'
      | 'resultNote'
      | 'pillarId'
      | 'postCopy'
      | 'postAlt',
      string
    >
> = {
  en: {
    objective: [
      'SocialPlan · objective',
      'sp-objective',
      'One measurable objective, an item of `objectives:` — goal, statement, KPI with baseline and target, deadline, owner.',
    ],
    resource: [
      'SocialPlan · resource',
      'sp-resource',
      'One person or team, an item of `resources:` — role, internal or not, dedicated or not, hours per week.',
    ],
    budgetLine: [
      'SocialPlan · budget line',
      'sp-budget-line',
      'One line of a budget, an item of `budget.lines:` — label, category, amount.',
    ],
    platform: [
      'SocialPlan · platform',
      'sp-platform',
      'One platform, an item of `platforms:` — handle, objectives served, posting frequency, audience.',
    ],
    result: [
      'SocialPlan · result',
      'sp-result',
      'One dated reading of an objective’s KPI, an item of `results:` — objective, date (the end of the period measured), value, source, note.',
    ],
    post: [
      'SocialPlan · post',
      'sp-post',
      'One post of an editorial calendar, an item of `posts:` — date, time, platform, format, pillar, objective, owner, status, copy, media with alternative text.',
    ],
    pillarId: 'pillar-id',
    postCopy: 'the text as it will be published',
    postAlt: 'what the image shows, in a sentence',
    legal: [
      'SocialPlan · legal limits of a charter',
      'sp-legal',
      'The `legal` block of a charter: intellectual property, defamation, privacy and its officer, advertising disclosure and its mentions, moderation, spokespersons.',
    ],
    objectiveId: PLACEHOLDERS.objectiveId.en,
    statement: PLACEHOLDERS.statement.en,
    metric: PLACEHOLDERS.metric.en,
    unit: 'people',
    source: PLACEHOLDERS.source.en,
    date: PLACEHOLDERS.date.en,
    resourceId: PLACEHOLDERS.resourceId.en,
    fullName: PLACEHOLDERS.fullName.en,
    label: PLACEHOLDERS.budgetLabel.en,
    links: 'optional links, checked by the linter: resource, platform, objective (ids)',
    platformId: PLACEHOLDERS.platformId.en,
    audience: PLACEHOLDERS.audience.en,
    jurisdiction: 'CA-QC',
    ip: 'Only images, music and texts we own or have licensed; every creator is credited.',
    defamation: 'No statement about a person or a competitor that we cannot prove.',
    regulation: 'Quebec Law 25',
    privacy: 'No customer or employee data is ever published.',
    disclosure: 'Paid partnerships and gifted products are marked as such, at the start of the post.',
    mentions: '"#ad", "Paid partnership"',
    privacyContact: PLACEHOLDERS.privacyContact.en,
    confidentiality: 'No product, price or date before it is announced.',
    crisisLevel: 'Crisis',
    holdingStatement: 'We know about the problem and are looking into it; an update follows here within two hours.',
    offboarding: 'Access is removed and shared passwords changed the day someone leaves.',
    remove: 'insults, personal data, spam',
    resultNote: 'What explains the figure',
  },
  fr: {
    objective: [
      'SocialPlan · objectif',
      'sp-objectif',
      'Un objectif mesurable, élément de `objectives:` — finalité, énoncé, indicateur avec point de départ et cible, échéance, responsable.',
    ],
    resource: [
      'SocialPlan · ressource',
      'sp-ressource',
      'Une personne ou une équipe, élément de `resources:` — rôle, interne ou non, dédiée ou non, heures par semaine.',
    ],
    budgetLine: [
      'SocialPlan · ligne budgétaire',
      'sp-ligne-budget',
      'Une ligne de budget, élément de `budget.lines:` — libellé, catégorie, montant.',
    ],
    platform: [
      'SocialPlan · plateforme',
      'sp-plateforme',
      'Une plateforme, élément de `platforms:` — identifiant, objectifs servis, fréquence de publication, public.',
    ],
    result: [
      'SocialPlan · résultat',
      'sp-resultat',
      'Un relevé daté de l’indicateur d’un objectif, élément de `results:` — objectif, date (la fin de la période mesurée), valeur, source, note.',
    ],
    post: [
      'SocialPlan · publication',
      'sp-publication',
      'Une publication d’un calendrier éditorial, élément de `posts:` — date, heure, plateforme, format, pilier, objectif, responsable, statut, texte, médias avec leur texte alternatif.',
    ],
    pillarId: 'id-pilier',
    postCopy: 'le texte tel qu’il sera publié',
    postAlt: 'ce que montre l’image, en une phrase',
    legal: [
      'SocialPlan · limites juridiques d’une charte',
      'sp-juridique',
      'Le bloc `legal` d’une charte : propriété intellectuelle, diffamation, vie privée et son responsable, transparence publicitaire et ses mentions, modération, porte-parole.',
    ],
    objectiveId: PLACEHOLDERS.objectiveId.fr,
    statement: PLACEHOLDERS.statement.fr,
    metric: PLACEHOLDERS.metric.fr,
    unit: 'personnes',
    source: PLACEHOLDERS.source.fr,
    date: PLACEHOLDERS.date.fr,
    resourceId: PLACEHOLDERS.resourceId.fr,
    fullName: PLACEHOLDERS.fullName.fr,
    label: PLACEHOLDERS.budgetLabel.fr,
    links: 'liens facultatifs, vérifiés : resource, platform, objective (identifiants)',
    platformId: PLACEHOLDERS.platformId.fr,
    audience: PLACEHOLDERS.audience.fr,
    jurisdiction: 'CA-QC',
    ip: 'Seulement des images, musiques et textes qui nous appartiennent ou dont nous avons la licence ; chaque créateur est crédité.',
    defamation: 'Aucune affirmation sur une personne ou un concurrent que nous ne pourrions prouver.',
    regulation: 'Loi 25',
    privacy: 'Aucune donnée de client ou d’employé n’est jamais publiée.',
    disclosure: 'Les partenariats payés et les produits offerts sont signalés comme tels, au début de la publication.',
    mentions: '"Publicité", "#pub"',
    privacyContact: PLACEHOLDERS.privacyContact.fr,
    confidentiality: 'Aucun produit, prix ni date avant son annonce.',
    crisisLevel: 'Crise',
    holdingStatement:
      'Nous sommes au courant du problème et nous le vérifions ; des nouvelles suivront ici d’ici deux heures.',
    offboarding: 'Les accès sont retirés et les mots de passe partagés changés le jour du départ d’une personne.',
    remove: 'insultes, données personnelles, pourriel',
    resultNote: 'Ce qui explique le chiffre',
  },
};
