import type { Locale } from '../types';
import { TYPOGRAPHY } from './localized';

const MONTH_AND_YEAR = new Map<string, Intl.DateTimeFormat>();

/**
 * `Feb 2027` / `févr. 2027`: a month named as the reader's language abbreviates it, for the
 * timeline's axis, where `02/27` could be read as a day. Plan dates are calendar days with no time
 * zone, so the month is the one of the UTC instant given.
 */
export function monthAndYear(time: number, locale: Locale, month: 'short' | 'long' = 'short'): string {
  const key = `${locale} ${month}`;
  let format = MONTH_AND_YEAR.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(TYPOGRAPHY[locale].intlLocale, { month, year: 'numeric', timeZone: 'UTC' });
    MONTH_AND_YEAR.set(key, format);
  }
  return format.format(time);
}
