import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { plainMessage } from '../../../src/core/i18n/code-spans';
import type { StatusSnapshot } from '../../../src/extension/status-bar';
import {
  activateExtension,
  EXTENSION_ID,
  hoverText,
  open,
  ruleOf,
  until,
  uriOf,
  waitForDiagnostics,
  workspaceRoot,
} from '../helpers';

// As the Problems panel shows them: code spans in quotes ('budjet', « budjet »).
const UNKNOWN_KEY_EN = plainMessage('Unknown key `budjet`. Did you mean `budget`?', 'en');
const UNKNOWN_KEY_FR = plainMessage('Clé inconnue `budjet`. Vouliez-vous dire `budget` ?', 'fr');

const FRENCH_PLAN = [
  '---',
  'socialplan: plan',
  'title: Plan de la boulangerie',
  'locale: fr',
  'budjet: 100',
  'client: Boulangerie du Quai',
  'period: { start: "2027-01-01", end: "2027-12-31" }',
  'method:',
  '  steps:',
  '    - { id: listen, title: Écoute }',
  '---',
  '',
  '# Plan de la boulangerie',
  '',
].join('\n');

suite('Session: the language of a document (socialplan.language)', () => {
  suiteSetup(activateExtension);
  const folder = () => join(workspaceRoot(), 'session-francais');
  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('socialplan')
      .update('language', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder(), { recursive: true, force: true });
  });

  test('a plan with `locale: fr` in an English VS Code: French diagnostics and hovers with auto, English with ui', async () => {
    assert.ok(!vscode.env.language.startsWith('fr'), `this host runs in ${vscode.env.language}`);
    mkdirSync(folder(), { recursive: true });
    writeFileSync(join(folder(), 'plan.md'), FRENCH_PLAN);
    const uri = uriOf('session-francais/plan.md');
    const unknownKey = (message: string) => (found: vscode.Diagnostic[]) =>
      found.some((diagnostic) => ruleOf(diagnostic) === 'unknown-key' && diagnostic.message === message);

    // A closed file, from the workspace scan: in the plan's language.
    await waitForDiagnostics(uri, unknownKey(UNKNOWN_KEY_FR), 'the French unknown-key message');
    const document = await open('session-francais/plan.md');
    const onPeriod = document.positionAt(document.getText().indexOf('period') + 2);
    assert.match(await hoverText(uri, onPeriod), /\*\*Période\*\* · `period`/);

    const config = vscode.workspace.getConfiguration('socialplan');
    await config.update('language', 'ui', vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, unknownKey(UNKNOWN_KEY_EN), 'the English unknown-key message');
    assert.match(await hoverText(uri, onPeriod), /\*\*Period\*\* · `period`/);

    await config.update('language', 'auto', vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, unknownKey(UNKNOWN_KEY_FR), 'French again');
  });
});

interface PreviewCounts {
  generation: number;
  errors: number;
  warnings: number;
  visible: boolean;
}

suite('Session: one lint result for the status bar and the preview', () => {
  suiteSetup(activateExtension);
  const folder = () => join(workspaceRoot(), 'session-deleted');
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder(), { recursive: true, force: true });
  });

  test('a step file deleted on disk: the status bar and the preview show the counts of the same generation', async () => {
    const api = vscode.extensions.getExtension<{ statusBar: { snapshot(): StatusSnapshot } }>(EXTENSION_ID)?.exports;
    assert.ok(api);
    cpSync(join(workspaceRoot(), 'bakery'), folder(), { recursive: true });
    const planFile = uriOf('session-deleted/plan.md').fsPath;
    await waitForDiagnostics(vscode.Uri.file(planFile), (found) => found.length > 0, 'the copy linted');
    await open('session-deleted/plan.md');
    assert.equal(await vscode.commands.executeCommand<string>('socialplan.openPreviewToSide'), planFile);
    const preview = () =>
      vscode.commands.executeCommand<PreviewCounts | undefined>('socialplan._preview.inspect', planFile);
    // Both read at once, then compared: the same generation, or not yet.
    const both = async () => ({ status: api.statusBar.snapshot(), preview: await preview() });
    const agreed = (now: Awaited<ReturnType<typeof both>>) =>
      now.status.visible && now.preview !== undefined && now.preview.generation === now.status.generation;

    const before = await until(both, agreed, 'the preview at the status bar’s generation');
    assert.equal(before.preview?.errors, before.status.errors);

    // Outside the editor: the file system, not a WorkspaceEdit.
    rmSync(join(folder(), '03-content.md'));
    const after = await until(
      both,
      (now) => agreed(now) && now.status.generation > before.status.generation,
      'a newer generation in both',
    );
    assert.equal(after.preview?.errors, after.status.errors, 'errors');
    assert.equal(after.preview?.warnings, after.status.warnings, 'warnings');
    assert.match(
      after.status.text,
      new RegExp(`\\$\\(error\\) ${after.status.errors} \\$\\(warning\\) ${after.status.warnings}`),
    );
  });
});
