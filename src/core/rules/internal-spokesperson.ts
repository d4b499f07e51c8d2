import { isRecord } from '../util/guards';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { planCharter } from './charter-legal';

/**
 * Someone of the client's own speaks for the brand: a presence voiced only by its agency is an
 * outsourced presence (docs/rules/internal-spokesperson.md).
 */
export const internalSpokesperson: PlanRule = {
  id: 'internal-spokesperson',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'At least one of the charter’s spokespersons is one of the client’s own people (`internal: true`), not only the agency or freelancers.',
    fr: 'Au moins un des porte-parole de la charte fait partie de l’équipe du client (`internal: true`), pas seulement l’agence ou des pigistes.',
  },
  check(plan, context, report) {
    const index = context.index;
    const charter = planCharter(plan);
    const legal = charter?.data.legal;
    if (!index || !charter || !isRecord(legal) || !Array.isArray(legal.spokespersons)) return;
    const ids = legal.spokespersons.filter((id): id is string => typeof id === 'string');
    const resources = ids.map((id) => index.resources.find((site) => site.value.id === id)?.value);
    // An id the plan does not define is `unknown-reference`'s; one whose side is not said is not judged.
    if (ids.length === 0 || resources.some((resource) => resource === undefined || !isExternal(resource))) return;
    const names = ids.map((id) => `\`${id}\``).join(', ');
    const all = ids.length === 1;
    report({
      file: charter.file,
      range: valueRange(charter, ['legal', 'spokespersons']),
      message: {
        en: `${all ? `The only spokesperson, ${names}, is` : `All ${ids.length} spokespersons (${names}) are`} outside the client (\`internal: false\` or \`role: agency\`): the brand would speak only through its agency, and lose its voice when the agency leaves. Name one of the client's own people among the spokespersons, as a resource with \`internal: true\`.`,
        fr: `${all ? `Le seul porte-parole, ${names}, est` : `Les ${ids.length} porte-parole (${names}) sont`} extérieur${all ? '' : 's'} au client (\`internal: false\` ou \`role: agency\`) : la marque ne parlerait que par son agence, et perdrait sa voix à son départ. Nommez parmi les porte-parole une personne de l’équipe du client, ressource avec \`internal: true\`.`,
      },
    });
  },
};

/** Outside the client: said so (`internal: false`), or an agency whose `internal` is not given. */
function isExternal(resource: Record<string, unknown>): boolean {
  if (resource.internal === false) return true;
  return resource.internal === undefined && resource.role === 'agency';
}
