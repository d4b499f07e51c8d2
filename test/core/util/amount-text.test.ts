import assert from 'node:assert/strict';
import { amountText, LARGEST_WRITTEN_AMOUNT } from '../../../src/core/util/amount-text';
import { sumAmounts } from '../../../src/core/util/money';

/** The text a fix writes for the sum of `amounts`. */
const sumText = (amounts: number[]) => amountText(sumAmounts(amounts), amounts);

describe('amountText: the amounts fixes write', () => {
  it('writes plain digits with no more decimals than the inputs have', () => {
    assert.equal(sumText([52000, 18000, 2400]), '72400');
    assert.equal(sumText([0.1, 0.2]), '0.3');
    assert.equal(sumText([100.25, 0.1]), '100.35');
    assert.equal(sumText([0.15, 0.15]), '0.3');
    assert.equal(sumText([1250.5, 1249.5]), '2500');
    assert.equal(sumText([100, 0.005]), '100.01', 'to the cent, as the sum is counted');
    assert.equal(sumText([90_000_000_000_000 - 1, 1]), '90000000000000');
    assert.equal(sumText([]), '0');
  });

  it('refuses an amount that is not finite or too large to be exact (1e21 + 0.005)', () => {
    assert.equal(sumText([1e21, 0.005]), undefined);
    assert.equal(sumText([LARGEST_WRITTEN_AMOUNT * 2]), undefined);
    assert.equal(amountText(Number.POSITIVE_INFINITY, [1]), undefined);
    assert.equal(amountText(Number.NaN, [1]), undefined);
    assert.equal(amountText(10, [Number.MAX_VALUE, -Number.MAX_VALUE]), undefined);
  });
});
