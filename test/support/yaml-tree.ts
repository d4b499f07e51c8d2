import assert from 'node:assert/strict';
import { isAlias, isCollection, isDocument, isMap, isPair, isScalar, isSeq } from 'yaml';

/** Every class, value, range, comment and flag of the YAML tree; fails on any difference. */
export function assertSameTree(actual: unknown, expected: unknown, path = 'contents'): void {
  if (typeof actual !== 'object' || actual === null) return assert.equal(actual, expected, path);
  assert.equal(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected), `${path}: class`);
  for (const [is, name] of [
    [isScalar, 'scalar'],
    [isMap, 'map'],
    [isSeq, 'seq'],
    [isPair, 'pair'],
    [isAlias, 'alias'],
    [isDocument, 'document'],
  ] as [(node: unknown) => boolean, string][]) {
    assert.equal(is(actual), is(expected), `${path}: ${name}?`);
  }
  if (isCollection(actual)) assert.ok(actual.schema, `${path}: a collection without schema`);
  assert.deepStrictEqual(actual, expected, path);
  if (isPair(actual) && isPair(expected)) {
    assertSameTree(actual.key, expected.key, `${path}.key`);
    assertSameTree(actual.value, expected.value, `${path}.value`);
  } else if (isCollection(actual) && isCollection(expected)) {
    actual.items.forEach((item, i) => assertSameTree(item, expected.items[i], `${path}[${i}]`));
  }
}
