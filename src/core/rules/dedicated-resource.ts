import { inPlanOrder, type Site } from '../workspace/plan-index';
import { keyRange, valueRange } from '../document/yaml-location';
import { quantity } from '../util/money';
import type { PlanRule, Reporter } from './rule';

/**
 * The fewest hours a week a dedicated person can give: about twenty-five minutes a working day, to
 * publish, answer and gather news (docs/methods.md, five-questions, `resource`: "working on it steadily").
 */
export const DEFAULT_MIN_HOURS = 2;

export const dedicatedResource: PlanRule = {
  id: 'dedicated-resource',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  options: {
    min_hours_per_week: {
      title: { en: 'Minimum hours a week', fr: 'Minimum d’heures par semaine' },
      description: {
        en: `The fewest \`hours_per_week\` a dedicated resource may give. Default ${DEFAULT_MIN_HOURS}.`,
        fr: `Le moins d’heures par semaine (\`hours_per_week\`) qu’une ressource dédiée peut donner. ${DEFAULT_MIN_HOURS} par défaut.`,
      },
      schema: { type: 'number', minimum: 0, maximum: 168 },
      examples: [4, DEFAULT_MIN_HOURS],
    },
  },
  appliesTo: 'running-presence',
  description: {
    en: 'At least one resource is `dedicated: true` (a warning when none of the dedicated ones is `internal: true`, or when a dedicated one gives fewer hours a week than the minimum, option `min_hours_per_week`, default 2).',
    fr: 'Au moins une ressource est `dedicated: true` (avertissement quand aucune des ressources dédiées n’est `internal: true`, ou quand une ressource dédiée donne moins d’heures par semaine que le minimum, option `min_hours_per_week`, 2 par défaut).',
  },
  check(plan, context, report) {
    const index = context.index;
    if (!index) return;
    const planDocument = index.planDocument;
    const holders = plan.documents.filter((document) => 'resources' in document.data);
    if (holders.length === 0) {
      // The one finding for a plan without resources: other rules stay silent about it.
      report({
        file: planDocument.file,
        range: valueRange(planDocument, ['socialplan']),
        message: {
          en: 'This plan lists no resources: add a `resources` block naming who does the work, with the person responsible for the presence marked `dedicated: true`.',
          fr: 'Ce plan ne liste aucune ressource : ajoutez un bloc `resources` qui nomme qui fait le travail, avec la personne responsable de la présence marquée `dedicated: true`.',
        },
      });
      return;
    }
    const dedicated = inPlanOrder(index, index.resources).filter((site) => site.value.dedicated === true);
    if (dedicated.length === 0) {
      const holder = [...holders].sort((a, b) =>
        a === planDocument ? -1 : b === planDocument ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
      )[0];
      report({
        file: holder.file,
        range: keyRange(holder, ['resources']),
        message: {
          en: "No resource is `dedicated: true`: when the presence is everyone's job it is no one's. Mark the person responsible for it `dedicated: true`.",
          fr: 'Aucune ressource n’est `dedicated: true` : une présence qui est l’affaire de tous n’est l’affaire de personne. Marquez `dedicated: true` la personne qui en est responsable.',
        },
      });
      return;
    }
    const minimum = isHours(context.options.min_hours_per_week)
      ? context.options.min_hours_per_week
      : DEFAULT_MIN_HOURS;
    for (const site of dedicated) reportTooFewHours(site, minimum, report);
    if (dedicated.some((site) => site.value.internal === true)) return;
    const first = dedicated[0];
    const name = `\`${String(first.value.id ?? first.value.name ?? '?')}\``;
    const alone = dedicated.length === 1;
    report({
      file: first.document.file,
      range: valueRange(first.document, [...first.path, 'dedicated']),
      severity: 'warning',
      message: {
        en: `${alone ? `${name} is the only dedicated resource and is not` : `No dedicated resource (${name} and others) is`} \`internal: true\`: an agency or a freelancer can plan and help, but the person answerable for the presence is best one of the client's own people. Mark an employee \`dedicated: true\` and \`internal: true\`.`,
        fr: `${alone ? `${name} est la seule ressource dédiée et n’est pas` : `Aucune ressource dédiée (${name} et d’autres) n’est`} \`internal: true\` : une agence ou un pigiste peut planifier et aider, mais la personne qui répond de la présence devrait faire partie de l’équipe du client. Marquez un employé \`dedicated: true\` et \`internal: true\`.`,
      },
      related: dedicated.slice(1).map((site) => ({
        file: site.document.file,
        range: valueRange(site.document, [...site.path, 'dedicated']),
        message: { en: 'Another dedicated resource, not internal', fr: 'Une autre ressource dédiée, non interne' },
      })),
    });
  },
};

function isHours(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A resource without `hours_per_week` says nothing about its time: only a stated figure is judged. */
function reportTooFewHours(site: Site, minimum: number, report: Reporter): void {
  const hours = site.value.hours_per_week;
  if (!isHours(hours) || hours >= minimum) return;
  const name = `\`${String(site.value.id ?? site.value.name ?? '?')}\``;
  const given = quantity(hours);
  const least = quantity(minimum);
  report({
    file: site.document.file,
    range: valueRange(site.document, [...site.path, 'hours_per_week']),
    severity: 'warning',
    message: {
      en: `${name} is \`dedicated: true\` but gives ${given.en} h a week, fewer than the ${least.en} h a dedicated person needs to publish, answer and gather news steadily. Set the hours the person really has for the presence, or dedicate someone who has them (option \`min_hours_per_week\` of \`dedicated-resource\`).`,
      fr: `${name} est \`dedicated: true\` mais ne donne que ${given.fr} h par semaine, moins que les ${least.fr} h dont une personne dédiée a besoin pour publier, répondre et recueillir l’information régulièrement. Indiquez les heures que la personne a vraiment pour la présence, ou dédiez quelqu’un qui les a (option \`min_hours_per_week\` de \`dedicated-resource\`).`,
    },
  });
}
