import { siteIdRange } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import { closest } from '../util/suggest';
import type { PlanRule } from './rule';

export const platformAudience: PlanRule = {
  id: 'platform-audience',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'Every platform says whom it reaches (`audience`): a platform is chosen for the people it reaches.',
    fr: 'Chaque plateforme dit qui elle touche (`audience`) : une plateforme se choisit pour les gens qu’elle touche.',
  },
  check(_plan, context, report) {
    for (const platform of context.index?.platforms ?? []) {
      const audience = platform.value.audience;
      // A value of the wrong type is the schema's finding; only a missing or blank audience is this one.
      if (audience !== undefined && (typeof audience !== 'string' || audience.trim() !== '')) continue;
      // `audiance:` is one mistake, `unknown-key`'s: the audience is written, under a misspelt key.
      if (audience === undefined && Object.keys(platform.value).some(isMisspeltAudience)) continue;
      const name = typeof platform.value.id === 'string' ? platform.value.id : undefined;
      const subject = name
        ? { en: `Platform \`${name}\``, fr: `La plateforme \`${name}\`` }
        : { en: 'This platform', fr: 'Cette plateforme' };
      const blank = typeof audience === 'string';
      report({
        file: platform.document.file,
        range: blank ? valueRange(platform.document, [...platform.path, 'audience']) : siteIdRange(platform),
        message: {
          en: `${subject.en} says nothing of whom it reaches${blank ? ' (its `audience` is empty)' : ''}: write in \`audience\` the people the brand expects to find there (age, place, interests, role), since that is what the platform is chosen for.`,
          fr: `${subject.fr} ne dit pas qui elle touche${blank ? ' (son `audience` est vide)' : ''} : décrivez dans \`audience\` les gens que la marque compte y trouver (âge, lieu, intérêts, fonction), puisque c’est pour eux que la plateforme est choisie.`,
        },
      });
    }
  },
};

function isMisspeltAudience(key: string): boolean {
  return key !== 'audience' && closest(key, ['audience']) === 'audience';
}
