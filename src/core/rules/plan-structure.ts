import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { DocumentKind, SocialDocument } from '../document/document';
import type { Plan } from '../workspace/plans';
import { valueRange } from '../document/yaml-location';
import type { PlanRule, Reporter } from './rule';
import type { Localized } from '../types';

export const planStructure: PlanRule = {
  id: 'plan-structure',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'One plan per folder, every step and annex inside a plan, and the charter link resolves to a charter.',
    fr: 'Un plan par dossier, chaque étape et annexe dans un plan, et le lien vers la charte mène à une charte.',
  },
  check(plan, _context, report) {
    if (plan.planDocuments.length > 1) reportSharedFolder(plan, report);
    if (plan.planDocuments.length === 0) reportOrphans(plan, report);
    reportCharterLink(plan, report);
  },
};

function kindRange(document: SocialDocument) {
  return valueRange(document, ['socialplan']);
}

function reportSharedFolder(plan: Plan, report: Reporter): void {
  for (const document of plan.planDocuments) {
    const others = plan.planDocuments.filter((other) => other !== document).map((other) => basename(other.file));
    const list = others.map((name) => `\`${name}\``).join(', ');
    report({
      file: document.file,
      range: kindRange(document),
      message: {
        en: `This folder holds another plan document (${list}): a folder holds exactly one plan, so move one plan to its own folder.`,
        fr: `Ce dossier contient un autre document de plan (${list}) : un dossier ne contient qu’un seul plan, déplacez-en un dans son propre dossier.`,
      },
      related: plan.planDocuments
        .filter((other) => other !== document)
        .map((other) => ({
          file: other.file,
          range: kindRange(other),
          message: { en: 'The other plan document', fr: 'L’autre document de plan' },
        })),
    });
  }
}

function reportOrphans(plan: Plan, report: Reporter): void {
  for (const document of plan.documents) {
    const kind = document.kind && BELONGING_KINDS[document.kind];
    if (!kind) continue;
    report({
      file: document.file,
      range: kindRange(document),
      // A warning, not an error: the document may simply not have been moved into its plan yet.
      severity: 'warning',
      message: {
        en: `This ${kind.en} belongs to no plan: no \`socialplan: plan\` document in this folder or above it.`,
        fr: `Ce document (${kind.fr}) n’appartient à aucun plan : aucun document \`socialplan: plan\` dans ce dossier ni au-dessus.`,
      },
    });
  }
}

/** The kinds of document that are part of a plan, as messages name them. */
const BELONGING_KINDS: Partial<Record<DocumentKind, Localized>> = {
  step: { en: 'step', fr: 'étape' },
  annex: { en: 'annex', fr: 'annexe' },
  results: { en: 'results document', fr: 'résultats' },
};

const LINK_PROBLEMS = {
  missing: { en: 'does not exist', fr: 'n’existe pas' },
  'not-socialplan': {
    en: 'is not a SocialPlan document (no `socialplan:` key)',
    fr: 'n’est pas un document SocialPlan (pas de clé `socialplan:`)',
  },
  'not-charter': {
    en: 'is not a charter (its `socialplan:` is not `charter`)',
    fr: 'n’est pas une charte (sa clé `socialplan:` ne vaut pas `charter`)',
  },
} as const;

const NOT_A_FILE = {
  folder: {
    en: "is a folder, not a file: name the charter's Markdown file in it (e.g. `charter/charter.md`)",
    fr: 'est un dossier, pas un fichier : indiquez le fichier Markdown de la charte qu’il contient (p. ex. `charter/charter.md`)',
  },
  device: {
    en: "is a device, a pipe or a socket, not a file: name the charter's Markdown file",
    fr: 'est un périphérique, un tube ou une socket, pas un fichier : indiquez le fichier Markdown de la charte',
  },
} as const;

/** What is at a path that is not a regular file, if anything. */
function notAFile(path: string): keyof typeof NOT_A_FILE | undefined {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return 'folder';
    return stats.isFile() ? undefined : 'device';
  } catch {
    return undefined;
  }
}

function reportCharterLink(plan: Plan, report: Reporter): void {
  const link = plan.charterLink;
  const planDocument = plan.planDocuments[0];
  if (!link?.problem || !planDocument) return;
  // "Missing" is what the plan index knows: no file there. A folder or a device is something.
  const kind = link.problem === 'missing' ? notAFile(link.target) : undefined;
  const problem = kind ? NOT_A_FILE[kind] : LINK_PROBLEMS[link.problem];
  // Where the path leads only matters when nothing is there.
  const hint =
    link.problem === 'missing' && !kind
      ? { en: "; the path is relative to this plan's folder", fr: ' ; le chemin part du dossier de ce plan' }
      : { en: '', fr: '' };
  report({
    file: planDocument.file,
    range: link.range,
    message: {
      en: `The charter \`${link.written}\` ${problem.en}${hint.en}.`,
      fr: `La charte \`${link.written}\` ${problem.fr}${hint.fr}.`,
    },
  });
}
