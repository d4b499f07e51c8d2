import assert from 'node:assert/strict';
import fc from 'fast-check';
import { closest, editDistance, isOnlyClosest } from '../../../src/core/util/suggest';
import { propertyParameters } from '../../support/property';

/** The textbook table, whole: the reference the three-row version must agree with. */
function referenceDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const table = Array.from({ length: a.length + 1 }, (_, row) =>
    Array.from({ length: b.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row <= a.length; row++) {
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min(table[row - 1][column] + 1, table[row][column - 1] + 1, table[row - 1][column - 1] + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        value = Math.min(value, table[row - 2][column - 2] + 1);
      table[row][column] = value;
    }
  }
  return table[a.length][b.length];
}

describe('suggestions', () => {
  it('edit distance: insertions, deletions, substitutions, swaps of neighbours', () => {
    assert.equal(editDistance('budjet', 'budget'), 1);
    assert.equal(editDistance('buget', 'budget'), 1);
    assert.equal(editDistance('budgte', 'budget'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('a', 'abcdefgh'), 7, 'far apart in length: the difference, without a table');
  });

  it('the three-row distance is the whole table’s, on random words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '-', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => assert.equal(editDistance(a, b), referenceDistance(a, b))),
      propertyParameters(2000),
    );
  });

  it('suggests the closest known name within the tolerance, and nothing beyond', () => {
    const keys = ['budget', 'platforms', 'objectives', 'resources'];
    assert.equal(closest('budjet', keys), 'budget');
    assert.equal(closest('Platfroms', keys), 'platforms');
    assert.equal(closest('zebra', keys), undefined);
  });

  it('a suggestion is the only one when no other candidate is as close: a tie is a choice', () => {
    const keys = ['budget', 'platforms', 'objectives', 'resources'];
    assert.equal(isOnlyClosest('budjet', 'budget', keys), true);
    // `sales` and `sites` are both one edit from `sates`: which one was meant is for the author.
    assert.equal(isOnlyClosest('sates', 'sales', ['sales', 'sites', 'reach']), false);
    assert.equal(isOnlyClosest('sales2', 'sales', ['sales', 'sites']), true);
  });
});
