import { siteIdRange, type Site } from '../workspace/plan-index';
import type { Fix } from '../types';
import { insertKey } from '../document/yaml-edits';
import type { PlanRule } from './rule';

/** A common starting rhythm; the fix is a suggestion to adjust, so it is never applied unasked. */
const DEFAULT_FREQUENCY = '{ posts: 3, per: week }';

export const publishingCalendar: PlanRule = {
  id: 'publishing-calendar',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: true,
  appliesTo: 'running-presence',
  description: {
    en: 'Every platform has a posting frequency (`frequency: { posts, per }`), the base of the publishing calendar.',
    fr: 'Chaque plateforme a une fréquence de publication (`frequency: { posts, per }`), base du calendrier de publication.',
  },
  check(_plan, context, report) {
    for (const platform of context.index?.platforms ?? []) {
      // A `frequency` that is present but incomplete or of the wrong type is the `schema` rule's finding.
      if (platform.value.frequency !== undefined) continue;
      const name = typeof platform.value.id === 'string' ? platform.value.id : undefined;
      const fix = addFrequency(platform);
      report({
        file: platform.document.file,
        range: siteIdRange(platform),
        message: {
          en: `${name ? `Platform \`${name}\`` : 'This platform'} has no posting frequency: add \`frequency: { posts: <how many>, per: day | week | month }\` to it, so the publishing calendar can be planned and staffed.`,
          fr: `${name ? `La plateforme \`${name}\`` : 'Cette plateforme'} n’a pas de fréquence de publication : ajoutez-lui \`frequency: { posts: <combien>, per: day | week | month }\`, pour pouvoir planifier le calendrier de publication et les ressources qu’il demande.`,
        },
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

function addFrequency(platform: Site): Fix | undefined {
  const edit = insertKey(platform.document, platform.path, 'frequency', DEFAULT_FREQUENCY);
  if (!edit) return undefined;
  return {
    title: { en: 'Add a frequency of 3 posts a week', fr: 'Ajouter une fréquence de 3 publications par semaine' },
    edits: [edit],
    safe: false,
  };
}
