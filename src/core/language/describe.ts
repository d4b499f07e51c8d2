import { stringify } from 'yaml';
import type { DocumentKind } from '../document/document';
import { isRecord } from '../util/guards';
import { METHOD_PRESETS, isPresetName, type Method, type MethodStep } from '../method/methods';
import { TYPOGRAPHY } from '../i18n/localized';
import { plural } from '../i18n/plural';
import type { IdKind, Site } from '../workspace/plan-index';
import type { Locale, Localized } from '../types';
import type { Analysis } from './analysis';
import { displayPath } from './analysis';
import { typeLabel, type SchemaInfo } from './schema-info';

/**
 * Markdown texts shared by hover and completion: what a key means, what an id refers to, what a
 * method step asks for. Everything exists in English and French; the request's locale picks one.
 */

interface Words {
  expects: string;
  required: string;
  allowed: string;
  example: string;
  definedIn: string;
  definedTwice: (count: number) => string;
  usedBy: (count: number) => string;
  notDefined: (kind: string, id: string) => string;
  didYouMean: (id: string) => string;
  kinds: Record<IdKind, string>;
  pillarShare: (share: number) => string;
  kpi: string;
  by: string;
  source: string;
  owner: string;
  role: string;
  internal: string;
  external: string;
  dedicated: string;
  hoursPerWeek: (hours: number) => string;
  handleSecured: string;
  handleNotSecured: string;
  serves: string;
  frequency: (posts: unknown, per: unknown) => string;
  stepOf: (position: number, count: number, method: string) => string;
  requires: string;
  anyOrder: string;
  inOrder: string;
  notAStep: (id: string, method: string) => string;
  customMethod: string;
  documentKind: string;
  documentKindDescription: string;
  kindsOfDocument: Record<DocumentKind, string>;
}

const WORDS: Record<Locale, Words> = {
  en: {
    expects: 'Expects:',
    required: 'Required',
    allowed: 'Allowed values:',
    example: 'Example:',
    definedIn: 'Defined in',
    definedTwice: (count) => `Defined ${count} times in the plan: ids must be unique.`,
    usedBy: (count) =>
      count === 0
        ? 'Not referred to anywhere in the plan yet.'
        : `Referred to ${plural(count, { one: '{count} time', other: '{count} times' }, 'en')} in the plan.`,
    notDefined: (kind, id) => `No ${kind} \`${id}\` is defined in this plan.`,
    didYouMean: (id) => `Did you mean \`${id}\`?`,
    kinds: { objective: 'objective', resource: 'resource', platform: 'platform', pillar: 'pillar' },
    pillarShare: (share) => `Target share of the posts: ${share}%`,
    kpi: 'KPI:',
    by: 'by',
    source: 'source',
    owner: 'Owner:',
    role: 'Role:',
    internal: 'internal (the client’s own staff)',
    external: 'external (agency or freelance)',
    dedicated: 'dedicated to the presence',
    hoursPerWeek: (hours) => `${hours} h/week`,
    handleSecured: 'handle reserved',
    handleNotSecured: 'handle not reserved yet',
    serves: 'Serves:',
    frequency: (posts, per) =>
      `${String(posts)} ${plural(Number(posts), { one: 'post', other: 'posts' }, 'en')} per ${String(per)}`,
    stepOf: (position, count, method) => `step ${position} of ${count} of the *${method}* method`,
    requires: 'Requires, done first:',
    anyOrder: 'Steps, in any order:',
    inOrder: 'Steps, in order:',
    notAStep: (id, method) => `\`${id}\` is not a step of the plan’s method (*${method}*).`,
    customMethod: 'Custom method',
    documentKind: 'Document kind',
    documentKindDescription:
      'Makes this Markdown file a SocialPlan document, and says which kind. Files without this key are left alone.',
    kindsOfDocument: {
      plan: 'The root of one plan: client, period, method, currency, approvals. One per plan folder.',
      step: 'One step of the plan’s method (`step: listen`); the body holds what was found, decided and planned.',
      charter: 'The social media charter: voice, who may speak, legal limits, moderation.',
      annex: 'Anything else to append to the assembled plan.',
      results:
        'What was measured: dated readings of the objectives’ KPIs (`results:`); the body holds the analysis and the adjustments.',
      calendar:
        'An editorial calendar: the posts of a quarter or a campaign (`posts:`), checked against the plan, the charter and the law.',
    },
  },
  fr: {
    expects: 'Attend :',
    required: 'Obligatoire',
    allowed: 'Valeurs permises :',
    example: 'Exemple :',
    definedIn: 'Défini dans',
    definedTwice: (count) => `Défini ${count} fois dans le plan : les identifiants doivent être uniques.`,
    usedBy: (count) => (count === 0 ? 'Encore cité nulle part dans le plan.' : `Cité ${count} fois dans le plan.`),
    notDefined: (kind, id) => `Aucun·e ${kind} \`${id}\` n’est défini·e dans ce plan.`,
    didYouMean: (id) => `Vouliez-vous dire \`${id}\` ?`,
    kinds: { objective: 'objectif', resource: 'ressource', platform: 'plateforme', pillar: 'pilier' },
    pillarShare: (share) => `Part visée des publications : ${share} %`,
    kpi: 'Indicateur :',
    by: 'd’ici le',
    source: 'source',
    owner: 'Responsable :',
    role: 'Rôle :',
    internal: 'interne (personnel du client)',
    external: 'externe (agence ou pigiste)',
    dedicated: 'dédiée à la présence',
    hoursPerWeek: (hours) => `${hours} h/semaine`,
    handleSecured: 'identifiant réservé',
    handleNotSecured: 'identifiant pas encore réservé',
    serves: 'Sert :',
    frequency: (posts, per) =>
      `${String(posts)} ${plural(Number(posts), { one: 'publication', other: 'publications' }, 'fr')} par ${perFr(per)}`,
    stepOf: (position, count, method) => `étape ${position} sur ${count} de la méthode *${method}*`,
    requires: 'Exige, terminées avant :',
    anyOrder: 'Étapes, dans n’importe quel ordre :',
    inOrder: 'Étapes, dans l’ordre :',
    notAStep: (id, method) => `\`${id}\` n’est pas une étape de la méthode du plan (*${method}*).`,
    customMethod: 'Méthode sur mesure',
    documentKind: 'Type de document',
    documentKindDescription:
      'Fait de ce fichier Markdown un document SocialPlan, et en indique le type. Les fichiers sans cette clé sont ignorés.',
    kindsOfDocument: {
      plan: 'La racine d’un plan : client, période, méthode, devise, approbations. Un seul par dossier de plan.',
      step: 'Une étape de la méthode du plan (`step: listen`) ; le corps porte ce qui a été constaté, décidé et prévu.',
      charter: 'La charte des réseaux sociaux : ton, qui peut parler, limites juridiques, modération.',
      annex: 'Tout autre contenu à joindre au plan assemblé.',
      results:
        'Ce qui a été mesuré : des relevés datés des indicateurs des objectifs (`results:`) ; le corps porte l’analyse et les ajustements.',
      calendar:
        'Un calendrier éditorial : les publications d’un trimestre ou d’une campagne (`posts:`), vérifiées par rapport au plan, à la charte et à la loi.',
    },
  },
};

