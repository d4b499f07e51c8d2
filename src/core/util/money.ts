import { inEveryLocale, TYPOGRAPHY } from '../i18n/localized';
import type { Locale, Localized } from '../types';

/**
 * An amount as people write it: `26,000 CAD` in English, `26 000 CAD` in French (no-break
 * spaces, decimal comma). Cents only when there are some. Written by hand rather than with `Intl`
 * so messages read the same whatever ICU data the Node or VS Code build ships with.
 */
export function formatAmount(amount: number, currency: string | undefined, locale: Locale): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  const typography = TYPOGRAPHY[locale];
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, typography.groupSeparator);
  const decimals = fraction === 0 ? '' : typography.decimalSeparator + String(fraction).padStart(2, '0');
  const sign = amount < 0 && cents !== 0 ? '-' : '';
  const unit = currency ? typography.unitSpace + currency : '';
  return `${sign}${digits}${decimals}${unit}`;
}

/** {@link formatAmount} in both languages, for messages. */
export function money(amount: number, currency: string | undefined): Localized {
  return inEveryLocale((locale) => formatAmount(amount, currency, locale));
}

/** Sums amounts to the cent, so `0.1 + 0.2` budgets do not drift into false findings. */
export function sumAmounts(amounts: readonly number[]): number {
  return Math.round(amounts.reduce((total, amount) => total + amount * 100, 0)) / 100;
}

/** A usable amount: a finite number, not negative (the schema reports the others). */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
