import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'socialplan.getStarted';
/** Remembered per user, not per workspace: the walkthrough opens once, on the first activation. */
export const WALKTHROUGH_SHOWN_KEY = 'socialplan.walkthroughShown';

/**
 * Opens "Get started with SocialPlan" the first time the extension activates for this user. VS Code
 * opens it by itself after an install from the Marketplace view; this covers the other ways in (a
 * .vsix, the command line, a profile). Never again afterwards, even when the user closed it at
 * once: it stays in the Welcome page's list (Help > Welcome).
 */
export async function showWalkthroughOnce(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
  // The user's own choice about walkthroughs of new extensions applies to ours too.
  if (!vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true))
    return false;
  await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  await vscode.commands.executeCommand(
    'workbench.action.openWalkthrough',
    `${context.extension.id}#${WALKTHROUGH_ID}`,
    false,
  );
  return true;
}
