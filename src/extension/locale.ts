import * as vscode from 'vscode';
import type { LanguagePreference } from '../core/i18n/message-locale';
import type { Locale, Localized } from '../core/types';
import type { Documents } from '../core/workspace/documents';
import { documentLocale } from '../core/workspace/plan-locale';

/**
 * The language of what is shown about `file` (its diagnostics, hovers, completions, preview and
 * export messages): its plan's `locale` or VS Code's display language, as `preference`
 * (`socialplan.language`) says. The session calls it with its documents and settings.
 */
export function localeForDocument(documents: Documents, file: string, preference: LanguagePreference): Locale {
  return documentLocale(documents, file, preference, displayLocale());
}

/** VS Code's display language as an engine locale: French for `fr`, `fr-ca`…, else English. */
export function displayLocale(language: string = vscode.env.language): Locale {
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function localize(text: Localized, locale: Locale = displayLocale()): string {
  return text[locale];
}
