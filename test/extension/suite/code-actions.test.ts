import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  hasRule,
  lacksRule,
  open,
  rangeOf,
  replaceText,
  revert,
  ruleOf,
  uriOf,
  until,
  waitForDiagnostics,
} from '../helpers';

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
    const replace = actions.find((action) => action.title === "Replace with 'julie'");
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
    assert.deepEqual(await vscode.commands.executeCommand('socialplan.fixAll'), {
      applied: 2,
      needChoice: 0,
      message: 'Applied 2 fixes.',
    });
    assert.match(plan.getText(), /deadline: "2027-09-30"/);
    assert.match(plan.getText(), /total: 20000/);
    await waitForDiagnostics(plan.uri, (found) => found.length === 0, 'no diagnostics left in tidy/plan.md');
    // Nothing left to fix: the command says so and changes nothing.
    const text = plan.getText();
    assert.deepEqual(await vscode.commands.executeCommand('socialplan.fixAll'), {
      applied: 0,
      needChoice: 0,
      message: 'No problem in this document can be fixed automatically.',
    });
    assert.equal(plan.getText(), text);
    await revert(plan);
  });

  test('"Fix All" on the broken plan applies the safe fix and counts the problems that need a choice', async () => {
    const plan = await open('bakery/plan.md');
    await waitForDiagnostics(plan.uri, hasRule('unknown-key'));
    try {
      // The six with a choice: the five of examples/broken/bakery/plan.md (step document, `juli`,
      // baseline, frequency, total) and `client_code`, which the test workspace's agency schema requires.
      assert.deepEqual(await vscode.commands.executeCommand('socialplan.fixAll'), {
        applied: 1,
        needChoice: 6,
        message: 'Applied 1 fix; 6 problems need a choice (open the light bulb).',
      });
      assert.match(plan.getText(), /\n {4}audience: 25-45, South Shore families/, 'the one key it can be');
      assert.match(plan.getText(), /owner: juli /, 'a guessed id is a choice, left to the author');
      await waitForDiagnostics(plan.uri, lacksRule('unknown-key'), 'the unknown key to go');
    } finally {
      await revert(plan);
    }
    await waitForDiagnostics(plan.uri, hasRule('unknown-key'), 'the reverted plan to be linted again');
  });

  test('"Fix all … problems" of one rule: offered beside its safe fix, applies that rule\'s safe fixes only', async () => {
    const plan = await open('bakery/plan.md');
    const before = await waitForDiagnostics(plan.uri, hasRule('unknown-key'));
    // With a single problem of its rule, the quick fix itself is enough: no "Fix all" beside it.
    const audiance = before.find((diagnostic) => ruleOf(diagnostic) === 'unknown-key');
    assert.ok(audiance);
    const alone = await codeActions(plan.uri, audiance.range, 'quickfix');
    assert.deepEqual(
      alone.map((action) => action.title),
      ["Rename to 'audience'"],
    );
    try {
      await replaceText(plan, 'agency: Northwind', 'agncy: Northwind');
      const diagnostics = await waitForDiagnostics(
        plan.uri,
        (found) => found.filter((diagnostic) => ruleOf(diagnostic) === 'unknown-key').length === 2,
        'two unknown keys',
      );
      const typo = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'unknown-key');
      assert.ok(typo);
      const actions = await codeActions(plan.uri, typo.range, 'quickfix');
      const titles = actions.map((action) => action.title);
      assert.deepEqual(titles, ["Rename to 'agency'", 'Fix all 2 “unknown-key” problems (safe fixes)']);
      assert.equal(actions[0].isPreferred, true, 'a safe fix is the preferred one');
      const ofKind = actions[1];
      assert.ok(ofKind.edit && (await vscode.workspace.applyEdit(ofKind.edit)));
      assert.match(plan.getText(), /\nagency: Northwind Social\n/);
      assert.match(plan.getText(), /\n {4}audience: 25-45/);
      assert.match(plan.getText(), /owner: juli /, 'other rules are left alone');
      await waitForDiagnostics(plan.uri, lacksRule('unknown-key'), 'both unknown keys to go');
    } finally {
      await revert(plan);
    }
    await waitForDiagnostics(plan.uri, hasRule('unknown-key'), 'the reverted plan to be linted again');
  });

  test('the quick fix that creates a missing step document opens it', async () => {
    const plan = await open('bakery/plan.md');
    const diagnostics = await waitForDiagnostics(plan.uri, hasRule('no-skipped-steps'));
    const missing = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'no-skipped-steps');
    assert.ok(missing);
    const actions = await codeActions(plan.uri, missing.range, 'quickfix');
    const create = actions.find((action) => action.title === "Create '05-community.md' from the template");
    assert.ok(create, `no "Create" among: ${actions.map((action) => action.title).join(' | ')}`);
    const created = uriOf('bakery/05-community.md');
    try {
      // The light bulb applies the edit, then runs the action's command. An edit handed back by
      // `vscode.executeCodeActionProvider` cannot create a file with contents again ("Could not
      // revive data transfer file"), so the test writes the file, as the edit would, itself.
      assert.ok(create.edit);
      writeFileSync(created.fsPath, '---\nsocialplan: step\nstep: community\n---\n');
      assert.ok(create.command, 'the action opens nothing');
      await vscode.commands.executeCommand(create.command.command, ...(create.command.arguments ?? []));
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, created.fsPath);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      rmSync(created.fsPath, { force: true });
    }
    await waitForDiagnostics(plan.uri, hasRule('no-skipped-steps'), 'the step to be missing again');
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

