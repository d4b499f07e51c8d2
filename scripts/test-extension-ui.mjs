// UI end-to-end tests of the extension in code-server's workbench, driven by playwright-core:
// what a user sees. Each step is one test; the screenshots land in test-results/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {{ browser: import('playwright-core').Browser, url: () => Promise<string>, folder: string,
 *   resultsDir: string, log: (message: string) => void, timeout: number }} options
 */
/** Quick open and the command palette can lose focus early in start-up: press, fill, retry. */
export async function quickInput(page, key, text, rowText) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) await page.keyboard.press('Escape');
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      // The command palette keeps its `>` prefix; quick open and go to line take the text as is.
      await input.fill(key === 'F1' ? `>${text}` : text);
      if (rowText !== undefined)
        await page
          .locator('.quick-input-list .monaco-list-row', { hasText: rowText })
          .first()
          .waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

/** Grants trust to the open workspace the way a user does: Manage Workspace Trust, then Trust. */
export async function grantTrust(page, resultsDir) {
  await quickInput(page, 'F1', 'Workspaces: Manage Workspace Trust', 'Manage Workspace Trust');
  const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
  await trust.waitFor();
  await page.screenshot({ path: join(resultsDir, 'restricted-mode-trust-editor.png') });
  await trust.click();
}

