import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { writeTree } from '../support/tree';

/**
 * End-to-end tests of the real command line: each test writes a few small plan documents into a
 * temporary folder and runs `node bin/socialplan.js` (the esbuild bundle, rebuilt by `npm test`)
 * there. Spawning costs about 0.3 s, so each spawn checks everything it can.
 */

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');
const ANSI = /\u001b\[[0-9;]*m/g;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in `cwd` with a clean environment: no colour, C locale, and none of the caller's
 * LC_ALL / FORCE_COLOR. Pass `{ NO_COLOR: undefined }` to remove a default.
 */
function socialplan(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Run {
  const merged: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    SystemRoot: process.env.SystemRoot,
    NO_COLOR: '1',
    LANG: 'C',
    ...env,
  };
  const cleanEnv = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Checks the exit code, showing what the CLI printed when it is not the expected one. */
function assertExit(run: Run, expected: number): void {
  assert.equal(
    run.status,
    expected,
    `exit code ${run.status}, expected ${expected}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`,
  );
}

interface JsonFinding {
  file: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function parseJson(run: Run): JsonFinding[] {
  return JSON.parse(run.stdout) as JsonFinding[];
}

/** `file:line:column-endLine:endColumn rule`, to compare findings at a glance. */
function where(finding: JsonFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.rule}`;
}

const temporaryFolders: string[] = [];

/** A fresh temporary folder holding `files` (see `writeTree`). */
function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sp-cli-'));
  temporaryFolders.push(root);
  return writeTree(root, withCharters(files));
}

/** Every plan needs a complete charter (charter-legal); give each plan folder one unless the test wrote its own. */
function withCharters(files: Record<string, string>): Record<string, string> {
  const charters: Record<string, string> = {};
  for (const path of Object.keys(files)) {
    if (!/(^|\/)plan\.md$/.test(path)) continue;
    const charter = path.replace(/plan\.md$/, 'charter.md');
    if (!(charter in files)) charters[charter] = CHARTER;
  }
  return { ...charters, ...files };
}

const CHARTER = [
  '---',
  'socialplan: charter',
  'title: Charter',
  'legal:',
  '  intellectual_property: Only images we own or have licensed.',
  '  defamation: No statement we cannot prove.',
  '  privacy: { regulations: [GDPR], policy: Never publish customer data. }',
  '  advertising_disclosure: Paid partnerships are marked "#ad".',
  '  spokespersons: [marie]',
  '---',
  '',
].join('\n');

after(() => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Documents. The plan is complete on purpose (a custom one-step method with its step document, a
// dedicated internal resource, a budget that adds up), so that it stays clean as plan-level rules
// are added, and each test adds exactly the defect it is about.

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** A clean plan; `extra` frontmatter lines go in at line 4, right after the title. */
function plan(...extra: string[]): string {
  return lines(
    '---',
    'socialplan: plan',
    'title: Spring launch',
    ...extra,
    'client: Boulangerie du Quai',
    'period: { start: "2027-01-01", end: "2027-12-31" }',
    'method:',
    '  steps:',
    '    - { id: listen, title: Listen }',
    'resources:',
    '  - { id: marie, name: Marie Tremblay, role: community-manager, internal: true, dedicated: true, hours_per_week: 15 }',
    'budget:',
    '  currency: CAD',
    '  period: year',
    '  total: 20000',
    '  lines:',
    '    - { label: Community manager, category: staff, amount: 20000, resource: marie }',
    '---',
    '# Spring launch',
  );
}

/** The plan's one step; its `status` is on line 5, the value from column 9. */
function step(status = 'todo'): string {
  return lines(
    '---',
    'socialplan: step',
    'step: listen',
    'title: Listen',
    `status: ${status}`,
    'owner: marie',
    'due: "2027-02-01"',
    '---',
    'What people say about the bakery today.',
  );
}

/** A typo'd key: one `unknown-key` warning at 4:1-4:7. */
const WARNING = 'budjet: 100';
/** Not a step status: one `schema` error at 5:9-5:17 of the step. */
const ERROR_STATUS = 'finished';

const CLEAN = { 'plan.md': plan(), 'steps/01-listen.md': step() };
const WARNINGS_ONLY = { 'plan.md': plan(WARNING), 'steps/01-listen.md': step() };
const ERRORS_ONLY = { 'plan.md': plan(), 'steps/01-listen.md': step(ERROR_STATUS) };
const MIXED = { 'plan.md': plan(WARNING), 'steps/01-listen.md': step(ERROR_STATUS) };

const UNKNOWN_KEY_EN = 'Unknown key `budjet`. Did you mean `budget`?';
const UNKNOWN_KEY_FR = 'Clé inconnue `budjet`. Vouliez-vous dire `budget` ?';
/** As the terminal shows it: code spans between quotes (docs/exporting.md, "Messages and code spans"). */
const UNKNOWN_KEY_STYLISH = "Unknown key 'budjet'. Did you mean 'budget'?";

// ---------------------------------------------------------------------------------------------

describe('socialplan CLI, end to end', function () {
  this.slow(3000);

  describe('commands and usage errors', () => {
    let cwd: string;
    before(() => {
      cwd = folderWith(CLEAN);
    });

    it('--help lists the lint command and exits 0', () => {
      const run = socialplan(cwd, ['--help']);
      assertExit(run, 0);
      assert.match(run.stdout, /^\s+socialplan lint\b/m);
      assert.equal(run.stderr, '');
    });

    it('lint --help lists the options', () => {
      const run = socialplan(cwd, ['lint', '--help']);
      assertExit(run, 0);
      for (const option of ['--format', '--max-warnings', '--locale', '--config', '--quiet', '--no-color'])
        assert.ok(run.stdout.includes(option), option);
    });

    it('--version prints the package version', () => {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      const run = socialplan(cwd, ['--version']);
      assertExit(run, 0);
      assert.equal(run.stdout, `${version}\n`);
    });

    it('no arguments: usage on stderr, exit 2', () => {
      const run = socialplan(cwd, []);
      assertExit(run, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /Usage:/);
      assert.match(run.stderr, /socialplan lint/);
    });

    it('an unknown command: exit 2, named on stderr', () => {
      const run = socialplan(cwd, ['frobnicate']);
      assertExit(run, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /unknown command "frobnicate"/);
    });

    // Each: the arguments, and what stderr must name.
    const usageErrors: [string[], RegExp][] = [
      [['lint', '--frobnicate'], /--frobnicate/],
      [['lint', '--format', 'xml'], /--format.*"xml"/],
      [['lint', '--max-warnings', 'abc'], /--max-warnings.*"abc"/],
      [['lint', '--locale', 'de'], /--locale.*"de"/],
      [['lint', 'plan.md', 'no/such/folder'], /no\/such\/folder/],
    ];
    for (const [args, named] of usageErrors) {
      it(`${args.join(' ')}: exit 2, nothing on stdout`, () => {
        const run = socialplan(cwd, args);
        assertExit(run, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, named);
      });
    }
  });

  describe('exit codes', () => {
    it('a clean plan: exit 0 and no output at all', () => {
      const run = socialplan(folderWith(CLEAN), ['lint']);
      assertExit(run, 0);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, '');
    });

    it('errors: exit 1', () => {
      const run = socialplan(folderWith(ERRORS_ONLY), ['lint']);
      assertExit(run, 1);
      assert.match(run.stdout, /\(1 error, 0 warnings, 0 notes\)/);
    });

    describe('warnings only', () => {
      let cwd: string;
      before(() => {
        cwd = folderWith(WARNINGS_ONLY);
      });

      it('are reported with exit 0', () => {
        const run = socialplan(cwd, ['lint']);
        assertExit(run, 0);
        assert.ok(run.stdout.includes(UNKNOWN_KEY_STYLISH), run.stdout);
        assert.equal(run.stderr, '');
      });

      it('exit 1 when more than --max-warnings, saying why on stderr', () => {
        const run = socialplan(cwd, ['lint', '--max-warnings', '0', '--format', 'json']);
        assertExit(run, 1);
        assert.deepEqual(parseJson(run).map(where), ['plan.md:4:1-4:7 unknown-key']);
        assert.match(run.stderr, /too many warnings \(1, maximum 0/);
      });

      it('exit 0 when exactly --max-warnings', () => {
        assertExit(socialplan(cwd, ['lint', '--max-warnings', '1']), 0);
      });

      it('--quiet hides them: no output, exit 0', () => {
        const run = socialplan(cwd, ['lint', '--quiet']);
        assertExit(run, 0);
        assert.equal(run.stdout, '');
      });

      it('--quiet: hidden warnings do not count against --max-warnings', () => {
        const run = socialplan(cwd, ['lint', '--quiet', '--max-warnings', '0']);
        assertExit(run, 0);
        assert.equal(run.stdout, '');
        assert.equal(run.stderr, '');
      });
    });

    it('--quiet still reports errors, and exits 1 for them', () => {
      const run = socialplan(folderWith(MIXED), ['lint', '--quiet', '--format', 'json']);
      assertExit(run, 1);
      assert.deepEqual(parseJson(run).map(where), ['steps/01-listen.md:5:9-5:17 schema']);
    });
  });

  describe('which files are linted', () => {
    let cwd: string;
    before(() => {
      cwd = folderWith({
        'north/plan.md': plan(WARNING),
        'north/steps/01-listen.md': step(),
        'south/deep/er/plan.md': plan(WARNING),
        'south/deep/er/01-listen.md': step(),
        // Skipped when searching folders: dependencies and hidden folders.
        'node_modules/some-package/plan.md': plan(WARNING),
        '.drafts/plan.md': plan(WARNING),
        // Not SocialPlan documents: other frontmatter (with a key that would be unknown), none at all.
        'README.md': lines('---', 'title: About the agency', 'budjet: 3', 'layout: page', '---', '# About'),
        'notes.md': lines('# Notes', '', 'budjet: 3'),
      });
    });

    it('by default, the current folder recursively, skipping node_modules, hidden folders and other Markdown', () => {
      const run = socialplan(cwd, ['lint', '--format', 'json']);
      assertExit(run, 0);
      assert.deepEqual(parseJson(run).map(where), [
        'north/plan.md:4:1-4:7 unknown-key',
        'south/deep/er/plan.md:4:1-4:7 unknown-key',
      ]);
    });

    it('several paths: a folder, a file named explicitly, and a README that yields nothing', () => {
      const run = socialplan(cwd, ['lint', 'south', 'north/plan.md', 'README.md', '--format', 'json']);
      assertExit(run, 0);
      assert.deepEqual(parseJson(run).map(where), [
        'north/plan.md:4:1-4:7 unknown-key',
        'south/deep/er/plan.md:4:1-4:7 unknown-key',
      ]);
    });

    it('only the files asked for: a step named alone reports nothing of its plan document', () => {
      const run = socialplan(cwd, ['lint', 'north/steps/01-listen.md', 'notes.md']);
      assertExit(run, 0);
      assert.equal(run.stdout, '');
    });
  });

  describe('--format json', () => {
    let cwd: string;
    before(() => {
      cwd = folderWith({
        'plans/spring/plan.md': plan(WARNING),
        'plans/spring/steps/01-listen.md': step(ERROR_STATUS),
      });
    });

    it('is the public contract: exact records, paths relative to the working folder, 1-based exact ranges', () => {
      const run = socialplan(cwd, ['lint', 'plans', '--format', 'json']);
      assertExit(run, 1);
      assert.equal(run.stderr, '');
      const findings = parseJson(run);
      assert.equal(findings.length, 2, run.stdout);
      for (const finding of findings) {
        assert.deepEqual(Object.keys(finding), [
          'file',
          'rule',
          'severity',
          'message',
          'line',
          'column',
          'endLine',
          'endColumn',
        ]);
      }
      assert.deepEqual(findings[0], {
        file: 'plans/spring/plan.md',
        rule: 'unknown-key',
        severity: 'warning',
        message: UNKNOWN_KEY_EN,
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 7,
      });
      const { message, ...rest } = findings[1];
      assert.deepEqual(rest, {
        file: 'plans/spring/steps/01-listen.md',
        rule: 'schema',
        severity: 'error',
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 17,
      });
      assert.match(message, /`status`.*`finished`/);
    });

    it('--locale fr gives French messages', () => {
      const run = socialplan(cwd, ['lint', 'plans', '--format', 'json', '--locale', 'fr']);
      assertExit(run, 1);
      const findings = parseJson(run);
      assert.equal(findings[0].message, UNKNOWN_KEY_FR);
      assert.match(findings[1].message, /doit/);
    });

    it('without --locale, a plan with `locale: fr` gives French messages in an English terminal; --locale en keeps English', () => {
      const french = folderWith({
        'plans/spring/plan.md': plan('locale: fr', WARNING),
        'plans/spring/steps/01-listen.md': step(ERROR_STATUS),
        'plans/autumn/plan.md': plan(WARNING),
        'plans/autumn/steps/01-listen.md': step(),
      });
      const run = socialplan(french, ['lint', 'plans', '--format', 'json']);
      assertExit(run, 1);
      const byFile = Object.fromEntries(parseJson(run).map((finding) => [finding.file, finding.message]));
      assert.equal(byFile['plans/spring/plan.md'], UNKNOWN_KEY_FR);
      assert.match(byFile['plans/spring/steps/01-listen.md'], /doit/);
      // A plan that names no locale: the terminal's language.
      assert.equal(byFile['plans/autumn/plan.md'], UNKNOWN_KEY_EN);
      const english = socialplan(french, ['lint', 'plans', '--format', 'json', '--locale', 'en']);
      assert.equal(parseJson(english)[0].message, UNKNOWN_KEY_EN);
      // One language among the plans linted: the summary speaks it too.
      const stylish = socialplan(french, ['lint', 'plans/spring']);
      assert.match(stylish.stdout, /problème/);
    });

    it('LANG=fr_CA.UTF-8 gives French messages too', () => {
      const run = socialplan(cwd, ['lint', 'plans', '--format', 'json'], { LANG: 'fr_CA.UTF-8' });
      assertExit(run, 1);
      assert.equal(parseJson(run)[0].message, UNKNOWN_KEY_FR);
    });
  });

  describe('--format sarif', () => {
    it('is valid SARIF 2.1.0, its rules link to their docs, and its results match the json output', () => {
      const cwd = folderWith({
        'plans/spring/plan.md': plan(WARNING),
        'plans/spring/steps/01-listen.md': step(ERROR_STATUS),
      });
      const run = socialplan(cwd, ['lint', '--format', 'sarif']);
      assertExit(run, 1);
      const log = JSON.parse(run.stdout) as SarifLog;

      const schema = JSON.parse(
        readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
      ) as object;
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));

      const [sarifRun] = log.runs;
      const rules = sarifRun.tool.driver.rules;
      for (const id of ['yaml-syntax', 'schema', 'unknown-key', 'config'])
        assert.ok(
          rules.some((rule) => rule.id === id),
          `rule ${id} described`,
        );
      for (const rule of rules)
        assert.match(rule.helpUri ?? '', new RegExp(`^https://.*/${rule.id}\\.md$`), `helpUri of ${rule.id}`);

      const json = parseJson(socialplan(cwd, ['lint', '--format', 'json']));
      const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
      assert.deepEqual(
        sarifRun.results.map((result) => {
          const { artifactLocation, region } = result.locations[0].physicalLocation;
          return {
            uri: artifactLocation.uri,
            ruleId: result.ruleId,
            ruleIdAtIndex: rules[result.ruleIndex].id,
            level: result.level,
            message: result.message.text,
            ...region,
          };
        }),
        json.map((finding) => ({
          uri: finding.file,
          ruleId: finding.rule,
          ruleIdAtIndex: finding.rule,
          level: levels[finding.severity],
          message: finding.message,
          startLine: finding.line,
          startColumn: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
        })),
      );
    });
  });

  describe('configuration', () => {
    it('.socialplan.yaml changes rule severities', () => {
      const cwd = folderWith({
        ...MIXED,
        '.socialplan.yaml': lines('rules:', '  unknown-key: off', '  schema: warning'),
      });
      const run = socialplan(cwd, ['lint', '--format', 'json']);
      assertExit(run, 0);
      assert.deepEqual(
        parseJson(run).map((finding) => `${where(finding)} ${finding.severity}`),
        ['steps/01-listen.md:5:9-5:17 schema warning'],
      );
    });

    it('--config FILE is used instead of the nearest .socialplan.yaml', () => {
      const cwd = folderWith({
        ...MIXED,
        '.socialplan.yaml': lines('rules:', '  unknown-key: off'),
        'config/strict.yaml': lines('rules:', '  unknown-key: error'),
      });
      const run = socialplan(cwd, ['lint', '--config', 'config/strict.yaml', '--format', 'json']);
      assertExit(run, 1);
      assert.deepEqual(
        parseJson(run).map((finding) => `${where(finding)} ${finding.severity}`),
        ['plan.md:4:1-4:7 unknown-key error', 'steps/01-listen.md:5:9-5:17 schema error'],
      );
    });

    it('a broken config: exit 2, reported on its line, and the documents are still linted', () => {
      // Line 3 is indented by one space: invalid YAML, so neither of its settings may apply.
      const cwd = folderWith({
        ...MIXED,
        '.socialplan.yaml': lines('rules:', '  unknown-key: off', ' schema: warning'),
      });
      const run = socialplan(cwd, ['lint', '--format', 'json']);
      assertExit(run, 2);
      const findings = parseJson(run);
      const config = findings.filter((finding) => finding.rule === 'config');
      assert.equal(config.length, 1, run.stdout);
      assert.equal(config[0].file, '.socialplan.yaml');
      assert.equal(config[0].severity, 'error');
      assert.equal(config[0].line, 3);
      assert.match(config[0].message, /YAML/);
      assert.deepEqual(
        findings
          .filter((finding) => finding.rule !== 'config')
          .map((finding) => `${where(finding)} ${finding.severity}`),
        ['plan.md:4:1-4:7 unknown-key warning', 'steps/01-listen.md:5:9-5:17 schema error'],
      );
    });

    it('a broken --config is reported even where no SocialPlan document uses it', () => {
      const cwd = folderWith({
        'README.md': lines('# Nothing to lint here'),
        'broken.yaml': lines('rules:', '  unknown-key: offf'),
      });
      const run = socialplan(cwd, ['lint', '--config', 'broken.yaml']);
      assertExit(run, 2);
      assert.match(run.stdout, /^broken\.yaml$/m);
      assert.match(run.stdout, /^\s+2:\d+\s+error\s+.*offf.*\bconfig$/m);
    });

    it('--config missing.yaml: exit 2, named on stderr', () => {
      const run = socialplan(folderWith(CLEAN), ['lint', '--config', 'missing.yaml']);
      assertExit(run, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /missing\.yaml/);
    });
  });

  describe('--format stylish', () => {
    let cwd: string;
    let plain: Run;
    before(() => {
      cwd = folderWith(MIXED);
      plain = socialplan(cwd, ['lint']);
    });

    it('groups findings by file and ends with a summary line; NO_COLOR=1 means no colour', () => {
      assertExit(plain, 1);
      const output = plain.stdout.split('\n');
      assert.deepEqual(
        output.slice(0, 5),
        ['', 'plan.md', `  4:1  warning  ${UNKNOWN_KEY_STYLISH}  unknown-key`, '', 'steps/01-listen.md'],
        plain.stdout,
      );
      assert.match(output[5], /^ {2}5:9 {2}error {2}'status'.*'finished'.* {2}schema$/);
      assert.deepEqual(output.slice(6), ['', '✖ 2 problems (1 error, 1 warning, 0 notes)', '']);
      assert.doesNotMatch(plain.stdout, ANSI);
    });

    it('FORCE_COLOR=1 adds ANSI colours, and only colours', () => {
      const run = socialplan(cwd, ['lint'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
      assertExit(run, 1);
      assert.match(run.stdout, ANSI);
      assert.equal(run.stdout.replace(ANSI, ''), plain.stdout);
    });

    it('--no-color wins over FORCE_COLOR=1', () => {
      const run = socialplan(cwd, ['lint', '--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
      assertExit(run, 1);
      assert.equal(run.stdout, plain.stdout);
    });
  });

  describe('bundled examples', () => {
    it('examples/en and examples/fr lint without errors', function () {
      const folders = ['examples/en', 'examples/fr'];
      const missing = folders.filter((folder) => !existsSync(join(ROOT, folder)));
      if (missing.length > 0) {
        // They are written alongside this test; skip rather than fail until they exist, and say so.
        if (this.test) this.test.title += ` (skipped: ${missing.join(' and ')} not written yet)`;
        this.skip();
      }
      const run = socialplan(ROOT, ['lint', ...folders]);
      assertExit(run, 0);
      assert.equal(run.stderr, '');
    });
  });
});

/** The few parts of a SARIF log these tests read. */
interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
    }[];
  }[];
}

