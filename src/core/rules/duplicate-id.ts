import { dirname, relative } from 'node:path';
import { inPlanOrder, siteIdRange, type IdKind, type Site } from '../workspace/plan-index';
import type { Localized } from '../types';
import type { PlanRule } from './rule';

/** How messages name each kind of id, and the list that defines them. */
export const KIND_NAMES: Record<IdKind, { en: string; fr: string; ofFr: string; feminine: boolean; block: string }> = {
  objective: { en: 'objective', fr: 'objectif', ofFr: 'd’objectif', feminine: false, block: 'objectives' },
  resource: { en: 'resource', fr: 'ressource', ofFr: 'de ressource', feminine: true, block: 'resources' },
  platform: { en: 'platform', fr: 'plateforme', ofFr: 'de plateforme', feminine: true, block: 'platforms' },
  pillar: { en: 'pillar', fr: 'pilier', ofFr: 'de pilier', feminine: false, block: 'pillars' },
};

const KINDS = Object.keys(KIND_NAMES) as IdKind[];

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
    for (const kind of KINDS) {
      // (`forEach` rather than `for…of` entries: no array per id, on every keystroke)
      index.definitions[kind].forEach((sites, id) => {
        if (sites.length < 2) return;
        // "First" must not depend on which files were linted: plan document, then by path.
        const [first, ...later] = inPlanOrder(index, sites);
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
      });
    }
  },
};

function message(kind: IdKind, id: string, place: Localized): Localized {
  const name = KIND_NAMES[kind];
  return {
    en: `The ${name.en} id \`${id}\` is already defined ${place.en}: ids are unique across the plan, so rename this one or remove the duplicate.`,
    fr: `L’identifiant ${name.ofFr} \`${id}\` est déjà défini ${place.fr} : les identifiants sont uniques dans tout le plan, renommez celui-ci ou supprimez le doublon.`,
  };
}

function where(site: Site, first: Site): Localized {
  if (first.document === site.document) return { en: 'earlier in this document', fr: 'plus haut dans ce document' };
  const file = relative(dirname(site.document.file), first.document.file).split('\\').join('/');
  return { en: `in \`${file}\``, fr: `dans \`${file}\`` };
}
