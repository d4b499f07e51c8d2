import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes, NodeFileHost } from '../../../src/core/workspace/host';
import { LineIndex } from '../../../src/core/document/lines';
import { Linter } from '../../../src/core/lint/linter';
import type { Finding } from '../../../src/core/types';

/**
 * Exact source ranges of `schema` and `unknown-key` findings, for every kind of schema error, at the
 * root, nested, inside list items and in flow style. Every case is run three times: with LF line
 * endings, with CRLF, and with a UTF-8 byte order mark; the lines and columns must not change.
 *
 * A case is the file's lines (line 1 is the opening `---`) and its findings, written
 * `rule line:column-line:column "the text the range covers"` (1-based, end exclusive as in VS Code).
 */
interface Case {
  name: string;
  lines: string[];
  expected: string[];
  /** Other files of the folder (a step needs a plan above it). */
  siblings?: Record<string, string>;
  file?: string;
}

const RULES_UNDER_TEST = new Set(['schema', 'unknown-key']);

const PLAN_BESIDE = { 'plan.md': '---\nsocialplan: plan\ntitle: T\n---\n' };

const CASES: Case[] = [
  // ---- at the root -------------------------------------------------------------------------
  {
    name: 'missing key at the root: the opening fence',
    lines: ['---', 'socialplan: plan', 'client: ACME', '---'],
    expected: ['schema 1:1-1:4 "---"'],
  },
  {
    name: 'type at the root',
    lines: ['---', 'socialplan: plan', 'title: 2027', '---'],
    expected: ['schema 3:8-3:12 "2027"'],
  },
  {
    name: 'enum at the root',
    lines: ['---', 'socialplan: plan', 'title: T', 'status: final', '---'],
    expected: ['schema 4:9-4:14 "final"'],
  },
  {
    name: 'enum at the root, single-quoted value: the quotes are part of the value',
    lines: ['---', 'socialplan: plan', 'title: T', "locale: 'de'", '---'],
    expected: ['schema 4:9-4:13 "\'de\'"'],
  },
  {
    name: 'format (date) at the root of a step',
    file: '01-listen.md',
    siblings: PLAN_BESIDE,
    lines: ['---', 'socialplan: step', 'step: listen', 'due: "2027-02-30"', '---'],
    expected: ['schema 4:6-4:18 "\\"2027-02-30\\""'],
  },
  {
    name: 'pattern at the root',
    lines: ['---', 'socialplan: plan', 'title: T', 'currency: cad', '---'],
    expected: ['schema 4:11-4:14 "cad"'],
  },
  // No bundled schema puts a minimum or maximum on a root key: bounds are tested nested and in lists.
  {
    name: 'unknown key at the root',
    lines: ['---', 'socialplan: plan', 'title: T', 'budjet:', '  currency: CAD', '---'],
    expected: ['unknown-key 4:1-4:7 "budjet"'],
  },
  {
    name: 'unknown kind of document: the value of `socialplan`',
    lines: ['---', 'socialplan: plann', 'title: T', '---'],
    expected: ['schema 2:13-2:18 "plann"'],
  },
  // ---- nested --------------------------------------------------------------------------------
  {
    name: "missing key in a block (period.end): the block's key",
    lines: ['---', 'socialplan: plan', 'title: T', 'period:', '  start: "2027-01-01"', '---'],
    expected: ['schema 4:1-4:7 "period"'],
  },
  {
    name: 'format (date) nested (period.end), double-quoted',
    lines: ['---', 'socialplan: plan', 'title: T', 'period:', '  start: "2027-01-01"', '  end: "2027-02-30"', '---'],
    expected: ['schema 6:8-6:20 "\\"2027-02-30\\""'],
  },
  {
    name: 'type nested (website.analytics): YAML 1.2 reads `yes` as text',
    lines: ['---', 'socialplan: plan', 'title: T', 'website:', '  analytics: yes', '---'],
    expected: ['schema 5:14-5:17 "yes"'],
  },
  {
    name: 'enum nested (budget.period)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'budget:',
      '  currency: CAD',
      '  period: weekly',
      '  lines: []',
      '---',
    ],
    expected: ['schema 6:11-6:17 "weekly"'],
  },
  {
    name: 'pattern nested (budget.currency)',
    lines: ['---', 'socialplan: plan', 'title: T', 'budget:', '  currency: Cad', '  lines: []', '---'],
    expected: ['schema 5:13-5:16 "Cad"'],
  },
  {
    name: 'maximum nested (website.bounce_rate)',
    lines: ['---', 'socialplan: plan', 'title: T', 'website:', '  bounce_rate: 120', '---'],
    expected: ['schema 5:16-5:19 "120"'],
  },
  {
    name: 'minimum nested (budget.total)',
    lines: ['---', 'socialplan: plan', 'title: T', 'budget:', '  currency: CAD', '  total: -5', '  lines: []', '---'],
    expected: ['schema 6:10-6:12 "-5"'],
  },
  {
    name: 'unknown key nested (period.middle)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'period:',
      '  start: "2027-01-01"',
      '  end: "2027-02-01"',
      '  middle: x',
      '---',
    ],
    expected: ['unknown-key 7:3-7:9 "middle"'],
  },
  // ---- inside list items ---------------------------------------------------------------------
  {
    name: "missing key in a list item (objectives[1].goal): the item's first line",
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'objectives:',
      '  - id: first',
      '    goal: awareness',
      '  - id: second',
      '    statement: No goal',
      '---',
    ],
    expected: ['schema 7:5-7:15 "id: second"'],
  },
  {
    name: 'enum in a list item (objectives[1].goal)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'objectives:',
      '  - id: first',
      '    goal: awareness',
      '  - id: second',
      '    goal: aware',
      '---',
    ],
    expected: ['schema 8:11-8:16 "aware"'],
  },
  {
    name: 'type nested in a list item (objectives[0].kpi.target), quoted number',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'objectives:',
      '  - id: first',
      '    goal: awareness',
      '    kpi:',
      '      metric: reach',
      '      target: "5000"',
      '---',
    ],
    expected: ['schema 9:15-9:21 "\\"5000\\""'],
  },
  {
    name: 'unknown key nested in a list item (objectives[0].kpi.targt)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'objectives:',
      '  - id: first',
      '    goal: awareness',
      '    kpi:',
      '      targt: 5000',
      '---',
    ],
    expected: ['unknown-key 8:7-8:12 "targt"'],
  },
  {
    name: 'format (date) in a list item (objectives[0].deadline)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'objectives:',
      '  - id: first',
      '    goal: awareness',
      '    deadline: "2027-13-01"',
      '---',
    ],
    expected: ['schema 7:15-7:27 "\\"2027-13-01\\""'],
  },
  {
    name: 'type in a list item (resources[0].hours_per_week)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: community-manager',
      '    hours_per_week: douze',
      '---',
    ],
    expected: ['schema 8:21-8:26 "douze"'],
  },
  {
    name: 'maximum in a list item (resources[0].hours_per_week)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: community-manager',
      '    hours_per_week: 200',
      '---',
    ],
    expected: ['schema 8:21-8:24 "200"'],
  },
  {
    name: 'minimum in a list item (resources[0].hours_per_week)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: community-manager',
      '    hours_per_week: -3',
      '---',
    ],
    expected: ['schema 8:21-8:23 "-3"'],
  },
  {
    name: 'pattern in a list item (resources[0].id)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: Marie_T',
      '    name: Marie',
      '    role: other',
      '---',
    ],
    expected: ['schema 5:9-5:16 "Marie_T"'],
  },
  {
    name: "missing key nested in a list item (resources[0].cost.per): the block's key",
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: other',
      '    cost:',
      '      amount: 18000',
      '---',
    ],
    expected: ['schema 8:5-8:9 "cost"'],
  },
  {
    name: 'enum nested in a list item (resources[0].cost.per)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: other',
      '    cost:',
      '      amount: 18000',
      '      per: week',
      '---',
    ],
    expected: ['schema 10:12-10:16 "week"'],
  },
  {
    name: 'minimum (integer) nested in a list item (platforms[0].frequency.posts)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'platforms:',
      '  - id: instagram',
      '    name: Instagram',
      '    frequency:',
      '      posts: 0',
      '      per: week',
      '---',
    ],
    expected: ['schema 8:14-8:15 "0"'],
  },
  {
    name: 'unknown key in a list item (resources[1].rol), with the missing key it stands for',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: other',
      '  - id: paul',
      '    name: Paul',
      '    rol: analyst',
      '---',
    ],
    expected: ['schema 8:5-8:13 "id: paul"', 'unknown-key 10:5-10:8 "rol"'],
  },
  // ---- flow style -------------------------------------------------------------------------------
  {
    name: 'format (date) in a flow mapping (period.end)',
    lines: ['---', 'socialplan: plan', 'title: T', 'period: { start: "2027-01-01", end: "2027-02-30" }', '---'],
    expected: ['schema 4:37-4:49 "\\"2027-02-30\\""'],
  },
  {
    name: 'missing key in a flow mapping (period.end)',
    lines: ['---', 'socialplan: plan', 'title: T', 'period: { start: "2027-01-01" }', '---'],
    expected: ['schema 4:1-4:7 "period"'],
  },
  {
    name: 'unknown key in a flow mapping',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'period: { start: "2027-01-01", end: "2027-02-01", middle: x }',
      '---',
    ],
    expected: ['unknown-key 4:51-4:57 "middle"'],
  },
  {
    name: 'minimum and enum in a flow mapping inside a list item (resources[0].cost)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'resources:',
      '  - id: marie',
      '    name: Marie',
      '    role: other',
      '    cost: { amount: -1, per: week }',
      '---',
    ],
    expected: ['schema 8:21-8:23 "-1"', 'schema 8:30-8:34 "week"'],
  },
  {
    name: 'a flow sequence of flow mappings (objectives[1].goal)',
    lines: [
      '---',
      'socialplan: plan',
      'title: T',
      'objectives: [{ id: a, goal: awareness }, { id: b, goal: aware }]',
      '---',
    ],
    expected: ['schema 4:57-4:62 "aware"'],
  },
  {
    name: 'a flow sequence of scalars (legal.jurisdictions[1])',
    lines: ['---', 'socialplan: plan', 'title: T', 'legal:', '  jurisdictions: [CA-QC, france]', '---'],
    expected: ['schema 5:26-5:32 "france"'],
  },
];

