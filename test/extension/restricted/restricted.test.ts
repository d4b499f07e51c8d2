import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hasRule, ruleOf, uriOf, waitForDiagnostics } from '../helpers';

const mentionsAgencySchema = (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.some((diagnostic) => diagnostic.message.includes('client_code'));

suite('Restricted Mode', () => {
  suiteSetup(activateExtension);

  test('the extension runs in an untrusted workspace, with the bundled schemas and rules only', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opens this workspace without trusting it');
    const diagnostics = await waitForDiagnostics(uriOf('bakery/plan.md'), hasRule('budget-sum'));
    assert.ok(
      diagnostics.some((diagnostic) => ruleOf(diagnostic) === 'unknown-reference'),
      'the plan rules run',
    );
    assert.equal(mentionsAgencySchema(diagnostics), false, 'the workspace schema is not loaded');
  });

  test('granting trust lints again, with the workspace schema', async () => {
    const granted = new Promise<void>((resolve) => vscode.workspace.onDidGrantWorkspaceTrust(() => resolve()));
    // The harness answers this line by clicking "Trust" in the Manage Workspace Trust editor.
    console.log('socialplan-test: grant workspace trust');
    await granted;
    assert.equal(vscode.workspace.isTrusted, true);
    const diagnostics = await waitForDiagnostics(
      uriOf('bakery/plan.md'),
      mentionsAgencySchema,
      'the agency schema finding',
    );
    assert.equal(
      diagnostics.filter(
        (diagnostic) => ruleOf(diagnostic) === 'schema' && diagnostic.message.includes("'client_code'"),
      ).length,
      1,
    );
  });
});
