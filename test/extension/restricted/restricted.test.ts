import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ExportNotice } from '../../../src/extension/commands/export-notice';
import type { SocialPlanApi } from '../../../src/extension/extension';
import { activateExtension, EXTENSION_ID, hasRule, open, ruleOf, uriOf, waitForDiagnostics } from '../helpers';

async function api(): Promise<SocialPlanApi> {
  const extension = vscode.extensions.getExtension<SocialPlanApi>(EXTENSION_ID);
  assert.ok(extension);
  return extension.activate();
}

/** The tooltip as a reader sees it: the escapes of Markdown (a backslash, `&nbsp;`) undone. */
async function tooltip(): Promise<string> {
  const markdown = (await api()).statusBar.tooltip ?? '';
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

const LEFT_OUT = 'Restricted Mode (this workspace is not trusted) left out the agency schema agency.schema.json.';

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

  test('the status bar tooltip says what Restricted Mode left out, with a Manage Workspace Trust link', async () => {
    await open('bakery/plan.md');
    const text = await tooltip();
    assert.ok(text.startsWith('This plan: '), text);
    assert.ok(text.includes(LEFT_OUT), text);
    assert.ok(text.endsWith('\n\n[Manage Workspace Trust](command:workbench.trust.manage)'), text);
    assert.ok((await vscode.commands.getCommands(true)).includes('workbench.trust.manage'));
    // A plan that no agency schema or logo applies to has nothing to say about it.
    await open('tidy/plan.md');
    assert.doesNotMatch(await tooltip(), /Restricted Mode/);
  });

  test('the export notification says it once, with a Manage Workspace Trust button', async () => {
    await vscode.workspace
      .getConfiguration('socialplan')
      .update('export.onErrors', 'export', vscode.ConfigurationTarget.Workspace);
    const out = mkdtempSync(join(tmpdir(), 'socialplan-restricted-'));
    const notices: ExportNotice[] = [];
    const subscription = (await api()).exportNotices((notice) => notices.push(notice));
    try {
      const target = join(out, 'bakery.html');
      const written = await vscode.commands.executeCommand('socialplan.exportHtml', {
        target,
        source: uriOf('bakery/plan.md'),
      });
      assert.equal(written, target);
      assert.ok(existsSync(target));
    } finally {
      subscription.dispose();
      rmSync(out, { recursive: true, force: true });
      await vscode.workspace
        .getConfiguration('socialplan')
        .update('export.onErrors', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.equal(notices.length, 1, 'one notification');
    const [notice] = notices;
    assert.equal(notice.message, `The plan was exported to bakery.html. ${LEFT_OUT}`);
    const manage = notice.actions.find((action) => action.title === 'Manage Workspace Trust');
    assert.deepEqual(
      manage?.steps.map((step) => step.command),
      ['workbench.trust.manage'],
    );
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
    await open('bakery/plan.md');
    assert.doesNotMatch(await tooltip(), /Restricted Mode/, 'trusted: nothing left out');
  });
});
