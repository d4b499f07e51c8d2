import { quantity } from '../util/money';
import { inPlanOrder, type Site } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import type { RelatedLocation } from '../types';
import type { PlanRule } from './rule';

/** What one post takes, all in: writing, the visual, scheduling, answering its comments. */
export const DEFAULT_MINUTES_PER_POST = 45;

/** The roles whose hours make the content; a dedicated resource counts whatever its role. */
export const PRODUCING_ROLES: readonly string[] = ['community-manager', 'content-creator', 'designer', 'agency'];

/** A frequency's posts brought to a week. */
const WEEKS_IN: Readonly<Record<string, number>> = { day: 1 / 7, week: 1, month: 52 / 12 };

export const capacity: PlanRule = {
  id: 'capacity',
  scope: 'plan',
  defaultSeverity: 'info',
  fixable: false,
  appliesTo: 'running-presence',
  options: {
    minutes_per_post: {
      title: { en: 'Minutes per post', fr: 'Minutes par publication' },
      description: {
        en: `The time one post takes, all in (writing, visual, scheduling, replies). Default ${DEFAULT_MINUTES_PER_POST}.`,
        fr: `Le temps que prend une publication, tout compris (rédaction, visuel, programmation, réponses). ${DEFAULT_MINUTES_PER_POST} par défaut.`,
      },
      schema: { type: 'number', exclusiveMinimum: 0, maximum: 10080 },
      examples: [30, DEFAULT_MINUTES_PER_POST],
    },
  },
  description: {
    en: 'The posts a week the platforms promise, × minutes per post (option `minutes_per_post`, default 45), fit in the hours a week of the people who produce content.',
    fr: 'Les publications par semaine promises sur les plateformes, × minutes par publication (option `minutes_per_post`, 45 par défaut), tiennent dans les heures par semaine des personnes qui produisent les contenus.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const promised = inPlanOrder(index, index.platforms).flatMap((site) => {
      const perWeek = postsPerWeek(site.value.frequency);
      return perWeek === undefined ? [] : [{ site, perWeek }];
    });
    if (promised.length === 0) return;
    const producers = inPlanOrder(index, index.resources).filter(
      (site) => site.value.dedicated === true || PRODUCING_ROLES.includes(String(site.value.role)),
    );
    // Nobody named, or someone whose hours are unsaid: the plan does not say how much time there is.
    if (producers.length === 0 || !producers.every((site) => isHours(site.value.hours_per_week))) return;
    const minutes = isMinutes(context.options.minutes_per_post)
      ? context.options.minutes_per_post
      : DEFAULT_MINUTES_PER_POST;
    const posts = promised.reduce((sum, item) => sum + item.perWeek, 0);
    const needed = (posts * minutes) / 60;
    const available = producers.reduce((sum, site) => sum + (site.value.hours_per_week as number), 0);
    if (needed <= available) return;

    const [first, ...others] = promised;
    const people = producers
      .slice(0, 3)
      .map((site) => `\`${String(site.value.id ?? site.value.name ?? '?')}\``)
      .join(', ');
    const [count, time, need, have] = [posts, minutes, needed, available].map(quantity);
    const related: RelatedLocation[] = [
      ...others.map(({ site }) => ({
        file: site.document.file,
        range: valueRange(site.document, [...site.path, 'frequency']),
        message: { en: 'Also counted in the posts a week', fr: 'Également comptée dans les publications par semaine' },
      })),
      ...producers.map((site) => hoursLocation(site)),
    ];
    report({
      file: first.site.document.file,
      range: valueRange(first.site.document, [...first.site.path, 'frequency']),
      message: {
        en: `The platforms promise ${count.en} posts a week × ${time.en} min = ${need.en} h; the people who produce content (${people}) give ${have.en} h a week. Post less often, give them more hours, or set the \`minutes_per_post\` of \`capacity\` to what a post takes you.`,
        fr: `Les plateformes promettent ${count.fr} publications par semaine × ${time.fr} min = ${need.fr} h ; les personnes qui produisent les contenus (${people}) donnent ${have.fr} h par semaine. Publiez moins souvent, donnez-leur plus d’heures, ou réglez \`minutes_per_post\` de \`capacity\` sur ce que vous prend une publication.`,
      },
      related,
    });
  },
};

/** `{ posts: 3, per: week }` → 3; `undefined` for a malformed frequency (the schema's finding). */
function postsPerWeek(frequency: unknown): number | undefined {
  if (typeof frequency !== 'object' || frequency === null) return undefined;
  const { posts, per } = frequency as { posts?: unknown; per?: unknown };
  if (typeof posts !== 'number' || !Number.isFinite(posts) || posts < 0) return undefined;
  if (typeof per !== 'string' || !Object.hasOwn(WEEKS_IN, per)) return undefined;
  return posts / WEEKS_IN[per];
}

function isHours(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 168;
}

function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function hoursLocation(site: Site): RelatedLocation {
  const hours = quantity(site.value.hours_per_week as number);
  return {
    file: site.document.file,
    range: valueRange(site.document, [...site.path, 'hours_per_week']),
    message: { en: `${hours.en} h a week of content work`, fr: `${hours.fr} h par semaine de production` },
  };
}
