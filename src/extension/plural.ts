import * as vscode from 'vscode';
import { displayLocale } from './locale';

/**
 * Counts in the extension's own UI strings: one `vscode.l10n` key per plural form ("{0} error",
 * "{0} errors"), the form chosen by `Intl.PluralRules`. The rules are those of the language the
 * bundles show (`displayLocale`: French for `fr`, `fr-ca`…, else English), so French says
 * "0 erreur" and English "0 errors"; a display language without a bundle gets English words with
 * English rules, not "1 errors" by the rules of a language whose words it does not show.
 */
export function isSingular(count: number, language: string = vscode.env.language): boolean {
  return new Intl.PluralRules(displayLocale(language)).select(count) === 'one';
}

export function errorCount(count: number): string {
  return isSingular(count) ? vscode.l10n.t('{0} error', count) : vscode.l10n.t('{0} errors', count);
}

export function warningCount(count: number): string {
  return isSingular(count) ? vscode.l10n.t('{0} warning', count) : vscode.l10n.t('{0} warnings', count);
}
