import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isScalar, parseDocument, visit, type YAMLError } from 'yaml';
import { DuplicateKeyError, KeyUnderValueError, parseYaml } from '../../../src/core/document/yaml-parse';
import { yamlErrorRange } from '../../../src/core/document/yaml-messages';
import { unclosedKind } from '../../../src/core/document/yaml-unclosed';
import { propertyParameters } from '../../support/property';

/** The errors `yaml` itself gives with its own duplicate-key check on. */
function yamlErrors(text: string): string[] {
  return parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true }).errors.map(
    (error) => `${error.code} ${error.pos.join('-')} ${error.message}`,
  );
}

/**
 * Ours without the errors on the first copy of each duplicate key, which `yaml` does not report
 * (we mark every copy: the first one is where an author may be typing).
 */
function asYamlReports(errors: YAMLError[]): YAMLError[] {
  return errors.filter((error) => !(error instanceof DuplicateKeyError && error.copy === 0));
}

function ourErrors(text: string): string[] {
  return asYamlReports(parseYaml(text).errors).map((error) => `${error.code} ${error.pos.join('-')} ${error.message}`);
}

/**
 * The errors of `yaml` that ours leave out, which must all be explained: the follow-on errors of an
 * unclosed quote or bracket that we report (at or after its opening), and the nested-block error
 * that comes with a key indented under a value (one KeyUnderValueError stands for the pair).
 */
function leftOut(text: string, theirs: YAMLError[], all: YAMLError[]): YAMLError[] {
  const yaml = parseYaml(text);
  const openings = all.filter((error) => unclosedKind(error.code, error.message) !== undefined);
  const openedAt = openings.map((error) => yamlErrorRange(yaml, text, error).start);
  const merged = new Set(all.flatMap((error) => (error instanceof KeyUnderValueError ? [error.multiline.pos[0]] : [])));
  const reported = new Map<string, number>();
  const place = (error: YAMLError) => `${error.code} ${error.message} ${error.pos.join('-')}`;
  for (const error of all) {
    const original = error instanceof KeyUnderValueError ? error.multiline : error;
    reported.set(place(original), (reported.get(place(original)) ?? 0) + 1);
  }
  const dropped: YAMLError[] = [];
  for (const error of theirs) {
    if (error.code === 'DUPLICATE_KEY') continue;
    const count = reported.get(place(error)) ?? 0;
    if (count > 0) {
      reported.set(place(error), count - 1);
      continue;
    }
    const followsOpening = openedAt.some((at) => error.pos[0] >= at);
    const pairedWithKey = error.code === 'BLOCK_AS_IMPLICIT_KEY' && merged.has(error.pos[0]);
    assert.ok(followsOpening || pairedWithKey, `${place(error)} left out unexplained in ${JSON.stringify(text)}`);
    dropped.push(error);
  }
  return dropped;
}

/**
 * The same errors, in the same places, less those `leftOut` explains. A clash of keys is placed
 * exactly as `yaml` does in text that is otherwise valid, and only checked to be found in text
 * with other syntax errors (where `yaml` recovers and may place it away from its key) or when
 * `null` keys clash (an empty key, `~`, `null`: `yaml` places those erratically). Errors at one
 * offset may come in either order.
 */
function assertSameErrors(text: string): void {
  const parsed = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true }).errors;
  const all = parseYaml(text).errors;
  const dropped = new Set(leftOut(text, parsed, all));
  const theirs = parsed.filter((error) => !dropped.has(error));
  const ours = asYamlReports(all).map((error) => (error instanceof KeyUnderValueError ? error.multiline : error));
  // Every copy of a clashing key is reported: one more error than `yaml` gives per clashing key.
  for (const error of all)
    if (error instanceof DuplicateKeyError)
      for (const at of error.occurrences)
        assert.ok(all.some((other) => other.code === 'DUPLICATE_KEY' && other.pos[0] === at));
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
    assert.deepEqual(
      errors.map((error) => `${error.code} ${error.pos[0]}`),
      [`DUPLICATE_KEY ${text.indexOf('key42: value')}`, `DUPLICATE_KEY ${text.lastIndexOf('key42: again')}`],
    );
  });

  it('marks every copy of a duplicate key, the first one too, each knowing where the others are', () => {
    const text = 'a: 1\nb: 2\na: 3\nc:\n  a: 4\na: 5\n';
    const errors = parseYaml(text).errors;
    assert.ok(errors.every((error) => error instanceof DuplicateKeyError));
    const starts = [0, 10, 25];
    assert.deepEqual(
      errors.map((error) => error.pos[0]),
      starts,
    );
    for (const error of errors) {
      assert.ok(error instanceof DuplicateKeyError);
      assert.equal(error.key, 'a');
      assert.deepEqual(error.occurrences, starts);
    }
  });

  it('on random YAML-like texts, the same errors as yaml with its duplicate-key check, less the follow-on errors of an unclosed quote or bracket', () => {
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
