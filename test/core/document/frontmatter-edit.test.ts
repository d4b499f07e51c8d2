import assert from 'node:assert/strict';
import { basename, dirname } from 'node:path';
import fc from 'fast-check';
import { parseSocialDocument, type SocialDocument, type SourceText } from '../../../src/core/document/document';
import { reparseEditedEntry } from '../../../src/core/document/frontmatter-edit';
import type { DirectoryEntry, FileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import type { Finding } from '../../../src/core/types';
import { propertyParameters } from '../../support/property';
import { assertSameTree } from '../../support/yaml-tree';

/**
 * `reparseEditedEntry` must give exactly what a full parse gives, or nothing (the caller then
 * parses in full). Checked on chosen cases, then on random documents and random edit sequences
 * (`SOCIALPLAN_PROPERTY_RUNS=20000 npx mocha -g 'frontmatter edits'` to hunt longer: see test/support/property.ts).
 */
const PROPERTY = propertyParameters<unknown>(300);
const RUNS = PROPERTY.numRuns ?? 300;
const FILE = '/workspace/plan-a/01-listen.md';

function parse(text: string): SocialDocument {
  const document = parseSocialDocument(FILE, { text });
  assert.ok(document, 'not a SocialPlan document');
  return document;
}

/** The incremental result is the full parse of the same text, field by field. */
function assertSameDocument(actual: SocialDocument, expected: SocialDocument): void {
  const { yaml: actualYaml, lines: _actualLines, ...actualRest } = actual;
  const { yaml: expectedYaml, lines: _expectedLines, ...expectedRest } = expected;
  assert.deepStrictEqual(actualRest, expectedRest);
  assert.equal(JSON.stringify(actual.data), JSON.stringify(expected.data), 'the same keys in the same order');
  assert.deepStrictEqual(actualYaml.errors, expectedYaml.errors);
  assert.deepStrictEqual(actualYaml.warnings, expectedYaml.warnings);
  assert.equal(actualYaml.commentBefore, expectedYaml.commentBefore);
  assert.equal(actualYaml.comment, expectedYaml.comment);
  assert.deepStrictEqual(actualYaml.range, expectedYaml.range);
  assert.deepStrictEqual(actualYaml.directives, expectedYaml.directives);
  assert.deepStrictEqual(actualYaml.options, expectedYaml.options);
  assertSameTree(actualYaml.contents, expectedYaml.contents);
  assert.deepStrictEqual(
    outcome(() => String(actualYaml)),
    outcome(() => String(expectedYaml)),
  );
  assert.deepStrictEqual(
    outcome(() => actualYaml.toJS({ maxAliasCount: 100 })),
    outcome(() => expectedYaml.toJS({ maxAliasCount: 100 })),
  );
  assert.deepStrictEqual(actual.lines.positionAt(actual.text.length), expected.lines.positionAt(expected.text.length));
}

/** What a function returns, or the message it throws. */
function outcome(run: () => unknown): unknown {
  try {
    return { returned: run() };
  } catch (error) {
    return { threw: String(error) };
  }
}

let applied = 0;
let fellBack = 0;

/**
 * Re-parses `text` from `previous`: when the incremental path answers, its answer must be the
 * full parse; `previous` must be left as it was. Returns the new document (either way).
 */
function checkEdit(previous: SocialDocument, text: string): SocialDocument | undefined {
  const incremental = reparseEditedEntry(previous, { text });
  const full = parseSocialDocument(FILE, { text });
  assertSameDocument(previous, parse(previous.text));
  if (incremental === undefined) {
    fellBack++;
    return full;
  }
  applied++;
  assert.ok(full, 'the incremental parse found a document where a full parse finds none');
  assertSameDocument(incremental, full);
  return incremental;
}

const STEP = [
  '---',
  'socialplan: step',
  'step: listen',
  'title: Listening and monitoring',
  'status: in-progress',
  'owner: sofia',
  'due: "2027-01-12"',
  'budget:',
  '  currency: CAD',
  '  total: 28700',
  '  lines:',
  '    - label: Tools — reply audience',
  '      category: tools',
  '      amount: 8600',
  'platforms:',
  '  - id: linkedin-3',
  '    handle: "@cedarlane_linkedin"',
  '    objectives: [sales-3-2]',
  '    frequency: { posts: 6, per: week }',
  'objectives:',
  '  - id: sales-3-2',
  '    goal: sales',
  '    kpi: { metric: orders attributed to social, baseline: 5600, target: 6400 }',
  '    deadline: "2027-10-24"',
  '---',
  '',
  '# Listening and monitoring',
  '',
  'Body.',
  '',
].join('\n');

const replace = (text: string, from: string, to: string): string => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

describe('frontmatter edits (reparseEditedEntry)', () => {
  it('re-parses only the edited entry, with the result of a full parse', () => {
    let document = parse(STEP);
    for (const [from, to] of [
      ['title: Listening and monitoring', 'title: Listening and monitoring (rev 1)'],
      ['title: Listening and monitoring (rev 1)', 'title: Listen'],
      ['status: in-progress', 'status: done'],
      ['socialplan: step', 'socialplan: annex'],
      ['      amount: 8600', '      amount: 86000'],
      ['    goal: sales', '    goal: sales\n    owner: amira'],
      ['    deadline: "2027-10-24"', '    deadline: "2027-10-24"\n    statement: Sell more.'],
      ['  total: 28700', '  total: 28,700'],
      ['sales-3-2]', 'sales-3-2, awareness-1]'],
    ]) {
      const text = replace(document.text, from, to);
      const next = reparseEditedEntry(document, { text });
      assert.ok(next, `no incremental parse for ${JSON.stringify(to)}`);
      assertSameDocument(next, parse(text));
      document = next;
    }
    assert.equal(document.kind, 'annex');
  });

  it('keeps the previous document untouched', () => {
    const previous = parse(STEP);
    const next = reparseEditedEntry(previous, { text: replace(STEP, 'title: Listening', 'title: Hearing') });
    assert.ok(next);
    assertSameDocument(previous, parse(STEP));
    assert.notEqual(next.data, previous.data);
    assert.equal(previous.data.title, 'Listening and monitoring');
  });

  it('keeps the blank line and the comment before the edited key', () => {
    const text = replace(STEP, 'title: Listening', '# the title\n\ntitle: Listening');
    const next = reparseEditedEntry(parse(text), { text: replace(text, 'title: Listening', 'title: Hearing') });
    assert.ok(next);
    assertSameDocument(next, parse(replace(text, 'title: Listening', 'title: Hearing')));
  });

  it('edits the last entry, with blank lines after it', () => {
    const text = replace(STEP, '"2027-10-24"\n---', '"2027-10-24"\n\n\n---');
    const edited = replace(text, '"2027-10-24"', '"2027-10-25"\n    owner: x');
    const next = reparseEditedEntry(parse(text), { text: edited });
    assert.ok(next);
    assertSameDocument(next, parse(edited));
  });

  /** Counterexamples the properties below found once: checked whatever the seed. */
  const FOUND: [string, string, string][] = [
    [
      'an empty value before blank lines',
      '---\n"quoted key": \n\nsocialplan: step\n---\n',
      '---\n"quoted key" : \n\nsocialplan: step\n---\n',
    ],
    [
      'an empty value before blank lines',
      '---\nnotes:\n\nsocialplan: step\n---\n',
      '---\nnotes: \n\nsocialplan: step\n---\n',
    ],
    [
      'a `|+` scalar keeping blank lines',
      '---\nnotes: |+\n  keep\n\n\nsocialplan: step\n---\n',
      '---\nnotes: |\n  keep\n\n\nsocialplan: step\n---\n',
    ],
    [
      'a `|+` scalar keeping blank lines',
      '---\nnotes: |\n  keep\n\n\nsocialplan: step\n---\n',
      '---\nnotes: |+\n  keep\n\n\nsocialplan: step\n---\n',
    ],
    // found by CI (seed 2051341506): a blank line typed in the indentation before the key
    [
      'a blank line in the indentation before the first key',
      '---\n   socialplan: step\n---\n\n# Body\n',
      '---\n\n  socialplan: step\n---\n\n# Body\n',
    ],
    [
      'a blank line in the indentation before the first key',
      '---\n   socialplan: step\n---\n\n# Body\n',
      '---\n  \nsocialplan: step\n---\n\n# Body\n',
    ],
    [
      'a blank line in the indentation before the first key',
      '---\n \n  socialplan: step\n---\n\n# Body\n',
      '---\n \n\n socialplan: step\n---\n\n# Body\n',
    ],
    [
      'a blank line in the indentation before a later key',
      '---\n  title: x\n  socialplan: step\n---\n',
      '---\n  title: x\n \n socialplan: step\n---\n',
    ],
  ];
  for (const [name, start, edited] of FOUND) {
    it(`found by the properties: ${name} (${JSON.stringify(edited)}), as a full parse`, () => {
      const next = reparseEditedEntry(parse(start), { text: edited });
      if (next) assertSameDocument(next, parse(edited));
    });
  }

  const fallbacks: [string, (text: string) => string | SourceText][] = [
    ['the body only (the body path handles it)', (text) => `${text}more\n`],
    [
      'two entries',
      (text) => replace(replace(text, 'title: Listening', 'title: Hearing'), 'status: in-progress', 'status: done'),
    ],
    ['a renamed key', (text) => replace(text, 'title:', 'titel:')],
    ['a new top-level key', (text) => replace(text, 'status: in-progress', 'status: in-progress\nnotes: hi')],
    ['a key that moves', (text) => replace(text, 'title:', ' title:')],
    ['a comment in the entry', (text) => replace(text, 'title: Listening', 'title: Listening # later')],
    ['an anchor', (text) => replace(text, 'owner: sofia', 'owner: &o sofia')],
    ['an alias', (text) => replace(text, 'owner: sofia', 'owner: *o')],
    ['a YAML error', (text) => replace(text, 'title: Listening', 'title: "Listening')],
    ['a blank line added after the entry', (text) => replace(text, 'owner: sofia\n', 'owner: sofia\n\n')],
    ['the fence', (text) => replace(text, '---\n\n#', '...\n\n#')],
    ['invalid UTF-8', (text) => ({ text: replace(text, 'Listening', 'Listen\uFFFDing'), invalidUtf8: true })],
  ];
  for (const [name, edit] of fallbacks) {
    it(`falls back to a full parse: ${name}`, () => {
      const edited = edit(STEP);
      const source = typeof edited === 'string' ? { text: edited } : edited;
      assert.equal(reparseEditedEntry(parse(STEP), source), undefined);
    });
  }

  it('falls back after a document with YAML errors', () => {
    const broken = replace(STEP, 'title: Listening', 'title: "Listening');
    assert.equal(
      reparseEditedEntry(parse(broken), { text: replace(broken, 'owner: sofia', 'owner: amira') }),
      undefined,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random documents and edits

const KEYS = [
  'socialplan',
  'title',
  'status',
  'owner',
  'due',
  'budget',
  'platforms',
  'objectives',
  'notes',
  'legal',
  'step',
  'a',
  'b-c',
  '"quoted key"',
  '12',
];

/** One top-level value, written after `key:` (a leading newline for block values). */
const VALUE = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      ' plain words',
      ' 42',
      ' -3.5',
      ' true',
      ' null',
      ' ~',
      '',
      ' ""',
      " ''",
      ' "2027-02-30"',
      ' "with \\" escape"',
      " 'it''s'",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ' first line\n  continued plain',
      ' "double\n  quoted over lines"',
      " 'single\n\n  with a blank'",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ' |\n  literal\n\n  text\n',
      ' |-\n  strip\n',
      ' |+\n  keep\n\n',
      ' >\n  folded\n  text\n',
      ' >2\n    indented\n',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '\n  a: 1\n  b: x\n  c:\n    d: [1, 2]',
      '\n  - id: x\n    n: 1\n  - id: y\n    tags: [a, b]',
      '\n- a\n- b',
      '\n  - { label: Ads, amount: 5 }\n  - [nested, seq]',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(' [a, b, c]', ' [a,\n  b]', ' { a: 1, b: two }', ' {\n  a: 1,\n  b: 2 }', ' []', ' {}'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ' v # trailing comment',
      '\n  # inside\n  a: 1',
      ' &anchor v',
      ' *anchor',
      ' !!str 12',
      ' !custom x',
      ' "#not a comment"',
      ' R&D and 5* reviews',
    ),
  },
);

/** A top-level entry: key, value, and what follows it (blank lines, comments). */
const ENTRY = fc.tuple(
  fc.constantFrom(...KEYS),
  VALUE,
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '  \n') },
    { weight: 1, arbitrary: fc.constantFrom('# comment\n', '\n# c\n\n') },
  ),
);

const DOCUMENT = fc
  .tuple(
    fc.array(ENTRY, { minLength: 1, maxLength: 8 }),
    fc.nat(),
    fc.constantFrom('', '# head\n', '\n'),
    fc.constantFrom('', '', '  '),
    fc.boolean(),
  )
  .map(([entries, at, head, indent, crlf]) => {
    const seen = new Set<string>();
    const lines = entries
      .filter(([key]) => key !== 'socialplan' && !seen.has(key) && seen.add(key))
      .map(([key, value, after]) => `${key}:${value}\n${after}`);
    lines.splice(at % (lines.length + 1), 0, 'socialplan: step\n');
    // `indent`: the whole mapping indented, which YAML allows.
    const yaml = `${head}${lines.join('')}`.replace(/^(?=.)/gm, indent);
    const text = `---\n${yaml}---\n\n# Body\n`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Characters that matter to YAML. */
const TYPED = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'x', '1', ' ', 'é', '😀', 'word ') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ':',
      '-',
      '\n',
      '\n  ',
      '\r\n',
      '\r',
      '"',
      "'",
      '#',
      '&',
      '*',
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '!',
      '?',
      '\t',
      '---',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

type Edit = (text: string) => string;
const clamp = (text: string, position: number): number => position % (text.length + 1);
/** Positions mostly inside the frontmatter, where the incremental path works. */
const inFrontmatter = (text: string, position: number): number => {
  const end = text.indexOf('\n---', 3);
  return end === -1 || position % 8 === 0 ? clamp(text, position) : 4 + (position % Math.max(1, end - 3));
};

const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  // type characters
  fc.tuple(fc.nat(), TYPED).map(
    ([position, typed]): Edit =>
      (text) =>
        text.slice(0, inFrontmatter(text, position)) + typed + text.slice(inFrontmatter(text, position)),
  ),
  // delete characters
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(
    ([position, count]): Edit =>
      (text) =>
        text.slice(0, inFrontmatter(text, position)) + text.slice(inFrontmatter(text, position) + count),
  ),
  // replace characters
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), TYPED).map(
    ([position, count, typed]): Edit =>
      (text) =>
        text.slice(0, inFrontmatter(text, position)) + typed + text.slice(inFrontmatter(text, position) + count),
  ),
  // append to a line, as when typing at its end
  fc.tuple(fc.nat(), TYPED).map(
    ([line, typed]): Edit =>
      (text) => {
        const lines = text.split('\n');
        const i = line % Math.min(lines.length, 12);
        lines[i] = lines[i].replace(/\r?$/, (end) => typed + end);
        return lines.join('\n');
      },
  ),
);

