import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatters, isFormatName } from '../../src/cli/formatters/index';
import { formatGithub } from '../../src/cli/formatters/github';
import { formatJson } from '../../src/cli/formatters/json';
import { formatJunit } from '../../src/cli/formatters/junit';
import { formatSarif } from '../../src/cli/formatters/sarif';
import { formatStylish } from '../../src/cli/formatters/stylish';
import type { FormatContext, ReportedFinding, RuleInfo } from '../../src/cli/formatters/types';

const RULES: RuleInfo[] = [
  {
    id: 'plan-missing-goal',
    defaultSeverity: 'error',
    description: {
      en: 'A plan states the goal it serves. Without one, nothing can be measured.',
      fr: 'Un plan énonce son objectif. Sans lui, rien ne se mesure.',
    },
    docsUrl: 'https://example.invalid/socialplan/docs/rules/plan-missing-goal.md',
  },
  {
    id: 'kpi-without-target',
    defaultSeverity: 'warning',
    description: { en: 'Each KPI has a target value.', fr: 'Chaque KPI a une valeur cible.' },
    docsUrl: 'https://example.invalid/socialplan/docs/rules/kpi-without-target.md',
  },
  {
    id: 'post-cadence-hint',
    defaultSeverity: 'info',
    description: { en: 'Posting cadence, e.g. weekly, is stated.', fr: 'La cadence est indiquée.' },
    docsUrl: 'https://example.invalid/socialplan/docs/rules/post-cadence-hint.md',
  },
];

function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { rules: RULES, color: false, locale: 'en', toolVersion: '1.2.3', ...overrides };
}

function finding(overrides: Partial<ReportedFinding> = {}): ReportedFinding {
  return {
    file: 'plans/launch.md',
    rule: 'plan-missing-goal',
    severity: 'error',
    message: 'The plan has no goal.',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
    ...overrides,
  };
}

/** Given out of order on purpose: the stylish formatter must sort files and positions itself. */
const MIXED: ReportedFinding[] = [
  finding({ file: 'plans/zeta.md', line: 12, column: 3, endLine: 12, endColumn: 9 }),
  finding({
    rule: 'kpi-without-target',
    severity: 'warning',
    message: 'KPI "reach" has no target.',
    line: 40,
    column: 5,
    endLine: 40,
    endColumn: 12,
  }),
  finding({
    rule: 'kpi-without-target',
    severity: 'warning',
    message: 'KPI "clicks" has no target.',
    line: 7,
    column: 11,
    endLine: 7,
    endColumn: 17,
  }),
];

const ANSI = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

