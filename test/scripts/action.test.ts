import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'action', 'lint.sh');

interface ActionFile {
  inputs: Record<string, { default: string }>;
  runs: { steps: { id?: string; run?: string; env?: Record<string, string>; uses?: string; if?: string }[] };
}

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionFile;

/**
 * The Action's lint step run as the runner runs it: the working directory is the user's checkout,
 * GITHUB_ACTION_PATH the action's, GITHUB_OUTPUT a file the step appends `name=value` lines to, and
 * the inputs reach the script through the `env:` of action.yml, defaults included.
 */
function runStep(inputs: Record<string, string>): {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
} {
  const work = mkdtempSync(join(tmpdir(), 'sp-action-'));
  try {
    const outputFile = join(work, 'output');
    writeFileSync(outputFile, '');
    const values = {
      ...Object.fromEntries(Object.entries(ACTION.inputs).map(([name, input]) => [name, input.default])),
      ...inputs,
    };
    const step = ACTION.runs.steps.find((entry) => entry.id === 'lint');
    assert.ok(step?.env, 'action.yml has a lint step with env');
    const env: Record<string, string> = {};
    for (const [name, expression] of Object.entries(step.env)) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expression)?.[1];
      assert.ok(input && input in ACTION.inputs, `${name} reads a declared input: ${expression}`);
      env[name] = values[input] ?? '';
    }
    const sarifFile = join(work, 'out.sarif');
    if (values.sarif === 'true') env.SOCIALPLAN_SARIF_FILE = sarifFile;
    const run = spawnSync('bash', [SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: outputFile,
        GITHUB_ACTIONS: 'true',
        NO_COLOR: '1',
      },
    });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    if (outputs['sarif-file']) outputs.sarif = readFileSync(outputs['sarif-file'], 'utf8');
    return { status: run.status, stdout: run.stdout, outputs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('GitHub Action (action.yml and scripts/action/lint.sh)', () => {
  it('annotates the broken example and fails the step, with its exit code as an output', () => {
    const run = runStep({ paths: 'examples/broken', locale: 'en' });
    assert.equal(run.status, 1);
    const annotations = run.stdout.trimEnd().split('\n');
    assert.ok(annotations.length > 5, run.stdout);
    assert.ok(
      annotations.every((line) => /^::(error|warning|notice) file=examples\/broken\/[^,]+,line=\d+,/.test(line)),
      run.stdout,
    );
    assert.equal(run.outputs['exit-code'], '1');
    assert.equal(run.outputs['sarif-file'], undefined, 'no SARIF unless asked');
  });

  it('passes a clean plan; fail-on: warning also fails on warnings', () => {
    const clean = runStep({ paths: 'examples/en examples/fr' });
    assert.equal(clean.status, 0, clean.stdout);
    assert.equal(clean.outputs['exit-code'], '0');
    // The bakery's listening step has one warning and no error.
    const warnings = { paths: 'examples/broken/bakery/01-listen.md' };
    const onErrors = runStep(warnings);
    assert.match(onErrors.stdout, /^::warning /m);
    assert.doesNotMatch(onErrors.stdout, /^::error /m);
    assert.equal(onErrors.status, 0, 'warnings do not fail the step by default');
    assert.equal(runStep({ ...warnings, 'fail-on': 'warning' }).status, 1);
  });

  it('writes SARIF for the upload step when asked, and the upload runs even after a failed lint', () => {
    const run = runStep({ paths: 'examples/broken', sarif: 'true' });
    assert.equal(run.status, 1);
    const log = JSON.parse(run.outputs.sarif) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].results.length, run.stdout.trimEnd().split('\n').length, 'one result per annotation');
    const upload = ACTION.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.match(upload?.if ?? '', /always\(\) && inputs\.sarif == 'true'/);
  });

  it('takes paths one per line, and refuses an unknown fail-on with an annotation', () => {
    const lines = runStep({ paths: 'examples/en\nexamples/fr\n' });
    assert.equal(lines.status, 0, lines.stdout);
    const wrong = runStep({ 'fail-on': 'sometimes' });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stdout, /^::error title=socialplan action::fail-on must be error or warning/m);
  });
});
