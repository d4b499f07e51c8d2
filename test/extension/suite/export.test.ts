import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { parse } from 'parse5';
import * as vscode from 'vscode';
import type { ExportNotice } from '../../../src/extension/commands/export-notice';
import type { SocialPlanApi } from '../../../src/extension/extension';
import { activateExtension, EXTENSION_ID, open, uriOf, workspaceRoot } from '../helpers';

const BAKERY_TITLE = 'Social media plan 2027 — Golden Crust Bakery';

/**
 * Modules of the PDF engine loaded in this extension host (the tests run in the same process):
 * pdfkit bundled as `dist/pdf-engine.js` beside the extension, or from node_modules.
 */
function pdfEngineModules(): string[] {
  return Object.keys(require.cache).filter(
    (file) => file.endsWith(`${sep}pdf-engine.js`) || file.includes(`${sep}node_modules${sep}pdfkit${sep}`),
  );
}

/** Modules of the Word engine loaded in this extension host: `dist/docx-engine.js`, or docx from node_modules. */
function docxEngineModules(): string[] {
  return Object.keys(require.cache).filter(
    (file) => file.endsWith(`${sep}docx-engine.js`) || file.includes(`${sep}node_modules${sep}docx${sep}`),
  );
}

async function setOnErrors(value: 'ask' | 'export' | 'cancel' | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('socialplan')
    .update('export.onErrors', value, vscode.ConfigurationTarget.Workspace);
}

/** The notifications shown while `run` runs, as the extension's API reports them. */
async function noticesOf(run: () => Thenable<unknown>): Promise<ExportNotice[]> {
  const extension = vscode.extensions.getExtension<SocialPlanApi>(EXTENSION_ID);
  assert.ok(extension);
  const notices: ExportNotice[] = [];
  const subscription = (await extension.activate()).exportNotices((notice) => notices.push(notice));
  try {
    await run();
  } finally {
    subscription.dispose();
  }
  return notices;
}