describe('finding ranges', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-ranges-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const variants = [
    { name: 'LF', encode: (text: string) => Buffer.from(text, 'utf8') },
    { name: 'CRLF', encode: (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8') },
    {
      name: 'BOM',
      encode: (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    },
  ];

  let counter = 0;
  /** Lints one case in a fresh folder; returns its findings and the text they point into. */
  function lintCase(testCase: Case, encode: (text: string) => Buffer): { findings: Finding[]; text: string } {
    const folder = join(root, String(counter++));
    mkdirSync(folder);
    for (const [name, text] of Object.entries(testCase.siblings ?? {})) writeFileSync(join(folder, name), encode(text));
    const file = join(folder, testCase.file ?? 'plan.md');
    writeFileSync(file, encode(`${testCase.lines.join('\n')}\nBody.\n`));
    const all = new Linter(new NodeFileHost(), { trusted: true }).lint([file]).findings;
    assert.deepEqual(
      all.filter((finding) => finding.rule === 'yaml-syntax' || finding.rule === 'internal-error'),
      [],
    );
    // Only the two rules under test: other rules (an objective without a KPI…) may add findings.
    const findings = all.filter((finding) => RULES_UNDER_TEST.has(finding.rule));
    // Offsets are in the decoded text (VS Code drops the byte order mark too).
    const decoded = decodeBytes(readFileSync(file));
    assert.ok(decoded !== 'binary');
    return { findings, text: decoded.text };
  }

  function describeFinding(finding: Finding, text: string): string {
    const lines = new LineIndex(text);
    const start = lines.positionAt(finding.range.start);
    const end = lines.positionAt(finding.range.end);
    const covered = JSON.stringify(text.slice(finding.range.start, finding.range.end));
    return `${finding.rule} ${start.line}:${start.column}-${end.line}:${end.column} ${covered}`;
  }

  for (const variant of variants) {
    describe(variant.name, () => {
      for (const testCase of CASES) {
        it(testCase.name, () => {
          const { findings, text } = lintCase(testCase, variant.encode);
          assert.deepEqual(
            findings.map((finding) => describeFinding(finding, text)),
            testCase.expected,
          );
          for (const finding of findings) {
            assert.ok(finding.message.en.trim().length > 0, 'empty English message');
            assert.ok(finding.message.fr.trim().length > 0, 'empty French message');
            assert.notEqual(finding.message.en, finding.message.fr, 'the French message is not translated');
          }
        });
      }
    });
  }

  it('the positions of a CRLF file never cover a `\\r`', () => {
    const testCase = CASES.find((item) => item.name.startsWith('type in a list item'));
    assert.ok(testCase);
    const { findings, text } = lintCase(testCase, variants[1].encode);
    assert.ok(findings.length > 0);
    for (const finding of findings) assert.ok(!text.slice(finding.range.start, finding.range.end).includes('\r'));
  });

  describe('messages', () => {
    it('`hours_per_week: douze` must be a number, and the message quotes `douze`', () => {
      const testCase = CASES.find((item) => item.name.startsWith('type in a list item'));
      assert.ok(testCase);
      const [finding] = lintCase(testCase, variants[0].encode).findings;
      assert.match(finding.message.en, /must be a number/);
      assert.match(finding.message.en, /`douze`/);
      assert.match(finding.message.en, /hours_per_week/);
      assert.match(finding.message.fr, /doit être un nombre/);
      assert.match(finding.message.fr, /`douze`/);
    });

    it('every kind of schema message names the key and what was found', () => {
      const checks: [string, RegExp, RegExp][] = [
        [
          'enum at the root',
          /`status` must be one of .*`draft`.*; found `final`/,
          /`status` doit être l’une des valeurs .* ; trouvé `final`/,
        ],
        [
          'format (date) nested',
          /`period\.end` must be a real calendar date.*found `2027-02-30`/,
          /`period\.end` doit être une date réelle.*trouvé `2027-02-30`/,
        ],
        [
          'pattern at the root',
          /`currency` must be an ISO 4217 currency code.*found `cad`/,
          /`currency` doit être un code de devise.*trouvé `cad`/,
        ],
        [
          'maximum nested',
          /`website\.bounce_rate` is too large: it must be at most 100; found `120`/,
          /`website\.bounce_rate` est trop grand : il doit être au plus 100 ; trouvé `120`/,
        ],
        [
          'missing key in a block',
          /Missing required key `end` in `period`/,
          /Clé obligatoire `end` manquante dans `period`/,
        ],
        ['missing key at the root', /Missing required key `title`/, /Clé obligatoire `title` manquante/],
        [
          'enum in a list item',
          /`objectives\[1\]\.goal` must be one of .*`awareness`.*; found `aware`\./,
          /`objectives\[1\]\.goal` doit être l’une des valeurs .* ; trouvé `aware`\./,
        ],
        [
          'enum nested in a list item',
          /`resources\[0\]\.cost\.per` must be one of `year`, `month`, `hour`; found `week`\./,
          /`resources\[0\]\.cost\.per` doit être l’une des valeurs `year`, `month`, `hour` ; trouvé `week`\./,
        ],
        [
          'unknown key at the root',
          /Unknown key `budjet`\. Did you mean `budget`\?/,
          /Clé inconnue `budjet`\. Vouliez-vous dire `budget` \?/,
        ],
      ];
      for (const [name, en, fr] of checks) {
        const testCase = CASES.find((item) => item.name.startsWith(name));
        assert.ok(testCase, name);
        const [finding] = lintCase(testCase, variants[0].encode).findings;
        assert.match(finding.message.en, en, name);
        assert.match(finding.message.fr, fr, name);
      }
    });
  });
});