/** What typing in a value looks like: words and spaces added, one character deleted. */
const TYPING: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom('a', 'x', '1', ' ', 'é', '😀', 'word ', '2027')).map(
    ([position, typed]): Edit =>
      (text) =>
        text.slice(0, inFrontmatter(text, position)) + typed + text.slice(inFrontmatter(text, position)),
  ),
  fc.nat().map(
    (position): Edit =>
      (text) =>
        text.slice(0, inFrontmatter(text, position)) + text.slice(inFrontmatter(text, position) + 1),
  ),
);

/** Runs edit sequences on random documents; returns how often the incremental path answered. */
function checkSequences(edit: fc.Arbitrary<Edit>): { applied: number; fellBack: number } {
  applied = 0;
  fellBack = 0;
  fc.assert(
    fc.property(DOCUMENT, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let previous = parseSocialDocument(FILE, { text: start });
      let text = start;
      for (const edit of edits) {
        text = edit(text);
        previous = previous ? checkEdit(previous, text) : parseSocialDocument(FILE, { text });
      }
    }),
    PROPERTY,
  );
  return { applied, fellBack };
}

describe('frontmatter edits: properties', () => {
  // Random keys such as `? [a, b]` make yaml's toJS warn on stderr (the engine's and ours): keep the output readable.
  const emitWarning = process.emitWarning;
  before(() => {
    process.emitWarning = ((warning: string | Error, ...rest: never[]) => {
      if (!String(warning).includes('Keys with collection values')) emitWarning.call(process, warning, ...rest);
    }) as typeof process.emitWarning;
  });
  after(() => {
    process.emitWarning = emitWarning;
  });

  it('random documents, random edit sequences: the incremental parse is the full parse', () => {
    const { applied, fellBack } = checkSequences(EDIT);
    // Most random edits break the YAML, and every later edit then needs a full parse; some must not.
    assert.ok(applied > RUNS / 10, `incremental path taken ${applied} times, fell back ${fellBack} times`);
  });

  it('random documents, typing and deleting words: the incremental parse is the full parse', () => {
    const { applied, fellBack } = checkSequences(TYPING);
    assert.ok(applied > RUNS / 2, `incremental path taken ${applied} times, fell back ${fellBack} times`);
  });

  it('a line break typed in the body leaves the fixes as a fresh Linter gives them (found by the properties, seed -1379572492)', () => {
    const host = new PlanHost(STEP);
    const linter = new Linter(host, { trusted: true });
    const inserts = (findings: readonly Finding[]) =>
      findings
        .flatMap((finding) => finding.fixes ?? [])
        .flatMap((fix) => fix.edits)
        .filter((edit) => edit.newText.startsWith('\n'));
    assert.ok(
      inserts(linter.lint([FILE, PlanHost.PLAN]).findings).length > 0,
      'a fix inserts a line in the frontmatter',
    );
    host.step = replace(STEP, '# Listening and monitoring', '# Listeni\r\ng and monitoring');
    const kept = linter.lint([FILE, PlanHost.PLAN]).findings;
    assert.deepStrictEqual(
      kept,
      new Linter(new PlanHost(host.step), { trusted: true }).lint([FILE, PlanHost.PLAN]).findings,
    );
    assert.ok(inserts(kept).length > 0, 'the frontmatter’s own line breaks (LF) are used, not the body’s');
  });

  it('a long-lived Linter gives the findings of a fresh one after every edit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(STEP, STEP.replace(/\n/g, '\r\n')),
        fc.array(EDIT, { minLength: 1, maxLength: 10 }),
        (start, edits) => {
          const host = new PlanHost(start);
          const linter = new Linter(host, { trusted: true });
          for (const edit of edits) {
            host.step = edit(host.step);
            const kept = linter.lint([FILE, PlanHost.PLAN]);
            const fresh = new Linter(new PlanHost(host.step), { trusted: true }).lint([FILE, PlanHost.PLAN]);
            assert.deepStrictEqual(kept.findings, fresh.findings);
            assert.deepStrictEqual(
              kept.documents.map((document) => document.data),
              fresh.documents.map((document) => document.data),
            );
          }
        },
      ),
      { ...PROPERTY, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('a long-lived Linter, edits in the plan and in a step, either linted alone or both: the findings of a fresh one', () => {
    const TARGETS = [[FILE], [PlanHost.PLAN], [FILE, PlanHost.PLAN]];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), EDIT, fc.constantFrom(...TARGETS)), { minLength: 1, maxLength: 10 }),
        (edits) => {
          const host = new PlanHost(STEP);
          const linter = new Linter(host, { trusted: true });
          for (const [inPlan, edit, targets] of edits) {
            if (inPlan) host.plan = edit(host.plan);
            else host.step = edit(host.step);
            const kept = linter.lint(targets);
            const fresh = new Linter(new PlanHost(host.step, host.plan), { trusted: true }).lint(targets);
            assert.deepStrictEqual(kept.findings, fresh.findings);
            assert.deepStrictEqual(
              kept.documents.map((document) => document.data),
              fresh.documents.map((document) => document.data),
            );
          }
        },
      ),
      { ...PROPERTY, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

/** A plan folder in memory: `plan.md` and the edited step `01-listen.md` (and a `.git`). */
class PlanHost implements FileHost {
  static readonly FOLDER = dirname(FILE);
  static readonly PLAN = `${PlanHost.FOLDER}/plan.md`;
  static readonly PLAN_TEXT = [
    '---',
    'socialplan: plan',
    'title: Plan',
    'client: Cedar Lane Books',
    'period: { start: "2027-01-01", end: "2027-12-31" }',
    'method: six-phases',
    'currency: CAD',
    'objectives:',
    '  - id: sales-3-2',
    '    goal: sales',
    '    kpi: { metric: orders, baseline: 1, target: 2 }',
    '    deadline: "2027-10-24"',
    '---',
    '',
  ].join('\n');

  constructor(
    public step: string,
    public plan = PlanHost.PLAN_TEXT,
  ) {}

  read(file: string): SourceText | undefined {
    if (file === FILE) return { text: this.step };
    return file === PlanHost.PLAN ? { text: this.plan } : undefined;
  }

  list(directory: string): DirectoryEntry[] {
    if (directory === PlanHost.FOLDER)
      return [
        { name: '.git', directory: true },
        { name: 'plan.md', directory: false },
        { name: basename(FILE), directory: false },
      ];
    return [];
  }

  isFile(file: string): boolean {
    return file === FILE || file === PlanHost.PLAN;
  }
}
