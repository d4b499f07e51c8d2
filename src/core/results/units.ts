/** Units that read as a percentage: the KPI's readings run from 0 to 100, written without the % sign. */
const PERCENT = /^\s*(%|percent(age)?|pourcent(age)?|pct)\s*$/i;

export function isPercentUnit(unit: string): boolean {
  return PERCENT.test(unit);
}
