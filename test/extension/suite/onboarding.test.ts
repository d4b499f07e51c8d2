import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, hasRule, open, ruleOf, waitForDiagnostics } from '../helpers';

interface WalkthroughStep {
  id: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents: string[];
}

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found);
  return found;
}

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

/** Resolves with the first tab that `predicate` accepts: at once, or when the tabs change. */
function waitForTab(predicate: (tab: vscode.Tab) => boolean, what: string): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const tab = allTabs().find(predicate);
      if (!tab) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
      return true;
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => void check());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(
        new Error(
          `no tab for ${what}; tabs: ${allTabs()
            .map((tab) => tab.label)
            .join(', ')}`,
        ),
      );
    }, 20_000);
    check();
  });
}

suite('Onboarding', () => {
  test('the first activation opens the walkthrough, whose five steps run commands that exist', async () => {
    const api = (await activateExtension()) as unknown as { walkthroughShown: () => Promise<boolean> };
    // The test host starts with a new user profile: this is the user's first activation. (Which
    // walkthrough the Welcome editor then shows is not visible through the API: its tab is
    // "Welcome" whatever it shows.)
    assert.equal(await api.walkthroughShown(), true);

    const manifest = extension().packageJSON as {
      contributes: { walkthroughs: { id: string; steps: WalkthroughStep[] }[] };
    };
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.id, 'socialplan.getStarted');
    const commands = new Set(await vscode.commands.getCommands(true));
    const stepCommands = walkthrough.steps.map((step) => step.completionEvents[0].replace(/^onCommand:/, ''));
    assert.deepEqual(stepCommands, [
      'socialplan.newPlan',
      'workbench.actions.view.problems',
      'socialplan.fixAll',
      'socialplan.openPreviewToSide',
      'socialplan.exportPdf',
    ]);
    assert.deepEqual(
      stepCommands.filter((command) => !commands.has(command)),
      [],
    );
    for (const step of walkthrough.steps) {
      const media = step.media.image ?? step.media.markdown;
      assert.ok(media && existsSync(join(extension().extensionPath, media)), `${step.id}: ${media}`);
    }
  });

  test('a diagnostic links to its rule page, which opens bundled, in a Markdown preview', async () => {
    const document = await open('bakery/plan.md');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('unknown-reference'));
    const reference = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'unknown-reference');
    const code = reference?.code as { value: string; target: vscode.Uri } | undefined;
    assert.ok(code);
    assert.equal(code.target.scheme, 'command');
    // Run the link as the Problems panel does: the command, with the arguments of its query.
    const [command, query] = [code.target.path, decodeURIComponent(code.target.query)];
    assert.equal(command, 'socialplan.showRuleDocs');
    await vscode.commands.executeCommand(command, ...(JSON.parse(query) as unknown[]));

    const page = join(extension().extensionPath, 'docs', 'rules', 'unknown-reference.md');
    assert.ok(existsSync(page));
    const tab = await waitForTab(
      (candidate) =>
        candidate.input instanceof vscode.TabInputWebview &&
        candidate.input.viewType.includes('markdown.preview') &&
        candidate.label.includes('unknown-reference.md'),
      'the Markdown preview of unknown-reference.md',
    );
    assert.ok(tab.isActive);
  });
});
