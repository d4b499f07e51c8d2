import { planMethod } from '../method/methods';
import type { SocialDocument } from '../document/document';
import { valueRange } from '../document/yaml-location';
import type { Localized, Severity } from '../types';
import type { DocumentRule, Reporter } from './rule';

/** The methods whose last word is a verdict: the five questions end in "go or not" (docs/rules/plan-decision.md). */
export const DEFAULT_DECISION_METHODS: readonly string[] = ['five-questions'];

export const VERDICTS = ['go', 'no-go', 'conditional'] as const;

/**
 * Looks at the plan document alone: its method, status and `decision` are all there, so the
 * finding is cached with that document's text.
 */
export const planDecision: DocumentRule = {
  id: 'plan-decision',
  scope: 'document',
  defaultSeverity: 'error',
  fixable: false,
  options: {
    methods: {
      title: { en: 'Methods', fr: 'Méthodes' },
      description: {
        en: 'The methods (preset names, or `custom`) whose plans need a `decision` before they are approved. Default `[five-questions]`.',
        fr: 'Les méthodes (noms de préréglages, ou `custom`) dont les plans ont besoin d’une `decision` avant d’être approuvés. `[five-questions]` par défaut.',
      },
      schema: {
        type: 'array',
        items: {
          type: 'string',
          minLength: 1,
          title: 'Method',
          description: 'A preset name (`five-questions`, `five-steps`…) or `custom`.',
          'x-title-fr': 'Méthode',
          'x-description-fr': 'Un nom de préréglage (`five-questions`, `five-steps`…) ou `custom`.',
        },
        uniqueItems: true,
      },
      examples: [['five-questions'], ['five-questions', 'five-steps', 'custom']],
    },
  },
  description: {
    en: 'A `five-questions` plan gives its verdict (`decision`: `go`, `no-go` or `conditional`) before it is `approved`; a decision comes with its `decision_reason`.',
    fr: 'Un plan `five-questions` donne son verdict (`decision` : `go`, `no-go` ou `conditional`) avant d’être `approved` ; une décision s’accompagne de sa `decision_reason`.',
  },
  check(document, context, report) {
    if (document.kind !== 'plan') return;
    const data = document.data;
    const status = data.status;
    if (data.decision === undefined) {
      checkMissingDecision(document, decisionMethods(context.options.methods), report);
      return;
    }
    // A value outside the enum is `schema`'s finding; a reason is asked for a real verdict only.
    if (!(VERDICTS as readonly unknown[]).includes(data.decision)) return;
    if (typeof data.decision_reason === 'string' && data.decision_reason.trim() !== '') return;
    const verdict = String(data.decision);
    report({
      file: document.file,
      range: valueRange(document, ['decision']),
      severity: status === 'review' || status === 'approved' ? 'error' : 'warning',
      message: {
        en: `The plan says \`decision: ${verdict}\` but not why: add \`decision_reason\` with ${REASON_ASKED[verdict].en}. The client reads both on the cover.`,
        fr: `Le plan indique \`decision: ${verdict}\` sans dire pourquoi : ajoutez \`decision_reason\` avec ${REASON_ASKED[verdict].fr}. Le client lit les deux en couverture.`,
      },
    });
  },
};

/** What the reason of each verdict tells the client. */
const REASON_ASKED: Record<string, Localized> = {
  go: { en: 'what makes the organisation ready', fr: 'ce qui rend l’organisation prête' },
  'no-go': { en: 'what is missing today', fr: 'ce qui manque aujourd’hui' },
  conditional: { en: 'the conditions to meet first', fr: 'les conditions à remplir d’abord' },
};

/** In review a missing verdict is a warning; once the plan is approved, an error. */
const MISSING_SEVERITY: Readonly<Record<string, Severity>> = { review: 'warning', approved: 'error' };

function checkMissingDecision(document: SocialDocument, methods: readonly string[], report: Reporter): void {
  const severity = MISSING_SEVERITY[String(document.data.status)];
  if (!severity) return;
  const method = planMethod(document.data);
  if (!method || !methods.includes(method.id)) return;
  const approved = document.data.status === 'approved';
  report({
    file: document.file,
    range: valueRange(document, ['status']),
    severity,
    message: {
      en: `This \`${method.id}\` plan is ${approved ? 'approved' : 'in review'} without a verdict: the method ends in a decision. Add \`decision: go\`, \`no-go\` or \`conditional\`, with \`decision_reason\`${approved ? ', or set the status back to `review`' : ''}.`,
      fr: `Ce plan \`${method.id}\` est ${approved ? 'approuvé' : 'en relecture'} sans verdict : la méthode se conclut par une décision. Ajoutez \`decision: go\`, \`no-go\` ou \`conditional\`, avec \`decision_reason\`${approved ? ', ou remettez le statut à `review`' : ''}.`,
    },
  });
}

function decisionMethods(option: unknown): readonly string[] {
  if (!Array.isArray(option)) return DEFAULT_DECISION_METHODS;
  return option.filter((item): item is string => typeof item === 'string');
}
