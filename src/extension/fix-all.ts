import * as vscode from 'vscode';
import { applyFixes } from '../core/lint/fixes';
import type { Fix } from '../core/types';
import type { DiagnosticsController } from './diagnostics';
import type { EditorFileHost } from './editor-host';

/** A fix may make room for another: passes go on until nothing safe is left, as `lint --fix` does. */
const MAX_PASSES = 10;

/**
 * The text `document` would have once every safe fix of its own findings is applied, computed in
 * memory with the engine's `applyFixes` and re-linted after each pass; `undefined` when there is
 * nothing to fix. Only fixes that edit this document alone are taken: saving one file never
 * rewrites another.
 */
export function fixAllText(
  document: vscode.TextDocument,
  diagnostics: DiagnosticsController,
  host: EditorFileHost,
): string | undefined {
  const file = document.uri.fsPath;
  const original = document.getText();
  const texts = new Map<string, string>([[file, original]]);
  const linter = diagnostics.engine;
  const targets = [...diagnostics.planFiles(file)];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = host.withTexts(texts, () => linter.lint(targets).findings);
    const fixes = findings
      .filter((finding) => finding.file === file)
      .flatMap((finding) => (finding.fixes ?? []).filter((fix) => isSafeHere(fix, file)).slice(0, 1));
    const outcome = applyFixes(fixes, (path) => texts.get(path));
    if (outcome.applied.length === 0) break;
    for (const [path, text] of outcome.changed) texts.set(path, text);
  }
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
