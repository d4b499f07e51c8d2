import * as vscode from 'vscode';
import { planOf, untrustedSkips } from '../core/export';
import { MANAGE_TRUST_COMMAND, restrictedText } from './commands/export-notice';
import { errorCount, warningCount } from './plural';
import type { EditorSession } from './session';

/** What the status item shows now (the tests read it through the extension's API). */
export interface StatusSnapshot {
  visible: boolean;
  /** The lint generation the counts are from (`EditorSession.publishedPlanFindings`). */
  generation: number;
  errors: number;
  warnings: number;
  text: string;
}

/**
 * The current plan's errors and warnings; a click opens the Problems panel. Hidden outside plans.
 * In Restricted Mode its tooltip also says what of this plan was left out, with a link to Manage
 * Workspace Trust (docs/exporting.md, "Restricted Mode").
 */
export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('socialplan.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private shown: StatusSnapshot = { visible: false, generation: 0, errors: 0, warnings: 0, text: '' };

  constructor(private readonly session: EditorSession) {
    this.item.name = vscode.l10n.t('SocialPlan problems');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      session.onDidLint(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.session.isSocialPlanDocument(document)) {
      this.item.hide();
      this.shown = { ...this.shown, visible: false };
      return;
    }
    let errors = 0;
    let warnings = 0;
    // The same published result as the preview's validation summary, generation included.
    const published = this.session.publishedPlanFindings(document.uri.fsPath);
    for (const finding of published.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    this.item.text = `$(checklist) SocialPlan $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = this.tooltipFor(document.uri.fsPath, errors, warnings);
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('SocialPlan: {0}, {1} in this plan', errorCount(errors), warningCount(warnings)),
    };
    this.item.show();
    this.shown = { visible: true, generation: published.generation, errors, warnings, text: this.item.text };
  }

  snapshot(): StatusSnapshot {
    return { ...this.shown };
  }

  /** The tooltip's text (Markdown when it links to Manage Workspace Trust). */
  get tooltip(): string | undefined {
    const tooltip = this.item.tooltip;
    return typeof tooltip === 'string' ? tooltip : tooltip?.value;
  }

  private tooltipFor(file: string, errors: number, warnings: number): string | vscode.MarkdownString {
    const counts = vscode.l10n.t(
      'This plan: {0}, {1}. Click to open the Problems panel.',
      errorCount(errors),
      warningCount(warnings),
    );
    const restricted = this.restrictedText(file);
    if (!restricted) return counts;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = { enabledCommands: [MANAGE_TRUST_COMMAND] };
    tooltip.appendText(counts).appendMarkdown('\n\n$(shield) ').appendText(restricted);
    tooltip.appendMarkdown(`\n\n[${vscode.l10n.t('Manage Workspace Trust')}](command:${MANAGE_TRUST_COMMAND})`);
    return tooltip;
  }

  private restrictedText(file: string): string | undefined {
    if (vscode.workspace.isTrusted) return undefined;
    const { documents, linter } = this.session;
    const document = documents.document(file);
    const plan = document && planOf(linter, document);
    if (!plan) return undefined;
    return restrictedText(untrustedSkips(linter, plan, linter.configs.forFile(plan.planDocuments[0].file)));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
