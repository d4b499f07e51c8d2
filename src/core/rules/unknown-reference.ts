import { type IdKind, inPlanOrder, type PlanIndex, type Reference } from '../workspace/plan-index';
import { closest } from '../util/suggest';
import type { Fix, Localized } from '../types';
import { replaceValue, yamlScalar } from '../document/yaml-edits';
import { valueRange } from '../document/yaml-location';
import { KIND_NAMES } from './duplicate-id';
import type { PlanRule, Reporter } from './rule';

/** How many defined ids a message lists when it has no close suggestion. */
const LISTED_IDS = 5;

export const unknownReference: PlanRule = {
  id: 'unknown-reference',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'Every id used (owner, objective, platform, resource, spokesperson, escalation) is defined in the plan; the closest id is suggested.',
    fr: 'Chaque identifiant utilisé (responsable, objectif, plateforme, ressource, porte-parole, escalade) est défini dans le plan ; l’identifiant le plus proche est suggéré.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    for (const reference of index.references) {
      const defined = index.definitions[reference.kind];
      // A plan that defines no id of this kind has one bigger problem, not one per reference: below.
      if (defined.size === 0 || defined.has(reference.id)) continue;
      const suggestion = closest(reference.id, defined.keys());
      const fix = suggestion ? replaceWith(reference, suggestion) : undefined;
      report({
        file: reference.document.file,
        range: valueRange(reference.document, reference.path),
        message: message(reference, suggestion, [...defined.keys()]),
        fixes: fix ? [fix] : undefined,
      });
    }
    for (const kind of Object.keys(KIND_NAMES) as IdKind[]) reportEmptyKind(index, kind, report);
  },
};

/**
 * References to a kind the plan defines no id of: one finding at the first of them (in plan order),
 * with the count and the others as related locations, since one missing block is one mistake.
 */
function reportEmptyKind(index: PlanIndex, kind: IdKind, report: Reporter): void {
  if (index.definitions[kind].size > 0) return;
  const sites = index.references
    .filter((reference) => reference.kind === kind)
    .map((reference) => ({ value: reference, document: reference.document, path: reference.path }));
  if (sites.length === 0) return;
  const [first, ...others] = inPlanOrder(index, sites).map((site) => site.value);
  const name = KIND_NAMES[kind];
  const count = sites.length;
  const ids = [...new Set(sites.map((site) => `\`${site.value.id}\``))];
  const listed = ids.slice(0, LISTED_IDS).join(', ') + (ids.length > LISTED_IDS ? ', …' : '');
  report({
    file: first.document.file,
    range: valueRange(first.document, first.path),
    message: {
      en: `${count === 1 ? `This reference names ${article(name.en)} ${name.en}` : `${count} references name ${name.block}`} (${listed}), but the plan defines no ${name.en} at all: declare ${count === 1 ? 'it' : 'them'} under \`${name.block}\`, in plan.md or in a step document of the plan.`,
      fr: `${count === 1 ? `Cette référence nomme ${name.feminine ? 'une' : 'un'} ${name.fr}` : `${count} références nomment des ${plural(name.fr)}`} (${listed}), mais le plan ne définit aucun${name.feminine ? 'e' : ''} ${name.fr} : déclarez-${count === 1 ? (name.feminine ? 'la' : 'le') : 'les'} sous \`${name.block}\`, dans plan.md ou dans un document d’étape du plan.`,
    },
    related: others.map((reference) => ({
      file: reference.document.file,
      range: valueRange(reference.document, reference.path),
      message: {
        en: `Another reference to ${article(name.en)} ${name.en}: \`${reference.id}\``,
        fr: `Une autre référence à ${name.feminine ? 'une' : 'un'} ${name.fr} : \`${reference.id}\``,
      },
    })),
  });
}

function plural(word: string): string {
  return `${word}s`;
}

function message(reference: Reference, suggestion: string | undefined, defined: string[]): Localized {
  const name = KIND_NAMES[reference.kind];
  const head = {
    en: `\`${reference.id}\` is not ${article(name.en)} ${name.en} of this plan`,
    fr: `\`${reference.id}\` n’est pas ${name.feminine ? 'une' : 'un'} ${name.fr} de ce plan`,
  };
  if (suggestion) {
    return {
      en: `${head.en}; did you mean \`${suggestion}\`? Use an id defined under \`${name.block}\`.`,
      fr: `${head.fr} ; vouliez-vous dire \`${suggestion}\` ? Utilisez un identifiant défini sous \`${name.block}\`.`,
    };
  }
  const listed =
    defined
      .slice(0, LISTED_IDS)
      .map((id) => `\`${id}\``)
      .join(', ') + (defined.length > LISTED_IDS ? ', …' : '');
  const one = defined.length === 1;
  return {
    en: `${head.en}: define it under \`${name.block}\`, or use ${one ? '' : 'one of '}${listed}.`,
    fr: `${head.fr} : définissez-${name.feminine ? 'la' : 'le'} sous \`${name.block}\`, ou utilisez ${one ? '' : 'l’un de '}${listed}.`,
  };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function replaceWith(reference: Reference, suggestion: string): Fix | undefined {
  const edit = replaceValue(reference.document, reference.path, yamlScalar(suggestion));
  if (!edit) return undefined;
  return {
    title: { en: `Replace with \`${suggestion}\``, fr: `Remplacer par \`${suggestion}\`` },
    edits: [edit],
    // The closest id is a guess: only applied when the user picks it.
    safe: false,
  };
}
