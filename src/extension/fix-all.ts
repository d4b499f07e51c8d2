import * as vscode from 'vscode';
import { fixUntilStable } from '../core/lint/fix-loop';
import type { Fix } from '../core/types';
import type { EditorSession } from './session';

/**
 * The text `document` would have once every safe fix of its own findings is applied, computed in
 * memory by the engine's fix-until-stable loop; `undefined` when there is nothing to fix. Only
 * fixes that edit this document alone are taken: saving one file never rewrites another.
 */
export function fixAllText(document: vscode.TextDocument, session: EditorSession): string | undefined {
  const file = document.uri.fsPath;
  const original = document.getText();
  const texts = new Map<string, string>([[file, original]]);
  const { host, linter } = session;
  const targets = [...session.planFiles(file)];
  // Pass after pass, as `lint --fix` does, on texts kept in memory.
  fixUntilStable({
    lint: () => host.withTexts(texts, () => linter.lint(targets).findings),
    choose: (finding) => (finding.file === file ? finding.fixes?.find((fix) => isSafeHere(fix, file)) : undefined),
    readText: (path) => texts.get(path),
    take: (outcome) => {
      for (const [path, text] of outcome.changed) texts.set(path, text);
    },
  });
  const fixed = texts.get(file) as string;
  return fixed === original ? undefined : fixed;
}

function isSafeHere(fix: Fix, file: string): boolean {
  return fix.safe && (fix.createFiles ?? []).length === 0 && fix.edits.every((edit) => edit.file === file);
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
