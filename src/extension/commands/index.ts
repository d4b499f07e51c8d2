import * as vscode from 'vscode';
import { CREATE_STEP_COMMAND } from '../plan-view';
import { activePreview } from '../preview';
import type { PreviewHost } from '../preview/panel';
import type { EditorSession } from '../session';
import { createStep } from './create-step';
import { EXPORT_DOCX_COMMAND, EXPORT_HTML_COMMAND, EXPORT_PDF_COMMAND, exportCommand } from './export';
import type { ExportNotice } from './export-notice';
import { FIX_ALL_COMMAND, fixAllCommand } from './fix-all';
import { MONTHLY_REPORT_COMMAND, monthlyReportCommand } from './monthly-report';
import { NEW_PLAN_COMMAND, newPlanCommand } from './new-plan';
import { SHOW_RULE_DOCS_COMMAND, showRuleDocsCommand } from './rule-docs';
import {
  inspectPreviewCommand,
  OPEN_PREVIEW_COMMAND,
  OPEN_PREVIEW_TO_SIDE_COMMAND,
  openPreviewCommand,
  PREVIEW_INSPECT_COMMAND,
  PREVIEW_RECEIVE_COMMAND,
  receivePreviewCommand,
} from './preview';

/** What the commands work with. */
export interface CommandDeps {
  session: EditorSession;
  preview: PreviewHost;
  log: vscode.LogOutputChannel;
}

/**
 * Every command of the extension, registered in one place (the palette's are declared under
 * `contributes.commands` in package.json; the ones starting with `_` are for the views and tests).
 */
export function registerCommands(
  context: vscode.ExtensionContext,
  deps: CommandDeps,
): { exportNotices: vscode.Event<ExportNotice> } {
  const { session, preview, log } = deps;
  const notices = new vscode.EventEmitter<ExportNotice>();
  const generator =
    `SocialPlan ${String((context.extension.packageJSON as { version?: unknown }).version ?? '')}`.trim();
  const exportDeps = { session, log, generator, activePreviewPlan: () => activePreview(preview)?.planFile, notices };
  context.subscriptions.push(
    notices,
    vscode.commands.registerCommand(FIX_ALL_COMMAND, fixAllCommand(session)),
    vscode.commands.registerCommand(NEW_PLAN_COMMAND, newPlanCommand()),
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, openPreviewCommand(preview, false)),
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, openPreviewCommand(preview, true)),
    vscode.commands.registerCommand(EXPORT_PDF_COMMAND, exportCommand('pdf', exportDeps)),
    vscode.commands.registerCommand(EXPORT_HTML_COMMAND, exportCommand('html', exportDeps)),
    vscode.commands.registerCommand(EXPORT_DOCX_COMMAND, exportCommand('docx', exportDeps)),
    vscode.commands.registerCommand(MONTHLY_REPORT_COMMAND, monthlyReportCommand(exportDeps)),
    vscode.commands.registerCommand(PREVIEW_INSPECT_COMMAND, inspectPreviewCommand(preview)),
    vscode.commands.registerCommand(PREVIEW_RECEIVE_COMMAND, receivePreviewCommand(preview)),
    vscode.commands.registerCommand(CREATE_STEP_COMMAND, createStep),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, showRuleDocsCommand(context.extensionUri)),
  );
  return { exportNotices: notices.event };
}