describe('socialplan lint: linked folders', () => {
  it('a link to a parent folder or to itself does not make it loop; each file is linted once', () => {
    const cwd = folderWith({ 'plan.md': plan(), 'steps/01-listen.md': step('finished') });
    symlinkSync('..', join(cwd, 'steps', 'up'));
    symlinkSync('.', join(cwd, 'steps', 'here'));
    const started = Date.now();
    const result = spawnSync(process.execPath, [BIN, 'lint', '--format', 'json'], {
      cwd,
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
    });
    assert.equal(result.signal, null, `killed after ${Date.now() - started} ms: the walk loops`);
    assert.equal(result.status, 1);
    assert.deepEqual(parseJson({ status: result.status, stdout: result.stdout, stderr: result.stderr }).map(where), [
      'steps/01-listen.md:5:9-5:17 schema',
    ]);
  });
});

describe('socialplan lint: pipes, sockets and devices', () => {
  it('a named pipe called `*.md` is neither read (it would wait forever) nor listed; named, it is a usage error', function () {
    const cwd = folderWith({ 'plan.md': plan(), 'steps/01-listen.md': step('finished') });
    if (spawnSync('mkfifo', [join(cwd, 'steps', 'pipe.md')]).status !== 0) {
      console.log('      skipped: mkfifo is not available here');
      this.skip();
    }
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 30_000,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
      });
    const folder = run(['lint', '--format', 'json']);
    assert.equal(folder.signal, null, 'killed: it waited on the pipe');
    assert.deepEqual(parseJson({ status: folder.status, stdout: folder.stdout, stderr: folder.stderr }).map(where), [
      'steps/01-listen.md:5:9-5:17 schema',
    ]);
    const named = run(['lint', 'steps/pipe.md']);
    assert.equal(named.signal, null, 'killed: it waited on the pipe');
    assert.equal(named.status, 2);
    assert.match(named.stderr, /not a file or a folder \(a pipe, a socket or a device\): steps\/pipe\.md/);
  });
});

