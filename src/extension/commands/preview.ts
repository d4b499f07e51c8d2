import * as vscode from 'vscode';
import { activeDocumentFile, planFileOf } from '../preview';
import { PlanPreviewPanel, type PreviewHost, type PreviewSnapshot } from '../preview/panel';

export const OPEN_PREVIEW_COMMAND = 'socialplan.openPreview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'socialplan.openPreviewToSide';
/** Test hooks, not in the palette: a panel's last posted update, and a message as if from its webview. */
export const PREVIEW_INSPECT_COMMAND = 'socialplan._preview.inspect';
export const PREVIEW_RECEIVE_COMMAND = 'socialplan._preview.receive';

/** "SocialPlan: Open Preview (to the Side)": the preview of the plan of `uri` or of the active editor. */
export function openPreviewCommand(host: PreviewHost, toSide: boolean): (uri?: unknown) => string | undefined {
  /** The plan document of `uri`'s plan (or of the active editor's). */
  const planFileFor = (uri: vscode.Uri | undefined): string | undefined => {
    const file = uri?.scheme === 'file' ? uri.fsPath : activeDocumentFile();
    return file ? planFileOf(host.session, file) : undefined;
  };
  return (uri?: unknown) => {
    const planFile = planFileFor(uri instanceof vscode.Uri ? uri : undefined);
    if (!planFile) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Open a document of a SocialPlan plan (a folder with a `socialplan: plan` document) to preview it.',
        ),
      );
      return undefined;
    }
    const active = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    PlanPreviewPanel.createOrShow(host, planFile, toSide ? vscode.ViewColumn.Beside : active);
    return planFile;
  };
}

/** The preview of `planFile`, or the active one, or the last one opened. */
function panelFor(host: PreviewHost, planFile: unknown): PlanPreviewPanel | undefined {
  if (typeof planFile === 'string') return host.panels.get(planFile);
  return [...host.panels.values()].find((panel) => panel.panel.active) ?? [...host.panels.values()].at(-1);
}

export function inspectPreviewCommand(host: PreviewHost): (planFile?: unknown) => PreviewSnapshot | undefined {
  return (planFile) => panelFor(host, planFile)?.snapshot();
}

export function receivePreviewCommand(
  host: PreviewHost,
): (planFile: unknown, message: unknown) => Promise<void> | undefined {
  return (planFile, message) => panelFor(host, planFile)?.receive(message);
}
