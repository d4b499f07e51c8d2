import type { Locale } from '../types';
import { asLocale, isLocale } from './localized';

/**
 * `socialplan.language` (docs/authoring.md, "Languages"): which language a document's messages, hovers and
 * completions speak. `auto`: the plan's `locale` when it names a language the engine speaks, else
 * the user's; `ui`: always the user's (VS Code's display language, the terminal's for the CLI);
 * `plan`: always the plan's, that of its report, hence English when the plan names none (as the
 * report does).
 */
export type LanguagePreference = 'auto' | 'ui' | 'plan';

export const LANGUAGE_PREFERENCES: readonly LanguagePreference[] = ['auto', 'ui', 'plan'];

export function isLanguagePreference(value: unknown): value is LanguagePreference {
  return typeof value === 'string' && (LANGUAGE_PREFERENCES as readonly string[]).includes(value);
}

/**
 * The language of the messages about a document: `planLocale` is the `locale:` of its plan as
 * written (anything, or `undefined` outside a plan), `userLocale` the editor's or terminal's.
 */
export function messageLocale(planLocale: unknown, preference: LanguagePreference, userLocale: Locale): Locale {
  switch (preference) {
    case 'ui':
      return userLocale;
    case 'plan':
      return asLocale(planLocale);
    case 'auto':
      return isLocale(planLocale) ? planLocale : userLocale;
  }
}
