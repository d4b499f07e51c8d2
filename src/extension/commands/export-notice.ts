import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { UnreadablePlan, UntrustedSkips } from '../../core/export';
import { localize } from '../locale';

/**
 * The notifications of an export, as data: what they say and what each button runs. The same
 * record is shown and handed to the tests (through the extension's API), so a test sees what the
 * user sees and runs what a click runs (docs/exporting.md, "In VS Code").
 */
export interface ExportNotice {
  severity: 'info' | 'error';
  message: string;
  actions: NoticeAction[];
}

/** A button: the commands a click runs, in order. */
export interface NoticeAction {
  title: string;
  steps: { command: string; args: unknown[] }[];
}

/** Shows `notice`, tells `listeners`, and runs the button chosen; not awaited by the command. */
export async function showNotice(notice: ExportNotice, listeners: vscode.EventEmitter<ExportNotice>): Promise<void> {
  listeners.fire(notice);
  const titles = notice.actions.map((action) => action.title);
  const show = notice.severity === 'error' ? vscode.window.showErrorMessage : vscode.window.showInformationMessage;
  // bounded: a notification has at most four buttons
  const choice = await show(notice.message, ...titles);
  const action = notice.actions.find((candidate) => candidate.title === choice);
  if (action) await runAction(action);
}

export async function runAction(action: NoticeAction): Promise<void> {
  // bounded: a command takes one or two arguments here
  for (const step of action.steps) await vscode.commands.executeCommand(step.command, ...step.args);
}

/**
 * The VS Code window shows files of this machine: the OS file manager can show them. Not in a
 * browser (VS Code for the Web, code-server) nor with the files on a remote machine (SSH, WSL,
 * containers), where the file must be downloaded to reach the user's own machine.
 */
export function isLocalDesktop(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
}

/** "The plan was exported to …": Open, and Reveal or Download depending on where the file is. */
export function exportedNotice(file: string, skips: UntrustedSkips | undefined): ExportNotice {
  const uri = vscode.Uri.file(file);
  // `vscode.open` shows the file in VS Code, on any host (openExternal of a `file:` address did
  // nothing on a remote one); a PDF may have no viewer there, hence Reveal and Download.
  const actions: NoticeAction[] = [{ title: vscode.l10n.t('Open'), steps: [step('vscode.open', uri)] }];
  if (isLocalDesktop())
    actions.push({ title: vscode.l10n.t('Reveal in File Explorer'), steps: [step('revealFileInOS', uri)] });
  else if (vscode.workspace.getWorkspaceFolder(uri)) {
    // The Explorer's Download works on its selection: reveal selects the file first.
    const reveal = step('revealInExplorer', uri);
    actions.push({ title: vscode.l10n.t('Reveal in Explorer'), steps: [reveal] });
    actions.push({ title: vscode.l10n.t('Download'), steps: [reveal, step('explorer.download')] });
  }
  let message = vscode.l10n.t('The plan was exported to {0}.', basename(file));
  const restricted = restrictedText(skips);
  if (restricted) {
    message = `${message} ${restricted}`;
    actions.push(manageTrustAction());
  }
  return { severity: 'info', message, actions };
}

/** A plan document that does not parse: the line to fix, and a button that opens it there. */
export function unreadableNotice(unreadable: UnreadablePlan): ExportNotice {
  const name = basename(unreadable.file);
  const at = new vscode.Position(unreadable.line - 1, unreadable.column - 1);
  return {
    severity: 'error',
    message: vscode.l10n.t(
      'Nothing was exported: {0} cannot be read. Fix line {1}: {2}',
      name,
      unreadable.line,
      localize(unreadable.message),
    ),
    actions: [
      {
        title: vscode.l10n.t('Open {0} at Line {1}', name, unreadable.line),
        steps: [step('vscode.open', vscode.Uri.file(unreadable.file), { selection: new vscode.Range(at, at) })],
      },
    ],
  };
}

/**
 * What Restricted Mode left out of this plan, in one sentence; `undefined` in a trusted workspace
 * or when nothing was left out.
 */
export function restrictedText(skips: UntrustedSkips | undefined): string | undefined {
  if (!skips || vscode.workspace.isTrusted) return undefined;
  const parts = skips.schemaFiles.map((schema) => vscode.l10n.t('the agency schema {0}', basename(schema)));
  if (skips.logo) parts.push(vscode.l10n.t('the logo {0}', basename(skips.logo)));
  if (parts.length === 0) return undefined;
  return vscode.l10n.t('Restricted Mode (this workspace is not trusted) left out {0}.', parts.join(', '));
}

export const MANAGE_TRUST_COMMAND = 'workbench.trust.manage';

export function manageTrustAction(): NoticeAction {
  return { title: vscode.l10n.t('Manage Workspace Trust'), steps: [step(MANAGE_TRUST_COMMAND)] };
}

function step(command: string, ...args: unknown[]): NoticeAction['steps'][number] {
  return { command, args };
}
