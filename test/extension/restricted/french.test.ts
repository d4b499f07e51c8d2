import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hasRule, ruleOf, uriOf, waitForDiagnostics } from '../helpers';

suite('French display language', () => {
  suiteSetup(activateExtension);

  test('the messages of the findings are in French', async () => {
    assert.match(vscode.env.language, /^fr/, 'the harness starts this server with --locale fr');
    const diagnostics = await waitForDiagnostics(uriOf('bakery/plan.md'), hasRule('unknown-reference'));
    const reference = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'unknown-reference');
    assert.match(reference?.message ?? '', /`juli` n’est pas une ressource de ce plan ; vouliez-vous dire `julie` \?/);
  });

  test('the UI strings come from l10n/bundle.l10n.fr.json', () => {
    assert.equal(vscode.l10n.t('SocialPlan problems'), 'Problèmes SocialPlan');
    assert.equal(vscode.l10n.t('This plan: {0} error(s), {1} warning(s). Click to open the Problems panel.', 2, 3), 'Ce plan : 2 erreur(s), 3 avertissement(s). Cliquez pour ouvrir le panneau Problèmes.');
  });
});
