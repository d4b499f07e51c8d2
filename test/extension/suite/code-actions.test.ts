import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hasRule, lacksRule, open, rangeOf, revert, ruleOf, waitForDiagnostics } from '../helpers';

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ??
    []
  );
}

suite('Code actions', () => {
  suiteSetup(activateExtension);

  test('quick fixes are listed for a finding and applied', async () => {
    const document = await open('bakery/plan.md');
    await waitForDiagnostics(document.uri, hasRule('unknown-reference'));
    const actions = await codeActions(document.uri, rangeOf(document, 'juli', 'owner: juli'), 'quickfix');
    const replace = actions.find((action) => action.title === 'Replace with `julie`');
    assert.ok(replace, `no "Replace with julie" among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(replace.kind?.value, 'quickfix');
    assert.notEqual(replace.isPreferred, true, 'a guessed id is not the preferred fix');
    assert.ok(replace.edit);
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.match(document.getText(), /owner: julie {13}# unknown-reference/);
    await waitForDiagnostics(
      document.uri,
      lacksRule('unknown-reference'),
      'unknown-reference to go after the quick fix',
    );
    await revert(document);
    await waitForDiagnostics(document.uri, hasRule('unknown-reference'));
  });

  test('the first safe fix is the preferred one', async () => {
    const document = await open('tidy/plan.md');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('schema'));
    const date = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'schema');
    assert.ok(date);
    const actions = await codeActions(document.uri, date.range, 'quickfix');
    const write = actions.find((action) => action.title === 'Write the date as "2027-09-30"');
    assert.ok(write, `no date fix among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(write.isPreferred, true);
  });

  test('source.fixAll.socialplan applies every safe fix of the document and nothing else', async () => {
    const brief = await open('tidy/01-brief.md');
    await waitForDiagnostics(brief.uri, (found) => found.length === 2);
    const whole = new vscode.Range(0, 0, brief.lineCount, 0);
    const actions = await codeActions(brief.uri, whole, 'source.fixAll.socialplan');
    assert.equal(actions.length, 1, `actions: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(actions[0].kind?.value, 'source.fixAll.socialplan');
    assert.ok(actions[0].edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    assert.match(brief.getText(), /due: "2027-02-01"/);
    assert.match(brief.getText(), /owner: mari /, 'an unsafe fix is never applied by fix-all');
    const after = await waitForDiagnostics(brief.uri, lacksRule('schema'), 'the date finding to go');
    assert.deepEqual(after.map(ruleOf), ['unknown-reference']);
    await revert(brief);
  });

  test('the "SocialPlan: Fix All" command fixes the active document until nothing safe is left', async () => {
    const plan = await open('tidy/plan.md');
    await waitForDiagnostics(plan.uri, (found) => found.length === 2);
    assert.equal(await vscode.commands.executeCommand('socialplan.fixAll'), true);
    assert.match(plan.getText(), /deadline: "2027-09-30"/);
    assert.match(plan.getText(), /total: 20000/);
    await waitForDiagnostics(plan.uri, (found) => found.length === 0, 'no diagnostics left in tidy/plan.md');
    // Nothing left to fix: the command says so and changes nothing.
    const text = plan.getText();
    assert.equal(await vscode.commands.executeCommand('socialplan.fixAll'), false);
    assert.equal(plan.getText(), text);
    await revert(plan);
  });

  test('fix-all runs on save through editor.codeActionsOnSave', async () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await editor.update(
      'codeActionsOnSave',
      { 'source.fixAll.socialplan': 'explicit' },
      vscode.ConfigurationTarget.Workspace,
      true,
    );
    const brief = await open('tidy/01-brief.md');
    const original = brief.getText();
    try {
      // A change, so that saving writes the file; the safe fix comes with the save.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(brief.uri, brief.positionAt(brief.getText().length), '\n');
      await vscode.workspace.applyEdit(edit);
      await vscode.window.showTextDocument(brief);
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.match(brief.getText(), /due: "2027-02-01"/);
      await waitForDiagnostics(brief.uri, lacksRule('schema'));
    } finally {
      const restore = new vscode.WorkspaceEdit();
      restore.replace(brief.uri, new vscode.Range(0, 0, brief.lineCount, 0), original);
      await vscode.workspace.applyEdit(restore);
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await brief.save();
    }
    await waitForDiagnostics(brief.uri, hasRule('schema'));
  });
});
