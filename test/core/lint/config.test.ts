import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { markdownFilesUnder } from '../../../src/core/workspace/files';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { LineIndex } from '../../../src/core/document/lines';
import { Linter, type LintResult } from '../../../src/core/lint/linter';
import type { ConfigOptions } from '../../../src/core/lint/config';
import type { Finding } from '../../../src/core/types';
import { writeTree } from '../../support/tree';

/**
 * The config file (`.socialplan.yaml` or `.socialplan.json`, README "Configuration"): rule severities and
 * options, custom schemas by glob, what happens when the config itself is broken, and trust.
 *
 * Findings are compared as `file line:column-line:column rule severity` (1-based, end exclusive),
 * keeping only the rules these cases are about: the plan-level rules (a dedicated resource, a charter…)
 * have their own fixtures and would only blur these minimal plans.
 */
const RULES_SHOWN = new Set(['config', 'yaml-syntax', 'schema', 'unknown-key', 'plan-structure']);

const PLAN_WITH_TYPO = ['---', 'socialplan: plan', 'title: Spring launch', 'budjet: 5000', '---', ''].join('\n');
const ORPHAN_STEP = ['---', 'socialplan: step', 'step: listen', '---', ''].join('\n');

/** An agency schema (draft 2020-12): every plan names its account manager. */
const ACME_2020 = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['account_manager'],
  properties: { account_manager: { type: 'string', minLength: 1 } },
});

/** The same requirement in draft-07, with `definitions` (draft-07's name for `$defs`). */
const ACME_07 = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['account_manager'],
  properties: { account_manager: { $ref: '#/definitions/person' } },
  definitions: { person: { type: 'string', minLength: 1 } },
});

const ACME_CONFIG = ['schemas:', '  - files: "clients/acme/**"', '    schema: ./schemas/acme.schema.json', ''].join(
  '\n',
);