/** Runs a button as a click does: its commands, in order. */
async function click(notice: ExportNotice, title: string): Promise<void> {
  const action = notice.actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no "${title}" button in ${JSON.stringify(notice.actions.map((each) => each.title))}`);
  for (const step of action.steps) await vscode.commands.executeCommand(step.command, ...step.args);
}

function activeTabUri(): string | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri.fsPath : undefined;
}

suite('Export commands', () => {
  let out: string;
  suiteSetup(async () => {
    await activateExtension();
    out = mkdtempSync(join(tmpdir(), 'socialplan-export-'));
  });
  suiteTeardown(async () => {
    await setOnErrors(undefined);
    rmSync(out, { recursive: true, force: true });
  });

  test('activation and the preview have not loaded pdfkit: only a PDF export does', () => {
    assert.deepEqual(pdfEngineModules(), []);
  });

  test('with errors and onErrors: cancel, nothing is written', async () => {
    await setOnErrors('cancel');
    await open('bakery/03-content.md');
    const target = join(out, 'cancelled.html');
    const written = await vscode.commands.executeCommand<string | undefined>('socialplan.exportHtml', { target });
    assert.equal(written, undefined);
    assert.equal(existsSync(target), false);
  });

  test('Export to HTML writes one valid, self-contained HTML file of the active document’s plan', async () => {
    await setOnErrors('export');
    await open('bakery/03-content.md');
    const target = join(out, 'bakery.html');
    const written = await vscode.commands.executeCommand<string | undefined>('socialplan.exportHtml', { target });
    assert.equal(written, target);
    const html = readFileSync(target, 'utf8');
    const errors: string[] = [];
    parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
    assert.deepEqual(errors, [], 'parse errors');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(html.includes(`<title>${BAKERY_TITLE}</title>`));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.doesNotMatch(html, /<script|<link |\ssrc="(?!data:)/i, 'no script, nothing fetched');
    // The errors are in the report, and the report has no preview attributes.
    assert.match(html, /<section class="sp-section" id="sp-validation">/);
    assert.match(html, /sp-badge-error/);
    assert.doesNotMatch(html, /data-sp-path/);
    assert.deepEqual(readdirSync(out), ['bakery.html'], 'no temporary file is left');
  });

  test('Export to PDF writes a PDF (pdfkit loaded then, lazily), replacing the previous file whole', async () => {
    await setOnErrors('export');
    const target = join(out, 'bakery.pdf');
    writeFileSync(target, 'the previous export');
    const written = await vscode.commands.executeCommand<string | undefined>('socialplan.exportPdf', {
      target,
      source: uriOf('bakery/plan.md'),
    });
    assert.equal(written, target);
    const bytes = readFileSync(target);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(bytes.subarray(-32).toString('latin1'), /%%EOF\s*$/);
    assert.ok(bytes.length > 20_000, `only ${bytes.length} bytes`);
    assert.ok(pdfEngineModules().length > 0, 'pdfkit is loaded once a PDF is made');
    assert.deepEqual(readdirSync(out).sort(), ['bakery.html', 'bakery.pdf']);
    const pdftotext = spawnSync('pdftotext', ['-raw', target, '-'], { encoding: 'utf8' });
    if (pdftotext.error) {
      console.log('      (pdftotext not installed: the text of the PDF is not checked)');
      return;
    }
    assert.equal(pdftotext.status, 0, pdftotext.stderr);
    const text = pdftotext.stdout.replace(/\s+/g, ' ');
    assert.ok(text.includes('Golden Crust Bakery'), 'the title');
    assert.ok(text.includes('Listening and monitoring'), 'a step');
    assert.ok(text.replace(/\s+/g, '').includes('DRAFT'), 'the plan is in review: a DRAFT watermark');
    console.log(
      `      PDF: ${Math.round(bytes.length / 1024)} KB, ${(pdftotext.stdout.match(/\f/g) ?? []).length} pages`,
    );
  });

  test('Export to Word writes a .docx (docx loaded then, lazily) from the menu of the editor', async () => {
    await setOnErrors('export');
    const menus = (
      vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
        contributes: { menus: Record<string, { command: string }[]> };
      }
    ).contributes.menus;
    assert.ok(menus['editor/title'].some((item) => item.command === 'socialplan.exportDocx'));
    assert.deepEqual(docxEngineModules(), [], 'docx is not loaded before a Word file is asked for');
    const folder = mkdtempSync(join(tmpdir(), 'socialplan-export-docx-'));
    try {
      const target = join(folder, 'bakery.docx');
      writeFileSync(target, 'the previous export');
      const written = await vscode.commands.executeCommand<string | undefined>('socialplan.exportDocx', {
        target,
        source: uriOf('bakery/plan.md'),
      });
      assert.equal(written, target);
      const bytes = readFileSync(target);
      assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'a zip, replaced whole');
      // Names in a zip's directory are stored as they are.
      assert.ok(bytes.includes(Buffer.from('word/document.xml')));
      assert.ok(docxEngineModules().length > 0, 'docx is loaded once a Word file is made');
      assert.deepEqual(readdirSync(folder), ['bakery.docx'], 'no temporary file is left');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('Monthly Report… writes the report of the month given, with the month’s sections only', async () => {
    await setOnErrors('export');
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { menus: Record<string, { command: string }[]> };
    };
    assert.ok(manifest.contributes.menus['editor/title'].some((item) => item.command === 'socialplan.monthlyReport'));
    const target = join(out, 'bakery-may.html');
    const written = await vscode.commands.executeCommand<string | undefined>('socialplan.monthlyReport', {
      target,
      source: uriOf('bakery/plan.md'),
      month: '2027-05',
      format: 'html',
    });
    assert.equal(written, target);
    const html = readFileSync(target, 'utf8');
    assert.ok(html.includes('<title>Monthly report: May 2027</title>'));
    assert.match(html, /<section class="sp-section" id="sp-monthResults">/);
    assert.match(html, /<section class="sp-section" id="sp-monthAnalysis">/);
    assert.doesNotMatch(html, /id="sp-steps"|id="sp-budget"/, 'none of the plan report’s sections');
  });

  test('Monthly Report… without a month offers the months, the current one first', async () => {
    await setOnErrors('export');
    // examples/en with its own config: shown as of 2027-12-06, whose month has no result yet.
    const folder = join(workspaceRoot(), 'monthly-en');
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    cpSync(join(extensionPath, 'examples', 'en'), folder, { recursive: true });
    const target = join(out, 'millrace-current.html');
    try {
      let settled = false;
      const running = Promise.resolve(
        vscode.commands.executeCommand<string | undefined>('socialplan.monthlyReport', {
          target,
          source: uriOf('monthly-en/plan.md'),
          format: 'html',
        }),
      ).finally(() => {
        settled = true;
      });
      // The picker opens once the plan is checked: accept its first item as Enter would, when it is there.
      for (let attempt = 0; attempt < 100 && !settled; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      assert.equal(await running, target);
      const html = readFileSync(target, 'utf8');
      assert.ok(html.includes('<title>Monthly report: December 2027</title>'), 'the current month, first');
      assert.ok(html.includes('No result was recorded for this month.'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the notification offers Open, Reveal in Explorer and Download on this web host, each an existing command', async () => {
    await setOnErrors('export');
    assert.notEqual(vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined, true);
    const folder = join(workspaceRoot(), 'exports');
    const target = join(folder, 'notified.html');
    mkdirSync(folder);
    try {
      const [notice, ...others] = await noticesOf(() =>
        vscode.commands.executeCommand('socialplan.exportHtml', { target, source: uriOf('bakery/plan.md') }),
      );
      assert.deepEqual(others, []);
      assert.equal(notice.severity, 'info');
      assert.equal(notice.message, 'The plan was exported to notified.html.', 'trusted: no Restricted Mode notice');
      assert.deepEqual(
        notice.actions.map((action) => action.title),
        ['Open', 'Reveal in Explorer', 'Download'],
      );
      const commands = new Set(await vscode.commands.getCommands(true));
      for (const action of notice.actions)
        for (const step of action.steps) assert.ok(commands.has(step.command), `${step.command} exists`);
      assert.deepEqual(
        notice.actions.find((action) => action.title === 'Download')?.steps.map((step) => step.command),
        ['revealInExplorer', 'explorer.download'],
        'the file is selected in the Explorer, which downloads its selection',
      );
      await click(notice, 'Open');
      assert.equal(activeTabUri(), target, 'Open shows the file in VS Code');
      await click(notice, 'Reveal in Explorer');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // Outside the workspace the Explorer cannot show the file: Open only.
    const [outside] = await noticesOf(() =>
      vscode.commands.executeCommand('socialplan.exportHtml', {
        target: join(out, 'outside.html'),
        source: uriOf('bakery/plan.md'),
      }),
    );
    assert.deepEqual(
      outside.actions.map((action) => action.title),
      ['Open'],
    );
  });

  test('an approved plan exports the client edition (no validation summary, no file names); { edition: "review" } keeps them', async () => {
    await setOnErrors('export');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const folder = join(workspaceRoot(), 'edition-approved');
    cpSync(join(extension.extensionPath, 'examples', 'en'), folder, { recursive: true });
    const planFile = join(folder, 'plan.md');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^status: review$/m, 'status: approved'));
    try {
      const source = vscode.Uri.file(planFile);
      const client = join(out, 'edition-client.html');
      assert.equal(await vscode.commands.executeCommand('socialplan.exportHtml', { target: client, source }), client);
      const clientHtml = readFileSync(client, 'utf8');
      assert.doesNotMatch(clientHtml, /id="sp-validation"|\.md\b/);
      assert.match(clientHtml, /id="sp-steps"/);
      const review = join(out, 'edition-review.html');
      assert.equal(
        await vscode.commands.executeCommand('socialplan.exportHtml', { target: review, source, edition: 'review' }),
        review,
      );
      const reviewHtml = readFileSync(review, 'utf8');
      assert.match(reviewHtml, /<section class="sp-section" id="sp-validation">/);
      assert.match(reviewHtml, /Source: <b>01-listen\.md<\/b>/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a plan whose plan.md does not parse is never exported: an error names the line and opens it', async () => {
    await setOnErrors('export');
    const target = join(out, 'unreadable.pdf');
    let written: unknown;
    const [notice, ...others] = await noticesOf(async () => {
      written = await vscode.commands.executeCommand('socialplan.exportPdf', {
        target,
        source: uriOf('yaml-error/plan.md'),
      });
    });
    assert.equal(written, undefined);
    assert.equal(existsSync(target), false, 'nothing is written, even with onErrors: export');
    assert.deepEqual(others, []);
    assert.equal(notice.severity, 'error');
    assert.match(notice.message, /^Nothing was exported: plan\.md cannot be read\. Fix line 4: YAML syntax error: /);
    assert.deepEqual(
      notice.actions.map((action) => action.title),
      ['Open plan.md at Line 4'],
    );
    await click(notice, 'Open plan.md at Line 4');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, uriOf('yaml-error/plan.md').fsPath);
    assert.deepEqual([editor?.selection.active.line, editor?.selection.active.character], [3, 8]);
  });

  test('a document outside any plan, or no document, exports nothing', async () => {
    const target = join(out, 'nothing.html');
    assert.equal(
      await vscode.commands.executeCommand('socialplan.exportHtml', { target, source: uriOf('notes.md') }),
      undefined,
    );
    assert.equal(
      await vscode.commands.executeCommand('socialplan.exportHtml', { target, source: uriOf('stray-step.md') }),
      undefined,
    );
    assert.equal(existsSync(target), false);
  });
});
