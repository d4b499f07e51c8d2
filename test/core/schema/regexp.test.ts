import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SCHEMAS } from '../../../src/core/schema/bundled';
import { isRecord } from '../../../src/core/util/guards';
import { lintInChild } from '../../support/child-lint';
import { writeTree } from '../../support/tree';

const CONFIG = ['schemas:', '  - files: "**/*.md"', '    schema: agency.schema.json', ''].join('\n');

describe('patterns of agency schemas', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-regexp-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  function planWith(name: string, schema: unknown, frontmatter: string): string {
    const folder = writeTree(join(root, name), {
      '.socialplan.yaml': CONFIG,
      'agency.schema.json': JSON.stringify(schema, null, 2),
      'plan.md': `---\nsocialplan: plan\ntitle: T\n${frontmatter}---\n`,
    });
    return join(folder, 'plan.md');
  }

  it('a catastrophic `pattern` or `patternProperties` key is matched in linear time: no hang, the finding given', () => {
    // With JavaScript's engine, 28 a's take 11 s and 36 more than a minute: 5,000 never end.
    const as = 'a'.repeat(5_000);
    const file = planWith(
      'catastrophic',
      {
        type: 'object',
        properties: {
          client: { type: 'string', pattern: '^(a+)+$' },
          agency: { type: 'string', pattern: '^(a|a)*$' },
          extras: { type: 'object', patternProperties: { '^(a+)+$': { type: 'number' } } },
        },
      },
      // (a YAML key is at most 1,024 characters: 100 a's, already far past what backtracking can take)
      `client: ${as}!\nagency: ${as}!\nextras:\n  ${as.slice(0, 100)}: not a number\n  ${as.slice(0, 100)}!: 1\n`,
    );
    const { findings, failure } = lintInChild([file], { seconds: 60, memoryMb: 512 });
    assert.equal(failure, undefined, failure);
    const schemaFindings = findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.message.en);
    assert.equal(schemaFindings.length, 3, schemaFindings.join('\n'));
    assert.match(schemaFindings[0], /`client` must be text matching \^\(a\+\)\+\$/);
    assert.match(schemaFindings[1], /`agency` must be text matching \^\(a\|a\)\*\$/);
    assert.match(schemaFindings[2], /must be a number/);
    // and a matching value passes
    const good = planWith(
      'matching',
      { type: 'object', properties: { client: { type: 'string', pattern: '^(a+)+$' } } },
      'client: aaaa\n',
    );
    assert.deepEqual(
      lintInChild([good]).findings.filter((finding) => finding.rule === 'schema' || finding.rule === 'config'),
      [],
    );
  });

  it('a pattern RE2 cannot match (a backreference, a lookahead): a config finding at the pattern in the schema file', () => {
    const file = planWith(
      'unsupported',
      { type: 'object', properties: { client: { type: 'string', pattern: '^(a)\\1(?=b)$' } } },
      'client: aa\n',
    );
    const { findings, failure } = lintInChild([file]);
    assert.equal(failure, undefined, failure);
    const config = findings.filter((finding) => finding.rule === 'config');
    assert.equal(config.length, 1, JSON.stringify(findings));
    const schemaFile = join(root, 'unsupported', 'agency.schema.json');
    assert.equal(config[0].file, schemaFile);
    const text = readFileSync(schemaFile, 'utf8');
    assert.equal(text.slice(config[0].range.start, config[0].range.end), '"^(a)\\\\1(?=b)$"');
    assert.match(config[0].message.en, /The pattern `\^\(a\)\\1\(\?=b\)\$` cannot be used: .*RE2.*backreferences/);
    assert.match(config[0].message.fr, /Le motif `.*` ne peut pas être utilisé : .*RE2/);
  });
});

/**
 * The bundled schemas' patterns run on JavaScript's backtracking engine (faster on short values, and
 * precompiled): each must be unable to backtrack catastrophically. Checked here by their shape: no
 * unbounded repetition of a group that itself repeats or offers alternatives, except the separator
 * idiom `x+(?:-x+)*`, where each round starts with a character the repetition inside cannot match.
 */
describe('patterns of the bundled schemas', () => {
  function patternsOf(value: unknown, found: string[] = []): string[] {
    if (Array.isArray(value)) for (const item of value) patternsOf(item, found);
    else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'pattern' && typeof child === 'string') found.push(child);
        if (key === 'patternProperties' && isRecord(child)) found.push(...Object.keys(child));
        patternsOf(child, found);
      }
    }
    return found;
  }

  /** Whether a pattern repeats, without bound, a group that repeats or branches (`(a+)+`, `(a|b)*`). */
  function mayBacktrack(pattern: string): boolean {
    // The separator idiom: a group that starts with a literal the class repeated inside excludes.
    const withoutSeparators = pattern.replace(
      /\(\?:(\\?[^\\[(])\[([^\]]*)\]\+\)\*/g,
      (whole, separator: string, members: string) =>
        new RegExp(`[${members}]`).test(separator.replace(/^\\/, '')) ? whole : 'X',
    );
    return /\((?:[^()]|\([^()]*\))*[*+|}](?:[^()]|\([^()]*\))*\)(?:[*+]|\{\d+,\d*\})/.test(withoutSeparators);
  }

  it('the check itself flags the catastrophic shapes and passes the safe ones', () => {
    for (const bad of [
      '^(a+)+$',
      '^(a|a)*$',
      '^(?:[a-z]+)*$',
      '^(?:-?[a-z]+)*$',
      '^([a-z]*-?)+$',
      '^(?:[a-z-]+)*$',
      '^[a-z]+(?:-[a-z-]+)*$',
    ])
      assert.ok(mayBacktrack(bad), bad);
    for (const good of [
      '^[A-Z]{3}$',
      '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      '^#[0-9A-Fa-f]{6}$',
      '^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$',
    ])
      assert.ok(!mayBacktrack(good), good);
  });

  it('no bundled pattern can backtrack catastrophically', () => {
    const patterns = [...new Set(patternsOf(BUNDLED_SCHEMAS))];
    assert.ok(patterns.length >= 4, `only ${patterns.length} patterns found`);
    for (const pattern of patterns) assert.ok(!mayBacktrack(pattern), `${pattern} may backtrack catastrophically`);
  });
});
