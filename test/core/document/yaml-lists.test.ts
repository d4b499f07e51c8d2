import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type Document, parseDocument } from 'yaml';
import { splitFrontmatter } from '../../../src/core/document/frontmatter';
import { parsePlainLists } from '../../../src/core/document/yaml-lists';
import { YAML_OPTIONS } from '../../../src/core/document/yaml-parse';
import { propertyParameters } from '../../support/property';
import { assertSameTree } from '../../support/yaml-tree';

/**
 * `parsePlainLists` must give what the `yaml` parser gives, node for node, or nothing (the parser
 * then reads the text): checked on the frontmatters of the examples and the import's fixtures, on
 * layouts it must leave to the parser, and on random documents built from the pieces it reads and
 * the pieces it must refuse. `SOCIALPLAN_PROPERTY_RUNS=20000 npx mocha -g 'plain lists'` hunts longer.
 */

const ROOT = join(__dirname, '..', '..', '..');

function assertSameDocument(fast: Document.Parsed, text: string): void {
  const full = parseDocument(text, YAML_OPTIONS);
  assert.deepStrictEqual(full.errors, []);
  assertSameTree(fast.contents, full.contents);
  assert.deepStrictEqual(fast.range, full.range);
  assert.deepStrictEqual(fast.errors, full.errors);
  assert.deepStrictEqual(fast.warnings, full.warnings);
  assert.deepStrictEqual(fast.directives, full.directives);
  assert.deepStrictEqual(fast.options, full.options);
  assert.equal(fast.commentBefore, full.commentBefore);
  assert.equal(fast.comment, full.comment);
  assert.equal(JSON.stringify(fast.toJS()), JSON.stringify(full.toJS()));
  assert.equal(String(fast), String(full));
}

function frontmatterOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  const split = splitFrontmatter(text);
  assert.equal(split.status, 'closed', file);
  return split.status === 'closed' ? text.slice(split.yamlStart, split.yamlEnd) : '';
}

const EXPECTED_READ = [
  'socialplan: results\ntitle: Results 2027\nresults:\n  - { objective: o-1, date: "2027-01-04", value: 1000 }\n  - {objective: b, value: 66.50 }\n',
  'a: x\nr:\n- { b: 1 }',
  'a: x\nr:\n- { b: 1}\n',
  'r:\n    - { b: -12.5, c: "x, y }", d: 2027-01-04 }\n    - { b: 0, c: "", d: Renouvellements d’automne }\nz: "2"\n',
  'title: "Résultats, décembre 2027"\nresults:\n  - { objective: x, date: "2027-12-31", value: 6045, period: { start: "2027-12-01" } }\n',
];

const LEFT_TO_THE_PARSER = [
  '',
  'a: x # a comment\n',
  'a: x\n\nb: y\n',
  'a: x\r\nb: y\r\n',
  'a:\tx\n',
  'a: null\n',
  'a: true\n',
  'a: "x\\"y"\n',
  'a: 0123\n',
  'a: 1e3\n',
  'a: .5\n',
  'a: x  \n',
  'a: b: c\n',
  'a:\nb: c\n',
  'r:\n  - b: 1\n',
  'r:\n  - { b: 1 }\n   - { b: 2 }\n',
  'r:\n  - { b: 1, }\n',
  'r:\n  - { b: &x 1 }\n',
  'r:\n  - { b: 1 } # note\n',
  'r:\n  - { b: [1, 2] }\n',
  'r: [1, 2]\n',
  'a: "x"y\n',
  'key : x\n',
];

