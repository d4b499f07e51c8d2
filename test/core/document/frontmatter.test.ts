import assert from 'node:assert/strict';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontmatter, type FrontmatterSplit } from '../../../src/core/document/frontmatter';
import { propertyParameters } from '../../support/property';

/** The YAML text our split found, or `undefined` when it found no (closed) frontmatter. */
function ourYaml(text: string, split: FrontmatterSplit = splitFrontmatter(text)): string | undefined {
  return split.status === 'closed' ? text.slice(split.yamlStart, split.yamlEnd) : undefined;
}

describe('splitFrontmatter', () => {
  it('finds nothing in a file without frontmatter', () => {
    assert.deepEqual(splitFrontmatter(''), { status: 'none' });
    assert.deepEqual(splitFrontmatter('# Title\n\nsocialplan: plan\n'), { status: 'none' });
    assert.deepEqual(splitFrontmatter('Some text\n---\nsocialplan: plan\n---\n'), { status: 'none' });
  });

  it('splits a plain frontmatter: fences, YAML text and body', () => {
    const text = '---\nsocialplan: plan\ntitle: T\n---\n# Body\n';
    const split = splitFrontmatter(text);
    assert.deepEqual(split, {
      status: 'closed',
      openFence: { start: 0, end: 3 },
      closeFence: { start: 30, end: 33 },
      yamlStart: 4,
      yamlEnd: 30,
      bodyStart: 34,
    });
    assert.equal(ourYaml(text, split), 'socialplan: plan\ntitle: T\n');
    assert.equal(text.slice(34), '# Body\n');
  });

  it('accepts an empty frontmatter `---\\n---`', () => {
    assert.deepEqual(splitFrontmatter('---\n---'), {
      status: 'closed',
      openFence: { start: 0, end: 3 },
      closeFence: { start: 4, end: 7 },
      yamlStart: 4,
      yamlEnd: 4,
      bodyStart: 7,
    });
    assert.equal(ourYaml('---\n---\nbody'), '');
  });

  it('accepts `...` as the closing fence (YAML document end marker, as Jekyll and Pandoc do)', () => {
    const text = '---\nsocialplan: plan\n...\nbody\n';
    const split = splitFrontmatter(text);
    assert.equal(split.status, 'closed');
    assert.ok(split.status === 'closed');
    assert.deepEqual(split.closeFence, { start: 21, end: 24 });
    assert.equal(text.slice(split.bodyStart), 'body\n');
    // but never as the opening one
    assert.deepEqual(splitFrontmatter('...\nsocialplan: plan\n---\n'), { status: 'none' });
  });

  it('accepts spaces and tabs after either fence', () => {
    const text = '--- \t\nsocialplan: plan\n---  \nbody';
    const split = splitFrontmatter(text);
    assert.ok(split.status === 'closed');
    assert.deepEqual(split.openFence, { start: 0, end: 3 });
    assert.equal(ourYaml(text, split), 'socialplan: plan\n');
    assert.equal(text.slice(split.bodyStart), 'body');
  });

  it('rejects other characters after the opening fence, even Unicode spaces', () => {
    assert.deepEqual(splitFrontmatter('--- yaml\na: 1\n---\n'), { status: 'none' });
    assert.deepEqual(splitFrontmatter('---\u00a0\na: 1\n---\n'), { status: 'none' });
    assert.deepEqual(splitFrontmatter('---\f\na: 1\n---\n'), { status: 'none' });
    // a closing fence followed by other text is just a YAML line: the frontmatter stays open
    assert.equal(splitFrontmatter('---\na: 1\n--- x\n').status, 'unterminated');
  });

  it('handles CRLF line endings', () => {
    const text = '---\r\nsocialplan: plan\r\ntitle: T\r\n---\r\n# Body\r\n';
    const split = splitFrontmatter(text);
    assert.deepEqual(split, {
      status: 'closed',
      openFence: { start: 0, end: 3 },
      closeFence: { start: 33, end: 36 },
      yamlStart: 5,
      yamlEnd: 33,
      bodyStart: 38,
    });
    assert.equal(ourYaml(text, split), 'socialplan: plan\r\ntitle: T\r\n');
    assert.equal(text.slice(38), '# Body\r\n');
  });

  it('skips a byte order mark: offsets stay those of the text given', () => {
    const text = '\uFEFF---\nsocialplan: plan\n---\n';
    assert.deepEqual(splitFrontmatter(text), {
      status: 'closed',
      openFence: { start: 1, end: 4 },
      closeFence: { start: 22, end: 25 },
      yamlStart: 5,
      yamlEnd: 22,
      bodyStart: 26,
    });
    // only at the very start
    assert.deepEqual(splitFrontmatter('\uFEFF\uFEFF---\na: 1\n---\n'), { status: 'none' });
  });

  it('reports an unterminated frontmatter', () => {
    assert.deepEqual(splitFrontmatter('---\nsocialplan: plan\ntitle: T\n'), {
      status: 'unterminated',
      openFence: { start: 0, end: 3 },
      yamlStart: 4,
    });
    assert.deepEqual(splitFrontmatter('---'), {
      status: 'unterminated',
      openFence: { start: 0, end: 3 },
      yamlStart: 3,
    });
    assert.deepEqual(splitFrontmatter('---\n'), {
      status: 'unterminated',
      openFence: { start: 0, end: 3 },
      yamlStart: 4,
    });
  });

  it('does not take `----` (or `-- -`) for a fence', () => {
    assert.deepEqual(splitFrontmatter('----\na: 1\n----\n'), { status: 'none' });
    assert.deepEqual(splitFrontmatter('-- -\na: 1\n---\n'), { status: 'none' });
    assert.equal(ourYaml('---\na: 1\n----\nb: 2\n---\n'), 'a: 1\n----\nb: 2\n');
  });

  it('needs the fence on line 1, column 1', () => {
    assert.deepEqual(splitFrontmatter('\n---\na: 1\n---\n'), { status: 'none' });
    assert.deepEqual(splitFrontmatter(' ---\na: 1\n---\n'), { status: 'none' });
    assert.deepEqual(splitFrontmatter('# Title\n---\na: 1\n---\n'), { status: 'none' });
    // an indented closing fence is YAML text, not a fence
    assert.equal(splitFrontmatter('---\na: 1\n ---\n').status, 'unterminated');
  });

  it('closes at the first fence line: a later one belongs to the body', () => {
    const text = '---\na: 1\n---\n---\nb: 2\n---\n';
    const split = splitFrontmatter(text);
    assert.ok(split.status === 'closed');
    assert.equal(ourYaml(text, split), 'a: 1\n');
    assert.equal(text.slice(split.bodyStart), '---\nb: 2\n---\n');
  });
});

