import { isPresetName, type Method, type PresetName, planMethod } from '../method/methods';
import type { PlanIndex } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import type { Localized, Severity } from '../types';
import type { PlanRule } from './rule';

/** The blocks a plan must have; resources are `dedicated-resource`'s (one finding per problem). */
type Block = 'objectives' | 'platforms';

/**
 * The step of each preset where a block is decided (docs/rules/plan-completeness.md, "Per method").
 * A block a method never decides is absent: `five-questions` is a readiness check that asks whether
 * to be on social media at all, before any platform is chosen.
 */
const DECIDED_IN: Record<PresetName, Partial<Record<Block, string>>> = {
  'three-pillars': { objectives: 'social-strategy', platforms: 'social-strategy' },
  'five-steps': { objectives: 'measure', platforms: 'platforms' },
  'six-phases': { objectives: 'listen', platforms: 'profiles' },
  'five-questions': { objectives: 'why' },
  'socialmedia-11': { objectives: 'objectives', platforms: 'objectives' },
};

const BLOCKS: readonly Block[] = ['objectives', 'platforms'];

const NAMES: Record<Block, Localized> = {
  objectives: { en: 'no objectives', fr: 'aucun objectif' },
  platforms: { en: 'no platforms', fr: 'aucune plateforme' },
};

const WHY: Record<Block, Localized> = {
  objectives: {
    en: 'without them nothing says what the presence is for, nor how its results will be judged',
    fr: 'sans eux, rien ne dit à quoi sert la présence ni comment ses résultats seront jugés',
  },
  platforms: {
    en: 'without them nothing says where the brand will be present and for whom',
    fr: 'sans elles, rien ne dit où la marque sera présente ni pour qui',
  },
};

export const planCompleteness: PlanRule = {
  id: 'plan-completeness',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'A plan in `review` or `approved` defines objectives and platforms (a warning in draft once the step that decides them is `done`; `five-questions` needs no platforms).',
    fr: 'Un plan en `review` ou `approved` définit des objectifs et des plateformes (avertissement en brouillon dès que l’étape qui les décide est `done` ; `five-questions` n’exige pas de plateformes).',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const method = planMethod(index.plan);
    if (!method) return; // an unusable `method:` is the schema's finding
    const submitted = index.plan.status === 'review' || index.plan.status === 'approved';
    for (const block of BLOCKS) {
      if (index[block].length > 0) continue;
      const step = decidingStep(method, block);
      if (step === null) continue;
      const severity: Severity | undefined = submitted ? undefined : 'warning';
      if (!submitted && !decided(index, step)) continue;
      report({
        file: index.planDocument.file,
        range: valueRange(index.planDocument, ['socialplan']),
        severity,
        message: message(index, method, block, step),
      });
    }
  },
};

/**
 * The step id where `block` is decided; `undefined` for a custom method (any step will do);
 * `null` when the method never decides it.
 */
function decidingStep(method: Method, block: Block): string | undefined | null {
  if (!isPresetName(method.id)) return undefined;
  return DECIDED_IN[method.id][block] ?? null;
}

/** Whether a draft has got far enough for the absence to matter: its deciding step (or, in a custom method, any step) is `done`. */
function decided(index: PlanIndex, step: string | undefined): boolean {
  return index.steps.some((site) => site.value.status === 'done' && (step === undefined || site.value.step === step));
}

function message(index: PlanIndex, method: Method, block: Block, step: string | undefined): Localized {
  const title = method.steps.find((candidate) => candidate.id === step)?.title;
  const they = block === 'objectives' ? 'ils sont décidés' : 'elles sont décidées';
  const add = {
    en: `Add ${block === 'objectives' ? 'an' : 'a'} \`${block}\` block, in plan.md or in the step document where they are decided.`,
    fr: `Ajoutez un bloc \`${block}\`, dans plan.md ou dans le document de l’étape où ${they}.`,
  };
  if (index.plan.status === 'review' || index.plan.status === 'approved') {
    const status: Localized =
      index.plan.status === 'review'
        ? { en: 'in `review`', fr: 'en `review`' }
        : { en: '`approved`', fr: '`approved`' };
    const decidedIn: Localized =
      step === undefined
        ? { en: '', fr: '' }
        : {
            en: ` (\`${method.id}\` decides them in step \`${step}\`, ${title?.en ?? step})`,
            fr: ` (\`${method.id}\` les décide à l’étape \`${step}\`, ${title?.fr ?? step})`,
          };
    return {
      en: `This plan is ${status.en} but defines ${NAMES[block].en}${decidedIn.en}: ${WHY[block].en}. ${add.en}`,
      fr: `Ce plan est ${status.fr} mais ne définit ${NAMES[block].fr}${decidedIn.fr} : ${WHY[block].fr}. ${add.fr}`,
    };
  }
  const although: Localized =
    step === undefined
      ? { en: 'although some of its steps are `done`', fr: 'alors que certaines de ses étapes sont `done`' }
      : {
          en: `although step \`${step}\` (${title?.en ?? step}), where \`${method.id}\` decides them, is \`done\``,
          fr: `alors que l’étape \`${step}\` (${title?.fr ?? step}), où \`${method.id}\` les décide, est \`done\``,
        };
  return {
    en: `This draft defines ${NAMES[block].en} ${although.en}: ${WHY[block].en}. ${add.en}`,
    fr: `Ce brouillon ne définit ${NAMES[block].fr} ${although.fr} : ${WHY[block].fr}. ${add.fr}`,
  };
}