describe('socialplan lint --fix', () => {
  it('applies the safe fixes in place, keeps the rest of the text, reports what remains, and leaves no temporary file', () => {
    const looseDate = step().replace('due: "2027-02-01"', 'due: 2027-2-1 # first of February');
    const noTotal = plan(WARNING).replace('  total: 20000\n', '');
    const cwd = folderWith({ 'plan.md': noTotal, 'steps/01-listen.md': looseDate });
    const before = { charter: readFileSync(join(cwd, 'charter.md'), 'utf8') };

    const run = socialplan(cwd, ['lint', '--fix', '--format', 'json']);
    assertExit(run, 0);
    assert.match(run.stderr, /Fixed 2 problems in 2 files\./);
    assert.deepEqual(
      parseJson(run).map(where),
      ['plan.md:4:1-4:7 unknown-key'],
      'the unsafe rename of `budjet` is left to the author',
    );

    const fixedStep = readFileSync(join(cwd, 'steps/01-listen.md'), 'utf8');
    assert.equal(fixedStep, looseDate.replace('due: 2027-2-1 #', 'due: "2027-02-01" #'));
    const fixedPlan = readFileSync(join(cwd, 'plan.md'), 'utf8');
    assert.match(fixedPlan, /\n {2}total: 20000\n/);
    assert.equal(fixedPlan.replace(/\n {2}total: 20000/, ''), noTotal);
    assert.equal(
      readFileSync(join(cwd, 'charter.md'), 'utf8'),
      before.charter,
      'a file without fixes is not rewritten',
    );
    assert.deepEqual(
      readdirSync(cwd).filter((name) => name.endsWith('.tmp')),
      [],
    );

    const again = socialplan(cwd, ['lint', '--fix', '--format', 'json']);
    assert.equal(again.stderr, '', 'nothing fixable remains');
    assert.deepEqual(parseJson(again).map(where), ['plan.md:4:1-4:7 unknown-key']);
  });

  it('renames a key to the one known key it is a typo of (a safe fix), and leaves a rename beside its key', () => {
    const typos = plan(WARNING, 'agncy: Studio Nord # the agency');
    const cwd = folderWith({ 'plan.md': typos, 'steps/01-listen.md': step() });
    const run = socialplan(cwd, ['lint', '--fix', '--format', 'json']);
    assertExit(run, 0);
    assert.match(run.stderr, /Fixed 1 problem in 1 file\./);
    assert.equal(readFileSync(join(cwd, 'plan.md'), 'utf8'), typos.replace('agncy:', 'agency:'));
    assert.deepEqual(parseJson(run).map(where), ['plan.md:4:1-4:7 unknown-key'], '`budjet` beside `budget` stays');
  });

  it('never writes a plan the fixes would break: of two typos of `agency` (each a safe rename alone) one is renamed, the YAML stays whole', () => {
    const typos = plan(WARNING, 'agncy: Studio Nord', 'agenncy: Studio Sud');
    const cwd = folderWith({ 'plan.md': typos, 'steps/01-listen.md': step() });
    const run = socialplan(cwd, ['lint', '--fix', '--format', 'json']);
    assertExit(run, 0);
    assert.match(run.stderr, /Fixed 1 problem in 1 file\./);
    assert.equal(readFileSync(join(cwd, 'plan.md'), 'utf8'), typos.replace('agncy:', 'agency:'));
    const rules = parseJson(run).map((finding) => finding.rule);
    assert.ok(!rules.includes('yaml-syntax'), `the plan still parses: ${rules.join(', ')}`);
    assert.deepEqual(
      rules.filter((rule) => rule === 'unknown-key'),
      ['unknown-key', 'unknown-key'],
      '`budjet` beside `budget`, and `agenncy` beside the `agency` now there, are left to the author',
    );
  });

  it('counts the fixes with the plural rules of the language: "1 problème corrigé dans 1 fichier"', () => {
    const looseDate = step().replace('due: "2027-02-01"', 'due: 2027-2-1');
    const one = socialplan(folderWith({ 'plan.md': plan(), 'steps/01-listen.md': looseDate }), [
      'lint',
      '--fix',
      '--locale',
      'fr',
    ]);
    assert.match(one.stderr, /^1 problème corrigé dans 1 fichier\.$/m);
    const two = socialplan(
      folderWith({ 'plan.md': plan(WARNING).replace('  total: 20000\n', ''), 'steps/01-listen.md': looseDate }),
      ['lint', '--fix', '--locale', 'fr', '--format', 'json'],
    );
    assert.match(two.stderr, /^2 problèmes corrigés dans 2 fichiers\.$/m);
    const english = socialplan(folderWith({ 'plan.md': plan(), 'steps/01-listen.md': looseDate }), ['lint', '--fix']);
    assert.match(english.stderr, /^Fixed 1 problem in 1 file\.$/m);
  });

  it('a file it cannot write: says so, applies the other fixes, reports what remains, exits 2', function () {
    // Root may write anywhere: the CLI then runs as `nobody`, which must be able to start Node.
    if (process.getuid?.() === 0 && spawnSync('setpriv', [...AS_NOBODY, process.execPath, '-e', '0']).status !== 0) {
      console.log(
        `      skipped: running as root, and \`setpriv ${AS_NOBODY.join(' ')} ${process.execPath}\` cannot start Node here`,
      );
      this.skip();
    }
    const looseDate = step().replace('due: "2027-02-01"', 'due: 2027-2-1');
    const noTotal = plan().replace('  total: 20000\n', '');
    const cwd = folderWith({ 'plan.md': noTotal, 'steps/01-listen.md': looseDate });
    const run = asUnprivileged(cwd, ['lint', '--fix', '--format', 'json'], [join(cwd, 'steps')]);
    assertExit(run, 2);
    assert.equal(
      run.stderr,
      'socialplan: cannot write steps/01-listen.md: permission denied; its fixes were not applied.\nFixed 1 problem in 1 file.\n',
    );
    assert.deepEqual(parseJson(run).map(where), ['steps/01-listen.md:7:6-7:14 schema']);
    assert.equal(readFileSync(join(cwd, 'steps/01-listen.md'), 'utf8'), looseDate, 'the step is as it was');
    assert.match(readFileSync(join(cwd, 'plan.md'), 'utf8'), /\n {2}total: 20000\n/, 'the plan is fixed');
  });
});

