import * as vscode from 'vscode';
import type { Fix, Finding } from '../core/types';
import { append } from '../core/util/arrays';
import { diagnosticMessage, ruleOf } from './diagnostics';
import { fixAllText, minimalEdit } from './fix-all';
import { displayLocale } from './locale';
import { toRange } from './positions';
import type { EditorSession } from './session';

/** `source.fixAll.socialplan`, for `editor.codeActionsOnSave`. */
export function fixAllKind(): vscode.CodeActionKind {
  return vscode.CodeActionKind.SourceFixAll.append('socialplan');
}

/**
 * The engine's fixes as code actions: each finding's fixes as quick fixes (its first safe fix
 * preferred, so "Auto Fix" picks it), and `source.fixAll.socialplan` for `editor.codeActionsOnSave`.
 */
export class SocialPlanCodeActions implements vscode.CodeActionProvider {
  static metadata(): vscode.CodeActionProviderMetadata {
    return { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind()] };
  }

  constructor(private readonly session: EditorSession) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!this.session.handles(document)) return [];
    const only = context.only;
    const actions = !only || vscode.CodeActionKind.QuickFix.intersects(only) ? this.quickFixes(document, context) : [];
    if (only && fixAllKind().intersects(only)) append(actions, this.fixAll(document));
    return actions;
  }

  private quickFixes(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Fixes are offsets into the text that was linted: none is offered for a text edited since.
    if (!this.session.isCurrent(document)) return [];
    const actions: vscode.CodeAction[] = [];
    const findings = this.session.findingsFor(document.uri.fsPath);
    for (const diagnostic of context.diagnostics) {
      const finding = findings.find((candidate) => matches(candidate, diagnostic, document));
      if (!finding?.fixes) continue;
      const preferred = finding.fixes.find((fix) => fix.safe);
      for (const fix of finding.fixes) actions.push(this.quickFix(fix, diagnostic, fix === preferred));
    }
    return actions;
  }

  private quickFix(fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title[displayLocale()], vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    action.edit = toWorkspaceEdit(fix, this.session);
    return action;
  }

  private fixAll(document: vscode.TextDocument): vscode.CodeAction[] {
    const fixed = fixAllText(document, this.session);
    if (fixed === undefined) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all safe SocialPlan problems'), fixAllKind());
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(document.uri, [minimalEdit(document, fixed)]);
    return [action];
  }
}

/** A fix as a workspace edit: its text edits (in any file of the plan) and the files it creates. */
export function toWorkspaceEdit(fix: Fix, session: EditorSession): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of fix.edits)
    edit.replace(vscode.Uri.file(change.file), toRange(session.positionsOf(change.file), change.range), change.newText);
  for (const created of fix.createFiles ?? []) {
    edit.createFile(vscode.Uri.file(created.file), {
      ignoreIfExists: true,
      contents: new TextEncoder().encode(created.content),
    });
  }
  return edit;
}

function matches(finding: Finding, diagnostic: vscode.Diagnostic, document: vscode.TextDocument): boolean {
  if (ruleOf(diagnostic) !== finding.rule) return false;
  const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
  return range.isEqual(diagnostic.range) && diagnostic.message === diagnosticMessage(finding, displayLocale());
}
