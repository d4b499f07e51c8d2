import assert from 'node:assert/strict';
import { basename, dirname } from 'node:path';
import fc from 'fast-check';
import type { SourceText } from '../../src/core/document/document';
import type { DirectoryEntry, FileHost } from '../../src/core/workspace/host';
import { LineIndex } from '../../src/core/document/lines';
import { INTERNAL_ERROR_RULE, Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/types';
import { propertyParameters } from '../support/property';

/**
 * Property tests: whatever the text, the linter never throws, never fails internally, keeps every
 * range inside the text, and gives the same answer twice. Runs are bounded so that the file takes
 * a few seconds (`SOCIALPLAN_PROPERTY_RUNS=20000 npx mocha -g properties` to hunt longer: see
 * test/support/property.ts). A failure prints the seed and the shrunk counterexample: add it to
 * bad-input.test.ts.
 */

/** One folder in memory holding `plan.md` (and a `.git`, so that nothing is looked up above it). */
class MemoryHost implements FileHost {
  static readonly FOLDER = '/workspace/plan-a';
  static readonly FILE = `${MemoryHost.FOLDER}/plan.md`;

  constructor(private readonly text: string) {}

  read(file: string): SourceText | 'binary' | undefined {
    return file === MemoryHost.FILE ? { text: this.text } : undefined;
  }

  list(directory: string): DirectoryEntry[] {
    if (directory === MemoryHost.FOLDER)
      return [
        { name: '.git', directory: true },
        { name: basename(MemoryHost.FILE), directory: false },
      ];
    if (directory === dirname(MemoryHost.FOLDER)) return [{ name: basename(MemoryHost.FOLDER), directory: true }];
    return [];
  }

  isFile(file: string): boolean {
    return file === MemoryHost.FILE;
  }
}

function lintText(text: string, linter = new Linter(new MemoryHost(text), { trusted: true })): Finding[] {
  return linter.lint([MemoryHost.FILE]).findings;
}

/** The properties every lint result must have. */
function checkFindings(text: string, findings: Finding[]): void {
  for (const finding of findings) {
    assert.notEqual(finding.rule, INTERNAL_ERROR_RULE, finding.message.en);
    const { start, end } = finding.range;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `range ${start}-${end} of ${finding.rule}`);
    assert.ok(
      start >= 0 && start <= end && end <= text.length,
      `range ${start}-${end} of ${finding.rule} outside 0-${text.length}`,
    );
    assert.ok(finding.message.en !== '' && finding.message.fr !== '', `empty message from ${finding.rule}`);
  }
}

/** Lint twice with two linters, and a third time with the first one (its caches), and compare. */
function checkText(text: string): void {
  const linter = new Linter(new MemoryHost(text), { trusted: true });
  const first = lintText(text, linter);
  checkFindings(text, first);
  assert.deepEqual(lintText(text), first, 'a second linter gives other findings');
  assert.deepEqual(lintText(text, linter), first, 'linting again with the same linter gives other findings');
}

const VALID_PLAN = [
  '---',
  'socialplan: plan',
  'title: South Shore Bakery — social media plan',
  'client: South Shore Bakery',
  'period: { start: "2027-01-01", end: "2027-12-31" }',
  'locale: en',
  'method: five-steps',
  'currency: CAD',
  'status: approved',
  'approvals:',
  '  - { name: Claire, role: owner, date: "2027-01-05" }',
  'objectives:',
  '  - id: awareness-south-shore',
  '    goal: awareness',
  '    statement: Make the new range known',
  '    kpi:',
  '      metric: reach',
  '      baseline: 1200',
  '      target: 5000',
  '      unit: people',
  '    deadline: "2027-06-30"',
  '    owner: marie',
  'resources:',
  '  - id: marie',
  '    name: "Marie Tremblay"',
  '    role: community-manager',
  '    internal: true',
  '    dedicated: true',
  '    hours_per_week: 15',
  '    cost: { amount: 18000, per: year }',
  'budget:',
  '  currency: CAD',
  '  period: year',
  '  total: 25000',
  '  lines:',
  '    - label: Community manager',
  '      category: staff',
  '      amount: 18000',
  '      resource: marie',
  '    - { label: Ads, category: ads, amount: 5000, platform: instagram, objective: awareness-south-shore }',
  'platforms:',
  '  - id: instagram',
  '    name: Instagram',
  "    handle: '@bakery'",
  '    secured: true',
  '    objectives: [awareness-south-shore]',
  '    frequency: { posts: 3, per: week }',
  'legal:',
  '  jurisdictions: [CA-QC]',
  '  spokespersons: [marie]',
  '  moderation: { response_time_hours: 24, remove: [spam], escalate_to: marie }',
  'anchors: &defaults { a: 1 }',
  'merged: *defaults',
  '# a comment',
  'notes: |',
  '  A block scalar',
  '  over two lines',
  '---',
  '# Plan',
  '',
  'Body text with `---` and *emphasis*.',
  '',
].join('\n');

