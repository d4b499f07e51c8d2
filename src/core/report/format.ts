import { formatAmount, formatNumber } from '../util/money';
import type { Locale } from '../types';
import type { DateText, NumberText } from './model';
import { TYPOGRAPHY } from '../i18n/localized';

/**
 * Dates and numbers as a reader expects them in each language. Written by hand, like `money.ts`,
 * so the preview, the PDF and the HTML read the same whatever ICU data Node or VS Code ships with.
 */

const MONTHS: Record<Locale, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-07-23` → `July 23, 2027` / `23 juillet 2027`; anything else is shown as written. */
export function formatDate(value: unknown, locale: Locale): DateText | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return { iso: value, text: value };
  const [, year, month, day] = match;
  const monthIndex = Number(month) - 1;
  const dayNumber = Number(day);
  if (monthIndex < 0 || monthIndex > 11 || dayNumber < 1 || dayNumber > 31) return { iso: value, text: value };
  const name = MONTHS[locale][monthIndex];
  const text = TYPOGRAPHY[locale].longDate(dayNumber, name, year);
  return { iso: match[0], text };
}

/** The first day of every month after `first`'s, up to `last` (UTC times). */
export function monthStarts(first: number, last: number): number[] {
  const months: number[] = [];
  const start = new Date(first);
  for (
    let month = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    month <= last;
    month = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1)
  )
    months.push(month);
  return months;
}

export function numberText(value: number, locale: Locale): NumberText {
  return { value: Math.round(value * 100) / 100, text: formatNumber(value, locale) };
}

export function amountText(value: number, currency: string | undefined, locale: Locale): NumberText {
  return { value: Math.round(value * 100) / 100, text: formatAmount(value, currency, locale) };
}

/** `46.4%` / `46,4 %`, one decimal. */
export function percentText(value: number, locale: Locale): NumberText {
  const rounded = Math.round(value * 10) / 10;
  const digits = rounded.toFixed(1);
  const typography = TYPOGRAPHY[locale];
  return { value: rounded, text: `${digits.replace('.', typography.decimalSeparator)}${typography.percentSign}` };
}

/** A string from YAML, trimmed; numbers and booleans written as scalars count too. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * An HTML id that no author text can break out of or collide with: `sp-` and lowercase ASCII
 * letters, digits and dashes only. Uniqueness is kept by the caller's `used` set.
 */
export function anchorId(prefix: string, name: string, used: Set<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  const base = `sp-${prefix}${slug ? `-${slug}` : ''}`;
  let id = base;
  for (let counter = 2; used.has(id); counter++) id = `${base}-${counter}`;
  used.add(id);
  return id;
}
