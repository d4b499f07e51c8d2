import { dirname, relative } from 'node:path';
import { siteIdRange, type IdKind, type PlanIndex, type Site } from '../plan-index';
import type { Localized } from '../types';
import type { PlanRule } from './rule';

export const KIND_NAMES: Record<IdKind, { en: string; fr: string; block: string }> = {
  objective: { en: 'objective', fr: 'objectif', block: 'objectives' },
  resource: { en: 'resource', fr: 'ressource', block: 'resources' },
  platform: { en: 'platform', fr: 'plateforme', block: 'platforms' },
};

export const duplicateId: PlanRule = {
  id: 'duplicate-id',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'Objective, resource and platform ids are unique across all the documents of a plan.',
    fr: 'Les identifiants d’objectifs, de ressources et de plateformes sont uniques dans tous les documents d’un plan.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    for (const kind of Object.keys(KIND_NAMES) as IdKind[]) {
      for (const [id, sites] of index.definitions[kind]) {
        if (sites.length < 2) continue;
        const [first, ...later] = [...sites].sort(inPlanOrder(index));
        for (const site of later) {
          report({
            file: site.document.file,
            range: siteIdRange(site),
            message: message(kind, id, where(site, first)),
            related: [
              {
                file: first.document.file,
                range: siteIdRange(first),
                message: { en: `First definition of \`${id}\``, fr: `Première définition de \`${id}\`` },
              },
            ],
          });
        }
      }
    }
  },
};

function message(kind: IdKind, id: string, place: Localized): Localized {
  const name = KIND_NAMES[kind];
  return {
    en: `The ${name.en} id \`${id}\` is already defined ${place.en}: ids are unique across the plan, so rename this one or remove the duplicate.`,
    fr: `L’identifiant de ${name.fr} \`${id}\` est déjà défini ${place.fr} : les identifiants sont uniques dans tout le plan, renommez celui-ci ou supprimez le doublon.`,
  };
}

function where(site: Site, first: Site): Localized {
  if (first.document === site.document) return { en: 'earlier in this document', fr: 'plus haut dans ce document' };
  const file = relative(dirname(site.document.file), first.document.file).split('\\').join('/');
  return { en: `in \`${file}\``, fr: `dans \`${file}\`` };
}

/**
 * "First" must not depend on which files were linted: the plan document comes first, then the
 * other documents by path, then the order of the list inside a document.
 */
function inPlanOrder(index: PlanIndex): (a: Site, b: Site) => number {
  const rank = (site: Site) => (site.document === index.planDocument ? 0 : 1);
  return (a, b) =>
    rank(a) - rank(b) ||
    (a.document.file < b.document.file ? -1 : a.document.file > b.document.file ? 1 : 0) ||
    Number(a.path[1]) - Number(b.path[1]);
}
