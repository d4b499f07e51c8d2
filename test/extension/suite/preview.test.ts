import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import * as vscode from 'vscode';
import type { UpdateMessage } from '../../../src/extension/preview/messages';
import { activateExtension, EXTENSION_ID, open, replaceText, revert, until, uriOf, workspaceRoot } from '../helpers';

/** What `socialplan._preview.inspect` returns (src/extension/preview/panel.ts). */
interface Snapshot {
  planFile: string;
  posted: UpdateMessage | undefined;
  renderedVersion: number;
  renderedTitle: string;
  renderedLang: string;
  renderedAt: number;
  lintMs: number;
  renderMs: number;
  visible: boolean;
}

const INSPECT = 'socialplan._preview.inspect';
const RECEIVE = 'socialplan._preview.receive';

const inspect = (planFile: string) => vscode.commands.executeCommand<Snapshot | undefined>(INSPECT, planFile);

/** The preview shows (the webview applied) an update whose HTML satisfies `check`. */
function shown(check: (html: string) => boolean): (snapshot: Snapshot | undefined) => boolean {
  return (snapshot) =>
    snapshot?.posted !== undefined &&
    check(snapshot.posted.html) &&
    snapshot.renderedVersion === snapshot.posted.version;
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('socialplan.preview'));
}

const BAKERY_TITLE = 'Social media plan 2027 — Golden Crust Bakery';
/** The title of examples/fr, as the HTML escapes it. */
const FRENCH_TITLE = 'Plan médias sociaux 2027 — Mie &amp; Levain';