/** Characters that matter to YAML, Markdown, line counting and decoding. */
const SPECIAL = fc.constantFrom(
  ...[
    ':',
    '-',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '#',
    '&',
    '*',
    '!',
    '|',
    '>',
    '%',
    '@',
    '`',
    '?',
    '\\',
  ],
  ...[
    '---',
    '...',
    '\uFEFF',
    '\u0000',
    '\uFFFD',
    '\u2028',
    'é',
    '😀',
    '\ud800',
    'socialplan: ',
    '<<: *x',
    '&a',
    '*a',
    '!!binary',
    '~',
  ],
);

const SOME_TEXT = fc.oneof(SPECIAL, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));

type Mutation = (text: string) => string;

function at(text: string, position: number): number {
  return text.length === 0 ? 0 : position % (text.length + 1);
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete characters
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(
    ([position, count]): Mutation =>
      (text) =>
        text.slice(0, at(text, position)) + text.slice(at(text, position) + count),
  ),
  // insert characters
  fc.tuple(fc.nat(), SOME_TEXT).map(
    ([position, inserted]): Mutation =>
      (text) =>
        text.slice(0, at(text, position)) + inserted + text.slice(at(text, position)),
  ),
  // replace one character
  fc.tuple(fc.nat(), SOME_TEXT).map(
    ([position, inserted]): Mutation =>
      (text) =>
        text.slice(0, at(text, position)) + inserted + text.slice(at(text, position) + 1),
  ),
  // insert a tab at the start of a line
  fc.nat().map(
    (line): Mutation =>
      (text) => {
        const lines = splitLines(text);
        lines[line % lines.length] = `\t${lines[line % lines.length]}`;
        return lines.join('\n');
      },
  ),
  // duplicate a line
  fc.nat().map(
    (line): Mutation =>
      (text) => {
        const lines = splitLines(text);
        lines.splice(line % lines.length, 0, lines[line % lines.length]);
        return lines.join('\n');
      },
  ),
  // swap two lines
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (text) => {
        const lines = splitLines(text);
        const [i, j] = [a % lines.length, b % lines.length];
        [lines[i], lines[j]] = [lines[j], lines[i]];
        return lines.join('\n');
      },
  ),
  // cut the file
  fc.nat().map(
    (position): Mutation =>
      (text) =>
        text.slice(0, at(text, position)),
  ),
  // CRLF everywhere, or only on some lines
  fc.constant<Mutation>((text) => text.replace(/\n/g, '\r\n')),
);

describe('linter properties', () => {
  it('random strings: never throws, ranges inside the text, deterministic', () => {
    const randomText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(SOME_TEXT, { maxLength: 40 }).map((parts) => parts.join('')),
      // a frontmatter that declares a plan, with random YAML after it, closed or not
      fc
        .tuple(fc.array(SOME_TEXT, { maxLength: 40 }), fc.constantFrom('\n---\n', '\n...\n', '', '\n'))
        .map(([parts, closing]) => `---\nsocialplan: plan\n${parts.join('')}${closing}`),
    );
    fc.assert(
      fc.property(randomText, (text) => checkText(text)),
      propertyParameters(300),
    );
  });

  it('mutations of a valid plan: never throws, ranges inside the text, deterministic', () => {
    checkText(VALID_PLAN);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkText(mutations.reduce((text, mutate) => mutate(text), VALID_PLAN));
      }),
      propertyParameters(300),
    );
  });

  it('the plan that is mutated is clean: no syntax or schema finding, only its three keys kept for YAML features', () => {
    const findings = lintText(VALID_PLAN).filter((finding) =>
      ['yaml-syntax', 'schema', 'unknown-key'].includes(finding.rule),
    );
    assert.deepEqual(
      findings.map((finding) => `${finding.rule}: ${finding.message.en}`),
      [
        'unknown-key: Unknown key `anchors`: no schema expects it here.',
        'unknown-key: Unknown key `merged`: no schema expects it here.',
        'unknown-key: Unknown key `notes`: no schema expects it here.',
      ],
    );
  });
});

/** `plan.md` (the valid plan) and a config file beside it, from memory. */
class ConfigHost implements FileHost {
  constructor(
    readonly configName: '.socialplan.yaml' | '.socialplan.json',
    readonly config: string,
  ) {}

