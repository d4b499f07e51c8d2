import { dirname, relative, sep } from 'node:path';
import { keyRange } from '../../document/yaml-location';
import { isRecord } from '../../util/guards';
import { closest } from '../../util/suggest';
import type { Localized } from '../../types';
import type { PlanIndex, Site } from '../../workspace/plan-index';
import { isPercentUnit } from '../units';
import type { ImportedValue, RefusedRow } from './read';

/** The objective whose KPI the import reads: it must be one objective of the plan. */
export function importedKpi(index: PlanIndex, objective: string): { percent: boolean } | { problem: Localized } {
  const sites = index.definitions.objective.get(objective);
  if (!sites || sites.length === 0) {
    const suggestion = closest(objective, index.definitions.objective.keys());
    const ids = [...index.definitions.objective.keys()].map((id) => `\`${id}\``).join(', ') || '—';
    const hint = suggestion
      ? { en: ` Did you mean \`${suggestion}\`?`, fr: ` Vouliez-vous dire \`${suggestion}\` ?` }
      : { en: '', fr: '' };
    return {
      problem: {
        en: `the plan has no objective \`${objective}\` (its objectives: ${ids}).${hint.en}`,
        fr: `le plan n’a pas d’objectif \`${objective}\` (ses objectifs : ${ids}).${hint.fr}`,
      },
    };
  }
  if (sites.length > 1)
    return {
      problem: {
        en: `\`${objective}\` names ${sites.length} objectives of the plan: fix the duplicate first`,
        fr: `\`${objective}\` désigne ${sites.length} objectifs du plan : corrigez d’abord le doublon`,
      },
    };
  const kpi = isRecord(sites[0].value.kpi) ? sites[0].value.kpi : {};
  return { percent: typeof kpi.unit === 'string' && isPercentUnit(kpi.unit) };
}

export interface MergedImport {
  /** Values the plan does not hold yet. */
  added: ImportedValue[];
  /** Values the plan already holds, identical: importing twice changes nothing. */
  alreadyThere: ImportedValue[];
  /** Values for a date the plan already has another reading of: never overwritten. */
  conflicts: RefusedRow[];
}

/** Sorts the values read against the results the plan already has for the objective. */
export function mergeWithPlan(index: PlanIndex, objective: string, values: readonly ImportedValue[]): MergedImport {
  const existing = new Map<string, Site>();
  for (const site of index.results)
    if (site.value.objective === objective && typeof site.value.date === 'string') existing.set(site.value.date, site);
  const merged: MergedImport = { added: [], alreadyThere: [], conflicts: [] };
  for (const value of values) {
    const site = existing.get(value.date);
    if (!site) merged.added.push(value);
    else if (site.value.value === value.value && periodStartOf(site) === value.periodStart)
      merged.alreadyThere.push(value);
    else
      merged.conflicts.push({
        row: value.rows[value.rows.length - 1],
        problem: conflict(index, site, objective, value),
      });
  }
  return merged;
}

function periodStartOf(site: Site): string | undefined {
  const period = site.value.period;
  return isRecord(period) && typeof period.start === 'string' ? period.start : undefined;
}

function conflict(index: PlanIndex, site: Site, objective: string, value: ImportedValue): Localized {
  const { document } = site;
  const line = document.lines.positionAt(keyRange(document, site.path).start).line;
  const where = `${relative(dirname(index.planDocument.file), document.file).split(sep).join('/')}:${line}`;
  const had = String(site.value.value);
  return {
    en: `the plan already has ${had} for \`${objective}\` on ${value.date} (${where}), not ${value.value}: a reading is never overwritten; correct it there if it was wrong`,
    fr: `le plan a déjà ${had} pour \`${objective}\` au ${value.date} (${where}), et non ${value.value} : un relevé n’est jamais écrasé ; corrigez-le là-bas s’il était faux`,
  };
}
