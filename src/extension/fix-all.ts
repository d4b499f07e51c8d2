import * as vscode from 'vscode';
import { fixUntilStable } from '../core/lint/fix-loop';
import { safeFixOf } from '../core/lint/fixes';
import type { Finding, Fix } from '../core/types';
import type { EditorSession } from './session';

/** What fixing one document would do: its new text, how many fixes that takes, what is left. */
export interface FixAllResult {
  /** The fixed text; `undefined` when nothing could be fixed. */
  text: string | undefined;
  /** Fixes applied, over every pass. */
  applied: number;
  /** Problems of the document, once fixed, that have fixes on offer but none safe. */
  needChoice: number;
}

/**
 * What `document` would be once every safe fix of its own findings is applied (only those of
 * `rule`, when given), computed in memory by the engine's fix-until-stable loop. Which fix is safe
 * is `safeFixOf`'s one definition, as for `lint --fix`, among the fixes that keep the YAML and the schema whole; only fixes that edit this document alone
 * are taken: fixing one file never rewrites another.
 */
export function fixAll(document: vscode.TextDocument, session: EditorSession, rule?: string): FixAllResult {
  const file = document.uri.fsPath;
  const original = document.getText();
  const texts = new Map<string, string>([[file, original]]);
  const { host, linter } = session;
  const targets = [...session.planFiles(file)];
  const lint = () => host.withTexts(texts, () => linter.lint(targets).findings);
  const readText = (path: string) => texts.get(path);
  // Other files of the plan, which a fix of this document's findings may also edit, as they are.
  const currentText = (path: string) => texts.get(path) ?? linter.documents.document(path)?.text;
  const check = session.fixCheck;
  const ours = (finding: Finding) => finding.file === file && (rule === undefined || finding.rule === rule);
  let applied = 0;
  // Pass after pass, as `lint --fix` does, on texts kept in memory.
  fixUntilStable({
    lint,
    choose: (finding) => {
      const fix = ours(finding) ? safeFixOf(finding) : undefined;
      return fix && editsOnly(fix, file) ? fix : undefined;
    },
    readText,
    // A pass whose result would add a YAML or schema error keeps only the fixes that do not.
    keepsWellFormed: (outcome) => host.withTexts(texts, () => check.outcomeKeepsWellFormed(outcome, currentText)),
    take: (outcome) => {
      for (const [path, text] of outcome.changed) texts.set(path, text);
      applied += outcome.applied.length;
    },
  });
  const fixed = texts.get(file) as string;
  const needChoice = lint().filter(
    (finding) => ours(finding) && host.withTexts(texts, () => check.needsChoice(finding, currentText)),
  ).length;
  return { text: fixed === original ? undefined : fixed, applied, needChoice };
}

function editsOnly(fix: Fix, file: string): boolean {
  return (fix.createFiles ?? []).length === 0 && fix.edits.every((edit) => edit.file === file);
}

/** One edit covering what changed between two texts, so the cursor and folding outside it stay put. */
export function minimalEdit(document: vscode.TextDocument, fixed: string): vscode.TextEdit {
  const original = document.getText();
  let start = 0;
  while (start < original.length && start < fixed.length && original[start] === fixed[start]) start++;
  let end = 0;
  while (
    end < original.length - start &&
    end < fixed.length - start &&
    original[original.length - 1 - end] === fixed[fixed.length - 1 - end]
  )
    end++;
  const range = new vscode.Range(document.positionAt(start), document.positionAt(original.length - end));
  return vscode.TextEdit.replace(range, fixed.slice(start, fixed.length - end));
}
