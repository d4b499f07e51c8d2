import * as vscode from 'vscode';
import type { Locale, Localized } from '../core/types';

/** The engine's messages follow VS Code's display language: French for `fr`, `fr-ca`…, else English. */
export function displayLocale(language: string = vscode.env.language): Locale {
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function localize(text: Localized, locale: Locale = displayLocale()): string {
  return text[locale];
}
