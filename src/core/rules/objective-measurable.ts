import { isMap } from 'yaml';
import { isRecord } from '../util/guards';
import type { SocialDocument } from '../document/document';
import { siteIdRange, type PlanIndex, type Site } from '../workspace/plan-index';
import type { Fix, Localized, Locale, TextEdit } from '../types';
import { insertKey, replaceValue, yamlScalar } from '../document/yaml-edits';
import { keyRange, locate, valueRange, type DataPath } from '../document/yaml-location';
import type { PlanRule, Reporter } from './rule';
import { lowerIsBetter } from './metric-class';
import { formatAmount } from '../util/money';
import { METRIC_FOR_GOAL } from './vanity-metric';
import { asLocale, inEveryLocale, TYPOGRAPHY } from '../i18n/localized';

type Part = 'kpi' | 'metric' | 'baseline' | 'target' | 'source' | 'deadline';

const PARTS: Record<Part, Localized> = {
  kpi: { en: 'a `kpi` (metric, baseline and target)', fr: 'un `kpi` (mesure, point de départ et cible)' },
  metric: { en: '`kpi.metric` (what is measured)', fr: '`kpi.metric` (ce qui est mesuré)' },
  baseline: { en: '`kpi.baseline` (the number you start from)', fr: '`kpi.baseline` (le chiffre de départ)' },
  target: { en: '`kpi.target` (the number to reach)', fr: '`kpi.target` (le chiffre à atteindre)' },
  source: {
    en: '`kpi.source` (the tool or report the figure is read from)',
    fr: '`kpi.source` (l’outil ou le rapport où l’on lit le chiffre)',
  },
  deadline: {
    en: '`deadline` (the date the target is due)',
    fr: '`deadline` (la date où la cible doit être atteinte)',
  },
};

const PLACEHOLDER_NOTE: Localized = { en: 'placeholder: replace', fr: 'valeur provisoire : à remplacer' };