describe('cli formatters', () => {
  describe('registry', () => {
    it('offers stylish, json, sarif, github and junit', () => {
      assert.deepEqual(Object.keys(formatters).sort(), ['github', 'json', 'junit', 'sarif', 'stylish']);
      assert.equal(formatters.github, formatGithub);
      assert.equal(formatters.junit, formatJunit);
      assert.equal(formatters.json, formatJson);
      assert.equal(formatters.sarif, formatSarif);
      assert.equal(formatters.stylish, formatStylish);
    });

    it('recognises only the format names, not inherited keys', () => {
      for (const name of ['stylish', 'json', 'sarif']) assert.ok(isFormatName(name), name);
      for (const name of ['xml', 'toString', '__proto__', 'constructor', '', 42, undefined]) {
        assert.equal(isFormatName(name), false, String(name));
      }
    });
  });

  describe('json', () => {
    it('prints a flat array with the public keys in their fixed order', () => {
      const output = formatJson(MIXED, context());
      const parsed = JSON.parse(output) as Record<string, unknown>[];
      assert.equal(parsed.length, 3);
      for (const record of parsed) {
        assert.deepEqual(Object.keys(record), [
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
      assert.deepEqual(parsed, MIXED);
    });

    it('is pretty-printed with two spaces and ends with a newline', () => {
      const output = formatJson([finding()], context());
      assert.equal(
        output,
        '[\n  {\n    "file": "plans/launch.md",\n    "rule": "plan-missing-goal",\n    "severity": "error",\n' +
          '    "message": "The plan has no goal.",\n    "line": 1,\n    "column": 1,\n    "endLine": 1,\n' +
          '    "endColumn": 4\n  }\n]\n',
      );
    });

    it("keeps extra properties out of the contract and the caller's order in", () => {
      const extra = { ...finding({ file: 'b.md' }), fixes: [], absolutePath: '/tmp/b.md' } as ReportedFinding;
      const parsed = JSON.parse(formatJson([extra, finding({ file: 'a.md' })], context()));
      assert.deepEqual(
        parsed.map((record: ReportedFinding) => record.file),
        ['b.md', 'a.md'],
      );
      assert.equal('fixes' in parsed[0], false);
      assert.equal('absolutePath' in parsed[0], false);
    });

    it('prints an empty array when there are no findings', () => {
      assert.equal(formatJson([], context()), '[]\n');
    });
  });

  describe('stylish', () => {
    it('prints nothing at all when there are no findings', () => {
      assert.equal(formatStylish([], context()), '');
      assert.equal(formatStylish([], context({ color: true, locale: 'fr' })), '');
    });

    it('groups findings by file in path order, each file sorted by line then column', () => {
      const findings = [...MIXED, finding({ message: 'Same line, earlier column.', line: 7, column: 2, endColumn: 3 })];
      const lines = formatStylish(findings, context()).split('\n');
      assert.deepEqual(lines, [
        '',
        'plans/launch.md',
        '   7:2   error    Same line, earlier column.   plan-missing-goal',
        '   7:11  warning  KPI "clicks" has no target.  kpi-without-target',
        '  40:5   warning  KPI "reach" has no target.   kpi-without-target',
        '',
        'plans/zeta.md',
        '  12:3  error  The plan has no goal.  plan-missing-goal',
        '',
        '✖ 4 problems (2 errors, 2 warnings, 0 notes)',
        '',
      ]);
    });

    it('aligns the colons and the severity, message and rule columns within a file', () => {
      const findings = [
        finding({ line: 5, column: 120, message: 'Short.' }),
        finding({
          line: 1234,
          column: 1,
          severity: 'info',
          rule: 'post-cadence-hint',
          message: 'A longer message here.',
        }),
        finding({ line: 80, column: 7, severity: 'warning', rule: 'kpi-without-target', message: 'Mid-length one.' }),
      ];
      const rows = formatStylish(findings, context())
        .split('\n')
        .filter((line) => line.startsWith('  '));
      assert.equal(rows.length, 3);
      // Rows come sorted by line; where each cell starts must be the same on every row.
      const sorted = [...findings].sort((a, b) => a.line - b.line);
      const starts = rows.map((row, index) => [
        row.indexOf(':'),
        row.indexOf(`  ${sorted[index].severity}`),
        row.indexOf(`  ${sorted[index].message}`),
        row.indexOf(`  ${sorted[index].rule}`),
      ]);
      assert.deepEqual(starts, [starts[0], starts[0], starts[0]]);
      assert.equal(rows[0], '     5:120  error    Short.                  plan-missing-goal');
    });

    it('summarises counts in English with singular and plural', () => {
      const output = formatStylish([finding({ severity: 'warning' })], context());
      assert.ok(output.endsWith('\n✖ 1 problem (0 errors, 1 warning, 0 notes)\n'), output);
      const mixed = formatStylish(
        [finding(), finding({ severity: 'info', line: 2 }), finding({ severity: 'info', line: 3 })],
        context(),
      );
      assert.ok(mixed.endsWith('\n✖ 3 problems (1 error, 0 warnings, 2 notes)\n'), mixed);
    });

    it('summarises in French, where 0 and 1 are singular', () => {
      const findings = [
        finding(),
        finding({ severity: 'warning', line: 2 }),
        finding({ severity: 'warning', line: 3 }),
      ];
      const output = formatStylish(findings, context({ locale: 'fr' }));
      assert.ok(output.endsWith('\n✖ 3 problèmes (1 erreur, 2 avertissements, 0 remarque)\n'), output);
      const one = formatStylish([finding({ severity: 'info' })], context({ locale: 'fr' }));
      assert.ok(one.endsWith('\n✖ 1 problème (0 erreur, 0 avertissement, 1 remarque)\n'), one);
      const many = formatStylish(
        [
          finding(),
          finding({ line: 2 }),
          finding({ severity: 'info', line: 3 }),
          finding({ severity: 'info', line: 4 }),
        ],
        context({ locale: 'fr' }),
      );
      assert.ok(many.endsWith('\n✖ 4 problèmes (2 erreurs, 0 avertissement, 2 remarques)\n'), many);
    });

    it('names severities in French in the rows', () => {
      const output = formatStylish(MIXED, context({ locale: 'fr' }));
      assert.match(output, / {2}12:3 {2}erreur {2}/);
      assert.match(output, / {2}40:5 {3}avertissement {2}/);
    });

    it('writes no escape codes when colour is off', () => {
      const output = formatStylish(MIXED, context({ color: false }));
      assert.equal(output.includes('\u001b'), false);
    });

    it('colours severities, underlines files and keeps the same layout when colour is on', () => {
      const findings = [...MIXED, finding({ severity: 'info', rule: 'post-cadence-hint', line: 99 })];
      const coloured = formatStylish(findings, context({ color: true }));
      assert.ok(coloured.includes('\u001b[31merror\u001b[39m'), 'error in red');
      assert.ok(coloured.includes('\u001b[33mwarning\u001b[39m'), 'warning in yellow');
      assert.ok(coloured.includes('\u001b[34minfo   \u001b[39m'), 'info in blue');
      assert.ok(coloured.includes('\u001b[4mplans/launch.md\u001b[24m'), 'file underlined');
      assert.match(coloured, /\u001b\[1m\u001b\[31m✖ 4 problems/);
      assert.equal(stripAnsi(coloured), formatStylish(findings, context({ color: false })));
    });
  });

  describe('sarif', () => {
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);

    function assertValidSarif(output: string): SarifLog {
      const log = JSON.parse(output) as SarifLog;
      assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
      return log;
    }

    const ALL_LEVELS = [
      finding(),
      finding({
        file: 'plans/kpis.md',
        rule: 'kpi-without-target',
        severity: 'warning',
        message: 'No target.',
        line: 3,
        column: 5,
        endLine: 4,
        endColumn: 2,
      }),
      finding({
        file: 'plans/kpis.md',
        rule: 'post-cadence-hint',
        severity: 'info',
        message: 'Say how often.',
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 1,
      }),
    ];

    it('validates against the official SARIF 2.1.0 schema', () => {
      assertValidSarif(formatSarif(ALL_LEVELS, context()));
      assertValidSarif(formatSarif(ALL_LEVELS, context({ locale: 'fr' })));
      assertValidSarif(formatSarif([], context()));
    });

    it('is checked by a validator that does reject broken logs', () => {
      const log = JSON.parse(formatSarif(ALL_LEVELS, context())) as SarifLog;
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      assert.equal(validate(log), false);
      const unencoded = JSON.parse(formatSarif([finding()], context())) as SarifLog;
      unencoded.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'plans/a b.md';
      assert.equal(validate(unencoded), false);
    });

    it('describes the log, the run and the tool', () => {
      const output = formatSarif(ALL_LEVELS, context());
      assert.ok(output.endsWith('}\n'));
      const log = assertValidSarif(output);
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const { driver } = log.runs[0].tool;
      assert.equal(driver.name, 'socialplan');
      assert.equal(driver.version, '1.2.3');
      assert.equal(driver.semanticVersion, '1.2.3');
      assert.match(driver.informationUri, /^https:\/\//);
      assert.ok(log.runs[0].originalUriBaseIds['%SRCROOT%']);
    });

    it('lists every rule with a name, descriptions, help and a help link', () => {
      const { driver } = assertValidSarif(formatSarif([], context())).runs[0].tool;
      assert.deepEqual(
        driver.rules.map((rule) => rule.id),
        RULES.map((rule) => rule.id),
      );
      const [goal] = driver.rules;
      assert.equal(goal.name, 'PlanMissingGoal');
      assert.deepEqual(goal.shortDescription, { text: 'A plan states the goal it serves.' });
      assert.deepEqual(goal.fullDescription, { text: RULES[0].description.en });
      assert.equal(goal.helpUri, RULES[0].docsUrl);
      assert.ok(goal.help?.text.includes(RULES[0].docsUrl));
      assert.ok(goal.help?.markdown?.includes(`](${RULES[0].docsUrl})`));
      assert.equal(driver.rules[2].shortDescription.text, 'Posting cadence, e.g. weekly, is stated.');
      for (const rule of driver.rules) assert.ok(rule.helpUri, `${rule.id} has a helpUri`);
    });

    it('writes rule texts in the chosen locale', () => {
      const { driver } = assertValidSarif(formatSarif([], context({ locale: 'fr' }))).runs[0].tool;
      assert.deepEqual(driver.rules[0].fullDescription, { text: RULES[0].description.fr });
      assert.deepEqual(driver.rules[0].shortDescription, { text: 'Un plan énonce son objectif.' });
    });

    it('maps severities to SARIF levels, for results and rule defaults', () => {
      const run = assertValidSarif(formatSarif(ALL_LEVELS, context())).runs[0];
      assert.deepEqual(
        run.results.map((result) => result.level),
        ['error', 'warning', 'note'],
      );
      assert.deepEqual(
        run.tool.driver.rules.map((rule) => rule.defaultConfiguration?.level),
        ['error', 'warning', 'note'],
      );
    });

    it('points each result at its rule through ruleId and ruleIndex', () => {
      const stranger = finding({ rule: 'not-described', message: 'From a rule nobody described.' });
      const run = assertValidSarif(formatSarif([...ALL_LEVELS, stranger], context())).runs[0];
      assert.deepEqual(
        run.results.map((result) => result.ruleIndex),
        [0, 1, 2, 3],
      );
      for (const result of run.results) {
        assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      }
      assert.equal(run.tool.driver.rules[3].name, 'NotDescribed');
    });

    it('reports 1-based regions and relative, percent-encoded URIs under %SRCROOT%', () => {
      const findings = [
        finding({ line: 3, column: 5, endLine: 4, endColumn: 2 }),
        finding({ file: 'plans/été 2025/100% #1.md' }),
      ];
      const results = assertValidSarif(formatSarif(findings, context())).runs[0].results;
      const [first, second] = results.map((result) => result.locations[0].physicalLocation);
      assert.deepEqual(first.region, { startLine: 3, startColumn: 5, endLine: 4, endColumn: 2 });
      assert.deepEqual(first.artifactLocation, { uri: 'plans/launch.md', uriBaseId: '%SRCROOT%' });
      assert.equal(second.artifactLocation.uri, 'plans/%C3%A9t%C3%A9%202025/100%25%20%231.md');
      assert.equal(decodeURIComponent(second.artifactLocation.uri), 'plans/été 2025/100% #1.md');
    });

    it('gives stable fingerprints that survive moved lines and tell repeats apart', () => {
      const fingerprint = (findings: ReportedFinding[]) =>
        assertValidSarif(formatSarif(findings, context())).runs[0].results.map(
          (result) => result.partialFingerprints.primaryLocationLineHash,
        );
      const [once] = fingerprint([finding()]);
      assert.match(once, /^[0-9a-f]{16}:1$/);
      assert.deepEqual(fingerprint([finding({ line: 30, endLine: 30 })]), [once]);
      const [a, b] = fingerprint([finding(), finding({ line: 9, endLine: 9 })]);
      assert.equal(a, once);
      assert.notEqual(b, a);
      assert.equal(b.split(':')[0], a.split(':')[0]);
      assert.notEqual(fingerprint([finding({ file: 'plans/other.md' })])[0], once);
      assert.notEqual(fingerprint([finding({ message: 'Another message.' })])[0], once);
    });
  });
});

/** The parts of a SARIF log these tests read. */
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        informationUri: string;
        version: string;
        semanticVersion: string;
        rules: {
          id: string;
          name: string;
          shortDescription: { text: string };
          fullDescription?: { text: string };
          helpUri?: string;
          help?: { text: string; markdown?: string };
          defaultConfiguration?: { level: string };
        }[];
      };
    };
    originalUriBaseIds: Record<string, unknown>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      partialFingerprints: { primaryLocationLineHash: string };
    }[];
  }[];
}
