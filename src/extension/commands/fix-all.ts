import * as vscode from 'vscode';
import { type FixAllResult, fixAll, minimalEdit } from '../fix-all';
import { displayLocale } from '../locale';
import type { EditorSession } from '../session';

export const FIX_ALL_COMMAND = 'socialplan.fixAll';

/** What the command did, as it told the user (its result, for the tests and other commands). */
export interface FixAllReport {
  applied: number;
  needChoice: number;
  message: string;
}

/**
 * "SocialPlan: Fix All": applies the safe fixes of the active document, as fix-all on save does,
 * then says how many it applied and how many problems are left for the author to choose a fix for.
 * Resolves with that report, or `undefined` without a SocialPlan document.
 */
export function fixAllCommand(session: EditorSession): () => Promise<FixAllReport | undefined> {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !session.isSocialPlanDocument(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a SocialPlan document to fix its problems.'));
      return undefined;
    }
    const result = fixAll(editor.document, session);
    let applied = 0;
    if (result.text !== undefined) {
      const edit = new vscode.WorkspaceEdit();
      edit.set(editor.document.uri, [minimalEdit(editor.document, result.text)]);
      if (await vscode.workspace.applyEdit(edit)) applied = result.applied;
    }
    const report = { applied, needChoice: result.needChoice };
    const message = fixAllMessage(report);
    void vscode.window.showInformationMessage(message);
    return { ...report, message };
  };
}

/** "Applied 3 fixes; 2 problems need a choice (open the light bulb).", in the editor's language. */
export function fixAllMessage({ applied, needChoice }: Pick<FixAllResult, 'applied' | 'needChoice'>): string {
  const one = (count: number) => new Intl.PluralRules(displayLocale()).select(count) === 'one';
  const fixes = one(applied) ? vscode.l10n.t('Applied {0} fix', applied) : vscode.l10n.t('Applied {0} fixes', applied);
  const choices = one(needChoice)
    ? vscode.l10n.t('{0} problem needs a choice (open the light bulb)', needChoice)
    : vscode.l10n.t('{0} problems need a choice (open the light bulb)', needChoice);
  if (applied > 0 && needChoice > 0) return vscode.l10n.t('{0}; {1}.', fixes, choices);
  if (applied > 0) return vscode.l10n.t('{0}.', fixes);
  if (needChoice > 0) return vscode.l10n.t('No fix is safe to apply unasked; {0}.', choices);
  return vscode.l10n.t('No problem in this document can be fixed automatically.');
}