export const objectiveMeasurable: PlanRule = {
  id: 'objective-measurable',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'Every objective has a KPI metric, a numeric baseline and a target beyond it in the KPI’s direction, the source the figure is read from, and a deadline.',
    fr: 'Chaque objectif a une mesure, un point de départ chiffré et une cible au-delà dans le sens de l’indicateur, la source où l’on lit le chiffre, et une échéance.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    for (const objective of index.objectives) {
      reportTargetNotBeyond(objective, report);
      const missing = missingParts(objective.value);
      if (missing.length === 0) continue;
      const onlyKpiParts = !missing.includes('kpi') && !missing.includes('deadline');
      const fix = placeholderFix(index, objective, missing);
      report({
        file: objective.document.file,
        range: onlyKpiParts ? keyRange(objective.document, [...objective.path, 'kpi']) : siteIdRange(objective),
        message:
          missing.length === 1 && missing[0] === 'source' ? sourceMessage(objective) : message(objective, missing),
        // Without a source the objective can still be judged, only not twice the same way.
        severity: missing.length === 1 && missing[0] === 'source' ? 'warning' : undefined,
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

type Direction = 'increase' | 'decrease';

/**
 * A target that is not past the baseline in the KPI's direction asks for no progress. The direction
 * is `kpi.direction`, or, when it is left out, `decrease` for a metric a plan lowers (a response
 * time, a cost per lead: metric-class.ts) and `increase` for any other. A value of another type or
 * outside the enum is the `schema` rule's finding.
 */
function reportTargetNotBeyond(objective: Site, report: Reporter): void {
  const kpi = objective.value.kpi;
  if (!isRecord(kpi) || !isFiniteNumber(kpi.baseline) || !isFiniteNumber(kpi.target)) return;
  const stated = kpi.direction;
  if (stated !== undefined && stated !== 'increase' && stated !== 'decrease') return;
  const metric = typeof kpi.metric === 'string' ? kpi.metric : '';
  const direction: Direction = stated ?? (lowerIsBetter(metric) ? 'decrease' : 'increase');
  const { baseline, target } = kpi;
  // 0 and 0 are the placeholders the quick fix and the `sp-objective` snippet write: not yet figures.
  if (baseline === 0 && target === 0) return;
  if (direction === 'increase' ? target > baseline : target < baseline) return;
  report({
    file: objective.document.file,
    range: valueRange(objective.document, [...objective.path, 'kpi', 'target']),
    message: inEveryLocale((locale) =>
      targetMessage(locale, objectiveId(objective), baseline, target, direction, stated !== undefined),
    ),
  });
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A figure as the message gives it: digits grouped in the plan's language, decimals kept as written. */
function figure(value: number, locale: Locale): string {
  const written = String(Math.abs(value));
  if (Number.isInteger(value) || written.includes('e')) return formatAmount(value, undefined, locale);
  const [whole, decimals] = written.split('.');
  const sign = value < 0 ? '-' : '';
  return `${sign}${formatAmount(Number(whole), undefined, locale)}${TYPOGRAPHY[locale].decimalSeparator}${decimals}`;
}

function targetMessage(
  locale: Locale,
  id: string | undefined,
  baseline: number,
  target: number,
  direction: Direction,
  stated: boolean,
): string {
  const [from, to] = [figure(baseline, locale), figure(target, locale)];
  const other: Direction = direction === 'increase' ? 'decrease' : 'increase';
  if (locale === 'fr') {
    const who = id ? `L’objectif \`${id}\`` : 'Cet objectif';
    const gap =
      target === baseline
        ? `a une cible égale à son point de départ (${to}) : il ne demande aucun progrès`
        : `a une cible de ${to}, qui n’est pas ${direction === 'increase' ? 'au-dessus' : 'au-dessous'} de son point de départ de ${from}`;
    const why = stated
      ? `, alors que l’indicateur doit ${direction === 'increase' ? 'augmenter' : 'baisser'} (\`direction: ${direction}\`)`
      : direction === 'decrease'
        ? ', alors que sa mesure est de celles qu’on fait baisser (un délai, un coût, un taux de rebond)'
        : '';
    const fix = `Fixez une cible ${direction === 'increase' ? 'au-dessus' : 'au-dessous'} de ${from}, ou indiquez \`direction: ${other}\` si le but est un chiffre plus ${other === 'increase' ? 'élevé' : 'bas'}${other === 'decrease' ? ' (un délai de réponse, un coût par prospect)' : ''}.`;
    return `${who} ${gap}${why}. ${fix}`;
  }
  const who = id ? `Objective \`${id}\`` : 'This objective';
  const gap =
    target === baseline
      ? `has a target equal to its baseline (${to}): it asks for no progress`
      : `has a target of ${to}, which is not ${direction === 'increase' ? 'above' : 'below'} its baseline of ${from}`;
  const why = stated
    ? `, yet the KPI is meant to ${direction === 'increase' ? 'rise' : 'fall'} (\`direction: ${direction}\`)`
    : direction === 'decrease'
      ? ', yet its metric is one a plan lowers (a time, a cost, a bounce rate)'
      : '';
  const fix = `Set a target ${direction === 'increase' ? 'above' : 'below'} ${from}, or \`direction: ${other}\` if a ${other === 'increase' ? 'higher' : 'lower'} figure is the aim${other === 'decrease' ? ' (a response time, a cost per lead)' : ''}.`;
  return `${who} ${gap}${why}. ${fix}`;
}

/** What is absent. A value of the wrong type is the `schema` rule's finding, not this one's. */
function missingParts(objective: Record<string, unknown>): Part[] {
  const missing: Part[] = [];
  const kpi = objective.kpi;
  if (kpi === undefined) missing.push('kpi');
  else if (isRecord(kpi)) {
    if (kpi.metric === undefined || (typeof kpi.metric === 'string' && kpi.metric.trim() === ''))
      missing.push('metric');
    if (kpi.baseline === undefined) missing.push('baseline');
    if (kpi.target === undefined) missing.push('target');
    if (kpi.source === undefined || (typeof kpi.source === 'string' && kpi.source.trim() === ''))
      missing.push('source');
  }
  if (objective.deadline === undefined) missing.push('deadline');
  return missing;
}

function objectiveId(objective: Site): string | undefined {
  return typeof objective.value.id === 'string' ? objective.value.id : undefined;
}

function sourceMessage(objective: Site): Localized {
  const id = objectiveId(objective);
  return {
    en: `${id ? `The KPI of objective \`${id}\`` : 'This KPI'} has no \`kpi.source\`: name the tool or report its figure is read from (Google Analytics 4, the till, the CRM), so that the baseline and the result are read the same way.`,
    fr: `${id ? `L’indicateur de l’objectif \`${id}\`` : 'Cet indicateur'} n’a pas de \`kpi.source\` : indiquez l’outil ou le rapport où l’on lit son chiffre (Google Analytics 4, la caisse, le CRM), pour que le point de départ et le résultat se lisent de la même façon.`,
  };
}

function message(objective: Site, missing: Part[]): Localized {
  const id = objectiveId(objective);
  const list = (locale: Locale, and: string) => {
    const parts = missing.map((part) => PARTS[part][locale]);
    return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
  };
  return {
    en: `${id ? `Objective \`${id}\`` : 'This objective'} is not measurable: it lacks ${list('en', 'and')}. Add ${missing.length === 1 ? 'it' : 'them'} to this objective, before launch rather than after.`,
    fr: `${id ? `L’objectif \`${id}\`` : 'Cet objectif'} n’est pas mesurable : il lui manque ${list('fr', 'et')}. Ajoutez-${missing.length === 1 ? 'le' : 'les'} à cet objectif, avant le lancement plutôt qu’après.`,
  };
}

interface Entry {
  key: string;
  value: string;
}

/**
 * Inserts the missing keys with placeholder values (a metric that suits the goal, zeros, the end of
 * the plan period). They make the objective complete in form only, so the fix is never applied
 * without the user choosing it.
 */
const TO_DEFINE: Localized = { en: 'to define', fr: 'à définir' };

function placeholderFix(index: PlanIndex, objective: Site, missing: Part[]): Fix | undefined {
  const locale = asLocale(index.plan.locale);
  const { document, path } = objective;
  const goal = objective.value.goal;
  const metric = yamlScalar(
    (typeof goal === 'string' ? METRIC_FOR_GOAL[goal]?.[locale] : undefined) ?? TO_DEFINE[locale],
  );
  const kpiEntries: Entry[] = [
    { key: 'metric', value: metric },
    { key: 'baseline', value: '0' },
    { key: 'target', value: '0' },
    { key: 'source', value: yamlScalar(TO_DEFINE[locale]) },
  ];
  const edits: TextEdit[] = [];
  const objectiveEntries: Entry[] = [];
  if (missing.includes('kpi')) objectiveEntries.push({ key: 'kpi', value: '' });
  if (missing.includes('deadline'))
    objectiveEntries.push({ key: 'deadline', value: JSON.stringify(deadlinePlaceholder(index)) });

  const kpiPath = [...path, 'kpi'];
  const kpiParts = kpiEntries.filter((entry) => missing.includes(entry.key as Part));
  const emptyParts = kpiEntries.filter((entry) => isEmptyPresent(objective, entry.key as Part, missing));
  for (const entry of emptyParts) {
    const edit = replaceValue(document, [...kpiPath, entry.key], entry.value);
    if (!edit) return undefined;
    const restOfLine = document.text.slice(edit.range.end, document.lines.lineRangeAt(edit.range.end).end);
    const note = !isFlowMap(document, kpiPath) && restOfLine.trim() === '' ? `  # ${PLACEHOLDER_NOTE[locale]}` : '';
    edits.push({ ...edit, newText: edit.newText + note });
  }
  const toInsert = kpiParts.filter((entry) => !emptyParts.includes(entry));
  if (toInsert.length > 0) {
    const edit = insertEntries(document, kpiPath, toInsert, locale);
    if (!edit) return undefined;
    edits.push(edit);
  }
  if (objectiveEntries.length > 0) {
    const flow = isFlowMap(document, path);
    const entries = objectiveEntries.map((entry) =>
      entry.key === 'kpi' ? { key: 'kpi', value: flow ? flowMap(kpiEntries) : blockMap(kpiEntries, locale) } : entry,
    );
    const edit = insertEntries(document, path, entries, locale);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return {
    title: {
      en: `Add ${missing.includes('kpi') ? 'a KPI' : 'the missing keys'} with placeholder values`,
      fr: `Ajouter ${missing.includes('kpi') ? 'un indicateur' : 'les clés manquantes'} avec des valeurs provisoires`,
    },
    edits: mergeInsertions(edits),
    safe: false,
  };
}

/** A KPI key written but empty (`metric: ""`): its value is replaced, not inserted again. */
function isEmptyPresent(objective: Site, part: Part, missing: Part[]): boolean {
  const kpi = objective.value.kpi;
  return missing.includes(part) && isRecord(kpi) && kpi[part] !== undefined;
}

/** One `insertKey` for several keys of the same mapping, so they land in the order given. */
function insertEntries(
  document: SocialDocument,
  mapPath: DataPath,
  entries: Entry[],
  locale: Locale,
): TextEdit | undefined {
  const flow = isFlowMap(document, mapPath);
  const note = (entry: Entry) => (flow || entry.value.startsWith('\n') ? '' : `  # ${PLACEHOLDER_NOTE[locale]}`);
  const [first, ...rest] = entries;
  const separator = flow ? ', ' : '\n';
  const valueText = [
    `${first.value}${note(first)}`,
    ...rest.map((entry) => `${entry.key}: ${entry.value}${note(entry)}`),
  ].join(separator);
  return insertKey(document, mapPath, first.key, valueText);
}

function blockMap(entries: Entry[], locale: Locale): string {
  return entries.map((entry) => `\n  ${entry.key}: ${entry.value}  # ${PLACEHOLDER_NOTE[locale]}`).join('');
}

function flowMap(entries: Entry[]): string {
  return `{ ${entries.map((entry) => `${entry.key}: ${entry.value}`).join(', ')} }`;
}

function isFlowMap(document: SocialDocument, path: DataPath): boolean {
  const node = locate(document, path).valueNode;
  return isMap(node) && Boolean(node.flow);
}

/** The end of the plan period keeps the placeholder inside it; otherwise the end of this year. */
function deadlinePlaceholder(index: PlanIndex): string {
  const period = index.plan.period;
  const end = isRecord(period) ? period.end : undefined;
  if (typeof end === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(end)) return end;
  return `${new Date().getFullYear()}-12-31`;
}

/** Insertions at the same offset (a nested `kpi` ending where its objective ends) become one, in order. */
function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = merged.find(
      (other) =>
        other.file === edit.file &&
        other.range.start === other.range.end &&
        edit.range.start === edit.range.end &&
        other.range.start === edit.range.start,
    );
    if (same) same.newText += edit.newText;
    else merged.push({ ...edit });
  }
  return merged;
}
