import type { SocialDocument } from '../document/document';
import { keyRange, valueRange } from '../document/yaml-location';
import type { Localized } from '../types';
import { evaluateChain, type ChainApproval, type LevelResult } from '../workspace/approval-chain';
import type { DocumentRule, Reporter } from './rule';

/**
 * An `approved` plan or charter with an `approval_workflow` has a dated approval of its current
 * version at every level, in order. Without any dated approval the `approval` rule speaks instead.
 */
export const approvalChain: DocumentRule = {
  id: 'approval-chain',
  scope: 'document',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'An `approved` plan or charter with an `approval_workflow` has a dated approval of its current `version` at every level, in order.',
    fr: 'Un plan ou une charte `approved` qui a un `approval_workflow` a, à chaque niveau et dans l’ordre, une approbation datée de sa `version` en cours.',
  },
  check(document, _context, report) {
    if (document.kind !== 'plan' && document.kind !== 'charter') return;
    if (document.data.status !== 'approved') return;
    const chain = evaluateChain(document.data);
    if (!chain) return;
    const approvals = Array.isArray(document.data.approvals) ? document.data.approvals : [];
    if (!approvals.some((entry) => typeof entry?.date === 'string' && entry.date.trim() !== '')) return;
    const what = WHAT[document.kind];
    if (!chain.version)
      report({
        file: document.file,
        range: keyRange(document, ['approval_workflow']),
        message: {
          en: `${what.en} declares an approval workflow but has no \`version\`: give it one ("1.0"), so that each approval says which version it signs off.`,
          fr: `${what.fr} déclare un circuit d’approbation mais n’a pas de \`version\` : donnez-lui-en une (« 1.0 »), pour que chaque approbation dise quelle version elle valide.`,
        },
      });
    for (const result of chain.levels)
      if (result.state !== 'approved')
        reportLevel(document, result, chain.levels.length, chain.version, chain.levels, report);
  },
};

const WHAT = {
  plan: { en: 'This plan', fr: 'Ce plan', now: { en: 'the plan', fr: 'le plan' } },
  charter: { en: 'This charter', fr: 'Cette charte', now: { en: 'the charter', fr: 'la charte' } },
};

function reportLevel(
  document: SocialDocument,
  result: LevelResult,
  count: number,
  version: string | undefined,
  levels: readonly LevelResult[],
  report: Reporter,
): void {
  const role = `\`${result.level.role}\``;
  const where = {
    en: `level ${result.level.position + 1} of ${count} (${role})`,
    fr: `niveau ${result.level.position + 1} sur ${count} (${role})`,
  };
  const at = (approval: ChainApproval, key: string) => valueRange(document, ['approvals', approval.position, key]);
  const say = (range: ReturnType<typeof valueRange>, message: Localized) =>
    report({ file: document.file, range, message });
  const now = WHAT[document.kind as 'plan' | 'charter'].now;
  for (const approval of result.outdated)
    say(at(approval, 'version'), {
      en: `${approval.name} approved version ${approval.version} at ${where.en}; ${now.en} is now version ${version}: version ${version} needs approving again at this level.`,
      fr: `${approval.name} a approuvé la version ${approval.version} au ${where.fr} ; ${now.fr} en est à la version ${version} : la version ${version} doit être approuvée de nouveau à ce niveau.`,
    });
  for (const approval of result.unversioned)
    say(at(approval, 'name'), {
      en: `The approval of ${approval.name} (${where.en}) does not say which version it signs off: add \`version: "${version}"\` if it approves the current version.`,
      fr: `L’approbation de ${approval.name} (${where.fr}) ne dit pas quelle version elle valide : ajoutez \`version: "${version}"\` si elle approuve la version en cours.`,
    });
  for (const approval of result.undated)
    say(at(approval, 'name'), {
      en: `The approval of ${approval.name} (${where.en}) has no \`date\`: add the day it was given.`,
      fr: `L’approbation de ${approval.name} (${where.fr}) n’a pas de \`date\` : ajoutez le jour où elle a été donnée.`,
    });
  if (result.early) {
    const before = levels[levels.indexOf(result) - 1];
    say(at(result.early, 'date'), {
      en: `${result.early.name} approved ${where.en} on ${result.early.date}, before ${levelName(before)} was complete (${before?.completedOn}): levels approve in order; get this approval again after the level before.`,
      fr: `${result.early.name} a approuvé le ${where.fr} le ${result.early.date}, avant que le niveau ${levelName(before)} soit complet (${before?.completedOn}) : les niveaux approuvent dans l’ordre ; faites renouveler cette approbation après le niveau précédent.`,
    });
  }
  if (result.state === 'missing' && result.outdated.length + result.unversioned.length + result.undated.length === 0)
    say(valueRange(document, ['approval_workflow', result.level.position]), missingMessage(result, where, version));
}

function levelName(result: LevelResult | undefined): string {
  return result ? `\`${result.level.role}\`` : '';
}

function missingMessage(result: LevelResult, where: Localized, version: string | undefined): Localized {
  const versioned = version
    ? { en: ` and \`version: "${version}"\``, fr: ` et \`version: "${version}"\`` }
    : { en: '', fr: '' };
  if (result.waitingFor.length > 0) {
    const names = result.waitingFor.join(', ');
    return {
      en: `The approval chain is incomplete: ${where.en} needs every approver and is still waiting for ${names} (${result.waitingFor.length} of ${result.level.approvers.length}).`,
      fr: `Le circuit d’approbation est incomplet : le ${where.fr} exige chaque personne et attend encore ${names} (${result.waitingFor.length} sur ${result.level.approvers.length}).`,
    };
  }
  return {
    en: `The approval chain is incomplete: ${where.en} has no approval. Add one with \`level: ${result.level.role}\`, its \`date\`${versioned.en}, or set the status back to \`review\`.`,
    fr: `Le circuit d’approbation est incomplet : le ${where.fr} n’a aucune approbation. Ajoutez-en une avec \`level: ${result.level.role}\`, sa \`date\`${versioned.fr}, ou remettez le statut à \`review\`.`,
  };
}
