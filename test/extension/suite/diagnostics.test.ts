import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  describe as describeRange,
  hasRule,
  lacksRule,
  open,
  ours,
  rangeOf,
  replaceText,
  revert,
  ruleOf,
  rules,
  uriOf,
  waitForDiagnostics,
  workspaceRoot,
} from '../helpers';
import { plainMessage } from '../../../src/core/i18n/code-spans';

/** One finding of `socialplan lint --format json`, which the harness ran on this workspace. */
interface CliFinding {
  file: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

function cliFindings(): CliFinding[] {
  // The harness writes it beside the workspace folder, as NAME.cli.json.
  const root = workspaceRoot();
  return JSON.parse(readFileSync(join(dirname(root), `${basename(root)}.cli.json`), 'utf8')) as CliFinding[];
}

function asCli(file: string, diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${file} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${SEVERITY_NAMES[diagnostic.severity]} ${ruleOf(diagnostic)} ${diagnostic.message}`;
}

suite('Diagnostics', () => {
  suiteSetup(activateExtension);

  // The 50 ms budget is judged by `npm run bench` (bench/extension.mjs), from the line printed
  // here: a timed assertion would fail on a busy machine, not on slow code.
  test('activate() measures its own duration, for the bench', async () => {
    const { activationMs } = await activateExtension();
    console.log(`      activate() took ${activationMs.toFixed(1)} ms`);
    assert.ok(Number.isFinite(activationMs) && activationMs > 0, `activate() reported ${activationMs}`);
  });

  test('every finding of the CLI is a diagnostic with the same range, severity and message, closed files included', async () => {
    const expected = cliFindings();
    assert.ok(expected.length >= 20, `the CLI found only ${expected.length} findings in the broken example`);
    const files = [...new Set(expected.map((finding) => finding.file))];
    for (const file of files) {
      const want = expected
        .filter((finding) => finding.file === file)
        .map(
          (finding) =>
            // The CLI's JSON keeps the code spans' backticks; the Problems panel shows them as quotes.
            `${file} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.severity} ${finding.rule} ${plainMessage(finding.message, 'en')}`,
        )
        .sort();
      const uri = uriOf(file);
      // No document is open yet: these come from the workspace scan.
      const diagnostics = await waitForDiagnostics(
        uri,
        (found) => found.length === want.length,
        `${want.length} diagnostics`,
      );
      assert.deepEqual(diagnostics.map((diagnostic) => asCli(file, diagnostic)).sort(), want);
    }
  });

  test('a Markdown file without a socialplan key gets no diagnostics', async () => {
    const plan = uriOf('bakery/plan.md');
    await waitForDiagnostics(plan, (found) => found.length > 0);
    await open('notes.md');
    await waitForDiagnostics(plan, (found) => found.length > 0);
    assert.deepEqual(ours(uriOf('notes.md')), []);
    assert.deepEqual(ours(uriOf('README.md')), []);
  });

  test('ranges are exact, codes link to the rule docs, related information points at the first definition', async () => {
    const document = await open('bakery/plan.md');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('unknown-reference'));
    const reference = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'unknown-reference');
    assert.ok(reference);
    assert.equal(describeRange(reference.range), describeRange(rangeOf(document, 'juli', 'owner: juli')));
    assert.equal(reference.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(reference.source, 'socialplan');
    assert.match(reference.message, /'juli' is not a resource of this plan; did you mean 'julie'\?/);
    const code = reference.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'unknown-reference');
    assert.match(code.target.toString(true), /^command:socialplan\.showRuleDocs\?/);

    const budget = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'budget-sum');
    assert.ok(budget);
    assert.equal(describeRange(budget.range), describeRange(rangeOf(document, '9000', 'total:')));

    const profiles = await vscode.workspace.openTextDocument(uriOf('bakery/02-profiles.md'));
    const duplicate = ours(profiles.uri).find((diagnostic) => ruleOf(diagnostic) === 'duplicate-id');
    assert.ok(duplicate?.relatedInformation?.length, 'duplicate-id has related information');
    const first = duplicate.relatedInformation[0];
    assert.equal(first.location.uri.toString(), profiles.uri.toString());
    assert.equal(describeRange(first.location.range), describeRange(rangeOf(profiles, 'julie', '- id: ')));
    assert.match(first.message, /First definition of 'julie'/);
  });

  test('messages and related information show code spans between quotes, never as raw backticks', async () => {
    const plan = uriOf('bakery/plan.md');
    await waitForDiagnostics(plan, hasRule('unknown-reference'));
    const profiles = uriOf('bakery/02-profiles.md');
    await waitForDiagnostics(profiles, hasRule('duplicate-id'));
    const all = [...ours(plan), ...ours(profiles)];
    const texts = all.flatMap((diagnostic) => [
      diagnostic.message,
      ...(diagnostic.relatedInformation ?? []).map((related) => related.message),
    ]);
    assert.ok(
      texts.some((text) => text.includes("'juli'")),
      'a message quotes the code it names',
    );
    assert.deepEqual(
      texts.filter((text) => text.includes('`')),
      [],
    );
  });

  test('a duplicate key is marked at both copies, where it is typed too, each pointing at the other', async () => {
    const document = await open('bakery/plan.md');
    try {
      await waitForDiagnostics(document.uri, lacksRule('yaml-syntax'));
      // Typed above the existing `currency: CAD`, as an author adding a key that is already there.
      await replaceText(document, 'title:', 'currency: EUR\ntitle:');
      const found = await waitForDiagnostics(
        document.uri,
        (now) => now.filter((diagnostic) => ruleOf(diagnostic) === 'yaml-syntax').length === 2,
        'two yaml-syntax diagnostics',
      );
      const duplicates = found.filter((diagnostic) => ruleOf(diagnostic) === 'yaml-syntax');
      const typed = rangeOf(document, 'currency', 'socialplan: plan');
      const existing = rangeOf(document, 'currency', 'method: six-phases');
      assert.deepEqual(
        duplicates.map((diagnostic) => describeRange(diagnostic.range)).sort(),
        [describeRange(typed), describeRange(existing)].sort(),
      );
      for (const diagnostic of duplicates) {
        assert.match(diagnostic.message, /The key 'currency' appears 2 times in the same mapping/);
        const related = diagnostic.relatedInformation ?? [];
        assert.equal(related.length, 1, 'one related place: the other copy');
        const other = describeRange(diagnostic.range) === describeRange(typed) ? existing : typed;
        assert.equal(related[0].location.uri.toString(), document.uri.toString());
        assert.equal(describeRange(related[0].location.range), describeRange(other));
        assert.equal(related[0].message, "'currency' also appears here");
      }
    } finally {
      await revert(document);
    }
    await waitForDiagnostics(document.uri, lacksRule('yaml-syntax'), 'yaml-syntax to go');
  });

  test('typing a fix clears the diagnostic, undoing it brings it back', async () => {
    const document = await open('bakery/plan.md');
    await waitForDiagnostics(document.uri, hasRule('budget-sum'));
    await replaceText(document, '9000', '11500', 'total:');
    const after = await waitForDiagnostics(document.uri, lacksRule('budget-sum'), 'budget-sum to go');
    assert.ok(
      after.some((diagnostic) => ruleOf(diagnostic) === 'budget-minimum'),
      'the budget is still under the floor',
    );
    await revert(document);
    await waitForDiagnostics(document.uri, hasRule('budget-sum'), 'budget-sum to come back');
  });

  test('a change in one document updates the diagnostics of another document of the plan', async () => {
    const content = uriOf('bakery/03-content.md'); // stays closed
    await waitForDiagnostics(content, hasRule('step-order'));
    const profiles = await open('bakery/02-profiles.md');
    await replaceText(profiles, 'status: in-progress', 'status: done');
    await waitForDiagnostics(content, lacksRule('step-order'), 'step-order to go from 03-content.md');
    await revert(profiles);
    await waitForDiagnostics(content, hasRule('step-order'), 'step-order to come back');
  });

  test('a fix in the plan document clears a finding in a step document', async () => {
    const plan = await open('bakery/plan.md');
    const orders = uriOf('bakery/04-distribution.md');
    await waitForDiagnostics(orders, hasRule('budget-currency'));
    // budget-currency in the step compares with the plan's currency: make the plan count in EUR.
    await replaceText(plan, 'currency: CAD', 'currency: EUR');
    await waitForDiagnostics(orders, lacksRule('budget-currency'), 'budget-currency to go from 04-distribution.md');
    await revert(plan);
    await waitForDiagnostics(orders, hasRule('budget-currency'));
  });

  test('a charter shared by two plans is checked against both, whichever document changes', async () => {
    const unknownSpokesperson = (id: string) => (found: vscode.Diagnostic[]) =>
      found.some(
        (diagnostic) => ruleOf(diagnostic) === 'unknown-reference' && diagnostic.message.startsWith(`'${id}'`),
      );
    // First a change in the north plan: the charter must not forget the south plan after it.
    const north = await open('agency/north/plan.md');
    await replaceText(north, 'total: 20000', 'total: 20001');
    await waitForDiagnostics(north.uri, hasRule('budget-sum'));
    await revert(north);
    await waitForDiagnostics(north.uri, lacksRule('budget-sum'));
    const charter = await open('agency/charter.md');
    // The south plan, in another folder than the charter, does not define `nadia`.
    await waitForDiagnostics(charter.uri, unknownSpokesperson('nadia'));
    await replaceText(charter, 'spokespersons: [nadia]', 'spokespersons: [samir]');
    // Now the north plan does not define `samir`: only re-linting both plans says so.
    await waitForDiagnostics(
      charter.uri,
      (found) => unknownSpokesperson('samir')(found) && !unknownSpokesperson('nadia')(found),
      'the finding to move to `samir`',
    );
    await revert(charter);
    await waitForDiagnostics(charter.uri, unknownSpokesperson('nadia'));
    // A change in the south plan (closed charter, other folder) clears the charter's finding.
    const south = await open('agency/south/plan.md');
    await replaceText(
      south,
      '  - id: samir',
      '  - id: nadia\n    name: Nadia Roy\n    role: spokesperson\n  - id: samir',
    );
    await waitForDiagnostics(charter.uri, (found) => !unknownSpokesperson('nadia')(found), 'the charter finding to go');
    await revert(south);
    await waitForDiagnostics(charter.uri, unknownSpokesperson('nadia'));
  });

  test('creating and deleting a step document re-lints the plan', async () => {
    const plan = uriOf('bakery/plan.md');
    await waitForDiagnostics(plan, hasRule('no-skipped-steps'));
    const step = uriOf('bakery/05-community.md');
    const text = [
      '---',
      'socialplan: step',
      'step: community',
      'title: Community building',
      'status: todo',
      'owner: julie',
      'due: "2027-06-15"',
      '---',
      '',
      'Who we gather, and how.',
      '',
    ].join('\n');
    // Written and deleted behind VS Code's back, as git or another tool would: the file watcher sees it.
    writeFileSync(step.fsPath, text);
    await waitForDiagnostics(plan, lacksRule('no-skipped-steps'), 'no-skipped-steps to go once the step exists');
    rmSync(step.fsPath);
    await waitForDiagnostics(
      plan,
      hasRule('no-skipped-steps'),
      'no-skipped-steps to come back once the step is deleted',
    );
  });

  test('a plan document that was no plan when the workspace was read, fixed in the editor: its steps find it', async () => {
    const folder = join(workspaceRoot(), 'kind-change');
    const noPlan = (found: vscode.Diagnostic[]) =>
      found.some(
        (diagnostic) => ruleOf(diagnostic) === 'plan-structure' && diagnostic.message.includes('belongs to no plan'),
      );
    const planText = [
      '---',
      'socialplan: plam',
      'title: Kind change',
      'client: Cedar Lane Books',
      'period: { start: "2027-01-01", end: "2027-12-31" }',
      'method: five-steps',
      '---',
      '',
    ].join('\n');
    const stepText = [
      '---',
      'socialplan: step',
      'step: listen',
      'title: Listening',
      'status: todo',
      '---',
      '',
      '# Listening',
      '',
    ].join('\n');
    const step = uriOf('kind-change/01-listen.md');
    // Written behind VS Code's back: the file watcher makes the extension read the folder with no plan in it.
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'plan.md'), planText);
    writeFileSync(step.fsPath, stepText);
    try {
      await waitForDiagnostics(step, noPlan, 'the step to belong to no plan');
      const plan = await open('kind-change/plan.md');
      await replaceText(plan, 'socialplan: plam', 'socialplan: plan');
      await waitForDiagnostics(step, (found) => !noPlan(found), 'the step to find its plan once plan.md is one');
      await revert(plan);
      await waitForDiagnostics(step, noPlan, 'the step to belong to no plan again');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the workspace custom schema applies in a trusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const diagnostics = await waitForDiagnostics(uriOf('bakery/plan.md'), (found) =>
      found.some((diagnostic) => diagnostic.message.includes('client_code')),
    );
    assert.equal(
      ruleOf(diagnostics.find((diagnostic) => diagnostic.message.includes('client_code')) as vscode.Diagnostic),
      'schema',
    );
  });

  test('rule severities from the settings win over the config file', async () => {
    const plan = uriOf('bakery/plan.md');
    await waitForDiagnostics(plan, hasRule('platform-secured'));
    const config = vscode.workspace.getConfiguration('socialplan');
    await config.update(
      'rules',
      { 'platform-secured': 'off', 'vanity-metric': 'error' },
      vscode.ConfigurationTarget.Workspace,
    );
    try {
      const diagnostics = await waitForDiagnostics(
        plan,
        lacksRule('platform-secured'),
        'platform-secured to be turned off',
      );
      const vanity = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'vanity-metric');
      assert.equal(vanity?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(plan, hasRule('platform-secured'));
    assert.ok(rules(plan).includes('vanity-metric'));
  });

  test('socialplan.schemas adds a schema from the settings, its globs relative to the workspace folder', async () => {
    const plan = uriOf('tidy/plan.md');
    const mentions = (found: vscode.Diagnostic[]) =>
      found.some((diagnostic) => diagnostic.message.includes("'client_code'"));
    await waitForDiagnostics(plan, (found) => found.length > 0 && !mentions(found));
    const config = vscode.workspace.getConfiguration('socialplan');
    await config.update(
      'schemas',
      [{ files: 'tidy/*.md', schema: 'agency.schema.json' }],
      vscode.ConfigurationTarget.Workspace,
    );
    try {
      const diagnostics = await waitForDiagnostics(plan, mentions, 'the settings schema finding');
      assert.equal(
        ruleOf(diagnostics.find((diagnostic) => diagnostic.message.includes("'client_code'")) as vscode.Diagnostic),
        'schema',
      );
    } finally {
      await config.update('schemas', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(
      plan,
      (found) => found.length > 0 && !mentions(found),
      'the settings schema finding to go',
    );
  });

  test('with socialplan.run = onSave, a document is linted when saved', async () => {
    const config = vscode.workspace.getConfiguration('socialplan');
    await config.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    const listen = await open('bakery/01-listen.md');
    try {
      await waitForDiagnostics(listen.uri, lacksRule('unknown-reference'));
      await replaceText(listen, 'owner: julie', 'owner: jules');
      await listen.save();
      await waitForDiagnostics(listen.uri, hasRule('unknown-reference'), 'unknown-reference after saving');
    } finally {
      await replaceText(listen, 'owner: jules', 'owner: julie');
      await listen.save();
      await config.update('run', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(listen.uri, lacksRule('unknown-reference'));
  });
});
