import { isMap } from 'yaml';
import { isRecord } from '../util/guards';
import type { SocialDocument } from '../document/document';
import { siteIdRange, type PlanIndex, type Site } from '../workspace/plan-index';
import type { Fix, Localized, Locale, TextEdit } from '../types';
import { insertKey, replaceValue, yamlScalar } from '../document/yaml-edits';
import { keyRange, locate, type DataPath } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { METRIC_FOR_GOAL } from './vanity-metric';
import { asLocale } from '../i18n/localized';

type Part = 'kpi' | 'metric' | 'baseline' | 'target' | 'deadline';

const PARTS: Record<Part, Localized> = {
  kpi: { en: 'a `kpi` (metric, baseline and target)', fr: 'un `kpi` (mesure, point de départ et cible)' },
  metric: { en: '`kpi.metric` (what is measured)', fr: '`kpi.metric` (ce qui est mesuré)' },
  baseline: { en: '`kpi.baseline` (the number you start from)', fr: '`kpi.baseline` (le chiffre de départ)' },
  target: { en: '`kpi.target` (the number to reach)', fr: '`kpi.target` (le chiffre à atteindre)' },
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
    en: 'Every objective has a KPI metric, a numeric baseline and target, and a deadline.',
    fr: 'Chaque objectif a une mesure, un point de départ et une cible chiffrés, et une échéance.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    for (const objective of index.objectives) {
      const missing = missingParts(objective.value);
      if (missing.length === 0) continue;
      const onlyKpiParts = !missing.includes('kpi') && !missing.includes('deadline');
      const fix = placeholderFix(index, objective, missing);
      report({
        file: objective.document.file,
        range: onlyKpiParts ? keyRange(objective.document, [...objective.path, 'kpi']) : siteIdRange(objective),
        message: message(objective, missing),
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

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
  }
  if (objective.deadline === undefined) missing.push('deadline');
  return missing;
}

function message(objective: Site, missing: Part[]): Localized {
  const id = typeof objective.value.id === 'string' ? objective.value.id : undefined;
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
  ];
  const edits: TextEdit[] = [];
  const objectiveEntries: Entry[] = [];
  if (missing.includes('kpi')) objectiveEntries.push({ key: 'kpi', value: '' });
  if (missing.includes('deadline'))
    objectiveEntries.push({ key: 'deadline', value: JSON.stringify(deadlinePlaceholder(index)) });

  const kpiPath = [...path, 'kpi'];
  const kpiParts = kpiEntries.filter((entry) => missing.includes(entry.key as Part));
  const emptyMetric =
    missing.includes('metric') && isRecord(objective.value.kpi) && objective.value.kpi.metric !== undefined;
  if (emptyMetric) {
    const edit = replaceValue(document, [...kpiPath, 'metric'], metric);
    if (!edit) return undefined;
    const restOfLine = document.text.slice(edit.range.end, document.lines.lineRangeAt(edit.range.end).end);
    const note = !isFlowMap(document, kpiPath) && restOfLine.trim() === '' ? `  # ${PLACEHOLDER_NOTE[locale]}` : '';
    edits.push({ ...edit, newText: edit.newText + note });
  }
  const toInsert = kpiParts.filter((entry) => !(emptyMetric && entry.key === 'metric'));
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
