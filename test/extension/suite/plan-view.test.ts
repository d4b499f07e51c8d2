import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { METHOD_PRESETS } from '../../../src/core/method/methods';
import type { SocialPlanApi } from '../../../src/extension/extension';
import type { PlanStepNode, PlanViewProvider } from '../../../src/extension/plan-view';
import { isSingular } from '../../../src/extension/plural';
import { EXTENSION_ID, open, replaceText, revert, uriOf } from '../helpers';

/** A guard against a hang, never a wait for something to happen. */
const TIMEOUT_MS = 20_000;

/** Resolves with the view's rows once `predicate` holds: at once, or on the `onDidChangeTreeData` that makes it hold. */
function waitForRows(
  provider: PlanViewProvider,
  predicate: (rows: PlanStepNode[]) => boolean,
  what: string,
): Promise<PlanStepNode[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const rows = provider.getChildren();
      if (!predicate(rows)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(rows);
    };
    const subscription = provider.onDidChangeTreeData(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      const now = provider.getChildren().map((row) => `${row.stepId}=${row.status}`);
      reject(
        new Error(
          `Timed out waiting for ${what}; the view shows ${provider.planFile ?? 'no plan'}: ${now.join(', ') || 'nothing'}`,
        ),
      );
    }, TIMEOUT_MS);
    check();
  });
}

const statuses = (rows: PlanStepNode[]) => rows.map((row) => `${row.stepId}=${row.status}`);

suite('Plan view', () => {
  let provider: PlanViewProvider;
  const planFile = () => uriOf('bakery/plan.md').fsPath;
  const isBakery = (rows: PlanStepNode[]) => rows.length > 0 && rows[0].planFile === planFile();

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension<SocialPlanApi>(EXTENSION_ID);
    assert.ok(extension);
    provider = (await extension.activate()).planView;
    await open('bakery/plan.md');
  });

  test('lists the steps of the plan’s method in order, with their status; the step with no document is missing', async () => {
    const expected = [
      'listen=done',
      'profiles=in-progress',
      'content=done',
      'distribution=todo',
      'community=missing',
      'measure=todo',
    ];
    // An earlier suite created and deleted 05-community.md: the view settles once that is linted.
    const rows = await waitForRows(
      provider,
      (now) => isBakery(now) && statuses(now).join() === expected.join(),
      'the bakery plan’s steps',
    );
    assert.deepEqual(
      rows.map((row) => row.stepId),
      METHOD_PRESETS['six-phases'].steps.map((step) => step.id),
    );
    assert.deepEqual(statuses(rows), expected);
    const byId = new Map(rows.map((row) => [row.stepId, row]));
    assert.equal(byId.get('listen')?.owner, 'julie');
    assert.equal(byId.get('listen')?.due, '2027-02-15');
    assert.ok(byId.get('listen')?.file.endsWith('01-listen.md'));
    // 03-content.md is done while `profiles` is not: the step-order error counts against it.
    assert.ok((byId.get('content')?.errors ?? 0) >= 1, 'the content step counts its step-order error');
    const missing = byId.get('community');
    assert.ok(missing?.template?.includes('step: community'), 'the missing step offers its template');

    const item = provider.getTreeItem(byId.get('listen') as PlanStepNode);
    assert.equal(item.label, `1. ${METHOD_PRESETS['six-phases'].steps[0].title.en}`);
    assert.equal(item.command?.command, 'vscode.open');
    assert.match(String(item.description), /^Done · julie · 2027-02-15/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'pass-filled');
    const missingItem = provider.getTreeItem(missing as PlanStepNode);
    assert.equal((missingItem.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.notEqual(missingItem.command?.command, 'vscode.open');
  });

  test('counts in a row take their plural form from Intl.PluralRules: "1 error", "2 errors", never "error(s)"', async () => {
    const rows = await waitForRows(provider, isBakery, 'the bakery plan');
    const counted = rows.filter((row) => row.errors > 0 || row.warnings > 0);
    assert.ok(counted.length > 0, 'a step of the broken plan has findings');
    for (const row of counted) {
      const item = provider.getTreeItem(row);
      const description = String(item.description);
      const tooltip = (item.tooltip as vscode.MarkdownString).value;
      assert.doesNotMatch(`${description} ${tooltip}`, /\(s\)/);
      if (row.errors > 0)
        assert.match(description, new RegExp(`\\b${row.errors} ${row.errors === 1 ? 'error' : 'errors'}\\b`));
      if (row.warnings > 0)
        assert.match(description, new RegExp(`\\b${row.warnings} ${row.warnings === 1 ? 'warning' : 'warnings'}\\b`));
      const counts = `${row.errors} ${row.errors === 1 ? 'error' : 'errors'}, ${row.warnings} ${row.warnings === 1 ? 'warning' : 'warnings'} in `;
      assert.ok(tooltip.includes(counts), tooltip);
    }
    // French counts 0 as singular ("0 erreur"), English does not: the rules of the bundle's language.
    assert.deepEqual(
      [isSingular(0, 'fr'), isSingular(1, 'fr-ca'), isSingular(2, 'fr'), isSingular(0, 'en'), isSingular(1, 'de')],
      [true, true, false, false, true],
    );
  });

  test('a status edited in a step document shows in the view', async () => {
    const document = await open('bakery/04-distribution.md');
    try {
      await waitForRows(provider, isBakery, 'the bakery plan');
      await replaceText(document, 'status: todo', 'status: in-progress');
      const rows = await waitForRows(
        provider,
        (now) => isBakery(now) && now.find((row) => row.stepId === 'distribution')?.status === 'in-progress',
        'distribution in progress',
      );
      assert.deepEqual(statuses(rows), [
        'listen=done',
        'profiles=in-progress',
        'content=done',
        'distribution=in-progress',
        'community=missing',
        'measure=todo',
      ]);
    } finally {
      await revert(document);
    }
    await waitForRows(
      provider,
      (now) => now.find((row) => row.stepId === 'distribution')?.status === 'todo',
      'distribution back to todo',
    );
  });

  test('a step document’s own title names its row, with the method’s number; the method’s title otherwise', async () => {
    const document = await open('bakery/04-distribution.md');
    const titleOf = (rows: PlanStepNode[]) => rows.find((row) => row.stepId === 'distribution')?.title;
    try {
      await waitForRows(provider, isBakery, 'the bakery plan');
      await replaceText(document, 'title: Distribution and promotion', 'title: Where the posts go');
      const rows = await waitForRows(
        provider,
        (now) => isBakery(now) && titleOf(now) === 'Where the posts go',
        'the distribution step under its own title',
      );
      const row = rows.find((candidate) => candidate.stepId === 'distribution') as PlanStepNode;
      assert.equal(provider.getTreeItem(row).label, '4. Where the posts go');
    } finally {
      await revert(document);
    }
    const rows = await waitForRows(
      provider,
      (now) => titleOf(now) === 'Distribution and promotion',
      'the distribution step back to its title',
    );
    const community = rows.find((row) => row.stepId === 'community') as PlanStepNode;
    assert.equal(community.title, METHOD_PRESETS['six-phases'].steps[4].title.en, 'a missing step: the method’s title');
  });
});
