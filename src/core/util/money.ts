import { inEveryLocale, TYPOGRAPHY } from '../i18n/localized';
import type { Locale, Localized } from '../types';

/** The largest amount a plan may hold: 10^15, as `common.schema.json#/$defs/money` says. */
export const MAX_AMOUNT = 1e15;

/**
 * An amount as people write it: `26,000 CAD` in English, `26 000 CAD` in French (no-break
 * spaces, decimal comma). Cents only when there are some. Written by hand rather than with `Intl`
 * so messages read the same whatever ICU data the Node or VS Code build ships with.
 */
export function formatAmount(amount: number, currency: string | undefined, locale: Locale): string {
  const typography = TYPOGRAPHY[locale];
  const unitOf = currency ? typography.unitSpace + currency : '';
  // Past what a budget can mean (the schema refuses it, docs/limits.md), an amount is still
  // written in plain digits, never `1e+22`, to the unit: a double has no cents to give there.
  if (!Number.isFinite(amount)) return `${Number.isNaN(amount) ? '—' : amount < 0 ? '-∞' : '∞'}${unitOf}`;
  if (Math.abs(amount) > MAX_AMOUNT) {
    const digits = groupDigits(BigInt(Math.round(Math.abs(amount))).toString(), typography.groupSeparator);
    return `${amount < 0 ? '-' : ''}${digits}${unitOf}`;
  }
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  const digits = groupDigits(String(whole), typography.groupSeparator);
  const decimals = fraction === 0 ? '' : typography.decimalSeparator + String(fraction).padStart(2, '0');
  const sign = amount < 0 && cents !== 0 ? '-' : '';
  return `${sign}${digits}${decimals}${unitOf}`;
}

/** `26000` → `26,000` (or `26 000`): the separator between groups of three digits. */
function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A plain number: digits grouped (`18,000` / `18 000`), at most two decimals, none when whole. */
export function formatNumber(value: number, locale: Locale): string {
  const rounded = Math.round(value * 100) / 100;
  const text = formatAmount(rounded, undefined, locale);
  // formatAmount always writes two decimals when there are cents: 0.5 → 0.50; drop the trailing zero.
  return /[.,]\d0$/.test(text) ? text.slice(0, -1) : text;
}

/** `74%` / `74 %`: a number as {@link formatNumber} writes it, then the language's percent sign. */
export function formatPercent(value: number, locale: Locale): string {
  return `${formatNumber(value, locale)}${TYPOGRAPHY[locale].percentSign}`;
}

/** {@link formatPercent} in both languages, for messages. */
export function percent(value: number): Localized {
  return inEveryLocale((locale) => formatPercent(value, locale));
}

/** {@link formatNumber} in both languages, for messages. */
export function number(value: number): Localized {
  return inEveryLocale((locale) => formatNumber(value, locale));
}

/** {@link formatAmount} in both languages, for messages. */
export function money(amount: number, currency: string | undefined): Localized {
  return inEveryLocale((locale) => formatAmount(amount, currency, locale));
}

/** Sums amounts to the cent, so `0.1 + 0.2` budgets do not drift into false findings. */
export function sumAmounts(amounts: readonly number[]): number {
  return Math.round(amounts.reduce((total, amount) => total + amount * 100, 0)) / 100;
}

/** A usable amount: a finite number, not negative, at most 10^15 (the schema reports the others). */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_AMOUNT;
}

/**
 * The period a budget's amounts cover: as written, or `year` when none is written. `budget-minimum`
 * and the report's budget section both read periods through here, so they never disagree.
 */
export function budgetPeriod(value: unknown): string {
  if (value === undefined) return 'year';
  // Anything but a string is a schema error, shown as written and never matching a period.
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** How many of a period make a year. A campaign (or an unknown period) says nothing about a year. */
const PERIODS_PER_YEAR: Readonly<Record<string, number>> = { year: 1, month: 12 };

/** Whether budgets of `period` can be brought to a year: `year` and `month` can, `campaign` cannot. */
export function isAnnualisable(period: string): boolean {
  return Object.hasOwn(PERIODS_PER_YEAR, period);
}

/**
 * The yearly figure of budgets of one currency: yearly totals as they are, monthly totals × 12,
 * summed to the cent. Budgets of any other period are left out (see {@link isAnnualisable}).
 */
export function yearlyEquivalent(budgets: readonly { total: number; period: string }[]): number {
  return sumAmounts(
    budgets
      .filter((budget) => isAnnualisable(budget.period))
      .map((budget) => budget.total * PERIODS_PER_YEAR[budget.period]),
  );
}

/** The weeks of a year, holidays included: `hours_per_week` is an average week of the year. */
const WEEKS_PER_YEAR = 52;

/**
 * A resource's `cost` over a year: a yearly cost as it is, a monthly one × 12, an hourly rate ×
 * its hours a week × 52. `undefined` when it cannot be known (an hourly rate without hours, a
 * malformed cost: the schema's finding).
 */
export function yearlyCost(cost: unknown, hoursPerWeek: unknown): number | undefined {
  if (typeof cost !== 'object' || cost === null) return undefined;
  const { amount, per } = cost as { amount?: unknown; per?: unknown };
  if (!isAmount(amount) || typeof per !== 'string') return undefined;
  if (isAnnualisable(per)) return sumAmounts([amount * PERIODS_PER_YEAR[per]]);
  if (per !== 'hour' || typeof hoursPerWeek !== 'number' || !Number.isFinite(hoursPerWeek) || hoursPerWeek < 0)
    return undefined;
  return sumAmounts([amount * hoursPerWeek * WEEKS_PER_YEAR]);
}

/** A count or a duration for a message, to one decimal when it has one: `8.3` / `8,3`, `11`. */
export function quantity(value: number): Localized {
  return inEveryLocale((locale) => {
    const typography = TYPOGRAPHY[locale];
    const tenths = Math.round(Math.abs(value) * 10);
    const whole = groupDigits(String(Math.floor(tenths / 10)), typography.groupSeparator);
    const fraction = tenths % 10 === 0 ? '' : `${typography.decimalSeparator}${tenths % 10}`;
    return `${value < 0 && tenths !== 0 ? '-' : ''}${whole}${fraction}`;
  });
}