  get configFile(): string {
    return `${MemoryHost.FOLDER}/${this.configName}`;
  }

  read(file: string): SourceText | 'binary' | undefined {
    if (file === MemoryHost.FILE) return { text: VALID_PLAN };
    return file === this.configFile ? { text: this.config } : undefined;
  }

  list(directory: string): DirectoryEntry[] {
    if (directory !== MemoryHost.FOLDER) return [];
    return [
      { name: '.git', directory: true },
      { name: 'plan.md', directory: false },
      { name: this.configName, directory: false },
    ];
  }

  isFile(file: string): boolean {
    return file === MemoryHost.FILE || file === this.configFile;
  }
}

const VALID_CONFIG = [
  '# agency defaults',
  'rules:',
  '  vanity-metric: off',
  '  platform-secured: error',
  '  budget-minimum: { severity: warning, floor: 1000 }',
  'schemas:',
  '  - files: "**/plan.md"',
  '    schema: ./schemas/agency.schema.json',
  'export:',
  '  paper: Letter',
  '  color: "#0a7c6e"',
  '  footer: Prepared by the agency',
  '  locale: fr',
  '',
].join('\n');

describe('config properties', () => {
  /** Every finding inside its file; config findings on the config file; the plan still linted. */
  function checkConfig(host: ConfigHost): void {
    const result = new Linter(host, { trusted: true }).lint([MemoryHost.FILE]);
    assert.deepEqual(
      result.documents.map((document) => document.file),
      [MemoryHost.FILE],
      'the plan is linted whatever its config',
    );
    checkFindings(
      VALID_PLAN,
      result.findings.filter((finding) => finding.file === MemoryHost.FILE),
    );
    const onConfig = result.findings.filter((finding) => finding.file === host.configFile);
    checkFindings(host.config, onConfig);
    for (const finding of onConfig) assert.equal(finding.rule, 'config');
    assert.deepEqual(
      new Linter(host, { trusted: true }).lint([MemoryHost.FILE]).findings,
      result.findings,
      'deterministic',
    );
  }

  it('mutations of a config, in YAML and in JSON: never throws, the plan still linted, config findings inside the config', () => {
    const json = JSON.stringify(
      {
        rules: { 'vanity-metric': 'off', 'budget-minimum': { severity: 'warning', floor: 1000 } },
        schemas: [{ files: '**/plan.md', schema: './agency.json' }],
        export: { paper: 'A4' },
      },
      null,
      2,
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (asJson, mutations) => {
        const start = asJson ? json : VALID_CONFIG;
        checkConfig(
          new ConfigHost(
            asJson ? '.socialplan.json' : '.socialplan.yaml',
            mutations.reduce((text, mutate) => mutate(text), start),
          ),
        );
      }),
      propertyParameters(300),
    );
  });
});

describe('LineIndex properties', () => {
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', '😀', ' ', '\t', '\n', '\r', '\r\n', '\uFEFF'), maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

  /** The reference: lines end at `\n` (a `\r` before it belongs to the line). */
  function expectedPosition(source: string, offset: number) {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  }

  it('positionAt matches a line count and offsetAt undoes it, for every offset', () => {
    fc.assert(
      fc.property(text, (source) => {
        const lines = new LineIndex(source);
        for (let offset = 0; offset <= source.length; offset++) {
          const position = lines.positionAt(offset);
          assert.deepEqual(position, expectedPosition(source, offset));
          assert.equal(lines.offsetAt(position), offset);
        }
      }),
      propertyParameters(400),
    );
  });

  it('offsetAt then positionAt is the identity on every position inside a line', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, lineSeed, columnSeed) => {
        const lineTexts = source.split('\n');
        const line = (lineSeed % lineTexts.length) + 1;
        const column = (columnSeed % (lineTexts[line - 1].length + 1)) + 1;
        const lines = new LineIndex(source);
        assert.deepEqual(lines.positionAt(lines.offsetAt({ line, column })), { line, column });
      }),
      propertyParameters(400),
    );
  });

  it('clamps what lies outside the text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -1000, max: 1000 }), (source, offset) => {
        const lines = new LineIndex(source);
        const clamped = Math.max(0, Math.min(offset, source.length));
        assert.deepEqual(lines.positionAt(offset), lines.positionAt(clamped));
        const end = lines.positionAt(source.length);
        assert.equal(lines.offsetAt({ line: end.line + 5, column: 1 }) <= source.length, true);
        assert.equal(lines.offsetAt({ line: 1, column: 1000 + source.length }), source.length);
      }),
      propertyParameters(200),
    );
  });
});
