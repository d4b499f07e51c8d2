import type { Locale, Localized } from '../types';

/**
 * The engine's one localisation mechanism (docs/architecture.md, "Languages"): every human text is a
 * `Localized` record with one string per locale, and every locale-dependent piece of typography
 * comes from `TYPOGRAPHY`. No code branches on the locale: adding a language is adding a key to
 * `Locale`, and the type-checker then lists every text and table that lacks it.
 */

export const LOCALES: readonly Locale[] = ['en', 'fr'];

/** The text in `locale`. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

/** One text per locale, made by the same function: formatted amounts, dates, counts. */
export function inEveryLocale(make: (locale: Locale) => string): Localized {
  return { en: make('en'), fr: make('fr') };
}

/** Whether `value` names a locale the engine speaks. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `value` when it is a locale the engine speaks, else `fallback` (a plan's `locale:` may be anything). */
export function asLocale(value: unknown, fallback: Locale = 'en'): Locale {
  return isLocale(value) ? value : fallback;
}

export interface Typography {
  /** Between a label and what follows: `Owner: Ana` / `Responsable : Ana` (a no-break space before). */
  colon: string;
  /** The same with a plain space, for the editor's hovers (which keep their own line breaks). */
  plainColon: string;
  /** Between the items of a list in a sentence: `a; b` / `a ; b`. */
  semicolon: string;
  /** Between digit groups: `26,000` / `26 000`. */
  groupSeparator: string;
  decimalSeparator: string;
  /** Between a number and its unit or currency: `26,000 CAD` / `26 000 CAD`. */
  unitSpace: string;
  /** `12%` / `12 %`. */
  percentSign: string;
  /** `Within 12 h` / `Sous 12 h`. */
  withinHours: (hours: string) => string;
  /** `May 1, 2027` / `1er mai 2027`, from the day, the month's name and the year. */
  longDate: (day: number, month: string, year: string) => string;
  /** The abbreviation of megabytes: `MB` / `Mo`. */
  megabytes: string;
  /** A message's code span where only plain text can be shown: `'juli'` / `« juli »` (i18n/code-spans.ts). */
  codeQuote: (code: string) => string;
  /** The BCP 47 tag `Intl` formats this language's dates with (i18n/dates.ts). */
  intlLocale: string;
}

const NO_BREAK_SPACE = '\u00A0';

export const TYPOGRAPHY: Record<Locale, Typography> = {
  en: {
    colon: ': ',
    plainColon: ': ',
    semicolon: '; ',
    groupSeparator: ',',
    decimalSeparator: '.',
    unitSpace: ' ',
    percentSign: '%',
    withinHours: (hours) => `Within ${hours} h`,
    longDate: (day, month, year) => `${month} ${day}, ${year}`,
    megabytes: 'MB',
    codeQuote: (code) => `'${code}'`,
    intlLocale: 'en-US',
  },
  fr: {
    colon: `${NO_BREAK_SPACE}: `,
    plainColon: ' : ',
    semicolon: ' ; ',
    groupSeparator: NO_BREAK_SPACE,
    decimalSeparator: ',',
    unitSpace: NO_BREAK_SPACE,
    percentSign: `${NO_BREAK_SPACE}%`,
    withinHours: (hours) => `Sous ${hours}${NO_BREAK_SPACE}h`,
    longDate: (day, month, year) => `${day === 1 ? '1er' : day}${NO_BREAK_SPACE}${month} ${year}`,
    megabytes: 'Mo',
    codeQuote: (code) => `«${NO_BREAK_SPACE}${code}${NO_BREAK_SPACE}»`,
    intlLocale: 'fr-CA',
  },
};
