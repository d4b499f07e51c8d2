import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  hoverText,
  open,
  rangeOf,
  replaceText,
  revert,
  ruleOf,
  uriOf,
  waitForDiagnostics,
} from '../helpers';

async function completionItems(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  return list?.items ?? [];
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** `file:line` (1-based) of each location, whichever form the provider answered in. */
function where(locations: (vscode.Location | vscode.LocationLink)[]): string[] {
  return locations.map((location) => {
    const uri = 'targetUri' in location ? location.targetUri : location.uri;
    const range = 'targetUri' in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
    return `${basename(uri.fsPath)}:${range.start.line + 1}`;
  });
}

/** A position inside `needle` (after its first `offset` characters). */
function inside(document: vscode.TextDocument, needle: string, offset = 1, after?: string): vscode.Position {
  return rangeOf(document, needle, after).start.translate(0, offset);
}

suite('Language features', () => {
  suiteSetup(activateExtension);

  test('hover on a key documents it; on an id, says what it refers to, from another file of the plan', async () => {
    const step = await open('language/01-listen.md');
    const key = await hoverText(step.uri, inside(step, 'owner'));
    assert.match(key, /\*\*Owner\*\* · `owner`/);
    assert.match(key, /The resource responsible for completing the step\./);
    assert.match(key, /```yaml\nowner: marie\n```/);

    const reference = await hoverText(step.uri, inside(step, 'nadia'));
    assert.match(reference, /\*\*Resource `nadia`\*\* — Nadia Haddad/);
    assert.match(
      reference,
      /community-manager · internal \(the client’s own staff\) · dedicated to the presence · 8 h\/week/,
    );
    assert.match(reference, /\*Defined in\* `team\.md`/);

    const plan = await open('language/plan.md');
    const objective = await hoverText(plan.uri, inside(plan, 'event-visits', 3, 'objectives: [event'));
    assert.match(objective, /\*\*Objective `event-visits`\*\* · store-visits/);
    assert.match(objective, /\*KPI:\* evening attendance — 25 → 60 people per evening, by 2027-10-31/);
  });

  test('completion offers the plan’s ids where an id is expected, and the keys not written yet', async () => {
    const step = await open('language/01-listen.md');
    try {
      await replaceText(step, 'owner: nadia', 'owner: ');
      const ids = await completionItems(step.uri, rangeOf(step, 'owner: ').end);
      const resources = ids
        .filter((item) => item.kind === vscode.CompletionItemKind.Reference)
        .map(labelOf)
        .sort();
      assert.deepEqual(resources, ['nadia', 'owner']);
      const nadia = ids.find((item) => labelOf(item) === 'nadia');
      assert.equal(nadia?.detail, 'Nadia Haddad');

      await replaceText(step, 'owner: ', 'owner: nadia\ndu');
      const keys = await completionItems(step.uri, rangeOf(step, '\ndu').end);
      const due = keys.find((item) => labelOf(item) === 'due');
      assert.ok(due, `no "due" among ${keys.map(labelOf).join(', ')}`);
      assert.equal(due.kind, vscode.CompletionItemKind.Property);
      assert.ok(due.insertText instanceof vscode.SnippetString);
      assert.equal(due.insertText.value, 'due: "${1:YYYY-MM-DD}"');
      assert.ok(!keys.some((item) => labelOf(item) === 'owner'), 'a key already written is not offered again');
    } finally {
      await revert(step);
    }
  });

  test('completion offers enum values and the steps of the plan’s method', async () => {
    const step = await open('language/01-listen.md');
    const statuses = await completionItems(step.uri, rangeOf(step, 'in-progress').start);
    assert.deepEqual(statuses.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember).map(labelOf), [
      'todo',
      'in-progress',
      'done',
      'skipped',
    ]);
    const steps = await completionItems(step.uri, rangeOf(step, 'step: listen').end);
    assert.deepEqual(steps.filter((item) => item.kind === vscode.CompletionItemKind.Event).map(labelOf), ['listen']);
  });

  test('go to definition and find references follow ids across the plan’s files', async () => {
    const charter = await open('language/charter.md');
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      charter.uri,
      inside(charter, 'owner', 2, 'escalate_to'),
    );
    assert.deepEqual(where(definitions), ['team.md:11']);

    const team = await open('language/team.md');
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      team.uri,
      inside(team, 'nadia'),
    );
    assert.deepEqual(
      where(references).sort(),
      ['01-listen.md:5', 'charter.md:10', 'plan.md:18', 'plan.md:34', 'team.md:5'].sort(),
    );
    const onStep = references.find((location) => basename(location.uri.fsPath) === '01-listen.md');
    assert.equal(onStep?.range.start.character, 'owner: '.length);
    assert.equal(onStep?.range.end.character, 'owner: nadia'.length);
  });

  test('the snippets are contributed for Markdown: offered by prefix, and inserted with their tab stops', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'sp-six-li' });
    const editor = await vscode.window.showTextDocument(document);
    try {
      const offered = await completionItems(document.uri, new vscode.Position(0, 'sp-six-li'.length));
      const snippets = offered.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
      assert.ok(snippets.includes('sp-six-listen'), `no sp-six-listen among ${snippets.join(', ')}`);
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 0, 'sp-six-li'.length)));
      await vscode.commands.executeCommand('editor.action.insertSnippet', {
        langId: 'markdown',
        name: 'SocialPlan · Six phases · 1. Listening and monitoring',
      });
      assert.match(
        document.getText(),
        /^---\nsocialplan: step\nstep: listen\ntitle: Listening and monitoring\nstatus: todo\n/,
      );
      assert.match(
        document.getText(),
        /## Monitoring setup\n\n<!-- Which feeds, alerts and keywords follow the brand and its field\? -->\n/,
      );
      // The first tab stop selects the title, ready to be typed over.
      assert.equal(document.getText(editor.selection), 'Listening and monitoring');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('"New Plan…" creates the plan, its steps and a charter, opens the plan, and never overwrites', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sp-new-plan-'));
    const folder = join(parent, 'harbour');
    try {
      const created = await vscode.commands.executeCommand<string[] | undefined>('socialplan.newPlan', {
        method: 'five-steps',
        locale: 'fr',
        client: 'Librairie du Port',
        folder,
      });
      assert.ok(created, 'the command created nothing');
      assert.deepEqual(
        created.map((file) => basename(file)),
        [
          'plan.md',
          '01-ecouter.md',
          '02-histoire.md',
          '03-mesurer.md',
          '04-supports.md',
          '05-organiser.md',
          'charter.md',
        ],
      );
      // A French plan's step files have French names (docs/methods.md).
      assert.deepEqual(readdirSync(folder).sort(), [
        '01-ecouter.md',
        '02-histoire.md',
        '03-mesurer.md',
        '04-supports.md',
        '05-organiser.md',
        'charter.md',
        'plan.md',
      ]);
      const plan = readFileSync(join(folder, 'plan.md'), 'utf8');
      assert.match(plan, /\ntitle: "Plan médias sociaux — Librairie du Port"\nclient: Librairie du Port\n/);
      assert.match(plan, /\nlocale: fr\nmethod: five-steps\n/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, join(folder, 'plan.md'));

      // The editor finds what `socialplan init` documents for a fresh plan: no resource yet.
      const diagnostics = await waitForDiagnostics(
        vscode.Uri.file(join(folder, 'plan.md')),
        (found) => found.length > 0,
      );
      assert.deepEqual(diagnostics.map(ruleOf), ['dedicated-resource']);

      const again = await vscode.commands.executeCommand<string[] | undefined>('socialplan.newPlan', {
        method: 'six-phases',
        locale: 'en',
        client: '',
        folder,
      });
      assert.equal(again, undefined, 'a second plan in the same folder is refused');
      assert.equal(readFileSync(join(folder, 'plan.md'), 'utf8'), plan);
      assert.equal(existsSync(join(folder, '06-measure.md')), false);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(parent, { recursive: true, force: true });
    }
  });

  test('a plan created inside the workspace is linted, closed files included', async () => {
    // The new files are not opened: the file watcher must bring them in. Removed afterwards.
    const folder = uriOf('language-new');
    try {
      const created = await vscode.commands.executeCommand<string[] | undefined>('socialplan.newPlan', {
        method: 'three-pillars',
        locale: 'en',
        client: 'Harbour',
        folder: folder.fsPath,
        open: false,
      });
      assert.equal(created?.length, 5);
      const charter = vscode.Uri.joinPath(folder, 'charter.md');
      const findings = await waitForDiagnostics(
        charter,
        (found) => found.length > 0,
        'the charter of the new plan to be linted',
      );
      assert.deepEqual(findings.map(ruleOf), ['charter-legal']);
    } finally {
      rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });
});