const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/**
 * Runs the CLI where it may not write into `readOnly` folders (mode 0555). As root, which may
 * write anywhere, it runs as `nobody` (setpriv), from a copy of the bundle a stranger can read.
 */
function asUnprivileged(cwd: string, args: string[], readOnly: string[]): Run {
  for (const folder of readOnly) chmodSync(folder, 0o555);
  try {
    if (process.getuid?.() !== 0) return socialplan(cwd, args);
    const bundle = join(mkdtempSync(join(tmpdir(), 'sp-cli-bundle-')), 'cli.js');
    temporaryFolders.push(dirname(bundle));
    cpSync(join(ROOT, 'dist', 'cli.js'), bundle);
    for (const path of [dirname(bundle), bundle]) chmodSync(path, 0o755);
    chmodWorldWritable(cwd, readOnly);
    const result = spawnSync('setpriv', [...AS_NOBODY, process.execPath, bundle, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    for (const folder of readOnly) chmodSync(folder, 0o755);
  }
}

/** Every folder under `root` writable by anyone (but those in `except`), every file readable and writable. */
function chmodWorldWritable(root: string, except: string[]): void {
  const walk = (path: string) => {
    const isFolder = statSync(path).isDirectory();
    if (!except.includes(path)) chmodSync(path, isFolder ? 0o777 : 0o666);
    if (isFolder) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(root);
}