function perFr(per: unknown): string {
  return ({ day: 'jour', week: 'semaine', month: 'mois' } as Record<string, string>)[String(per)] ?? String(per);
}

export function words(locale: Locale): Words {
  return WORDS[locale];
}

/** The documentation of a key: title, description, expected value, allowed values, an example. */
export function keyMarkdown(
  key: string | number,
  info: SchemaInfo,
  locale: Locale,
  options: { required?: boolean } = {},
): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  const title = info.title?.[locale];
  parts.push(typeof key === 'number' ? `**${title ?? ''}**` : title ? `**${title}** · \`${key}\`` : `\`${key}\``);
  if (info.description) parts.push(info.description[locale]);
  const facts: string[] = [];
  const expected = info.enumValues.length > 0 ? undefined : typeLabel(info, locale);
  if (expected) facts.push(`*${w.expects}* ${expected}`);
  if (options.required) facts.push(`*${w.required}*`);
  if (facts.length > 0) parts.push(facts.join(' · '));
  if (info.enumValues.length > 0) parts.push(`*${w.allowed}*\n\n${enumList(info, locale)}`);
  const example = exampleYaml(key, info);
  if (example) parts.push(`*${w.example}*\n\n\`\`\`yaml\n${example}\`\`\``);
  return parts.join('\n\n');
}

export function enumList(info: SchemaInfo, locale: Locale): string {
  return info.enumValues
    .map((item) => `- \`${String(item.value)}\`${item.description ? ` — ${item.description[locale]}` : ''}`)
    .join('\n');
}

function exampleYaml(key: string | number, info: SchemaInfo): string | undefined {
  if (info.examples.length === 0) return undefined;
  const example = info.examples[0];
  try {
    return typeof key === 'number' ? stringify([example]) : stringify({ [key]: example });
  } catch {
    return undefined;
  }
}