describe('config', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-config-'));
    // A repository root: the search for a plan folder stops here, whatever lies above in the temp folder.
    mkdirSync(join(root, '.git'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function lint(options: ConfigOptions = { trusted: true }): LintResult {
    const host = new NodeFileHost();
    return new Linter(host, options).lint(markdownFilesUnder(host, root));
  }

  function shown(findings: Finding[]): string[] {
    return findings
      .filter((finding) => RULES_SHOWN.has(finding.rule))
      .map((finding) => {
        const lines = new LineIndex(readFileSync(finding.file, 'utf8'));
        const start = lines.positionAt(finding.range.start);
        const end = lines.positionAt(finding.range.end);
        const name = relative(root, finding.file).split('\\').join('/');
        return `${name} ${start.line}:${start.column}-${end.line}:${end.column} ${finding.rule} ${finding.severity}`;
      });
  }

  function only(result: LintResult, rule: string): Finding {
    const found = result.findings.filter((finding) => finding.rule === rule);
    assert.equal(found.length, 1, `expected one ${rule} finding, got ${shown(result.findings).join(', ')}`);
    return found[0];
  }

  describe('rule severities', () => {
    it('without a config, every rule has its default severity', () => {
      writeTree(root, { 'plan.md': PLAN_WITH_TYPO });
      assert.deepEqual(shown(lint().findings), ['plan.md 4:1-4:7 unknown-key warning']);
    });

    it('`off` silences a rule', () => {
      writeTree(root, { '.socialplan.yaml': 'rules: { unknown-key: off }\n', 'plan.md': PLAN_WITH_TYPO });
      assert.deepEqual(shown(lint().findings), []);
    });

    it('`error` upgrades a warning', () => {
      writeTree(root, { '.socialplan.yaml': 'rules:\n  unknown-key: error\n', 'plan.md': PLAN_WITH_TYPO });
      assert.deepEqual(shown(lint().findings), ['plan.md 4:1-4:7 unknown-key error']);
    });

    it('a severity set in the config also overrides a finding that has its own default (a step with no plan)', () => {
      writeTree(root, { 'steps/01-listen.md': ORPHAN_STEP });
      assert.deepEqual(shown(lint().findings), ['steps/01-listen.md 2:13-2:17 plan-structure warning']);
      writeTree(root, { '.socialplan.yaml': 'rules: { plan-structure: error }\n' });
      assert.deepEqual(shown(lint().findings), ['steps/01-listen.md 2:13-2:17 plan-structure error']);
    });

    it('the object form `{ severity, …options }` sets the severity and keeps the other keys as the rule options', () => {
      writeTree(root, {
        '.socialplan.yaml': [
          'rules:',
          '  unknown-key: { severity: info }',
          '  budget-minimum: { severity: warning, floor: 12000 }',
          '',
        ].join('\n'),
        'plan.md': PLAN_WITH_TYPO,
      });
      const host = new NodeFileHost();
      const linter = new Linter(host, { trusted: true });
      const result = linter.lint(markdownFilesUnder(host, root));
      assert.deepEqual(shown(result.findings), ['plan.md 4:1-4:7 unknown-key info']);
      const rules = linter.configs.forFile(join(root, 'plan.md')).rules;
      assert.deepEqual(rules.get('budget-minimum'), { severity: 'warning', options: { floor: 12000 } });
      assert.deepEqual(rules.get('unknown-key'), { severity: 'info', options: {} });
    });

    it('the options reach the rule: `budget-minimum` uses the `floor` of the config', () => {
      const plan = [
        '---',
        'socialplan: plan',
        'title: Spring launch',
        'currency: CAD',
        'resources:',
        '  - { id: marie, name: Marie Tremblay, role: community-manager, internal: true, dedicated: true }',
        'budget:',
        '  currency: CAD',
        '  period: year',
        '  total: 13000',
        '  lines:',
        '    - { label: Community manager (0.3 FTE), category: staff, amount: 13000, resource: marie }',
        '---',
        '',
      ].join('\n');
      const floorFindings = () => lint().findings.filter((finding) => finding.rule === 'budget-minimum');
      writeTree(root, { 'plan.md': plan });
      assert.equal(floorFindings().length, 1, 'below the default floor of 15000');
      writeTree(root, { '.socialplan.yaml': 'rules: { budget-minimum: { floor: 12000 } }\n' });
      assert.deepEqual(floorFindings(), [], 'above a floor of 12000');
      writeTree(root, { '.socialplan.yaml': 'rules: { budget-minimum: { severity: error, floor: 14000 } }\n' });
      assert.deepEqual(
        floorFindings().map((finding) => finding.severity),
        ['error'],
      );
    });

    it('the nearest config wins, and the configs above it are not merged in', () => {
      writeTree(root, {
        '.socialplan.yaml': 'rules: { unknown-key: off, schema: off }\n',
        'plan.md': PLAN_WITH_TYPO,
        'clients/acme/.socialplan.yaml': 'rules: { unknown-key: error }\n',
        // No title: the root config turns `schema` off, but the nearest config does not.
        'clients/acme/plan.md': ['---', 'socialplan: plan', 'budjet: 5000', '---', ''].join('\n'),
      });
      assert.deepEqual(shown(lint().findings), [
        'clients/acme/plan.md 1:1-1:4 schema error',
        'clients/acme/plan.md 3:1-3:7 unknown-key error',
      ]);
    });

    it('`.socialplan.json` works like `.socialplan.yaml`', () => {
      writeTree(root, {
        '.socialplan.json': JSON.stringify({ rules: { 'unknown-key': 'error' } }, null, 2),
        'plan.md': PLAN_WITH_TYPO,
      });
      assert.deepEqual(shown(lint().findings), ['plan.md 4:1-4:7 unknown-key error']);
    });
  });

  describe('a broken config file', () => {
    it('broken YAML is a `config` finding on the config file, at the line of the error; the documents are still linted', () => {
      writeTree(root, {
        '.socialplan.yaml': ['# Agency defaults', 'rules:', '  unknown-key: error', '  schema: [error', ''].join('\n'),
        'plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 4:11-4:17 config error',
        'plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.match(only(result, 'config').message.en, /never closed/);
      assert.equal(result.configs[0].broken, true);
    });

    it('an alias with no anchor before it is a `config` finding at the alias, not a crash (found by the properties)', () => {
      writeTree(root, {
        '.socialplan.yaml': ['rules:', '  unknown-key: *level', ''].join('\n'),
        'plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 2:16-2:22 config error',
        'plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.match(only(result, 'config').message.en, /alias refers to an anchor that does not exist/);
    });

    it('a config cut short, an error at its very end: the finding stays inside the file (found by the properties)', () => {
      const cut =
        '\t": {\n    "vanity-metric": "off",\n    "budget-minimum": {\n      "severity": "warning",\n      "floor": 1000\n    }\n  },\n  "schemas": [\n';
      writeTree(root, { '.socialplan.json': cut, 'plan.md': PLAN_WITH_TYPO });
      const findings = lint().findings.filter((finding) => finding.rule === 'config');
      assert.ok(findings.length > 0);
      for (const finding of findings)
        assert.ok(
          finding.range.start <= finding.range.end && finding.range.end <= cut.length,
          `${finding.range.start}-${finding.range.end} in ${cut.length} characters`,
        );
    });

    it('a value the config schema does not allow (severity `loud`) is a `config` finding at that value', () => {
      writeTree(root, {
        '.socialplan.yaml': ['rules:', '  unknown-key: loud', ''].join('\n'),
        'plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 2:16-2:20 config error',
        'plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.equal(
        only(result, 'config').message.en,
        '`rules.unknown-key` must be one of `off`, `info`, `warning`, `error`; found `loud`.',
      );
    });

    it('in `.socialplan.json` too, the finding is at the value', () => {
      writeTree(root, {
        '.socialplan.json': '{\n  "rules": {\n    "schema": "loud"\n  }\n}\n',
        'plan.md': PLAN_WITH_TYPO,
      });
      assert.deepEqual(shown(lint().findings), [
        '.socialplan.json 3:15-3:21 config error',
        'plan.md 4:1-4:7 unknown-key warning',
      ]);
    });

    it('a rule name the config does not know is a `config` finding at that name, with a suggestion', () => {
      writeTree(root, {
        '.socialplan.yaml': ['rules:', '  vanity-metrics: off', ''].join('\n'),
        'plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 2:3-2:17 config error',
        'plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.equal(
        only(result, 'config').message.en,
        'Unknown key `vanity-metrics` in `rules`. Did you mean `vanity-metric`?',
      );
    });

    it('an option a rule does not take is a `config` finding at that option', () => {
      writeTree(root, {
        '.socialplan.yaml': ['rules:', '  unknown-key: { severity: error, floor: 12000 }', ''].join('\n'),
        'plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 2:35-2:40 config error',
        'plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.equal(only(result, 'config').message.en, 'Unknown key `floor` in `rules.unknown-key`.');
    });
  });

  describe('custom schemas', () => {
    for (const [draft, schema] of [
      ['2020-12', ACME_2020],
      ['draft-07', ACME_07],
    ] as const) {
      it(`a ${draft} schema adds its requirement to the files its glob matches, and its keys are known`, () => {
        writeTree(root, {
          '.socialplan.yaml': ACME_CONFIG,
          'schemas/acme.schema.json': schema,
          'clients/acme/plan.md': ['---', 'socialplan: plan', 'title: Spring launch', '---', ''].join('\n'),
          'clients/acme/2028/plan.md': [
            '---',
            'socialplan: plan',
            'title: Plan 2028',
            'account_manager: 42',
            '---',
            '',
          ].join('\n'),
          'clients/acme/2029/plan.md': [
            '---',
            'socialplan: plan',
            'title: Plan 2029',
            'account_manager: Julie Roy',
            '---',
            '',
          ].join('\n'),
          // Outside the glob: the agency requirement does not apply, and the key is unknown there.
          'clients/globex/plan.md': [
            '---',
            'socialplan: plan',
            'title: Globex',
            'account_manager: Julie Roy',
            '---',
            '',
          ].join('\n'),
        });
        const result = lint();
        assert.deepEqual(shown(result.findings), [
          'clients/acme/2028/plan.md 4:18-4:20 schema error',
          'clients/acme/plan.md 1:1-1:4 schema error',
          'clients/globex/plan.md 4:1-4:16 unknown-key warning',
        ]);
        assert.deepEqual(
          result.findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.message.en),
          ['`account_manager` must be a text; found `42`.', 'Missing required key `account_manager`.'],
        );
      });
    }

    it('a custom schema file that does not exist is a `config` finding at the `schema:` value', () => {
      writeTree(root, { '.socialplan.yaml': ACME_CONFIG, 'clients/acme/plan.md': PLAN_WITH_TYPO });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 3:13-3:39 config error',
        'clients/acme/plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.match(only(result, 'config').message.en, /^Schema file not found: .*acme\.schema\.json$/);
    });

    it('a custom schema file that is not JSON is a `config` finding at the `schema:` value', () => {
      writeTree(root, {
        '.socialplan.yaml': ACME_CONFIG,
        'schemas/acme.schema.json': '{ "type": "object", }',
        'clients/acme/plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 3:13-3:39 config error',
        'clients/acme/plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.match(only(result, 'config').message.en, /^The schema file is not valid JSON: /);
    });

    it('a custom schema that is not a valid JSON Schema is a `config` finding at the `schema:` value', () => {
      writeTree(root, {
        '.socialplan.yaml': ACME_CONFIG,
        'schemas/acme.schema.json': '{ "type": "objet" }',
        'clients/acme/plan.md': PLAN_WITH_TYPO,
      });
      const result = lint();
      assert.deepEqual(shown(result.findings), [
        '.socialplan.yaml 3:13-3:39 config error',
        'clients/acme/plan.md 4:1-4:7 unknown-key warning',
      ]);
      assert.match(only(result, 'config').message.en, /^The schema cannot be compiled: /);
    });

    it('in an untrusted workspace, custom schemas are not loaded (rule severities still apply)', () => {
      writeTree(root, {
        '.socialplan.yaml': `${ACME_CONFIG}rules: { unknown-key: error }\n`,
        'schemas/acme.schema.json': ACME_2020,
        'clients/acme/plan.md': [
          '---',
          'socialplan: plan',
          'title: Spring launch',
          'account_manager: Julie Roy',
          '---',
          '',
        ].join('\n'),
        'clients/acme/2028/plan.md': ['---', 'socialplan: plan', 'title: Plan 2028', '---', ''].join('\n'),
      });
      // Trusted: the requirement applies to the 2028 plan and `account_manager` is a known key.
      assert.deepEqual(shown(lint({ trusted: true }).findings), ['clients/acme/2028/plan.md 1:1-1:4 schema error']);
      // Untrusted: no requirement, and without the agency schema `account_manager` is an unknown key.
      assert.deepEqual(shown(lint({ trusted: false }).findings), ['clients/acme/plan.md 4:1-4:16 unknown-key error']);
    });

    it('in an untrusted workspace, a missing custom schema file is not even looked for', () => {
      writeTree(root, { '.socialplan.yaml': ACME_CONFIG, 'clients/acme/plan.md': PLAN_WITH_TYPO });
      assert.deepEqual(shown(lint({ trusted: false }).findings), ['clients/acme/plan.md 4:1-4:7 unknown-key warning']);
    });
  });

  describe('explicitFile (`socialplan lint --config FILE`)', () => {
    it('uses that file for every document instead of the nearest config; its paths and globs are relative to it', () => {
      writeTree(root, {
        'socialplan-ci.yaml': [
          'rules: { unknown-key: error }',
          'schemas:',
          '  - files: "clients/acme/**"',
          '    schema: ci/acme.schema.json',
          '',
        ].join('\n'),
        'ci/acme.schema.json': ACME_2020,
        '.socialplan.yaml': 'rules: { unknown-key: off }\n',
        'plan.md': PLAN_WITH_TYPO,
        'clients/acme/.socialplan.yaml': 'rules: { unknown-key: info }\n',
        'clients/acme/plan.md': ['---', 'socialplan: plan', 'title: Spring launch', 'budjet: 5000', '---', ''].join(
          '\n',
        ),
      });
      const explicitFile = join(root, 'socialplan-ci.yaml');
      assert.deepEqual(shown(lint({ trusted: true, explicitFile }).findings), [
        'clients/acme/plan.md 1:1-1:4 schema error',
        'clients/acme/plan.md 4:1-4:7 unknown-key error',
        'plan.md 4:1-4:7 unknown-key error',
      ]);
    });

    it("a document outside the explicit file's folder is matched by no glob, not even `**`", () => {
      writeTree(root, {
        'ci/socialplan-ci.yaml': ['schemas:', '  - files: "**"', '    schema: ./acme.schema.json', ''].join('\n'),
        'ci/acme.schema.json': ACME_2020,
        'ci/plan.md': ['---', 'socialplan: plan', 'title: Inside', '---', ''].join('\n'),
        'clients/acme/plan.md': ['---', 'socialplan: plan', 'title: Outside', '---', ''].join('\n'),
      });
      const explicitFile = join(root, 'ci', 'socialplan-ci.yaml');
      assert.deepEqual(shown(lint({ trusted: true, explicitFile }).findings), ['ci/plan.md 1:1-1:4 schema error']);
    });
  });
});
