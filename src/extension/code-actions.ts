import * as vscode from 'vscode';
import type { Fix, Finding, Locale } from '../core/types';
import { fitLineEndings } from '../core/lint/fixes';
import { plainMessage } from '../core/i18n/code-spans';
import { append } from '../core/util/arrays';
import { diagnosticMessage, ruleOf } from './diagnostics';
import { fixAll, minimalEdit } from './fix-all';
import { toRange } from './positions';
import type { EditorSession } from './session';

/** `source.fixAll.socialplan`, for `editor.codeActionsOnSave`. */
export function fixAllKind(): vscode.CodeActionKind {
  return vscode.CodeActionKind.SourceFixAll.append('socialplan');
}

/**
 * The engine's fixes as code actions: each finding's fixes as quick fixes (its first safe fix
 * preferred, so "Auto Fix" picks it), "Fix all … problems" for a rule with several safe fixes in
 * the document, and `source.fixAll.socialplan` for `editor.codeActionsOnSave`.
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
    const offeredKinds = new Set<string>();
    const findings = this.session.findingsFor(document.uri.fsPath);
    // The language the diagnostics were published in (socialplan.language).
    const locale = this.session.localeFor(document.uri.fsPath);
    for (const diagnostic of context.diagnostics) {
      const finding = findings.find((candidate) => matches(candidate, diagnostic, document, locale));
      if (!finding?.fixes) continue;
      // Only fixes whose result keeps the YAML and the schema whole are offered (lint/fix-check.ts).
      const offered = this.session.fixCheck.offeredFixes(
        finding,
        (file) => this.session.documents.document(file)?.text,
      );
      const preferred = offered.find((fix) => fix.safe);
      for (const fix of offered) actions.push(this.quickFix(fix, diagnostic, fix === preferred, locale));
      if (preferred) append(actions, this.fixAllOfKind(document, finding.rule, diagnostic, offeredKinds));
    }
    return actions;
  }

  /**
   * "Fix all 3 `unknown-key` problems": every safe fix of one rule in the document, offered (as
   * ESLint's extension does) when there is more than the one problem at hand, once per request.
   */
  private fixAllOfKind(
    document: vscode.TextDocument,
    rule: string,
    diagnostic: vscode.Diagnostic,
    offered: Set<string>,
  ): vscode.CodeAction[] {
    if (offered.has(rule)) return [];
    offered.add(rule);
    const result = fixAll(document, this.session, rule);
    if (result.text === undefined || result.applied < 2) return [];
    const title = vscode.l10n.t('Fix all {0} “{1}” problems (safe fixes)', result.applied, rule);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(document.uri, [minimalEdit(document, result.text)]);
    return [action];
  }

  private quickFix(fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean, locale: Locale): vscode.CodeAction {
    // The light bulb shows plain text: code spans in quotes, as in the Problems panel.
    const action = new vscode.CodeAction(plainMessage(fix.title[locale], locale), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    action.edit = toWorkspaceEdit(fix, this.session);
    // A created file is shown, not left to be found in the Explorer.
    const created = fix.createFiles?.[0];
    if (created) {
      const title = vscode.l10n.t('Open {0}', vscode.workspace.asRelativePath(created.file));
      action.command = { command: 'vscode.open', title, arguments: [vscode.Uri.file(created.file)] };
    }
    return action;
  }

  private fixAll(document: vscode.TextDocument): vscode.CodeAction[] {
    const fixed = fixAll(document, this.session).text;
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
  for (const change of fix.edits) {
    // Inserted lines end as the lines around them do (CRLF in a CRLF file).
    const text = session.documents.document(change.file)?.text;
    const fitted = text === undefined ? change : fitLineEndings(text, change);
    edit.replace(vscode.Uri.file(change.file), toRange(session.positionsOf(change.file), change.range), fitted.newText);
  }
  for (const created of fix.createFiles ?? []) {
    edit.createFile(vscode.Uri.file(created.file), {
      ignoreIfExists: true,
      contents: new TextEncoder().encode(created.content),
    });
  }
  return edit;
}

function matches(
  finding: Finding,
  diagnostic: vscode.Diagnostic,
  document: vscode.TextDocument,
  locale: Locale,
): boolean {
  if (ruleOf(diagnostic) !== finding.rule) return false;
  const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
  return range.isEqual(diagnostic.range) && diagnostic.message === diagnosticMessage(finding, locale);
}