suite('Preview', () => {
  suiteSetup(activateExtension);
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('opens beside the plan and shows the assembled plan, its findings and where each part comes from', async () => {
    await open('bakery/plan.md');
    const editorColumn = vscode.window.activeTextEditor?.viewColumn;
    const planFile = await vscode.commands.executeCommand<string>('socialplan.openPreviewToSide');
    assert.equal(planFile, uriOf('bakery/plan.md').fsPath);
    const tabs = await until(previewTabs, (found) => found.length === 1, 'the preview tab');
    assert.notEqual(tabs[0].group.viewColumn, editorColumn, 'beside the editor');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, planFile, 'the editor keeps the focus');

    const snapshot = await until(
      () => inspect(planFile),
      shown((html) => html.includes(BAKERY_TITLE)),
      'the plan in the webview',
    );
    assert.ok(snapshot?.posted);
    // The webview itself says so: its script ran (the CSP nonce let it) and its h1 is the plan's.
    assert.equal(snapshot.renderedTitle, BAKERY_TITLE);
    assert.match(tabs[0].label, /Golden Crust Bakery/);
    const { html } = snapshot.posted;
    for (const id of [
      'sp-validation',
      'sp-objectives',
      'sp-steps',
      'sp-platforms',
      'sp-budget',
      'sp-timeline',
      'sp-charter',
    ])
      assert.ok(html.includes(`id="${id}"`), `section ${id}`);
    assert.ok(html.includes('data-sp-path="01-listen.md"'), 'a step with its source file');
    assert.match(
      html,
      /<tr data-sp-path="plan\.md" data-sp-line="\d+"><td><span class="sp-badge sp-badge-error">/,
      'a finding row leading to its line',
    );
    assert.equal(snapshot.posted.rootClass, 'sp-is-draft');
    assert.doesNotMatch(html, /<script|\son[a-z]+=/i, 'nothing in the content runs');
  });

  test('one preview per plan: asked again from a step of the same plan, it shows the same panel', async () => {
    await open('bakery/01-listen.md');
    const planFile = await vscode.commands.executeCommand<string>('socialplan.openPreviewToSide');
    assert.equal(planFile, uriOf('bakery/plan.md').fsPath);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(previewTabs().length, 1);
  });

  test('updates while typing in a step file, with what the editor holds (unsaved)', async () => {
    const planFile = uriOf('bakery/plan.md').fsPath;
    const step = await open('bakery/01-listen.md');
    try {
      const before = (await inspect(planFile))?.posted?.version ?? 0;
      const started = performance.now();
      await replaceText(step, 'complain about the queue', 'complain about the preview-marker-queue');
      const snapshot = await until(
        () => inspect(planFile),
        shown((html) => html.includes('preview-marker-queue')),
        'the edit in the preview',
      );
      console.log(
        `      edit → preview shows it: ${(performance.now() - started).toFixed(0)} ms (render ${snapshot?.renderMs.toFixed(1)} ms)`,
      );
      assert.ok((snapshot?.posted?.version ?? 0) > before);
      // A second edit: the scroll position and the rest are kept by patching, the version moves on.
      await replaceText(step, 'preview-marker-queue', 'second-marker-queue');
      await until(
        () => inspect(planFile),
        shown((html) => html.includes('second-marker-queue') && !html.includes('preview-marker-queue')),
        'the second edit',
      );
    } finally {
      await revert(step);
    }
    await until(
      () => inspect(planFile),
      shown((html) => html.includes('complain about the queue')),
      'the reverted text',
    );
  });

  test('a click posts `reveal`: the source opens at that line; paths outside the plan are refused', async () => {
    const planFile = uriOf('bakery/plan.md').fsPath;
    const snapshot = await inspect(planFile);
    assert.ok(snapshot?.posted);
    // A finding of the validation summary, as the webview's script would send it.
    const finding =
      /<tr data-sp-path="plan\.md" data-sp-line="(\d+)"><td><span class="sp-badge sp-badge-(?:error|warning)">/.exec(
        snapshot.posted.html,
      );
    assert.ok(finding, 'a finding row in plan.md');
    const line = Number(finding[1]);
    await vscode.commands.executeCommand(RECEIVE, planFile, { type: 'reveal', file: 'plan.md', line });
    let editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, planFile);
    assert.equal(editor?.selection.active.line, line - 1);
    assert.notEqual(
      editor?.viewColumn,
      previewTabs()[0].group.viewColumn,
      'the source opens beside the preview, not over it',
    );

    // A step section, in another file.
    const step = /<article class="sp-step" id="[^"]+" data-sp-path="(03-content\.md)" data-sp-line="(\d+)">/.exec(
      snapshot.posted.html,
    );
    assert.ok(step, 'the content step with its source');
    await vscode.commands.executeCommand(RECEIVE, planFile, { type: 'reveal', file: step[1], line: Number(step[2]) });
    editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, uriOf('bakery/03-content.md').fsPath);
    assert.equal(editor?.selection.active.line, Number(step[2]) - 1);

    // Not files of the plan, or not messages of ours: nothing happens.
    for (const message of [
      { type: 'reveal', file: '../notes.md', line: 1 },
      { type: 'reveal', file: '/etc/passwd', line: 1 },
      { type: 'reveal', file: 'plan.md', line: 0 },
      { type: 'reveal', file: 'plan.md', line: '3' },
      { type: 'openLink', href: 'javascript:alert(1)', from: 'plan.md' },
      { type: 'run', code: 'alert(1)' },
      'reveal',
    ]) {
      await vscode.commands.executeCommand(RECEIVE, planFile, message);
      assert.equal(
        vscode.window.activeTextEditor?.document.uri.fsPath,
        uriOf('bakery/03-content.md').fsPath,
        JSON.stringify(message),
      );
    }
  });

  test('one panel that follows the active editor to another plan, its page in that plan’s language', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const folder = join(workspaceRoot(), 'preview-fr');
    cpSync(join(extension.extensionPath, 'examples', 'fr'), folder, { recursive: true });
    const bakery = uriOf('bakery/plan.md').fsPath;
    try {
      await open('bakery/plan.md');
      await vscode.commands.executeCommand('socialplan.openPreviewToSide');
      const english = await until(
        () => inspect(bakery),
        shown((html) => html.includes(BAKERY_TITLE)),
        'the bakery plan',
      );
      assert.equal(english?.renderedLang, 'en');
      assert.equal(previewTabs().length, 1);

      // Another plan's step in the editor: the same panel shows that plan, in French.
      const step = await open('preview-fr/03-contenu.md');
      const planFile = join(folder, 'plan.md');
      const french = await until(
        () => inspect(planFile),
        (snapshot) => shown((html) => html.includes(FRENCH_TITLE))(snapshot) && snapshot?.renderedLang === 'fr',
        'the French plan in the same panel',
      );
      assert.equal(french?.planFile, planFile);
      assert.equal(french?.posted?.lang, 'fr');
      assert.equal(french?.renderedTitle, 'Plan médias sociaux 2027 — Mie & Levain');
      assert.equal(previewTabs().length, 1, 'no second tab');
      assert.equal(await inspect(bakery), undefined, 'no panel shows the bakery plan any more');
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, step.uri.fsPath, 'the editor keeps the focus');

      // The command again, from either plan: the one panel is revealed, and shows that plan.
      await vscode.commands.executeCommand('socialplan.openPreviewToSide');
      await open('bakery/01-listen.md');
      assert.equal(await vscode.commands.executeCommand<string>('socialplan.openPreviewToSide'), bakery);
      await until(
        () => inspect(bakery),
        (snapshot) => shown((html) => html.includes(BAKERY_TITLE))(snapshot) && snapshot?.renderedLang === 'en',
        'the bakery plan back in the panel',
      );
      assert.equal(previewTabs().length, 1, 'still one tab');

      // A file of no plan leaves the preview as it is.
      await open('notes.md');
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await inspect(bakery))?.planFile, bakery);
    } finally {
      await open('bakery/plan.md');
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the attack corpus: the preview HTML holds no script, handler, frame, style or remote address', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const folder = join(workspaceRoot(), 'preview-attack');
    cpSync(join(extension.extensionPath, 'test', 'fixtures', 'attack'), folder, { recursive: true });
    try {
      const plan = await open('preview-attack/plan.md');
      await vscode.commands.executeCommand('socialplan.openPreviewToSide');
      const snapshot = await until(
        () => inspect(plan.uri.fsPath),
        shown((html) => html.includes('id="sp-steps"')),
        'the attack plan',
      );
      assert.ok(snapshot?.posted);
      // The title's markup stays text: the webview's h1 shows it as written.
      assert.match(
        snapshot.renderedTitle,
        /^<\/title><script>__pwned\(\)<\/script><img src=x onerror=__pwned\(\)> Plan & "quotes" 'single'$/,
      );
      const problems: string[] = [];
      const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
        if (
          [
            'script',
            'iframe',
            'object',
            'embed',
            'style',
            'link',
            'meta',
            'base',
            'form',
            'video',
            'audio',
            'frame',
          ].includes(node.nodeName)
        )
          problems.push(`<${node.nodeName}>`);
        for (const attribute of node.attrs ?? []) {
          if (/^on/i.test(attribute.name)) problems.push(`${node.nodeName} ${attribute.name}`);
          if (
            /^\s*(?:javascript|vbscript|data):/i.test(attribute.value) &&
            !(node.nodeName === 'img' && /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,/.test(attribute.value))
          )
            problems.push(`${node.nodeName} ${attribute.name}=${attribute.value.slice(0, 40)}`);
          if (
            ['src', 'srcset', 'poster', 'background', 'action', 'formaction'].includes(attribute.name) &&
            !attribute.value.startsWith('data:image/')
          )
            problems.push(`${node.nodeName} ${attribute.name}=${attribute.value}`);
          if (attribute.name === 'style' && !/^width:\d+(?:\.\d+)?%$/.test(attribute.value))
            problems.push(`${node.nodeName} style=${attribute.value}`);
        }
        for (const child of node.childNodes ?? []) walk(child as typeof node);
      };
      walk(parseFragment(snapshot.posted.html) as unknown as Parameters<typeof walk>[0]);
      assert.deepEqual(problems, []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // Every edit must reach the webview; the 150 ms budget is judged by `npm run bench` from the
  // measure printed here (bench/extension.mjs), not asserted: the host shares a noisy machine.
  test('a 30-document plan: the preview shows every edit typed in a step file, and measures how fast', async () => {
    const folder = join(workspaceRoot(), 'preview-30');
    writeLargePlan(folder);
    try {
      const plan = await open('preview-30/plan.md');
      const planFile = plan.uri.fsPath;
      await vscode.commands.executeCommand('socialplan.openPreviewToSide');
      await until(
        () => inspect(planFile),
        shown((html) => html.includes('Annex 22')),
        'the 30-document plan',
      );
      const step = await open('preview-30/03-content.md');
      const toPosted: number[] = [];
      const toShown: number[] = [];
      const render: number[] = [];
      const lint: number[] = [];
      try {
        for (let run = 0; run < 7; run++) {
          const marker = `typed${run}x`;
          const edit = new vscode.WorkspaceEdit();
          edit.insert(step.uri, new vscode.Position(step.lineCount - 1, 0), `${marker} `);
          const started = performance.now();
          const startedAt = Date.now();
          assert.ok(await vscode.workspace.applyEdit(edit));
          const posted = await until(
            () => inspect(planFile),
            (snapshot) => snapshot?.posted?.html.includes(marker) === true,
            `edit ${run} posted`,
          );
          toPosted.push(performance.now() - started);
          // When the webview had patched it in (its clock is this machine's): not the message back.
          const applied = await until(
            () => inspect(planFile),
            (snapshot) => snapshot?.renderedVersion === posted?.posted?.version,
            `edit ${run} shown`,
          );
          toShown.push((applied?.renderedAt ?? NaN) - startedAt);
          render.push(posted?.renderMs ?? NaN);
          lint.push(posted?.lintMs ?? NaN);
          // Typing pauses as long as the diagnostics wait (250 ms): their lint does not land on the next edit.
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      } finally {
        await revert(step);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(
        `      30 documents, in process: assemble + render median ${median(render).toFixed(1)} ms (max ${Math.max(...render).toFixed(1)}), after the lint of the plan median ${median(lint).toFixed(1)} ms; ` +
          `last keystroke → HTML posted median ${median(toPosted).toFixed(0)} ms; → shown in the webview median ${median(toShown).toFixed(0)} ms (max ${Math.max(...toShown).toFixed(0)})`,
      );
      const measure = {
        documents: 30,
        edits: toShown.length,
        shownMedianMs: median(toShown),
        shownMaxMs: Math.max(...toShown),
        postedMedianMs: median(toPosted),
        renderMedianMs: median(render),
        lintMedianMs: median(lint),
      };
      console.log(`socialplan-measure preview-typing ${JSON.stringify(measure)}`);
      assert.ok(toShown.every(Number.isFinite), `every edit was shown by the webview: ${toShown.join(', ')}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** A plan of 30 documents: the plan, six steps, a charter and 22 annexes of about 60 lines each. */
function writeLargePlan(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const body = (index: number) =>
    Array.from({ length: 5 }, (_, part) =>
      [
        `## Part ${part + 1}`,
        '',
        `Notes ${index}.${part}: what the **team** decided, with a [reference](https://example.org/${index}) and \`code\`.`,
        '',
        '- one point',
        '- another point',
        '  - a detail',
        '',
        '| Item | Owner | When |',
        '| --- | --- | ---: |',
        `| Row ${part} | Dana | 2027-0${1 + (part % 9)}-15 |`,
        '',
      ].join('\n'),
    ).join('\n');
  const files: Record<string, string> = {
    'plan.md': [
      '---',
      'socialplan: plan',
      'title: Thirty documents',
      'client: Harbour Books',
      'period: { start: "2027-01-01", end: "2027-12-31" }',
      'locale: en',
      'method: six-phases',
      'currency: CAD',
      'charter: charter.md',
      'objectives:',
      '  - { id: visits, goal: store-visits, statement: More visits, kpi: { metric: visits, baseline: 10, target: 20, unit: visits, source: counter }, deadline: "2027-10-31", owner: dana }',
      'resources:',
      '  - { id: dana, name: Dana, role: community-manager, internal: true, dedicated: true, hours_per_week: 10 }',
      'platforms:',
      '  - { id: instagram, name: Instagram, handle: "@harbour", secured: true, objectives: [visits], frequency: { posts: 3, per: week } }',
      'budget:',
      '  currency: CAD',
      '  period: year',
      '  total: 20000',
      '  lines:',
      '    - { label: Community manager, category: staff, amount: 20000, resource: dana }',
      '---',
      '',
      body(0),
    ].join('\n'),
    'charter.md': [
      '---',
      'socialplan: charter',
      'title: Charter',
      'legal:',
      '  intellectual_property: Only our images.',
      '  defamation: Nothing we cannot prove.',
      '  privacy: Never customer data.',
      '  advertising_disclosure: "#ad"',
      '  spokespersons: [dana]',
      '---',
      '',
      body(1),
    ].join('\n'),
  };
  ['listen', 'profiles', 'content', 'distribution', 'community', 'measure'].forEach((step, index) => {
    files[`0${index + 1}-${step}.md`] = [
      '---',
      'socialplan: step',
      `step: ${step}`,
      'status: in-progress',
      'owner: dana',
      '---',
      '',
      body(index + 2),
      '',
    ].join('\n');
  });
  for (let index = 1; index <= 22; index++) {
    files[`annex-${String(index).padStart(2, '0')}.md`] = [
      '---',
      'socialplan: annex',
      `title: Annex ${index}`,
      `order: ${index}`,
      '---',
      '',
      body(index + 10),
    ].join('\n');
  }
  assert.equal(Object.keys(files).length, 30);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), `${text}\n`);
}
