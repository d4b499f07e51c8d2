import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'socialplan.socialplan';
/** A guard against a hang, never a wait for something to happen: tests wait on events. */
const EVENT_TIMEOUT_MS = 20_000;

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return folder.uri.fsPath;
}

export function uriOf(relativePath: string): vscode.Uri {
  return vscode.Uri.file(join(workspaceRoot(), relativePath));
}

export async function activateExtension(): Promise<{ activationMs: number }> {
  const extension = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

/** Our diagnostics of a file, in document order. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'socialplan')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function rules(uri: vscode.Uri): string[] {
  return ours(uri).map(ruleOf);
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them: at once, or on the
 * `onDidChangeDiagnostics` event that makes it hold.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ours(uri);
      if (!predicate(diagnostics)) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      const now = ours(uri).map((diagnostic) => `${ruleOf(diagnostic)}@${describe(diagnostic.range)}`);
      reject(
        new Error(
          `Timed out waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; it has: ${now.join(', ') || 'none'}`,
        ),
      );
    }, EVENT_TIMEOUT_MS);
    check();
  });
}

export function hasRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule);
}

export function lacksRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule);
}

/** The range of the first occurrence of `needle` in the document (optionally after `after`). */
export function rangeOf(document: vscode.TextDocument, needle: string, after?: string): vscode.Range {
  const text = document.getText();
  const from = after === undefined ? 0 : text.indexOf(after);
  assert.ok(from >= 0, `"${after}" is not in ${document.uri.fsPath}`);
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `"${needle}" is not in ${document.uri.fsPath}`);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
}

export function describe(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** Replaces the first occurrence of `from` with `to`, in the editor (unsaved). */
export async function replaceText(
  document: vscode.TextDocument,
  from: string,
  to: string,
  after?: string,
): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, from, after), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not replace "${from}"`);
}

/** Throws away unsaved changes to `document` (the next test starts from the file on disk). */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false, 'the document was not reverted');
}

export async function open(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uriOf(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The text of every hover VS Code would show at `position`, providers merged. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers =
    (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}

/**
 * Polls `read` until `done` holds for its value (the webview and the tab model answer
 * asynchronously); a guard of 20 s against a hang, never a wait for something to happen.
 */
export async function until<T>(read: () => T | Thenable<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + EVENT_TIMEOUT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