export async function runUiTests({ browser, url, folder, resultsDir, log, timeout }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const counts = { passed: 0, failed: 0 };
  const shot = (name) => page.screenshot({ path: join(resultsDir, `${name}.png`) });

  /** One test; after a failure the later steps, which build on it, are not run. */
  let broken = false;
  async function step(name, work) {
    if (broken) return;
    const started = performance.now();
    try {
      await work();
      counts.passed++;
      log(`  ✔ UI: ${name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      counts.failed++;
      broken = true;
      log(`  ✘ UI: ${name}\n${error instanceof Error ? error.message : String(error)}`);
      await shot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
    }
  }

  const quick = (key, text, rowText) => quickInput(page, key, text, rowText);

  const planText = readFileSync(join(folder, 'bakery', 'plan.md'), 'utf8');
  const lines = planText.split('\n');
  const jLine = lines.findIndex((line) => /owner: juli\b/.test(line));
  const jColumn = lines[jLine].indexOf('juli') + 1;
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const problems = page.locator('.markers-panel');

  try {
    await step('the workbench opens the broken example with the extension', async () => {
      await page.goto(await url());
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'bakery' }).first().waitFor();
    });

    await step('the first activation shows the walkthrough "Get started with SocialPlan"', async () => {
      await page.locator('.gettingStartedContainer').getByText('Get started with SocialPlan').first().waitFor();
      await shot('walkthrough');
    });

    await step('the plan shows squiggles and a status-bar summary', async () => {
      await quick('Control+P', 'bakery/plan.md', 'plan.md');
      await editor.locator('.view-lines', { hasText: 'Golden Crust' }).waitFor();
      await editor.locator('.squiggly-error').first().waitFor();
      await page.locator('.statusbar-item', { hasText: 'SocialPlan' }).first().waitFor();
      await shot('editor-diagnostics');
    });

    await step('the Problems panel lists the findings of the plan, closed files included', async () => {
      await quick('F1', 'View: Focus Problems', 'Focus Problems');
      await problems.waitFor();
      // 03-content.md was never opened: its finding comes from the workspace scan.
      await problems.getByText('is marked done, but a step it requires is not', { exact: false }).first().waitFor();
      // The list only renders the rows in view: maximize the panel to see the plan's own findings.
      await quick('F1', 'View: Toggle Maximized Panel', 'Toggle Maximized Panel');
      await problems.getByText('is not a resource of this plan', { exact: false }).first().waitFor();
      await shot('problems-panel');
      await quick('F1', 'View: Toggle Maximized Panel', 'Toggle Maximized Panel');
    });

    await step('a quick fix from the light bulb replaces the unknown id', async () => {
      // Back in the editor, on the unknown id: the light bulb appears on its line.
      await editor
        .locator('.view-line', { hasText: /owner:\s+juli\s/ })
        .first()
        .click();
      await quick('Control+P', `:${jLine + 1}:${jColumn + 1}`); // go to line and column
      const bulb = page.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first();
      await bulb.waitFor({ state: 'visible' });
      await bulb.click();
      const item = page.locator('.action-widget .monaco-list-row', { hasText: "Replace with 'julie'" }).first();
      await item.waitFor();
      await shot('quick-fix-menu');
      // The only action is focused: Enter applies it (the row never settles enough for a click).
      await page.keyboard.press('Enter');
      await editor
        .locator('.view-line', { hasText: /owner:\s+julie\s/ })
        .first()
        .waitFor();
      await problems.getByText('`juli` is not a resource', { exact: false }).first().waitFor({ state: 'detached' });
      await shot('quick-fix-applied');
    });

    await step('a snippet typed by its prefix and picked from the suggestions is inserted', async () => {
      // In a Markdown file that is not a plan, so that the steps after this one see the plan unchanged.
      await quick('Control+P', 'notes.md', 'notes.md');
      await editor.locator('.view-lines', { hasText: 'Meeting notes' }).waitFor();
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('sp-objective');
      // Markdown has no quick suggestions by default: ask for them, as a user would.
      await page.keyboard.press('Control+Space');
      const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'sp-objective' }).first();
      await suggestion.waitFor();
      await page
        .locator('.suggest-widget .monaco-list-row.focused', { hasText: /sp-objective(?!s)/ })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      // The editor renders spaces as no-break spaces: match words, not the indentation.
      await editor
        .locator('.view-line', { hasText: /id:\s+objective-id/ })
        .first()
        .waitFor();
      await editor.locator('.view-line', { hasText: 'The objective in one sentence' }).first().waitFor();
      await shot('snippet-inserted');
      await page.keyboard.press('Escape');
      await quick('F1', 'File: Revert File', 'Revert File');
      await editor.locator('.view-line', { hasText: 'objective-id' }).first().waitFor({ state: 'detached' });
    });

    await step('the Plan view lists the plan’s steps in method order with their status', async () => {
      await quick('F1', 'Focus on Plan View', 'Focus on Plan View');
      const rows = page.locator('.monaco-list-row', { has: page.locator('.label-description') });
      await rows
        .filter({ hasText: /Done · julie · 2027-02-15/ })
        .first()
        .waitFor();
      await rows.filter({ hasText: 'Missing' }).first().waitFor();
      await shot('plan-view');
      // Back to the plan (its tab is still open), for the steps that follow.
      await page
        .locator('.tabs-container .tab', { hasText: /^plan\.md/ })
        .first()
        .click();
      await page.locator('.tabs-container .tab.active', { hasText: /^plan\.md/ }).waitFor();
    });

    // The preview is a webview: VS Code nests its content in two iframes (a host frame, then #active-frame).
    const preview = () => page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
    await step('the preview opens beside the plan; a click on a finding moves the editor to its line', async () => {
      await quick('F1', 'View: Hide Panel', 'Hide Panel');
      await quick('F1', 'SocialPlan: Open Plan Preview to the Side', 'Open Plan Preview to the Side');
      await preview().locator('h1', { hasText: 'Golden Crust Bakery' }).waitFor();
      await preview().locator('#sp-validation .sp-badge-error').first().waitFor();
      await shot('preview');
      const row = preview().locator('#sp-validation tr[data-sp-path="plan.md"]', { hasText: 'budget-sum' }).first();
      const line = Number(await row.getAttribute('data-sp-line'));
      if (!(line > 1)) throw new Error(`the budget-sum finding has no line (${line})`);
      await row.click();
      // The editor of plan.md takes the focus, its cursor on the finding's line.
      await page
        .locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col 1$`) })
        .first()
        .waitFor();
      await editor
        .locator('.view-line', { hasText: /total:\s+9000/ })
        .first()
        .waitFor();
      await shot('preview-reveal');
    });

    await step('the preview comes back after a reload of the window (serializer)', async () => {
      // Through the workbench, which saves its state on the way (a bare page reload may not).
      page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
      await Promise.all([page.waitForEvent('load'), quick('F1', 'Developer: Reload Window', 'Reload Window')]);
      await page.locator('.monaco-workbench').waitFor();
      await preview().locator('h1', { hasText: 'Golden Crust Bakery' }).waitFor();
      // It follows the theme: the webview's body takes VS Code's theme class, the page its colours.
      await quick('F1', 'Preferences: Toggle between Light/Dark Themes', 'Toggle between Light/Dark Themes');
      await preview().locator('body.vscode-dark').waitFor();
      await shot('preview-dark');
    });
  } finally {
    await context.close().catch(() => {});
  }
  return counts;
}