/**
 * A quick fix and fix-all on save change only the bytes of their edits (issue 19, item 1): in a file
 * saved with a byte order mark and CRLF line endings, the mark and the CRLF stay, and a line a fix
 * inserts ends with CRLF too.
 */
suite('Fixes keep the bytes around them', () => {
  suiteSetup(activateExtension);

  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  const crlf = (...lines: string[]) => Buffer.concat([BOM, Buffer.from(lines.map((line) => `${line}\r\n`).join(''))]);
  const lines = (agency: string, start: string, total: string[]) => [
    '---',
    'socialplan: plan',
    'title: Café — été',
    `${agency}: Studio Nord`,
    `period: { start: ${start}, end: "2027-12-31" }`,
    'budget:',
    '  currency: CAD',
    '  lines:',
    '    - { label: Annonces, category: ads, amount: 5000 }',
    ...total,
    '---',
    '',
    'Corps du plan.',
  ];
  const ORIGINAL = crlf(...lines('agncy', '2027/1/1', []));

  async function withFile(test: (document: vscode.TextDocument, file: string) => Promise<void>): Promise<void> {
    const uri = uriOf('bom-crlf/plan.md');
    mkdirSync(dirname(uri.fsPath), { recursive: true });
    writeFileSync(uri.fsPath, ORIGINAL);
    try {
      const document = await open('bom-crlf/plan.md');
      await waitForDiagnostics(document.uri, hasRule('unknown-key'));
      await test(document, uri.fsPath);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      rmSync(dirname(uri.fsPath), { recursive: true, force: true });
    }
  }

  test('a quick fix, saved: the byte order mark and the CRLF line endings stay, only the key changes', async () => {
    await withFile(async (document, file) => {
      const typo = await waitForDiagnostics(document.uri, hasRule('unknown-key'));
      const diagnostic = typo.find((candidate) => ruleOf(candidate) === 'unknown-key');
      assert.ok(diagnostic);
      const actions = await codeActions(document.uri, diagnostic.range, 'quickfix');
      const rename = actions.find((action) => action.title === "Rename to 'agency'");
      assert.ok(rename?.edit, `no rename among: ${actions.map((action) => action.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(rename.edit));
      assert.ok(await document.save());
      assert.equal(readFileSync(file).toString('latin1'), crlf(...lines('agency', '2027/1/1', [])).toString('latin1'));
    });
  });

  test('fix-all on save: the date written and the total inserted with CRLF, the byte order mark kept', async () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await editor.update(
      'codeActionsOnSave',
      { 'source.fixAll.socialplan': 'explicit' },
      vscode.ConfigurationTarget.Workspace,
      true,
    );
    try {
      await withFile(async (document, file) => {
        // A change undone by a second one: the document is dirty, its text as it was.
        const end = document.positionAt(document.getText().length);
        const type = new vscode.WorkspaceEdit();
        type.insert(document.uri, end, 'x');
        await vscode.workspace.applyEdit(type);
        const erase = new vscode.WorkspaceEdit();
        erase.delete(document.uri, new vscode.Range(end, end.translate(0, 1)));
        await vscode.workspace.applyEdit(erase);
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.save');
        const expected = crlf(...lines('agency', '"2027-01-01"', ['  total: 5000']));
        await until(
          () => readFileSync(file).toString('latin1'),
          (bytes) => bytes === expected.toString('latin1'),
          `the fixed file on disk: ${JSON.stringify(expected.toString('latin1'))}`,
        );
      });
    } finally {
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
