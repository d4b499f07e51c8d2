import { basename, dirname, isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import { WriteError, writeFileAtomic } from '../../core/util/atomic';
import { isRecord } from '../../core/util/guards';
import {
  checkPlan,
  defaultExportName,
  planOf,
  renderExport,
  untrustedSkips,
  type ExportFormat,
  type PlanCheck,
} from '../../core/export';
import type { Plan } from '../../core/workspace/plans';
import { isEdition, type Edition } from '../../core/report/model';
import type { Localized } from '../../core/types';
import { localize } from '../locale';
import { errorCount } from '../plural';
import type { EditorSession } from '../session';
import { exportOnErrors } from '../settings';
import { type ExportNotice, exportedNotice, showNotice, unreadableNotice } from './export-notice';

export const EXPORT_PDF_COMMAND = 'socialplan.exportPdf';
export const EXPORT_HTML_COMMAND = 'socialplan.exportHtml';
export const EXPORT_DOCX_COMMAND = 'socialplan.exportDocx';

/**
 * What the command accepts besides a resource (the editor title and explorer menus pass a Uri):
 * `{ target }` writes there without the save dialog (scripts, tests); `{ source }` names the
 * document whose plan is exported instead of the active editor's; `{ edition }` overrides the
 * config's `export.edition` and the plan's status, as the CLI's `--edition` does.
 */
export interface ExportArgs {
  target?: string | vscode.Uri;
  source?: string | vscode.Uri;
  edition?: Edition;
}

export interface ExportDeps {
  session: EditorSession;
  log: vscode.LogOutputChannel;
  /** `SocialPlan 0.1.0`, written in the file. */
  generator: string;
  /** The plan document of the focused preview, when a preview rather than an editor is active. */
  activePreviewPlan: () => string | undefined;
  /** Told of every notification an export shows (the extension's API hands it to the tests). */
  notices: vscode.EventEmitter<ExportNotice>;
}

export const FORMAT_NAMES: Record<ExportFormat, string> = { pdf: 'PDF', html: 'HTML', docx: 'Word' };

const SAVE_FILTERS: Record<ExportFormat, Record<string, string[]>> = {
  pdf: { PDF: ['pdf'] },
  html: { HTML: ['html', 'htm'] },
  docx: { Word: ['docx'] },
};

function isPathOrUri(value: unknown): value is string | vscode.Uri {
  return (typeof value === 'string' && value.length > 0) || value instanceof vscode.Uri;
}

export function isExportArgs(value: unknown): value is ExportArgs {
  if (!isRecord(value) || value instanceof vscode.Uri) return false;
  return (
    (value.target === undefined || isPathOrUri(value.target)) &&
    (value.source === undefined || isPathOrUri(value.source)) &&
    (value.edition === undefined || isEdition(value.edition))
  );
}

function fsPath(value: string | vscode.Uri): string {
  return typeof value === 'string' ? value : value.fsPath;
}

/**
 * "SocialPlan: Export to PDF / HTML / Word": the plan of the active document (or preview), checked, then
 * written atomically where the user says, under a progress notification. Resolves with the path
 * written, or `undefined` when nothing was.
 */
export function exportCommand(format: ExportFormat, deps: ExportDeps): (arg?: unknown) => Promise<string | undefined> {
  return async (arg?: unknown) => {
    const args: ExportArgs = arg instanceof vscode.Uri ? { source: arg } : isExportArgs(arg) ? arg : {};
    const plan = planToExport(args, deps);
    return plan && exportPlan(plan, format, args, deps);
  };
}

/** The plan of `args.source`, else of the active editor or preview; `undefined`, the user told why, when there is none. */
export function planToExport(args: ExportArgs, deps: ExportDeps): Plan | undefined {
  const source = args.source ? fsPath(args.source) : (activeDocumentFile() ?? deps.activePreviewPlan());
  const { documents, linter } = deps.session;
  const document = source === undefined ? undefined : documents.document(source);
  if (!source || !document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a SocialPlan document to export its plan.'));
    return undefined;
  }
  const plan = planOf(linter, document);
  if (!plan)
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        '{0} belongs to no plan: there is no `socialplan: plan` document in its folder or above it.',
        basename(source),
      ),
    );
  return plan;
}

/**
 * Checks `plan`, asks where to write unless `args.target` says, and writes the report (the
 * monthly report of `month`, `YYYY-MM`, when given) atomically under a progress notification.
 */
