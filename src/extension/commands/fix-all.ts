import * as vscode from 'vscode';
import { fixAllText, minimalEdit } from '../fix-all';
import type { EditorSession } from '../session';

export const FIX_ALL_COMMAND = 'socialplan.fixAll';

/** "SocialPlan: Fix All": applies the safe fixes of the active document, as fix-all on save does. */
export function fixAllCommand(session: EditorSession): () => Promise<boolean> {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !session.isSocialPlanDocument(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a SocialPlan document to fix its problems.'));
      return false;
    }
    const fixed = fixAllText(editor.document, session);
    if (fixed === undefined) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('No problem in this document can be fixed automatically.'),
      );
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, [minimalEdit(editor.document, fixed)]);
    return vscode.workspace.applyEdit(edit);
  };
}
