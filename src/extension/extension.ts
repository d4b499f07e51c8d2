import * as vscode from 'vscode';
import { SocialPlanCodeActions } from './code-actions';
import { registerCommands } from './commands';
import type { ExportNotice } from './commands/export-notice';
import { EditorFileHost } from './editor-host';
import { registerLanguageFeatures } from './language';
import { showWalkthroughOnce } from './onboarding';
import { registerPlanView, type PlanViewProvider } from './plan-view';
import { registerPreview } from './preview';
import { EditorSession } from './session';
import { SECTION } from './settings';
import { scanWhenPlansAround } from './startup';
import { PlanStatusBar } from './status-bar';

/**
 * Wires the engine into VS Code, and nothing more: the session (session.ts) does the work, the
 * events below only tell it what happened. Nothing heavy happens here: the workspace scan starts
 * after activation returns, and everything registered goes into `context.subscriptions`.
 */
export function activate(context: vscode.ExtensionContext): SocialPlanApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('SocialPlan', { log: true });
  const host = new EditorFileHost();
  const session = new EditorSession(host, log);
  const statusBar = new PlanStatusBar(session);
  for (const document of vscode.workspace.textDocuments) host.track(document);

  const anyWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  const markdownWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', true, false, true);
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.socialplan.{yaml,yml,json}', true, false, true);
  const schemaWatcher = vscode.workspace.createFileSystemWatcher('**/*.json', true, false, true);

  context.subscriptions.push(
    log,
    session,
    statusBar,
    anyWatcher,
    markdownWatcher,
    configWatcher,
    schemaWatcher,
    vscode.languages.registerCodeActionsProvider(
      { scheme: 'file', language: 'markdown' },
      new SocialPlanCodeActions(session),
      SocialPlanCodeActions.metadata(),
    ),

    vscode.workspace.onDidOpenTextDocument((document) => session.documentOpened(document)),
    vscode.workspace.onDidChangeTextDocument((event) => session.documentChanged(event)),
    vscode.workspace.onDidSaveTextDocument((document) => session.documentSaved(document)),
    vscode.workspace.onDidCloseTextDocument((document) => session.documentClosed(document)),

    anyWatcher.onDidCreate((uri) => session.fileCameOrWent(uri)),
    anyWatcher.onDidDelete((uri) => session.fileCameOrWent(uri)),
    markdownWatcher.onDidChange((uri) => session.markdownChangedOnDisk(uri)),
    configWatcher.onDidChange((uri) => session.configurationChangedOnDisk(uri)),
    schemaWatcher.onDidChange((uri) => session.configurationChangedOnDisk(uri)),
    vscode.workspace.onDidRenameFiles(() => session.filesChangedSoon()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => session.filesChangedSoon()),

    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) session.settingsChanged();
    }),
    // Granted trust lets the workspace's own schemas and files in: everything is linted again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => session.reconfigure()),
  );

  registerLanguageFeatures(context, session);
  const preview = registerPreview(context, session, log);
  const planView = registerPlanView(context, session);
  const { exportNotices } = registerCommands(context, { session, preview, log });

  // After activation has returned: the first scan reads every Markdown file of the workspace, once
  // it is known to hold plans (startup.ts: the extension also activates on start-up finished), and
  // a first activation opens the walkthrough.
  let walkthroughShown: Promise<boolean> = Promise.resolve(false);
  const startup = setTimeout(() => {
    void scanWhenPlansAround(session, context);
    const walkthrough = showWalkthroughOnce(context).catch((error: unknown) =>
      log.warn(`The walkthrough could not be opened: ${String(error)}`),
    );
    walkthroughShown = walkthrough.then((shown) => shown === true);
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startup) });
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs, planView, exportNotices, statusBar, walkthroughShown: () => walkthroughShown };
}

/** What `activate` returns to other extensions and to the tests. */
export interface SocialPlanApi {
  /** How long `activate()` took, in milliseconds (the target is under 50). */
  activationMs: number;
  /** The Explorer's "Plan" view (the tests read its rows and wait on its changes). */
  planView: PlanViewProvider;
  /** Whether this activation opened the walkthrough (the first one does; the tests check it). */
  walkthroughShown: () => Promise<boolean>;
  /** Every notification an export shows, with its buttons (the tests run what a click runs). */
  exportNotices: vscode.Event<ExportNotice>;
  /** The status bar item of the current plan (the tests compare its counts with the preview's and
   * read its tooltip). */
  statusBar: PlanStatusBar;
}

export function deactivate(): void {
  // Everything is disposed through `context.subscriptions`.
}
