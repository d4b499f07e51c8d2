import { siteIdRange } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';

export const platformSecured: PlanRule = {
  id: 'platform-secured',
  scope: 'plan',
  defaultSeverity: 'info',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'Every platform’s handle is reserved (`secured: true`), so nobody else can squat the brand’s name.',
    fr: 'Le nom de la marque est réservé sur chaque plateforme (`secured: true`), pour que personne ne puisse l’usurper.',
  },
  check(_plan, context, report) {
    for (const platform of context.index?.platforms ?? []) {
      const secured = platform.value.secured;
      // `true` is done; anything but `false` or nothing is a wrong type, which `schema` reports.
      if (secured !== false && secured !== undefined) continue;
      const name = typeof platform.value.id === 'string' ? platform.value.id : undefined;
      const handle = typeof platform.value.handle === 'string' ? ` (\`${platform.value.handle}\`)` : '';
      const subject = name
        ? { en: `on \`${name}\``, fr: `sur \`${name}\`` }
        : { en: 'on this platform', fr: 'sur cette plateforme' };
      report({
        file: platform.document.file,
        range: secured === false ? valueRange(platform.document, [...platform.path, 'secured']) : siteIdRange(platform),
        message: {
          en: `The brand’s handle ${subject.en}${handle} is not reserved yet: claim it before launch so nobody squats it, then set \`secured: true\`.`,
          fr: `Le nom de la marque ${subject.fr}${handle} n’est pas encore réservé : réservez-le avant le lancement pour que personne ne l’usurpe, puis indiquez \`secured: true\`.`,
        },
      });
    }
  },
};
