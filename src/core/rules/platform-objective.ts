import { siteIdRange } from '../workspace/plan-index';
import { closest } from '../util/suggest';
import type { PlanRule } from './rule';

export const platformObjective: PlanRule = {
  id: 'platform-objective',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'Every platform serves at least one objective, and every objective is served by some platform.',
    fr: 'Chaque plateforme sert au moins un objectif, et chaque objectif est servi par au moins une plateforme.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index || index.platforms.length === 0) return;
    const defined = index.definitions.objective;
    const served = new Set<string>();
    for (const platform of index.platforms) {
      const list = platform.value.objectives;
      if (list !== undefined && !Array.isArray(list)) continue; // the wrong type: `schema` says so
      const ids = (list ?? []).filter((id): id is string => typeof id === 'string');
      // A misspelt id counts for the objective it was meant for: one typo, one finding (`unknown-reference`).
      for (const id of ids) served.add(defined.has(id) ? id : (closest(id, defined.keys()) ?? id));
      // An id that is merely misspelt is `unknown-reference`'s finding; when the plan defines no
      // objective at all, the platform truly serves none.
      if (ids.length > 0 && defined.size > 0) continue;
      const name =
        typeof platform.value.id === 'string'
          ? platform.value.id
          : typeof platform.value.name === 'string'
            ? platform.value.name
            : undefined;
      const subject = name
        ? { en: `Platform \`${name}\``, fr: `La plateforme \`${name}\`` }
        : { en: 'This platform', fr: 'Cette plateforme' };
      const reason =
        ids.length > 0
          ? { en: 'the plan defines no objectives', fr: 'le plan ne définit aucun objectif' }
          : { en: 'its `objectives` list is missing or empty', fr: 'sa liste `objectives` est absente ou vide' };
      report({
        file: platform.document.file,
        range: siteIdRange(platform),
        message: {
          en: `${subject.en} serves no objective (${reason.en}): list in its \`objectives\` the ids of the objectives it is chosen for, or drop the platform.`,
          fr: `${subject.fr} ne sert aucun objectif (${reason.fr}) : indiquez dans sa liste \`objectives\` les objectifs pour lesquels elle est choisie, ou renoncez à cette plateforme.`,
        },
      });
    }
    for (const objective of index.objectives) {
      const id = objective.value.id;
      if (typeof id !== 'string' || served.has(id)) continue;
      report({
        file: objective.document.file,
        range: siteIdRange(objective),
        message: {
          en: `Objective \`${id}\` is served by no platform: add \`${id}\` to the \`objectives\` of the platforms that will work towards it.`,
          fr: `L’objectif \`${id}\` n’est servi par aucune plateforme : ajoutez \`${id}\` aux \`objectives\` des plateformes qui y contribueront.`,
        },
      });
    }
  },
};
