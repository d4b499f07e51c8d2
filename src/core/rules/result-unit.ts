import { isRecord } from '../util/guards';
import { number, percent } from '../util/money';
import type { Localized } from '../types';
import type { PlanIndex, Site } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import type { PlanRule } from './rule';
import { isPercentUnit } from '../results/units';

/** Metrics and units whose readings may fall below zero: a change, a balance, a net score. */
const SIGNED = /\b(net|change|growth|delta|variation|evolution|évolution|solde|balance|sentiment|nps)\b/i;

export const resultUnit: PlanRule = {
  id: 'result-unit',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Every result is a possible reading of its KPI: no percentage below 0 or over 100 (unless the KPI’s own figures are), no negative count.',
    fr: 'Chaque résultat est un relevé possible de son indicateur : pas de pourcentage au-dessous de 0 ou au-dessus de 100 (sauf si les chiffres de l’indicateur le sont), pas de décompte négatif.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    for (const result of index.results) {
      const kpi = kpiOf(index, result.value.objective);
      const value = result.value.value;
      if (!kpi || typeof value !== 'number' || !Number.isFinite(value)) continue;
      const message = impossibility(kpi, value, String(result.value.objective));
      if (message)
        report({ file: result.document.file, range: valueRange(result.document, [...result.path, 'value']), message });
    }
  },
};

interface Kpi {
  metric: string;
  unit: string;
  /** The KPI's baseline and target, where given: a KPI whose own figures leave the range allows readings outside it. */
  figures: number[];
}

function kpiOf(index: PlanIndex, objective: unknown): Kpi | undefined {
  if (typeof objective !== 'string') return undefined;
  const sites: Site[] | undefined = index.definitions.objective.get(objective);
  // An unknown id is unknown-reference's; a duplicated one, duplicate-id's.
  if (sites?.length !== 1 || !isRecord(sites[0].value.kpi)) return undefined;
  const kpi = sites[0].value.kpi;
  const figures = [kpi.baseline, kpi.target].filter((figure): figure is number => typeof figure === 'number');
  return {
    metric: typeof kpi.metric === 'string' ? kpi.metric : '',
    unit: typeof kpi.unit === 'string' ? kpi.unit : '',
    figures,
  };
}

function impossibility(kpi: Kpi, value: number, objective: string): Localized | undefined {
  if (isPercentUnit(kpi.unit)) {
    const shown = percent(value);
    if (value > 100 && kpi.figures.every((figure) => figure <= 100))
      return {
        en: `${shown.en} cannot be a reading of \`${objective}\`, whose KPI is a percentage: write the rate itself (45 for 45%), not a count or a total.`,
        fr: `${shown.fr} ne peut pas être un relevé de \`${objective}\`, dont l’indicateur est un pourcentage : écrivez le taux lui-même (45 pour ${percent(45).fr}), pas un décompte ni un total.`,
      };
    if (value < 0 && kpi.figures.every((figure) => figure >= 0))
      return {
        en: `${shown.en} cannot be a reading of \`${objective}\`, whose KPI is a percentage between 0 and 100.`,
        fr: `${shown.fr} ne peut pas être un relevé de \`${objective}\`, dont l’indicateur est un pourcentage entre 0 et 100.`,
      };
    return undefined;
  }
  if (value < 0 && !SIGNED.test(`${kpi.metric} ${kpi.unit}`) && kpi.figures.every((figure) => figure >= 0)) {
    const count = number(value);
    return {
      en: `${count.en} cannot be a reading of \`${objective}\`: its KPI (${kpi.metric || 'no metric'}${kpi.unit ? `, in ${kpi.unit}` : ''}) counts, and a count is never negative. Write the figure read, not its change.`,
      fr: `${count.fr} ne peut pas être un relevé de \`${objective}\` : son indicateur (${kpi.metric || 'sans mesure'}${kpi.unit ? `, en ${kpi.unit}` : ''}) compte, et un décompte n’est jamais négatif. Écrivez le chiffre relevé, pas son évolution.`,
    };
  }
  return undefined;
}
