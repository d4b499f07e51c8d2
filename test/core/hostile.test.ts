import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { FRONTMATTER_LIMITS } from '../../src/core/document/limits';
import { INTERNAL_ERROR_RULE } from '../../src/core/lint/linter';
import { lintInChild } from '../support/child-lint';
import { propertyParameters } from '../support/property';

/**
 * Random hostile plan folders — the shapes of issue 16 mixed: catastrophic patterns in an agency
 * schema, tens of thousands of unknown or duplicate keys, frontmatters past the size limits, UTF-16,
 * latin-1, CR-only line endings, NUL bytes, decimal commas inside `{ }`, runaway nesting, alias
 * bombs, unclosed fences — linted in a child process with a time and memory limit. Whatever the
 * mix: no crash, no timeout, no internal error, every finding's range inside its file, and a
 * message in both languages. (Export-side checks are to be added here too.)
 */

/**
 * Pieces of frontmatter, as a shape and a size (so that a counterexample prints short), each
 * written by `chunkText` as a few lines of YAML. The well-formed ones weigh more: a syntax error
 * stops the other rules, and the schema and key rules must meet hostile data too.
 */
type Chunk = { shape: keyof typeof CHUNK_TEXT; size: number };
const CHUNK_TEXT = {
  // well-formed, hostile to the rules
  'unknown keys': (size: number) => keys(size, `u${size}_`),
  'decimal comma in { }': (size: number) =>
    size % 2 === 0
      ? 'budget:\n  currency: EUR\n  lines:\n    - { label: Gestionnaire (0,5 ETP), category: staff, amount: 18000 }\n'
      : 'budget: { currency: EUR, lines: [{ label: Tournage (2,5 jours, 3,5 h), category: content, amount: 1 }] }\n',
  'long line': (size: number) => `long_${size}: ${'t'.repeat(size)}\n`,
  // more findings than a spread into a call can take (130,000 crashed the lint)
  '130,000 unknown keys': () => keys(130_000, 'many_'),
  // broken or too large
  'duplicate keys': (size: number) => 'agency: A\n'.repeat(size),
  nesting: (size: number) => `x: ${'['.repeat(size)}${']'.repeat(size % 3 === 0 ? size : 0)}\n`,
  'alias bomb': (size: number) => aliasBomb(size),
  'broken line': (size: number) =>
    ['notes: *nowhere\n', 'period:\n\tstart: "2027-01-01"\n', 'title: "unclosed\n', 'a: b: c\n', 'x: { a: 1,, b }\n'][
      size % 5
    ],
  // past the limits, cheaply: comment lines, then commas
  'past the limits': (size: number) =>
    size % 2 === 0
      ? '#\n'.repeat(FRONTMATTER_LIMITS.linesAndCommas + 1)
      : `x: [${'1,'.repeat(FRONTMATTER_LIMITS.linesAndCommas)}1]\n`,
} as const;

const chunk = (shape: Chunk['shape'], weight: number, min: number, max: number) => ({
  weight,
  arbitrary: fc.integer({ min, max }).map((size): Chunk => ({ shape, size })),
});

const CHUNKS = fc.oneof(
  chunk('unknown keys', 3, 1, 40_000),
  chunk('decimal comma in { }', 3, 0, 1),
  chunk('long line', 2, 1, 300_000),
  chunk('130,000 unknown keys', 1, 0, 0),
  chunk('duplicate keys', 1, 2, 20_000),
  chunk('nesting', 1, 1, 6_000),
  chunk('alias bomb', 1, 1, 9),
  chunk('broken line', 1, 0, 4),
  chunk('past the limits', 1, 0, 1),
);

function keys(count: number, prefix: string): string {
  let text = '';
  for (let index = 0; index < count; index++) text += `${prefix}${index}: ${index}\n`;
  return text;
}

