import * as vscode from 'vscode';
import { planOf } from '../../core/export';
import type { EditorSession } from '../session';
import { isPreviewState } from './messages';
import { PlanPreviewPanel, type PreviewHost } from './panel';
import { PreviewRenderer } from './render';

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
 * The live previews: the serializer that restores them after a reload, the context key of the
 * editor title button, and the events that keep them current (their commands, and the export
 * commands, are in commands/). Everything goes into `context.subscriptions`; nothing heavy runs at
 * activation. Returns what the panels share, for the commands.
 */
export function registerPreview(
  context: vscode.ExtensionContext,
  session: EditorSession,
  log: vscode.LogOutputChannel,
): PreviewHost {
  const host: PreviewHost = {
    extensionUri: context.extensionUri,
    session,
    renderer: new PreviewRenderer(),
    log,
    panels: new Map(),
  };

  let contextTimer: ReturnType<typeof setTimeout> | undefined;
  let isDocument: boolean | undefined;
  const updateContext = () => {
    if (contextTimer) clearTimeout(contextTimer);
    contextTimer = setTimeout(() => {
      const file = activeDocumentFile();
      const value = file !== undefined && session.documents.document(file) !== undefined;
      if (value === isDocument) return;
      isDocument = value;
      void vscode.commands.executeCommand('setContext', IS_DOCUMENT_CONTEXT, value);
    }, 0);
  };
  // The active editor shows a document of another plan: the following preview shows that plan.
  let followTimer: ReturnType<typeof setTimeout> | undefined;
  const follow = () => {
    if (followTimer) clearTimeout(followTimer);
    followTimer = setTimeout(() => {
      const follower = PlanPreviewPanel.follower(host);
      const file = activeDocumentFile();
      if (!follower || !file) return;
      const planFile = planFileOf(session, file);
      if (planFile && !host.panels.has(planFile)) follower.showPlan(planFile);
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
    session.onDidLint(() => {
      forEachPanel((panel) => panel.scheduleUpdate(AFTER_LINT_DELAY_MS));
      updateContext();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      updateContext();
      follow();
    }),
    { dispose: () => contextTimer && clearTimeout(contextTimer) },
    { dispose: () => followTimer && clearTimeout(followTimer) },
    { dispose: () => forEachPanel((panel) => panel.dispose()) },
  );
  updateContext();
  return host;
}

export function activeDocumentFile(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.uri.scheme === 'file' ? document.uri.fsPath : undefined;
}

/** The plan document of the plan `file` belongs to, if it is a document of a plan. */
export function planFileOf(session: EditorSession, file: string): string | undefined {
  const document = session.documents.document(file);
  if (!document) return undefined;
  return planOf(session.linter, document)?.planDocuments[0]?.file;
}

/** The focused preview, if a preview is active. */
export function activePreview(host: PreviewHost): PlanPreviewPanel | undefined {
  return [...host.panels.values()].find((panel) => panel.panel.active);
}
