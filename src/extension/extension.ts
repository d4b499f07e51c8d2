import { basename } from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../core/lint/config';
import { isMarkdownFile } from '../core/workspace/files';
import { FIX_ALL_COMMAND, fixAllCommand } from './commands/fix-all';
import { SocialPlanCodeActions } from './code-actions';
import { DiagnosticsController } from './diagnostics';
import { EditorFileHost } from './editor-host';
import { registerLanguageFeatures } from './language';
import { registerPlanView, type PlanViewProvider } from './plan-view';
import { registerPreviewAndExport } from './preview';
import { readSettings, SECTION, type Settings } from './settings';
import { PlanStatusBar } from './status-bar';

/** Files coming and going arrive in bursts (a git checkout, a folder pasted): one rescan per burst. */
const FILES_CHANGED_DELAY_MS = 150;

/**
 * Wires the engine into VS Code. Nothing heavy happens here: the workspace scan starts after
 * activation returns, and everything registered goes into `context.subscriptions`.
 */
export function activate(context: vscode.ExtensionContext): SocialPlanApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('SocialPlan', { log: true });
  const host = new EditorFileHost();
  let settings: Settings = readSettings();
  const diagnostics = new DiagnosticsController(
    host,
    { trusted: vscode.workspace.isTrusted, overrides: settings.overrides },
    log,
  );
  const statusBar = new PlanStatusBar(diagnostics);
  for (const document of vscode.workspace.textDocuments) host.track(document);

  let filesTimer: ReturnType<typeof setTimeout> | undefined;
  const filesChanged = () => {
    if (filesTimer) clearTimeout(filesTimer);
    filesTimer = setTimeout(() => diagnostics.filesChanged(), FILES_CHANGED_DELAY_MS);
  };
  const filesCameOrWent = (uri: vscode.Uri) => {
    if (mayHoldDocuments(uri.fsPath)) filesChanged();
  };
  const reconfigure = () =>
    diagnostics.reconfigure({ trusted: vscode.workspace.isTrusted, overrides: settings.overrides });

  // Files coming and going: a folder created or deleted with its files may be reported as the
  // folder alone, so every creation and deletion counts but that of a file of another kind.
  const anyWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  const markdownWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', true, false, true);
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.socialplan.{yaml,yml,json}', true, false, true);
  const schemaWatcher = vscode.workspace.createFileSystemWatcher('**/*.json', true, false, true);

  context.subscriptions.push(
    log,
    diagnostics,
    statusBar,
    anyWatcher,
    markdownWatcher,
    configWatcher,
    schemaWatcher,
    { dispose: () => filesTimer && clearTimeout(filesTimer) },
    vscode.languages.registerCodeActionsProvider(
      { scheme: 'file', language: 'markdown' },
      new SocialPlanCodeActions(diagnostics, host),
      SocialPlanCodeActions.metadata(),
    ),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, fixAllCommand(diagnostics, host)),

    vscode.workspace.onDidOpenTextDocument((document) => {
      host.track(document);
      if (diagnostics.handles(document)) diagnostics.schedule(document.uri.fsPath, 0);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || settings.run !== 'onType') return;
      const { document } = event;
      if (document.uri.scheme !== 'file') return;
      if (diagnostics.isConfiguration(document.uri.fsPath)) diagnostics.configChanged();
      else if (diagnostics.handles(document)) diagnostics.schedule(document.uri.fsPath);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.scheme !== 'file') return;
      host.forget(document.uri.fsPath);
      if (diagnostics.isConfiguration(document.uri.fsPath)) diagnostics.configChanged();
      else if (diagnostics.handles(document)) diagnostics.schedule(document.uri.fsPath, 0);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      host.untrack(document);
      // Unsaved changes are gone with the editor: the file is linted again as it is on disk.
      if (diagnostics.isConfiguration(document.uri.fsPath)) diagnostics.configChanged();
      else if (diagnostics.handles(document)) diagnostics.schedule(document.uri.fsPath);
    }),

    anyWatcher.onDidCreate(filesCameOrWent),
    anyWatcher.onDidDelete(filesCameOrWent),
    markdownWatcher.onDidChange((uri) => {
      host.forget(uri.fsPath);
      if (!host.openDocument(uri.fsPath)) diagnostics.schedule(uri.fsPath);
    }),
    configWatcher.onDidChange((uri) => {
      host.forget(uri.fsPath);
      diagnostics.configChanged();
    }),
    schemaWatcher.onDidChange((uri) => {
      if (!diagnostics.isConfiguration(uri.fsPath)) return;
      host.forget(uri.fsPath);
      diagnostics.configChanged();
    }),
    vscode.workspace.onDidRenameFiles(filesChanged),
    vscode.workspace.onDidChangeWorkspaceFolders(filesChanged),

    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      const previous = settings;
      settings = readSettings();
      if (JSON.stringify(previous.overrides) !== JSON.stringify(settings.overrides)) reconfigure();
    }),
    // Granted trust lets the workspace's own schemas and files in: everything is linted again.
    vscode.workspace.onDidGrantWorkspaceTrust(reconfigure),
  );

  registerLanguageFeatures(context, {
    linter: () => diagnostics.engine,
    positionsOf: (file) => diagnostics.positionsOf(file),
  });
  registerPreviewAndExport(context, diagnostics, log);
  const planView = registerPlanView(context, diagnostics);

  // After activation has returned: the first scan reads every Markdown file of the workspace.
  const startup = setTimeout(() => void diagnostics.scanWorkspace(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startup) });
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs, planView };
}

/** Markdown files, config files, and folders (a name with no extension, as far as one can tell). */
function mayHoldDocuments(path: string): boolean {
  const name = basename(path);
  return isMarkdownFile(name) || CONFIG_FILE_NAMES.includes(name) || !name.includes('.') || name.endsWith('.json');
}

/** What `activate` returns to other extensions and to the tests. */
export interface SocialPlanApi {
  /** How long `activate()` took, in milliseconds (the target is under 50). */
  activationMs: number;
  /** The Explorer's "Plan" view (the tests read its rows and wait on its changes). */
  planView: PlanViewProvider;
}

export function deactivate(): void {
  // Everything is disposed through `context.subscriptions`.
}