/** What an objective, resource or platform is, from its definition in the plan. */
export function siteMarkdown(
  analysis: Analysis,
  kind: IdKind,
  id: string,
  sites: readonly Site[],
  locale: Locale,
): string {
  const w = WORDS[locale];
  const site = sites[0];
  const value = site.value;
  const parts: string[] = [];
  const heading = `**${capitalise(w.kinds[kind])} \`${id}\`**`;
  if (kind === 'objective') {
    parts.push(`${heading}${typeof value.goal === 'string' ? ` · ${value.goal}` : ''}`);
    if (typeof value.statement === 'string') parts.push(value.statement);
    const kpi = isRecord(value.kpi) ? value.kpi : undefined;
    if (kpi) {
      const unit = typeof kpi.unit === 'string' ? ` ${kpi.unit}` : '';
      const movement =
        kpi.baseline !== undefined || kpi.target !== undefined
          ? ` — ${show(kpi.baseline)} → ${show(kpi.target)}${unit}`
          : '';
      const deadline = typeof value.deadline === 'string' ? `, ${w.by} ${value.deadline}` : '';
      const source =
        typeof kpi.source === 'string' ? ` (${w.source}${TYPOGRAPHY[locale].plainColon}${kpi.source})` : '';
      parts.push(`*${w.kpi}* ${typeof kpi.metric === 'string' ? kpi.metric : '?'}${movement}${deadline}${source}`);
    }
    if (typeof value.owner === 'string') parts.push(`*${w.owner}* ${resourceName(analysis, value.owner)}`);
  } else if (kind === 'pillar') {
    parts.push(`${heading}${typeof value.title === 'string' ? ` — ${value.title}` : ''}`);
    if (typeof value.share === 'number') parts.push(w.pillarShare(value.share));
  } else if (kind === 'resource') {
    parts.push(`${heading}${typeof value.name === 'string' ? ` — ${value.name}` : ''}`);
    const facts: string[] = [];
    if (typeof value.role === 'string') facts.push(`*${w.role}* ${value.role}`);
    if (typeof value.internal === 'boolean') facts.push(value.internal ? w.internal : w.external);
    if (value.dedicated === true) facts.push(w.dedicated);
    if (typeof value.hours_per_week === 'number') facts.push(w.hoursPerWeek(value.hours_per_week));
    if (facts.length > 0) parts.push(facts.join(' · '));
  } else {
    const handle = typeof value.handle === 'string' ? ` \`${value.handle}\`` : '';
    parts.push(`${heading}${typeof value.name === 'string' ? ` — ${value.name}` : ''}${handle}`);
    const facts: string[] = [];
    if (typeof value.secured === 'boolean') facts.push(value.secured ? w.handleSecured : w.handleNotSecured);
    const frequency = isRecord(value.frequency) ? value.frequency : undefined;
    if (frequency && frequency.posts !== undefined) facts.push(w.frequency(frequency.posts, frequency.per));
    if (facts.length > 0) parts.push(facts.join(' · '));
    if (Array.isArray(value.objectives) && value.objectives.length > 0)
      parts.push(`*${w.serves}* ${value.objectives.map((objective) => `\`${String(objective)}\``).join(', ')}`);
  }
  parts.push(`*${w.definedIn}* \`${displayPath(analysis, site.document.file)}\``);
  if (sites.length > 1) parts.push(w.definedTwice(sites.length));
  return parts.join('\n\n');
}

function resourceName(analysis: Analysis, id: string): string {
  const site = analysis.index?.definitions.resource.get(id)?.[0];
  return typeof site?.value.name === 'string' ? `\`${id}\` (${site.value.name})` : `\`${id}\``;
}

/** What a step of the method asks for: its title, its place in the method, its guide. */
export function stepMarkdown(method: Method, step: MethodStep, locale: Locale): string {
  const w = WORDS[locale];
  const position = method.steps.indexOf(step) + 1;
  const parts = [
    `**${step.title[locale]}** · \`${step.id}\` — ${w.stepOf(position, method.steps.length, method.title[locale])}`,
  ];
  if (step.guide[locale]) parts.push(step.guide[locale]);
  if (step.requires.length > 0) {
    const titles = step.requires.map((id) => {
      const required = method.steps.find((candidate) => candidate.id === id);
      return required ? `${required.title[locale]} (\`${id}\`)` : `\`${id}\``;
    });
    parts.push(`*${w.requires}* ${titles.join(', ')}`);
  }
  return parts.join('\n\n');
}

/** A method: its title and its steps. */
export function methodMarkdown(method: Method, locale: Locale, description?: Localized): string {
  const w = WORDS[locale];
  const id = isPresetName(method.id) ? ` · \`${method.id}\`` : '';
  const parts = [`**${method.id === 'custom' ? w.customMethod : method.title[locale]}**${id}`];
  if (description) parts.push(description[locale]);
  const list = method.steps.map(
    (step, index) => `${method.ordered ? `${index + 1}.` : '-'} ${step.title[locale]} (\`${step.id}\`)`,
  );
  parts.push(`*${method.ordered ? w.inOrder : w.anyOrder}*\n\n${list.join('\n')}`);
  return parts.join('\n\n');
}

export function presetMethod(id: string): Method | undefined {
  return isPresetName(id) ? METHOD_PRESETS[id] : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function show(value: unknown): string {
  return value === undefined ? '?' : String(value);
}
