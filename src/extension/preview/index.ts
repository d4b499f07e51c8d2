import * as vscode from 'vscode';
import { planOf } from '../../core/export';
import { EXPORT_HTML_COMMAND, EXPORT_PDF_COMMAND, exportCommand } from '../commands/export';
import type { DiagnosticsController } from '../diagnostics';
import { isPreviewState } from './messages';
import { PlanPreviewPanel, type PreviewHost, type PreviewSnapshot } from './panel';
import { PreviewRenderer } from './render';

export const OPEN_PREVIEW_COMMAND = 'socialplan.openPreview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'socialplan.openPreviewToSide';
/** Test hooks, not in the palette: a panel's last posted update, and a message as if from its webview. */
export const PREVIEW_INSPECT_COMMAND = 'socialplan._preview.inspect';
export const PREVIEW_RECEIVE_COMMAND = 'socialplan._preview.receive';
/** True in an editor holding a SocialPlan document: the editor title shows the preview button. */
export const IS_DOCUMENT_CONTEXT = 'socialplan.isDocument';

/**
 * Typing: a keystroke after a quiet spell renders at once; keystrokes closer than this to the last
 * render wait this long, merged (the target is < 150 ms from keystroke to preview, in all).
 */
export const PREVIEW_TYPING_DELAY_MS = 25;
/** After a lint (a file created, a config changed…), the previews check whether they changed. */
const AFTER_LINT_DELAY_MS = 100;

/**
 * The live preview and the export commands: the commands, the serializer that restores previews
 * after a reload, the context key of the editor title button, and the events that keep previews
 * current. Everything goes into `context.subscriptions`; nothing heavy runs at activation.
 */
export function registerPreviewAndExport(
  context: vscode.ExtensionContext,
  diagnostics: DiagnosticsController,
  log: vscode.LogOutputChannel,
): void {
  const host: PreviewHost = {
    extensionUri: context.extensionUri,
    diagnostics,
    renderer: new PreviewRenderer(),
    log,
    panels: new Map(),
  };
  const generator =
    `SocialPlan ${String((context.extension.packageJSON as { version?: unknown }).version ?? '')}`.trim();

  /** The plan document of `uri`'s plan (or of the active editor's). */
  const planFileOf = (uri: vscode.Uri | undefined): string | undefined => {
    const file = uri?.scheme === 'file' ? uri.fsPath : activeDocumentFile();
    if (!file) return undefined;
    const linter = diagnostics.engine;
    const document = linter.document(file);
    if (!document) return undefined;
    return planOf(linter, document)?.planDocuments[0]?.file;
  };
  const openPreview = (toSide: boolean) => (uri?: unknown) => {
    const planFile = planFileOf(uri instanceof vscode.Uri ? uri : undefined);
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
  const panelFor = (planFile: unknown): PlanPreviewPanel | undefined => {
    if (typeof planFile === 'string') return host.panels.get(planFile);
    return [...host.panels.values()].find((panel) => panel.panel.active) ?? [...host.panels.values()].at(-1);
  };

  let contextTimer: ReturnType<typeof setTimeout> | undefined;
  let isDocument: boolean | undefined;
  const updateContext = () => {
    if (contextTimer) clearTimeout(contextTimer);
    contextTimer = setTimeout(() => {
      const file = activeDocumentFile();
      const value = file !== undefined && diagnostics.engine.document(file) !== undefined;
      if (value === isDocument) return;
      isDocument = value;
      void vscode.commands.executeCommand('setContext', IS_DOCUMENT_CONTEXT, value);
    }, 0);
  };
  const forEachPanel = (work: (panel: PlanPreviewPanel) => void) => {
    for (const panel of host.panels.values()) work(panel);
  };
  const fileChanged = (document: vscode.TextDocument, delay: number, typing = false) => {
    if (document.uri.scheme !== 'file') return;
    const file = document.uri.fsPath;
    forEachPanel((panel) => panel.concerns(file) && panel.scheduleUpdate(delay, typing));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, openPreview(false)),
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, openPreview(true)),
    vscode.commands.registerCommand(
      EXPORT_PDF_COMMAND,
      exportCommand('pdf', { diagnostics, log, generator, activePreviewPlan: () => activePreview(host)?.planFile }),
    ),
    vscode.commands.registerCommand(
      EXPORT_HTML_COMMAND,
      exportCommand('html', { diagnostics, log, generator, activePreviewPlan: () => activePreview(host)?.planFile }),
    ),
    vscode.commands.registerCommand(PREVIEW_INSPECT_COMMAND, (planFile?: unknown): PreviewSnapshot | undefined =>
      panelFor(planFile)?.snapshot(),
    ),
    vscode.commands.registerCommand(PREVIEW_RECEIVE_COMMAND, (planFile: unknown, message: unknown) =>
      panelFor(planFile)?.receive(message),
    ),
    vscode.window.registerWebviewPanelSerializer(PlanPreviewPanel.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        if (!isPreviewState(state)) {
          panel.dispose();
          return;
        }
        PlanPreviewPanel.revive(host, panel, state);
      },
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) fileChanged(event.document, PREVIEW_TYPING_DELAY_MS, true);
    }),
    // Saved, or closed with its changes thrown away: the disk is the text again.
    vscode.workspace.onDidSaveTextDocument((document) => fileChanged(document, 0)),
    vscode.workspace.onDidCloseTextDocument((document) => fileChanged(document, AFTER_LINT_DELAY_MS)),
    // Files came or went, a config or the settings changed: the diagnostics were redone.
    diagnostics.onDidLint(() => {
      forEachPanel((panel) => panel.scheduleUpdate(AFTER_LINT_DELAY_MS));
      updateContext();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    { dispose: () => contextTimer && clearTimeout(contextTimer) },
    { dispose: () => forEachPanel((panel) => panel.dispose()) },
  );
  updateContext();
}

function activeDocumentFile(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.uri.scheme === 'file' ? document.uri.fsPath : undefined;
}

function activePreview(host: PreviewHost): PlanPreviewPanel | undefined {
  return [...host.panels.values()].find((panel) => panel.panel.active);
}
