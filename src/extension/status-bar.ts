import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';

/** The current plan's errors and warnings; a click opens the Problems panel. Hidden outside plans. */
export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('socialplan.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = vscode.l10n.t('SocialPlan problems');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      diagnostics.onDidLint(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.diagnostics.handles(document) || !this.diagnostics.engine.document(document.uri.fsPath)) {
      this.item.hide();
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const file of this.diagnostics.planFiles(document.uri.fsPath)) {
      for (const diagnostic of this.diagnostics.collection.get(vscode.Uri.file(file)) ?? []) {
        if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    this.item.text = `$(checklist) SocialPlan $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = vscode.l10n.t(
      'This plan: {0} error(s), {1} warning(s). Click to open the Problems panel.',
      errors,
      warnings,
    );
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('SocialPlan: {0} error(s), {1} warning(s) in this plan', errors, warnings),
    };
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