export async function exportPlan(
  plan: Plan,
  format: ExportFormat,
  args: ExportArgs,
  deps: ExportDeps,
  month?: string,
): Promise<string | undefined> {
  const { linter } = deps.session;
  const planDocument = plan.planDocuments[0];
  const check = checkPlan(linter, plan);
  if (check.configBroken) {
    void offerProblems(
      vscode.window.showErrorMessage(
        vscode.l10n.t(
          'The SocialPlan config file that applies to this plan is broken: nothing was exported. See the Problems panel.',
        ),
        SHOW_PROBLEMS(),
      ),
    );
    return undefined;
  }
  // Not even "Export anyway": the report of an unreadable plan is empty, titled after the folder.
  if (check.unreadable) {
    void showNotice(unreadableNotice(check.unreadable), deps.notices);
    return undefined;
  }
  if (check.errors.length > 0 && !(await mayExportWithErrors(check, vscode.Uri.file(planDocument.file))))
    return undefined;

  let target: string | undefined;
  if (args.target !== undefined) {
    target = fsPath(args.target);
    if (!isAbsolute(target)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The export target must be an absolute path: {0}', target));
      return undefined;
    }
  } else target = await askTarget(plan, format, month);
  if (!target) return undefined;

  const written = target;
  try {
    const warnings = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('SocialPlan: exporting {0} to {1}', basename(written), FORMAT_NAMES[format]),
      },
      async (progress) => {
        progress.report({ message: vscode.l10n.t('assembling the plan…') });
        const warnings: Localized[] = [];
        const { content } = await renderExport(plan, check, {
          format,
          edition: args.edition,
          month,
          trusted: vscode.workspace.isTrusted,
          generator: deps.generator,
          onWarning: (warning) => warnings.push(warning),
          pauseWhileAssembling: true,
        });
        progress.report({ message: vscode.l10n.t('writing the file…') });
        // A temporary file renamed over the target: a failure never leaves half a file.
        writeFileAtomic(written, content);
        return warnings;
      },
    );
    const locale = deps.session.localeFor(planDocument.file);
    for (const warning of warnings) void vscode.window.showWarningMessage(localize(warning, locale));
  } catch (error) {
    const reason =
      error instanceof WriteError
        ? localize(error.reason, deps.session.localeFor(planDocument.file))
        : error instanceof Error
          ? error.message
          : String(error);
    deps.log.error(`Export to ${written} failed`, error instanceof Error ? (error.stack ?? reason) : reason);
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'SocialPlan could not export the plan: {0}. Nothing was written; the previous file, if any, is unchanged.',
        reason,
      ),
    );
    return undefined;
  }
  deps.log.info(`Exported ${planDocument.file} to ${written}`);
  void showNotice(exportedNotice(written, untrustedSkips(linter, plan, check.config)), deps.notices);
  return written;
}

const EXPORT_ANYWAY = () => vscode.l10n.t('Export anyway');
const SHOW_PROBLEMS = () => vscode.l10n.t('Show Problems');

/** What `socialplan.export.onErrors` says, asking the user when it says `ask`. */
async function mayExportWithErrors(check: PlanCheck, planUri: vscode.Uri): Promise<boolean> {
  const onErrors = exportOnErrors(planUri);
  const count = check.errors.length;
  if (onErrors === 'export') return true;
  if (onErrors === 'cancel') {
    void offerProblems(
      vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Nothing was exported: the plan has {0} (setting socialplan.export.onErrors).',
          errorCount(count),
        ),
        SHOW_PROBLEMS(),
      ),
    );
    return false;
  }
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('The plan has {0}. Export it anyway?', errorCount(count)),
    {
      modal: true,
      detail: vscode.l10n.t(
        'The report lists them in its validation summary. The setting socialplan.export.onErrors can make this choice for you.',
      ),
    },
    EXPORT_ANYWAY(),
    SHOW_PROBLEMS(),
  );
  if (choice === EXPORT_ANYWAY()) return true;
  if (choice === SHOW_PROBLEMS()) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return false;
}

async function offerProblems(answer: Thenable<string | undefined>): Promise<void> {
  if ((await answer) === SHOW_PROBLEMS()) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** The save dialog, opening beside the plan, the file named after the plan's title and version. */
async function askTarget(plan: Plan, format: ExportFormat, month: string | undefined): Promise<string | undefined> {
  const folder = plan.folder ?? dirname(plan.planDocuments[0].file);
  const uri = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(join(folder, defaultExportName(plan, format, month))),
    filters: SAVE_FILTERS[format],
    saveLabel: vscode.l10n.t('Export'),
    title: month
      ? vscode.l10n.t('Export the monthly report of {0} to {1}', month, FORMAT_NAMES[format])
      : vscode.l10n.t('Export the plan to {0}', FORMAT_NAMES[format]),
  });
  return uri?.scheme === 'file' ? uri.fsPath : undefined;
}

function activeDocumentFile(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.uri.scheme === 'file' ? document.uri.fsPath : undefined;
}
