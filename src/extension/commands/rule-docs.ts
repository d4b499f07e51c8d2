import * as vscode from 'vscode';
import { RULES } from '../../core/rules';
import { CONFIG_RULE_ID } from '../../core/lint/config';
import { INTERNAL_ERROR_RULE } from '../../core/lint/linter';
import { displayLocale } from '../locale';

export const SHOW_RULE_DOCS_COMMAND = 'socialplan.showRuleDocs';

/** Every id with a page in the package's `docs/rules/`: the catalogue, and the two non-rule ids. */
export const DOCUMENTED_RULES: ReadonlySet<string> = new Set([
  ...RULES.map((rule) => rule.id),
  CONFIG_RULE_ID,
  INTERNAL_ERROR_RULE,
]);

/**
 * The link of a diagnostic's code. The rule pages ship inside the extension, so the link is a
 * command that previews the bundled page: it works offline, on a remote host and in the browser,
 * where a link to the public repository might not. SARIF keeps the public address (`docsUrl`).
 */
export function ruleDocsLink(ruleId: string): vscode.Uri | undefined {
  if (!DOCUMENTED_RULES.has(ruleId)) return undefined;
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/** The bundled page of a rule, inside the installed extension (local, remote or web alike). */
export function ruleDocsPage(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

/**
 * "SocialPlan: Show Rule Documentation": previews the page of the rule given (from a diagnostic's
 * link), or of the rule picked from the catalogue when run from the palette.
 */
export function showRuleDocsCommand(extensionUri: vscode.Uri) {
  return async (ruleId?: unknown): Promise<void> => {
    const chosen = typeof ruleId === 'string' && DOCUMENTED_RULES.has(ruleId) ? ruleId : await pickRule();
    if (!chosen) return;
    await vscode.commands.executeCommand('markdown.showPreview', ruleDocsPage(extensionUri, chosen));
  };
}

async function pickRule(): Promise<string | undefined> {
  const locale = displayLocale();
  const picked = await vscode.window.showQuickPick(
    RULES.map((rule) => ({ label: rule.id, detail: rule.description[locale], ruleId: rule.id })),
    { placeHolder: vscode.l10n.t('Pick a rule to read about'), matchOnDetail: true },
  );
  return picked?.ruleId;
}
