import type { Locale, Localized } from '../types';
import { LOCALES } from './localized';

/**
 * A text that depends on a count, one form per plural category of `Intl.PluralRules` (`{count}`
 * stands for the number). English and French have `one` and `other`; French also has `many` for
 * round millions ("1 000 000 de…"), which falls back to `other` when not given. French counts 0 as
 * singular ("0 erreur"), English does not ("0 errors"): the rules, not this code, decide that.
 */
export interface PluralForms {
  one: string;
  other: string;
  many?: string;
}

export type LocalizedPlural = Record<Locale, PluralForms>;

const RULES = new Map<Locale, Intl.PluralRules>(LOCALES.map((locale) => [locale, new Intl.PluralRules(locale)]));

/** The form of `forms` that `count` takes in `locale`, with `{count}` replaced by the number. */
export function plural(count: number, forms: PluralForms, locale: Locale): string {
  const category = (RULES.get(locale) ?? new Intl.PluralRules(locale)).select(count);
  const form = category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
  return form.replaceAll('{count}', String(count));
}

/** `plural` in every locale: the `Localized` text of a count. */
export function pluralText(count: number, forms: LocalizedPlural): Localized {
  return { en: plural(count, forms.en, 'en'), fr: plural(count, forms.fr, 'fr') };
}
