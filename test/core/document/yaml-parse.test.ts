import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isScalar, parseDocument, visit, type YAMLError } from 'yaml';
import { parseYaml } from '../../../src/core/document/yaml-parse';
import { propertyParameters } from '../../support/property';

/** The errors `yaml` itself gives with its own duplicate-key check on. */
function yamlErrors(text: string): string[] {
  return parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true }).errors.map(
    (error) => `${error.code} ${error.pos.join('-')} ${error.message}`,
  );
}

function ourErrors(text: string): string[] {
  return parseYaml(text).errors.map((error) => `${error.code} ${error.pos.join('-')} ${error.message}`);
}

/**
 * The same errors, in the same places. A clash of keys is placed exactly as `yaml` does in text
 * that is otherwise valid, and only checked to be found in text with other syntax errors (where
 * `yaml` recovers and may place it away from its key) or when `null` keys clash (an empty key,
 * `~`, `null`: `yaml` places those erratically). Errors at one offset may come in either order.
 */
function assertSameErrors(text: string): void {
  const theirs = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true }).errors;
  const ours = parseYaml(text).errors;
  const what = (error: YAMLError) => `${error.code} ${error.message}`;
  assert.deepEqual(ours.map(what).sort(), theirs.map(what).sort());
  let nullKeysClash = false;
  visit(parseDocument(text, { uniqueKeys: false }), {
    Map(_key, map) {
      if (map.items.filter((pair) => isScalar(pair.key) && pair.key.value === null).length > 1) nullKeysClash = true;
    },
  });
  // In a text with other syntax errors, `yaml` recovers and may place a clash away from its key.
  const comparable = !nullKeysClash && theirs.every((error) => error.code === 'DUPLICATE_KEY');
  // Sorted: errors at the same offset come in either order (the findings are sorted by range anyway).
  const placed = (errors: YAMLError[]) =>
    errors
      .filter((error) => error.code !== 'DUPLICATE_KEY' || comparable)
      .map((error) => `${what(error)} ${error.pos.join('-')}`)
      .sort();
  assert.deepEqual(placed(ours), placed(theirs));
}

describe('parseYaml', () => {
  it('reports duplicate keys as yaml does: block and flow mappings, nested, quoted, tagged, anchored', () => {
    for (const text of [
      'a: 1\na: 2\n',
      'a: 1\nb:\n  c: 1\n  c: 2\n',
      '{ a: 1, a: 2 }',
      '"a": 1\na: 2\n',
      '&x a: 1\na: 2\n',
      'a: 1\n!!str a: 2\n',
      '1: x\n1: y\n',
      'null: 1\n~: 2\n',
      '- { k: 1, k: 2 }\n- k: 1\n  k: 1\n',
    ]) {
      const expected = yamlErrors(text);
      assert.ok(
        expected.some((error) => error.startsWith('DUPLICATE_KEY')),
        text,
      );
      assert.deepEqual(ourErrors(text), expected, text);
    }
    for (const text of ['1: x\n"1": y\n', '.nan: 1\n.nan: 2\n', '? [a]\n: 1\n? [a]\n: 2\n', 'true: 1\nTrue: 2\n'])
      assert.deepEqual(ourErrors(text), yamlErrors(text), text);
  });

  it('a frontmatter of 100,000 keys is parsed, its one duplicate found (yaml’s own check compared every pair: 80 s)', () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => `key${index}: value`);
    lines.push('key42: again');
    const text = `${lines.join('\n')}\n`;
    const errors = parseYaml(text).errors;
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'DUPLICATE_KEY');
    assert.equal(errors[0].pos[0], text.lastIndexOf('key42: again'));
  });

  it('on random YAML-like texts, the same errors as yaml with its duplicate-key check', () => {
    const token = fc.constantFrom(
      'a',
      'b',
      '"a"',
      "'b'",
      '1',
      '~',
      'null',
      ': ',
      ':',
      '\n',
      '\n  ',
      '\r\n',
      '\t',
      '- ',
      '{',
      '}',
      '[',
      ']',
      ', ',
      '? ',
      '?',
      '&x ',
      '*x',
      '!!str ',
      '#c',
      ' # c\n',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        assertSameErrors(text);
      }),
      propertyParameters(2000),
    );
  });
});
