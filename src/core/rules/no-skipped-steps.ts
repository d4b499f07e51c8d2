import { basename, dirname, join, relative, sep } from 'node:path';
import type { SocialDocument } from '../document/document';
import { planMethod, type Method, type MethodStep } from '../method/methods';
import type { PlanIndex } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import { closest } from '../util/suggest';
import { stepDocument, stepFileName } from '../method/templates';
import type { Fix, Locale, Localized } from '../types';
import { replaceValue } from '../document/yaml-edits';
import { valueRange } from '../document/yaml-location';
import type { PlanRule, Reporter } from './rule';
import { asLocale } from '../i18n/localized';

export const noSkippedSteps: PlanRule = {
  id: 'no-skipped-steps',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'Every step of the plan’s method has a step document, or is marked `skipped` with a reason.',
    fr: 'Chaque étape de la méthode du plan a son document d’étape, ou est marquée `skipped` avec une raison.',
  },
  check(plan, context, report) {
    const index = context.index;
    if (!index) return;
    const method = planMethod(index.plan);
    // An empty custom method is the schema's to report; with no steps there is nothing to cover.
    if (!method || method.steps.length === 0) return;
    const steps = stepDocuments(index);
    const known = new Set(method.steps.map((step) => step.id));
    const covered = new Map<string, StepDocument>();
    for (const step of steps) {
      if (!known.has(step.id)) continue;
      const first = covered.get(step.id);
      if (first) reportDuplicate(step, first, report);
      else covered.set(step.id, step);
    }
    for (const step of steps) {
      if (!known.has(step.id)) reportUnknown(step, method, covered, report);
      reportBlankReason(step, report);
    }
    const ids = method.steps.map((step) => step.id);
    const typos = steps.filter((step) => !known.has(step.id));
    for (const step of method.steps) {
      if (covered.has(step.id) || method.steps.find((first) => first.id === step.id) !== step) continue;
      const typo = typos.find((candidate) => closest(candidate.id, ids) === step.id);
      reportMissing(plan, index, method, step, steps, typo, report);
    }
  },
};

/** A step document with a usable `step:` id. */
export interface StepDocument {
  id: string;
  document: SocialDocument;
  data: Record<string, unknown>;
}

/** The plan's step documents whose `step:` is a string, in file order (so "the second" is stable). */
export function stepDocuments(index: PlanIndex): StepDocument[] {
  return index.steps
    .filter((site) => typeof site.value.step === 'string')
    .map((site) => ({ id: site.value.step as string, document: site.document, data: site.value }))
    .sort((a, b) => (a.document.file < b.document.file ? -1 : a.document.file > b.document.file ? 1 : 0));
}

/** How messages name a method: `the \`six-phases\` method`, or the plan's own. */
export function methodName(method: Method): Localized {
  return method.id === 'custom'
    ? { en: 'the plan’s custom method', fr: 'la méthode sur mesure du plan' }
    : { en: `the \`${method.id}\` method`, fr: `la méthode \`${method.id}\`` };
}

/**
 * Where the document of a missing step should be created: beside the existing step documents
 * when they all sit in one folder, else in the plan's folder; never over a document of the plan.
 */
export function missingStepFile(
  plan: Plan,
  index: PlanIndex,
  method: Method,
  stepId: string,
  steps: readonly StepDocument[],
): string {
  const folders = new Set(steps.map((step) => dirname(step.document.file)));
  const folder = folders.size === 1 ? [...folders][0] : dirname(index.planDocument.file);
  const taken = new Set(plan.documents.map((document) => document.file));
  const name = stepFileName(method, stepId, planLocale(index));
  let file = join(folder, name);
  for (let suffix = 2; taken.has(file); suffix++) file = join(folder, name.replace(/\.md$/, `-${suffix}.md`));
  return file;
}

/** A path as the author sees it from the plan's folder, with `/` separators. */
export function shownPath(index: PlanIndex, file: string): string {
  return relative(dirname(index.planDocument.file), file).split(sep).join('/');
}

export function planLocale(index: PlanIndex): Locale {
  return asLocale(index.plan.locale);
}

