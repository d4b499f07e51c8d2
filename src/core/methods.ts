import { isRecord } from './document';
import type { Localized } from './types';

export interface MethodStep {
  id: string;
  title: Localized;
  /** Steps that must be `done` before this one may be `done`. */
  requires: string[];
  /** What the step is for and what a strategist decides in it (shown in hover, snippets, docs). */
  guide: Localized;
}

export interface Method {
  id: string;
  title: Localized;
  /** Ordered methods chain each step to the one before it. */
  ordered: boolean;
  steps: MethodStep[];
}

export const PRESET_NAMES = ['three-pillars', 'five-steps', 'six-phases', 'five-questions', 'socialmedia-11'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const DEFAULT_METHOD: PresetName = 'six-phases';

type StepSeed = [id: string, en: string, fr: string, guide?: Localized];

const NO_GUIDE: Localized = { en: '', fr: '' };

function chained(id: PresetName, title: Localized, seeds: StepSeed[]): Method {
  const steps = seeds.map(([stepId, en, fr, guide], index) => ({
    id: stepId,
    title: { en, fr },
    requires: index === 0 ? [] : [seeds[index - 1][0]],
    guide: guide ?? NO_GUIDE,
  }));
  return { id, title, ordered: true, steps };
}

function unordered(id: PresetName, title: Localized, seeds: StepSeed[]): Method {
  const steps = seeds.map(([stepId, en, fr, guide]) => ({ id: stepId, title: { en, fr }, requires: [], guide: guide ?? NO_GUIDE }));
  return { id, title, ordered: false, steps };
}

const threePillars = chained('three-pillars', { en: 'Three pillars', fr: 'Trois piliers' }, [
  ['content-offer', 'Formal content offer', 'Offre de contenu formelle'],
  ['social-content', 'Social content', 'Contenu social'],
  ['social-strategy', 'Social strategy', 'Stratégie sociale'],
]);
// The social strategy rests on both pillars, not only on the one just before it.
threePillars.steps[2].requires = ['content-offer', 'social-content'];

/** The presets of design.md §2, as data: rules, snippets, templates and docs all read this. */
export const METHOD_PRESETS: Record<PresetName, Method> = {
  'three-pillars': threePillars,
  'five-steps': chained('five-steps', { en: 'Five steps', fr: 'Cinq étapes' }, [
    ['listen', 'Listen', 'Écouter'],
    ['story', 'Tell a story', 'Raconter une histoire'],
    ['measure', 'Measure', 'Mesurer'],
    ['platforms', 'Choose platforms', 'Choisir les supports'],
    ['organize', 'Organize', 'S’organiser'],
  ]),
  'six-phases': chained('six-phases', { en: 'Six phases', fr: 'Six phases' }, [
    ['listen', 'Listening and monitoring', 'Écoute et monitorage'],
    ['profiles', 'Profiles and brand', 'Profils et image de marque'],
    ['content', 'Content creation', 'Création de contenus'],
    ['distribution', 'Distribution and promotion', 'Distribution et promotion'],
    ['community', 'Community building', 'Création d’une communauté'],
    ['measure', 'Measure, analyse, adjust', 'Mesurer, analyser, ajuster'],
  ]),
  'five-questions': unordered('five-questions', { en: 'Five questions', fr: 'Cinq questions' }, [
    ['why', 'Why be there?', 'Pourquoi y être ?'],
    ['content-strategy', 'Part of a content strategy?', 'Une stratégie de contenu ?'],
    ['resource', 'Who is dedicated?', 'Quelle ressource ?'],
    ['budget', 'Which budget?', 'Quel budget ?'],
    ['website-roi', 'Does the website convert?', 'Le site est-il rentable ?'],
  ]),
  'socialmedia-11': unordered('socialmedia-11', { en: 'Eleven topics', fr: 'Onze thèmes' }, [
    ['positioning', 'Positioning', 'Positionnement'],
    ['objectives', 'Objectives', 'Objectifs'],
    ['traffic', 'Traffic', 'Trafic'],
    ['real-life-relay', 'Real-life relay', 'Relais dans la vie réelle'],
    ['content', 'Content', 'Contenu'],
    ['legal-charter', 'Legal limits and charter', 'Limites légales et charte'],
    ['measurement', 'Measurement', 'Mesure'],
    ['listening', 'Listening', 'Écoute'],
    ['dialogue', 'Dialogue', 'Dialogue'],
    ['many-voices', 'Many voices', 'Plusieurs voix'],
    ['community', 'Community', 'Communauté'],
  ]),
};

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value);
}

/**
 * The method a plan follows: its preset, its custom `method: { steps }`, or the default.
 * `undefined` when `method:` is present but unusable (the schema rule reports why).
 */
export function planMethod(planData: Record<string, unknown>): Method | undefined {
  const declared = planData.method;
  if (declared === undefined) return METHOD_PRESETS[DEFAULT_METHOD];
  if (isPresetName(declared)) return METHOD_PRESETS[declared];
  if (!isRecord(declared) || !Array.isArray(declared.steps)) return undefined;
  const steps = declared.steps.filter(isRecord).filter((step) => typeof step.id === 'string');
  return {
    id: 'custom',
    title: { en: 'Custom method', fr: 'Méthode sur mesure' },
    ordered: false,
    steps: steps.map((step) => ({
      id: step.id as string,
      title: customTitle(step.title, step.id as string),
      requires: Array.isArray(step.requires) ? step.requires.filter((item): item is string => typeof item === 'string') : [],
      guide: NO_GUIDE,
    })),
  };
}

function customTitle(title: unknown, fallback: string): Localized {
  if (typeof title === 'string') return { en: title, fr: title };
  if (isRecord(title)) {
    const en = typeof title.en === 'string' ? title.en : undefined;
    const fr = typeof title.fr === 'string' ? title.fr : undefined;
    return { en: en ?? fr ?? fallback, fr: fr ?? en ?? fallback };
  }
  return { en: fallback, fr: fallback };
}
