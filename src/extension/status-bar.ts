import * as vscode from 'vscode';
import { errorCount, warningCount } from './plural';
import type { EditorSession } from './session';

/** The current plan's errors and warnings; a click opens the Problems panel. Hidden outside plans. */
export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('socialplan.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

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
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const file of this.session.planFiles(document.uri.fsPath)) {
      for (const finding of this.session.findingsFor(file)) {
        if (finding.severity === 'error') errors++;
        else if (finding.severity === 'warning') warnings++;
      }
    }
    this.item.text = `$(checklist) SocialPlan $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = vscode.l10n.t(
      'This plan: {0}, {1}. Click to open the Problems panel.',
      errorCount(errors),
      warningCount(warnings),
    );
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('SocialPlan: {0}, {1} in this plan', errorCount(errors), warningCount(warnings)),
    };
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
