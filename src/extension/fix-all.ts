import * as vscode from 'vscode';
import { fixUntilStable } from '../core/lint/fix-loop';
import { needsChoice, safeFixOf } from '../core/lint/fixes';
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
 * is `safeFixOf`'s one definition, as for `lint --fix`; only fixes that edit this document alone
 * are taken: fixing one file never rewrites another.
 */
export function fixAll(document: vscode.TextDocument, session: EditorSession, rule?: string): FixAllResult {
  const file = document.uri.fsPath;
  const original = document.getText();
  const texts = new Map<string, string>([[file, original]]);
  const { host, linter } = session;
  const targets = [...session.planFiles(file)];
  const lint = () => host.withTexts(texts, () => linter.lint(targets).findings);
  const ours = (finding: Finding) => finding.file === file && (rule === undefined || finding.rule === rule);
  let applied = 0;
  // Pass after pass, as `lint --fix` does, on texts kept in memory.
  fixUntilStable({
    lint,
    choose: (finding) => {
      const fix = ours(finding) ? safeFixOf(finding) : undefined;
      return fix && editsOnly(fix, file) ? fix : undefined;
    },
    readText: (path) => texts.get(path),
    take: (outcome) => {
      for (const [path, text] of outcome.changed) texts.set(path, text);
      applied += outcome.applied.length;
    },
  });
  const fixed = texts.get(file) as string;
  const needChoice = lint().filter((finding) => ours(finding) && needsChoice(finding)).length;
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