function reportMissing(
  plan: Plan,
  index: PlanIndex,
  method: Method,
  step: MethodStep,
  steps: readonly StepDocument[],
  typo: StepDocument | undefined,
  report: Reporter,
): void {
  const planDocument = index.planDocument;
  const range = valueRange(planDocument, index.plan.method === undefined ? ['socialplan'] : ['method']);
  const of = methodName(method);
  const head = {
    en: `Step \`${step.id}\` (${step.title.en}) of ${of.en} has no document`,
    fr: `L’étape \`${step.id}\` (${step.title.fr}) de ${of.fr} n’a pas de document`,
  };
  if (typo) {
    // The step is probably there under a misspelt id: the rename fix on that document settles both.
    const name = shownPath(index, typo.document.file);
    report({
      file: planDocument.file,
      range,
      message: {
        en: `${head.en}: \`${name}\` has \`step: ${typo.id}\`, which looks like a typo for it.`,
        fr: `${head.fr} : \`${name}\` indique \`step: ${typo.id}\`, sans doute une faute de frappe.`,
      },
    });
    return;
  }
  const file = missingStepFile(plan, index, method, step.id, steps);
  const name = shownPath(index, file);
  const locale = planLocale(index);
  report({
    file: planDocument.file,
    range,
    message: {
      en: `${head.en}: create \`${name}\` with \`step: ${step.id}\`; if the plan can do without this step, give it \`status: skipped\` and a \`skip_reason\` there.`,
      fr: `${head.fr} : créez \`${name}\` avec \`step: ${step.id}\` ; si le plan peut se passer de cette étape, indiquez-y \`status: skipped\` et une \`skip_reason\`.`,
    },
    fixes: [
      createFix(
        file,
        { en: `Create \`${name}\` from the template`, fr: `Créer \`${name}\` à partir du modèle` },
        stepDocument(method, step, locale, { status: 'todo' }),
      ),
      createFix(
        file,
        {
          en: `Create \`${name}\` with the step marked as skipped, then write the reason`,
          fr: `Créer \`${name}\` avec l’étape marquée comme écartée, puis écrire la raison`,
        },
        stepDocument(method, step, locale, { status: 'skipped' }),
      ),
    ],
  });
}

function createFix(file: string, title: Localized, content: string): Fix {
  return { title, edits: [], safe: false, createFiles: [{ file, content }] };
}

function reportUnknown(
  step: StepDocument,
  method: Method,
  covered: ReadonlyMap<string, StepDocument>,
  report: Reporter,
): void {
  const ids = method.steps.map((candidate) => candidate.id);
  const suggestion = closest(step.id, ids);
  const of = methodName(method);
  const list = ids.map((id) => `\`${id}\``).join(', ');
  const rename = suggestion && !covered.has(suggestion) ? replaceValue(step.document, ['step'], suggestion) : undefined;
  report({
    file: step.document.file,
    range: valueRange(step.document, ['step']),
    message: suggestion
      ? {
          en: `\`${step.id}\` is not a step of ${of.en}. Did you mean \`${suggestion}\`?`,
          fr: `\`${step.id}\` n’est pas une étape de ${of.fr}. Vouliez-vous dire \`${suggestion}\` ?`,
        }
      : {
          en: `\`${step.id}\` is not a step of ${of.en}; its steps are ${list}.`,
          fr: `\`${step.id}\` n’est pas une étape de ${of.fr} ; ses étapes sont ${list}.`,
        },
    fixes: rename
      ? [
          {
            title: { en: `Change to \`${suggestion}\``, fr: `Remplacer par \`${suggestion}\`` },
            edits: [rename],
            safe: false,
          },
        ]
      : undefined,
  });
}

function reportDuplicate(step: StepDocument, first: StepDocument, report: Reporter): void {
  const firstName = basename(first.document.file);
  report({
    file: step.document.file,
    range: valueRange(step.document, ['step']),
    message: {
      en: `Step \`${step.id}\` already has a document, \`${firstName}\`: a step has one document, so merge the two or change \`step:\` here.`,
      fr: `L’étape \`${step.id}\` a déjà un document, \`${firstName}\` : une étape n’a qu’un document, fusionnez les deux ou changez \`step:\` ici.`,
    },
    related: [
      {
        file: first.document.file,
        range: valueRange(first.document, ['step']),
        message: { en: 'The first document of this step', fr: 'Le premier document de cette étape' },
      },
    ],
  });
}

/** `skip_reason: "  "` passes the schema's length check but says nothing. */
function reportBlankReason(step: StepDocument, report: Reporter): void {
  const reason = step.data.skip_reason;
  if (step.data.status !== 'skipped' || typeof reason !== 'string' || reason.length === 0 || reason.trim() !== '')
    return;
  report({
    file: step.document.file,
    range: valueRange(step.document, ['skip_reason']),
    message: {
      en: `Step \`${step.id}\` is skipped with a blank \`skip_reason\`: say why the plan can do without it.`,
      fr: `L’étape \`${step.id}\` est écartée avec une \`skip_reason\` vide : dites pourquoi le plan peut s’en passer.`,
    },
  });
}