/**
 * remark-frontmatter (micromark) is the reference: the preview renders bodies with remark, and an
 * author who sees a frontmatter there must see it linted. We agree with it except on two points,
 * both decided on purpose:
 *
 * 1. `...` closes our frontmatter. It is YAML's document end marker (a YAML text cannot contain it
 *    at column 1 as content), Jekyll and Pandoc accept it, and the body we render starts after it,
 *    so the preview and the linter still agree with each other. remark only closes on `---`.
 * 2. A lone CR (classic Mac OS line ending) is not a line break for us. CommonMark counts it as
 *    one, but the `yaml` parser does not (`a: 1\rb: 2` is one broken line to it), nor does our
 *    `LineIndex`: a frontmatter written with lone CRs could not be parsed or located anyway.
 *    Documents with `\r` not followed by `\n` are left out of the comparison.
 */
describe('splitFrontmatter agrees with remark-frontmatter', () => {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

  /** remark's YAML text, or `undefined` when the document does not start with a `yaml` node. */
  function remarkYaml(text: string): string | undefined {
    const tree = processor.parse(text);
    const first = tree.children[0];
    return first?.type === 'yaml' ? first.value : undefined;
  }

  /** Compare, allowing for the documented differences. remark's value has no final line break. */
  function assertAgree(text: string): void {
    const split = splitFrontmatter(text);
    const ours = ourYaml(text, split);
    const theirs = remarkYaml(text);
    const context = `document ${JSON.stringify(text)}`;
    if (split.status === 'closed' && text.startsWith('...', split.closeFence.start)) {
      // Difference 1: remark reads on past our `...`, to a later `---` or to no frontmatter at all.
      if (theirs !== undefined) assert.ok(theirs.startsWith(`${ours}...`), context);
      return;
    }
    if (ours === undefined) {
      assert.equal(theirs, undefined, `remark found a frontmatter that we did not: ${context}`);
      return;
    }
    assert.notEqual(theirs, undefined, `we found a frontmatter that remark did not: ${context}`);
    assert.equal(ours.replace(/\r?\n$/, ''), theirs, context);
  }

  const handWritten = [
    '',
    '---',
    '---\n',
    '---\n---',
    '---\n---\n',
    '---\r\n---\r\n',
    '---\n\n---\n',
    '---\n\n\n---\n',
    '---\na: 1\n---\n',
    '---\na: 1\n---',
    '---\na: 1\n---\nbody\n',
    '---\r\na: 1\r\nb: 2\r\n---\r\nbody\r\n',
    '---\na: 1\r\nb: 2\n---\r\n',
    '\uFEFF---\na: 1\n---\n',
    '\uFEFF\n---\na: 1\n---\n',
    '--- \na: 1\n--- \n',
    '---\t\na: 1\n---\t\t\n',
    '---\u00a0\na: 1\n---\n',
    '---\na: 1\n---\u00a0\n',
    '---x\na: 1\n---\n',
    '----\na: 1\n----\n',
    '---\na: 1\n----\n---\n',
    ' ---\na: 1\n---\n',
    '---\na: 1\n ---\n',
    '\n---\na: 1\n---\n',
    '# Title\n---\na: 1\n---\n',
    '---\na: 1\n',
    '---\na: 1\n...\n',
    '---\na: 1\n...\nb: 2\n---\n',
    '---\na: |\n  text\n  ---\n---\n',
    '---\n---\n---\n',
    '---\n- a\n- b\n---\n',
    '---\n# comment\n---\n',
  ];

  it('on hand-written documents', () => {
    for (const text of handWritten) assertAgree(text);
  });

  it('on generated documents', () => {
    const line = fc.oneof(
      {
        arbitrary: fc.constantFrom(
          '---',
          '--- ',
          '---\t',
          '----',
          '-- -',
          ' ---',
          '...',
          '... ',
          '***',
          '---x',
          '- a',
          '- ---',
        ),
        weight: 2,
      },
      fc.constantFrom('', ' ', 'a: 1', 'socialplan: plan', 'title: "---"', '# heading', '  nested: true', 'text'),
      fc.string({ unit: fc.constantFrom('-', ' ', '\t', '.', 'a', ':', '#', '\u00a0', '\uFEFF'), maxLength: 6 }),
    );
    const document = fc
      .record({
        bom: fc.boolean(),
        // weighted towards a real opening fence: about half the documents open a frontmatter, a quarter close it
        opening: fc.constantFrom('---', '---', '---', '---', '---', '--- ', '---\t', '----', '', '...', ' ---'),
        lines: fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 8 }),
        firstBreak: fc.constantFrom('\n', '\n', '\r\n', ''),
      })
      .map(
        ({ bom, opening, lines, firstBreak }) =>
          (bom ? '\uFEFF' : '') + opening + firstBreak + lines.map(([text, end]) => text + end).join(''),
      )
      .map((text) => (text.endsWith('\n') && text.length % 2 === 0 ? text.replace(/\r?\n$/, '') : text));
    fc.assert(
      fc.property(document, (text) => {
        fc.pre(!/\r(?!\n)/.test(text)); // difference 2: lone CR
        assertAgree(text);
      }),
      propertyParameters(500),
    );
  });
});