describe('plain lists (parsePlainLists)', () => {
  it('reads the plain layouts as the yaml parser does', () => {
    for (const text of EXPECTED_READ) {
      const fast = parsePlainLists(text, YAML_OPTIONS);
      assert.ok(fast, `not read: ${JSON.stringify(text)}`);
      assertSameDocument(fast, text);
    }
  });

  it('leaves every other layout to the parser', () => {
    for (const text of LEFT_TO_THE_PARSER)
      assert.equal(parsePlainLists(text, YAML_OPTIONS), undefined, JSON.stringify(text));
  });

  it('reads the results documents of the examples, of the bench and of an import, as the parser does', () => {
    const files = ['en', 'fr'].flatMap((example) =>
      readdirSync(join(ROOT, 'examples', example))
        .filter((name) => /^r[ée]?s[a-z]*-\d{4}-\d{2}\.md$/.test(name))
        .map((name) => join(ROOT, 'examples', example, name)),
    );
    assert.ok(files.length >= 5, files.join(', '));
    let read = 0;
    for (const file of [...files, join(ROOT, 'test', 'fixtures', 'results-import', 'flow-style.md')]) {
      const text = frontmatterOf(file);
      const fast = parsePlainLists(text, YAML_OPTIONS);
      if (!fast) continue;
      read++;
      assertSameDocument(fast, text);
    }
    assert.ok(read >= 3, `only ${read} of the results documents took the plain path`);
  });

  it('random documents: what it reads is what the parser reads', () => {
    const word = fc.constantFrom(
      'x',
      'ab',
      'web-traffic',
      'Renewals of the fall',
      'Résultats',
      'a.b/c@d',
      "it's",
      'x -',
      'true',
      'Null',
      'no',
    );
    // Mostly what it reads, with what it must refuse mixed in: both paths are taken.
    const scalar = fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 4, arbitrary: fc.constantFrom('0', '12', '-3', '66.50', '1.0', '2027-01-04', '1,5', 'a, b') },
      { weight: 3, arbitrary: fc.constantFrom('""', '"x"', '"a, b }"', '"2027-12-31"', '"é"') },
      { weight: 1, arbitrary: fc.constantFrom('0123', '1e3', '.5', '-', '2027-1-4', '12abc', '"x\\"y"', '"x') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('x # c', 'a: b', '[1]', '&a x', '*a', '!!str x', '|', "'x'", '~', '{ a: 1 }'),
      },
    );
    const space = fc.constantFrom('', ' ', '  ');
    const key = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('objective', 'date', 'value', 'a', 'b_c', 'a-b') },
      { weight: 1, arbitrary: fc.constantFrom('key ', '1a', 'é') },
    );
    const colon = fc.oneof(
      { weight: 8, arbitrary: fc.constant(': ') },
      { weight: 1, arbitrary: fc.constantFrom(':  ', ':') },
    );
    const pair = fc.tuple(key, colon, scalar).map(([k, c, v]) => `${k}${c}${v}`);
    const flow = fc
      .tuple(
        space,
        fc.array(fc.tuple(pair, space), { minLength: 1, maxLength: 4 }),
        space,
        fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', ' # c') }),
      )
      .map(
        ([open, pairs, close, after]) =>
          `{${open}${pairs.map(([p, s], at) => (at === 0 ? p : `,${s}${p}`)).join('')}${close}}${after}`,
      );
    const item = fc
      .tuple(
        fc.constantFrom('', '  ', '    '),
        fc.oneof({ weight: 8, arbitrary: fc.constant('- ') }, { weight: 1, arbitrary: fc.constantFrom('-  ', '-') }),
        flow,
      )
      .map(([indent, dash, map]) => `${indent}${dash}${map}`);
    const entry = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(key, fc.array(item, { minLength: 0, maxLength: 4 }))
          .map(([k, items]) => [`${k}:`, ...items].join('\n')),
      },
      { weight: 1, arbitrary: fc.constantFrom('', '# comment', 'a:\tb') },
    );
    const documents = fc
      .tuple(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', ''))
      .map(([entries, end]) => `${entries.join('\n')}${end}`);
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(documents, (text) => {
        runs++;
        const fast = parsePlainLists(text, YAML_OPTIONS);
        if (!fast) return;
        read++;
        assertSameDocument(fast, text);
      }),
      propertyParameters<[string]>(2000),
    );
    assert.ok(read > runs / 20, `only ${read} of ${runs} random documents took the plain path`);
  });
});
