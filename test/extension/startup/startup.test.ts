import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, uriOf, waitForDiagnostics } from '../helpers';

/** A guard against a hang; the wait ends as soon as the extension is active. */
const WAIT_MS = 20_000;

suite('Session: start-up in a workspace of plans', () => {
  test('without a Markdown document opened nor a config file, the extension starts and publishes the diagnostics', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const markdown = () => vscode.workspace.textDocuments.filter((document) => document.languageId === 'markdown');
    assert.deepEqual(markdown(), [], 'no Markdown document is open');
    // Not `extension.activate()`: the extension must start on its own (onStartupFinished).
    const deadline = Date.now() + WAIT_MS;
    while (!extension.isActive) {
      if (Date.now() > deadline) throw new Error('the extension did not activate by itself');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Closed files: the workspace scan read them from disk (`socialplan lint` finds 17 and 1 there).
    await waitForDiagnostics(uriOf('bakery/plan.md'), (found) => found.length === 17, '17 diagnostics');
    await waitForDiagnostics(uriOf('stray-step.md'), (found) => found.length === 1, '1 diagnostic');
  });
});
