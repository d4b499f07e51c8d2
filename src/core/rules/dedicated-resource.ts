import { inPlanOrder } from '../workspace/plan-index';
import { keyRange, valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';

export const dedicatedResource: PlanRule = {
  id: 'dedicated-resource',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'At least one resource is `dedicated: true` (a warning when none of the dedicated ones is `internal: true`).',
    fr: 'Au moins une ressource est `dedicated: true` (avertissement quand aucune des ressources dédiées n’est `internal: true`).',
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
