import { isRecord } from '../util/guards';
import { planMethod } from '../method/methods';
import type { PlanIndex } from '../workspace/plan-index';
import type { Localized, RelatedLocation } from '../types';
import { keyRange, valueRange } from '../document/yaml-location';
import { inEveryLocale, TYPOGRAPHY } from '../i18n/localized';
import { stepDocuments, type StepDocument } from './no-skipped-steps';
import type { PlanRule, Reporter } from './rule';

/** Above this share of one-page visits, social traffic mostly leaves again (docs/rules/website-readiness.md). */
export const DEFAULT_MAX_BOUNCE_RATE = 60;

/** The facts a website step rests on, in the order the messages list them. */
const FACTS = ['bounce_rate', 'analytics', 'calls_to_action'] as const;

export const websiteReadiness: PlanRule = {
  id: 'website-readiness',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  options: {
    maxBounceRate: {
      title: { en: 'Highest bounce rate (%)', fr: 'Taux de rebond maximal (%)' },
      description: {
        en: `The highest \`website.bounce_rate\`, in percent, of a site the plan may send social traffic to once its website step is done. Default ${DEFAULT_MAX_BOUNCE_RATE}.`,
        fr: `Le plus haut \`website.bounce_rate\`, en pourcentage, d’un site vers lequel le plan peut envoyer le trafic des réseaux une fois son étape sur le site terminée. ${DEFAULT_MAX_BOUNCE_RATE} par défaut.`,
      },
      schema: { type: 'number', minimum: 0, maximum: 100 },
      examples: [DEFAULT_MAX_BOUNCE_RATE, 50],
    },
  },
  description: {
    en: 'When the step that asks whether the website converts is `done`, the plan’s `website` facts are given and pass: bounce rate at most `maxBounceRate` (default 60%), analytics installed, calls to action in place.',
    fr: 'Quand l’étape qui demande si le site convertit est `done`, les constats `website` du plan sont donnés et bons : taux de rebond d’au plus `maxBounceRate` (60 % par défaut), mesure d’audience installée, appels à l’action en place.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    const done = doneWebsiteSteps(index);
    if (done.length === 0) return;
    const website = index.plan.website;
    if (!isRecord(website)) {
      for (const step of done) reportNoFacts(index, step, report);
      return;
    }
    const related = done.map(doneHere);
    const steps = `\`${done[0].id}\``;
    const missing = FACTS.filter((fact) => website[fact] === undefined);
    if (missing.length > 0) reportMissing(index, missing, steps, related, report);
    const max = maxBounceRate(context.options.maxBounceRate);
    const bounce = website.bounce_rate;
    if (typeof bounce === 'number' && bounce > max) {
      const rate = percent(bounce);
      const limit = percent(max);
      report({
        file: index.planDocument.file,
        range: valueRange(index.planDocument, ['website', 'bounce_rate']),
        message: {
          en: `The website's bounce rate is ${rate.en}, above the ${limit.en} a site ready for social traffic stays under, yet step ${steps} is marked done: about ${visitorsInTen(bounce)} visitors in 10 leave after one page. Fix the site first and record the new rate, or set the step back to \`in-progress\` (the limit is \`maxBounceRate\` for \`website-readiness\`).`,
          fr: `Le taux de rebond du site est de ${rate.fr}, au-dessus des ${limit.fr} sous lesquels reste un site prêt à recevoir le trafic des réseaux, et pourtant l’étape ${steps} est marquée terminée : environ ${visitorsInTen(bounce)} visiteurs sur 10 repartent après une page. Corrigez le site d’abord et notez le nouveau taux, ou remettez l’étape à \`in-progress\` (la limite est \`maxBounceRate\` de \`website-readiness\`).`,
        },
        related,
      });
    }
    if (website.analytics === false) reportFalse(index, 'analytics', steps, related, report);
    if (website.calls_to_action === false) reportFalse(index, 'calls_to_action', steps, related, report);
  },
};

/** The first document of each method step that asks about the website, when it is `done`. */
function doneWebsiteSteps(index: PlanIndex): StepDocument[] {
  const method = planMethod(index.plan);
  const asking = new Set((method?.steps ?? []).filter((step) => step.asksWebsite === true).map((step) => step.id));
  if (asking.size === 0) return [];
  const first = new Map<string, StepDocument>();
  for (const step of stepDocuments(index)) if (asking.has(step.id) && !first.has(step.id)) first.set(step.id, step);
  return [...first.values()].filter((step) => step.data.status === 'done');
}

