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

/** `locale` when it is one the engine speaks, else `fallback`. */
export function asLocale(value: unknown, fallback: Locale = 'en'): Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : fallback;
}

export interface Typography {
  /** Between a label and what follows: `Owner: Ana` / `Responsable : Ana` (a no-break space before). */
  colon: string;
  /** The same with a plain space, for the editor's hovers (which keep their own line breaks). */
  plainColon: string;
  /** Between digit groups: `26,000` / `26 000`. */
  groupSeparator: string;
  decimalSeparator: string;
  /** Between a number and its unit or currency: `26,000 CAD` / `26 000 CAD`. */
  unitSpace: string;
  /** `12%` / `12 %`. */
  percentSign: string;
  /** `Within 12 h` / `Sous 12 h`. */
  withinHours: (hours: string) => string;
}

const NO_BREAK_SPACE = '\u00A0';

export const TYPOGRAPHY: Record<Locale, Typography> = {
  en: {
    colon: ': ',
    plainColon: ': ',
    groupSeparator: ',',
    decimalSeparator: '.',
    unitSpace: ' ',
    percentSign: '%',
    withinHours: (hours) => `Within ${hours} h`,
  },
  fr: {
    colon: `${NO_BREAK_SPACE}: `,
    plainColon: ' : ',
    groupSeparator: NO_BREAK_SPACE,
    decimalSeparator: ',',
    unitSpace: NO_BREAK_SPACE,
    percentSign: `${NO_BREAK_SPACE}%`,
    withinHours: (hours) => `Sous ${hours}${NO_BREAK_SPACE}h`,
  },
};