function aliasBomb(levels: number): string {
  const lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < levels; level++)
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** How the text is saved: what Notepad, a classic Mac or a damaged disk would write. */
const ENCODINGS = [
  'utf8',
  'utf8-bom',
  'utf16le-bom',
  'utf16be-bom',
  'utf16le',
  'latin1',
  'cr-only',
  'crlf',
  'nul-in-frontmatter',
] as const;
type Encoding = (typeof ENCODINGS)[number];

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text);
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'latin1':
      return Buffer.from(text.replace('Boulangerie', 'P\u00e2tisserie'), 'latin1');
    case 'cr-only':
      return Buffer.from(text.replaceAll('\n', '\r'));
    case 'crlf':
      return Buffer.from(text.replaceAll('\n', '\r\n'));
    case 'nul-in-frontmatter':
      return Buffer.from(text.replace('\n', '\n\u0000'));
  }
}

/** The patterns an agency might clone in with its schema; the last one RE2 refuses. */
const PATTERNS = ['^(a+)+$', '^(a|a)*$', '^([a-z]+)*$', '^(a)\\1$'];

const hostileFolder = fc.record({
  files: fc.array(
    fc.record({
      kind: fc.constantFrom('plan', 'step', 'charter', 'annex', 'plam'),
      chunks: fc.uniqueArray(CHUNKS, { minLength: 0, maxLength: 3, selector: (chunk) => chunk.shape }),
      closed: fc.constantFrom(true, true, true, false), // mostly closed: an unclosed one hides the rest
      encoding: fc.oneof(
        { weight: ENCODINGS.length, arbitrary: fc.constant<Encoding>('utf8') },
        { weight: 1, arbitrary: fc.constantFrom(...ENCODINGS) },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  // most folders clone in an agency schema with such a pattern, and their plans a value to try it on
  pattern: fc.option(fc.constantFrom(...PATTERNS), { nil: undefined, freq: 4 }),
  as: fc.integer({ min: 30, max: 5_000 }),
});

describe('hostile files (property)', function () {
  this.timeout(900_000);
  let root: string;
  let counter = 0;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-hostile-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lint: no crash, no timeout, no internal error, every range inside its file', () => {
    fc.assert(
      fc.property(hostileFolder, ({ files, pattern, as }) => {
        const folder = join(root, String(counter++));
        mkdirSync(folder);
        if (pattern !== undefined) {
          const schema = {
            type: 'object',
            properties: { client: { type: 'string', pattern }, agency: { type: 'string', pattern } },
            patternProperties: { [pattern]: { type: 'number' } },
          };
          writeFileSync(join(folder, 'agency.schema.json'), JSON.stringify(schema, null, 2));
          writeFileSync(
            join(folder, '.socialplan.yaml'),
            'schemas:\n  - files: "**/*.md"\n    schema: agency.schema.json\n',
          );
        }
        const paths = files.map((file, index) => {
          const client = index === 0 ? `client: ${'a'.repeat(as)}!\n` : '';
          const text = `---\nsocialplan: ${file.kind}\ntitle: T\nstep: listen\n${client}${file.chunks.map(({ shape, size }) => CHUNK_TEXT[shape](size)).join('')}${file.closed ? '---\n' : ''}# Body\n`;
          const path = join(folder, index === 0 ? 'plan.md' : `0${index}-step.md`);
          writeFileSync(path, encode(text, file.encoding));
          return path;
        });
        const { findings, lengths, failure } = lintInChild(paths, { seconds: 60, memoryMb: 1536 });
        assert.equal(failure, undefined, failure);
        for (const finding of findings) {
          assert.notEqual(finding.rule, INTERNAL_ERROR_RULE, finding.message.en);
          const length = lengths[finding.file];
          const { start, end } = finding.range;
          assert.ok(
            Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length,
            `${finding.rule}: range ${start}-${end} outside ${finding.file} (${length} characters)`,
          );
          assert.ok(
            finding.message.en.length > 0 && finding.message.fr.length > 0,
            `${finding.rule}: a message is empty`,
          );
        }
      }),
      { ...propertyParameters(8), endOnFailure: true }, // each run is a child process: no shrinking
    );
  });
});