function doneHere(step: StepDocument): RelatedLocation {
  return {
    file: step.document.file,
    range: valueRange(step.document, ['status']),
    message: { en: `Step \`${step.id}\` is marked done here`, fr: `L’étape \`${step.id}\` est marquée terminée ici` },
  };
}

function reportNoFacts(index: PlanIndex, step: StepDocument, report: Reporter): void {
  report({
    file: step.document.file,
    range: valueRange(step.document, ['status']),
    message: {
      en: `Step \`${step.id}\` is marked done, but the plan gives no \`website\` facts to show that the site converts: add \`website: { bounce_rate, analytics, calls_to_action }\` to the plan document with what the audit found, or set the step back to \`in-progress\`.`,
      fr: `L’étape \`${step.id}\` est marquée terminée, mais le plan ne donne aucun constat \`website\` montrant que le site convertit : ajoutez \`website: { bounce_rate, analytics, calls_to_action }\` au document du plan avec ce que l’audit a relevé, ou remettez l’étape à \`in-progress\`.`,
    },
    related: [
      {
        file: index.planDocument.file,
        range: keyRange(index.planDocument, ['socialplan']),
        message: { en: 'The plan document', fr: 'Le document du plan' },
      },
    ],
  });
}

function reportMissing(
  index: PlanIndex,
  missing: readonly string[],
  steps: string,
  related: RelatedLocation[],
  report: Reporter,
): void {
  const keys = missing.map((fact) => `\`${fact}\``).join(', ');
  const plural = missing.length > 1;
  report({
    file: index.planDocument.file,
    range: keyRange(index.planDocument, ['website']),
    message: {
      en: `Step ${steps} is marked done, but \`website\` does not say ${keys}: a step that judges the site rests on ${plural ? 'these facts' : 'this fact'}. Add ${plural ? 'them' : 'it'} from the site's analytics, or set the step back to \`in-progress\`.`,
      fr: `L’étape ${steps} est marquée terminée, mais \`website\` ne précise pas ${keys} : une étape qui juge le site repose sur ${plural ? 'ces constats' : 'ce constat'}. Ajoutez-${plural ? 'les' : 'le'} d’après la mesure d’audience du site, ou remettez l’étape à \`in-progress\`.`,
    },
    related,
  });
}

const FALSE_MESSAGES: Record<'analytics' | 'calls_to_action', Localized> = {
  analytics: {
    en: 'the site does not measure its visits (`analytics: false`), so nothing the social presence brings can be traced. Install analytics',
    fr: 'le site ne mesure pas ses visites (`analytics: false`) : rien de ce qu’apporte la présence sociale ne pourra être suivi. Installez un outil de mesure d’audience',
  },
  calls_to_action: {
    en: 'the pages do not tell visitors what to do next (`calls_to_action: false`), so the visits social media brings end without an action. Add calls to action (buy, book, subscribe, contact)',
    fr: 'les pages n’indiquent pas au visiteur quoi faire ensuite (`calls_to_action: false`) : les visites venues des réseaux finissent sans action. Ajoutez des appels à l’action (acheter, réserver, s’abonner, prendre contact)',
  },
};

function reportFalse(
  index: PlanIndex,
  fact: 'analytics' | 'calls_to_action',
  steps: string,
  related: RelatedLocation[],
  report: Reporter,
): void {
  const why = FALSE_MESSAGES[fact];
  report({
    file: index.planDocument.file,
    range: valueRange(index.planDocument, ['website', fact]),
    message: {
      en: `Step ${steps} is marked done, but ${why.en}, or set the step back to \`in-progress\`.`,
      fr: `L’étape ${steps} est marquée terminée, mais ${why.fr}, ou remettez l’étape à \`in-progress\`.`,
    },
    related,
  });
}

function maxBounceRate(option: unknown): number {
  return typeof option === 'number' && option >= 0 && option <= 100 ? option : DEFAULT_MAX_BOUNCE_RATE;
}

/** `72.5%` / `72,5 %`. */
function percent(value: number): Localized {
  return inEveryLocale(
    (locale) => `${String(value).replace('.', TYPOGRAPHY[locale].decimalSeparator)}${TYPOGRAPHY[locale].percentSign}`,
  );
}

function visitorsInTen(rate: number): number {
  return Math.round(rate / 10);
}
