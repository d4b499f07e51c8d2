import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { PlanStepNode } from '../plan-view';

/** Offers to create a missing step's document from the template; never overwrites a file. */
export async function createStep(node: PlanStepNode): Promise<void> {
  if (!node?.template) return;
  const name = basename(node.file);
  const create = vscode.l10n.t('Create');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Step {0} has no document yet. Create {1} from the template?', node.stepId, name),
    create,
  );
  if (answer !== create) return;
  const uri = vscode.Uri.file(node.file);
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showWarningMessage(vscode.l10n.t('Nothing was created: {0} already exists.', name));
  } catch {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(node.template));
  }
  await vscode.window.showTextDocument(uri);
}
