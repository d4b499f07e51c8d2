import { isRecord } from '../util/guards';
import { planMethod, type Method } from '../method/methods';
import type { PlanIndex } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import { closest } from '../util/suggest';
import type { Localized } from '../types';
import { valueRange } from '../document/yaml-location';
import { missingStepFile, shownPath, stepDocuments, type StepDocument } from './no-skipped-steps';
import type { PlanRule, Reporter } from './rule';
import { TYPOGRAPHY } from '../i18n/localized';

export const stepOrder: PlanRule = {
  id: 'step-order',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'A step is not `done` while a step it requires is not `done`; a custom method’s requirements name real steps and form no cycle.',
    fr: 'Une étape n’est pas `done` tant qu’une étape dont elle dépend ne l’est pas ; les prérequis d’une méthode sur mesure désignent de vraies étapes, sans boucle.',
  },
  check(plan, context, report) {
    const index = context.index;
    if (!index) return;
    checkCustomMethod(index, report);
    const method = planMethod(index.plan);
    if (method) checkDoneSteps(plan, index, method, report);
  },
};

/** A required step counts as settled when it is done, or deliberately skipped with a reason. */
const SETTLED = new Set(['done', 'skipped']);

function checkDoneSteps(plan: Plan, index: PlanIndex, method: Method, report: Reporter): void {
  const steps = stepDocuments(index);
  const first = new Map<string, StepDocument>();
  for (const step of steps) if (!first.has(step.id)) first.set(step.id, step);
  const known = new Set(method.steps.map((step) => step.id));
  for (const methodStep of method.steps) {
    const step = first.get(methodStep.id);
    if (!step || step.data.status !== 'done') continue;
    const unfinished = methodStep.requires
      .filter((id) => known.has(id) && id !== methodStep.id)
      .map((id) => ({ id, document: first.get(id) }))
      .filter((required) => !SETTLED.has(String(required.document?.data.status)));
    if (unfinished.length === 0) continue;
    const described = unfinished.map((required) =>
      describe(plan, index, method, required.id, required.document, steps),
    );
    const list = (locale: keyof Localized) => described.map((item) => item[locale]).join(TYPOGRAPHY[locale].semicolon);
    const plural = unfinished.length > 1;
    report({
      file: step.document.file,
      range: valueRange(step.document, ['status']),
      message: {
        en: `Step \`${step.id}\` is marked done, but ${plural ? 'steps it requires are' : 'a step it requires is'} not: ${list('en')}. Finish ${plural ? 'them' : 'it'} first, or set this step back to \`in-progress\`.`,
        fr: `L’étape \`${step.id}\` est marquée terminée, mais ${plural ? 'des étapes dont elle dépend ne le sont pas' : 'une étape dont elle dépend ne l’est pas'} : ${list('fr')}. Terminez-${plural ? 'les' : 'la'} d’abord, ou remettez cette étape à \`in-progress\`.`,
      },
      related: unfinished
        .filter((required) => required.document !== undefined)
        .map((required) => {
          const document = (required.document as StepDocument).document;
          const hasStatus = document.data.status !== undefined;
          return {
            file: document.file,
            range: valueRange(document, [hasStatus ? 'status' : 'step']),
            message: { en: `Required step \`${required.id}\``, fr: `Étape préalable \`${required.id}\`` },
          };
        }),
    });
  }
}

function describe(
  plan: Plan,
  index: PlanIndex,
  method: Method,
  id: string,
  required: StepDocument | undefined,
  steps: readonly StepDocument[],
): Localized {
  if (!required) {
    const name = shownPath(index, missingStepFile(plan, index, method, id, steps));
    return {
      en: `\`${id}\` has no document yet (\`${name}\`)`,
      fr: `\`${id}\` n’a pas encore de document (\`${name}\`)`,
    };
  }
  const name = shownPath(index, required.document.file);
  const status = required.data.status;
  return typeof status === 'string'
    ? { en: `\`${id}\` is \`${status}\` in \`${name}\``, fr: `\`${id}\` est à \`${status}\` dans \`${name}\`` }
    : { en: `\`${id}\` has no status in \`${name}\``, fr: `\`${id}\` n’a pas de statut dans \`${name}\`` };
}

interface CustomStep {
  id: string;
  position: number;
  /** Required ids with their position in `requires`. */
  requires: { id: string; position: number }[];
}

/** `method: { steps: [...] }`: every `requires` names a step of the method, and there is no cycle. */
function checkCustomMethod(index: PlanIndex, report: Reporter): void {
  const declared = index.plan.method;
  if (!isRecord(declared) || !Array.isArray(declared.steps)) return;
  const steps: CustomStep[] = [];
  declared.steps.forEach((step, position) => {
    if (!isRecord(step) || typeof step.id !== 'string') return;
    const requires = Array.isArray(step.requires) ? step.requires : [];
    steps.push({
      id: step.id,
      position,
      requires: requires.flatMap((id, at) => (typeof id === 'string' ? [{ id, position: at }] : [])),
    });
  });
  const byId = new Map<string, CustomStep>();
  for (const step of steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const document = index.planDocument;
  const at = (step: CustomStep, position: number) =>
    valueRange(document, ['method', 'steps', step.position, 'requires', position]);

  for (const step of steps) {
    for (const required of step.requires) {
      if (byId.has(required.id)) continue;
      const suggestion = closest(required.id, byId.keys());
      report({
        file: document.file,
        range: at(step, required.position),
        message: suggestion
          ? {
              en: `Step \`${step.id}\` requires \`${required.id}\`, which is not a step of this method. Did you mean \`${suggestion}\`?`,
              fr: `L’étape \`${step.id}\` exige \`${required.id}\`, qui n’est pas une étape de cette méthode. Vouliez-vous dire \`${suggestion}\` ?`,
            }
          : {
              en: `Step \`${step.id}\` requires \`${required.id}\`, which is not a step of this method: use the \`id\` of one of its steps.`,
              fr: `L’étape \`${step.id}\` exige \`${required.id}\`, qui n’est pas une étape de cette méthode : indiquez l’\`id\` de l’une de ses étapes.`,
            },
      });
    }
  }

  for (const cycle of findCycles(steps, byId)) {
    const path = [...cycle.path, cycle.path[0]].map((id) => `\`${id}\``).join(' → ');
    const self = cycle.path.length === 1;
    report({
      file: document.file,
      range: at(cycle.from, cycle.position),
      message: self
        ? {
            en: `Step \`${cycle.from.id}\` requires itself, so it can never be done: remove \`${cycle.from.id}\` from its \`requires\`.`,
            fr: `L’étape \`${cycle.from.id}\` s’exige elle-même et ne pourra jamais être terminée : retirez \`${cycle.from.id}\` de ses \`requires\`.`,
          }
        : {
            en: `These requirements go round in a circle (${path}), so none of these steps can ever be done: remove one of them, for instance this one.`,
            fr: `Ces prérequis tournent en rond (${path}) : aucune de ces étapes ne pourra jamais être terminée. Retirez-en un, par exemple celui-ci.`,
          },
    });
  }
}

interface Cycle {
  /** The step whose requirement closes the cycle, and that requirement's position. */
  from: CustomStep;
  position: number;
  /** The steps of the cycle, starting with the required one. */
  path: string[];
}

/** Depth-first search; each requirement that leads back to a step being visited closes one cycle. */
function findCycles(steps: readonly CustomStep[], byId: ReadonlyMap<string, CustomStep>): Cycle[] {
  const cycles: Cycle[] = [];
  const state = new Map<string, 'visiting' | 'visited'>();
  const stack: string[] = [];
  const visit = (step: CustomStep) => {
    state.set(step.id, 'visiting');
    stack.push(step.id);
    for (const required of step.requires) {
      const next = byId.get(required.id);
      if (!next) continue;
      const seen = state.get(next.id);
      if (seen === 'visiting')
        cycles.push({ from: step, position: required.position, path: stack.slice(stack.indexOf(next.id)) });
      else if (seen === undefined) visit(next);
    }
    stack.pop();
    state.set(step.id, 'visited');
  };
  for (const step of steps) if (byId.get(step.id) === step && !state.has(step.id)) visit(step);
  return cycles;
}
