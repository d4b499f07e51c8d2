import assert from 'node:assert/strict';
import { detectDateOrder, readDate, readNumber, type Cell } from '../../../../src/core/results/import/cells';

function value<T>(cell: Cell<T>): T | string {
  return 'value' in cell ? cell.value : `problem: ${cell.problem.en}`;
}

describe('results import: reading cells', () => {
  it('reads the dates analytics tools write', () => {
    assert.equal(value(readDate('2027-03-31', undefined)), '2027-03-31');
    assert.equal(value(readDate('2027-3-1', undefined)), '2027-03-01');
    assert.equal(value(readDate('2027-03-31T07:00:00', undefined)), '2027-03-31');
    assert.equal(value(readDate('2027-03-31T07:00:00-07:00', undefined)), '2027-03-31');
    assert.equal(value(readDate(' 20270331 ', undefined)), '2027-03-31');
    assert.equal(value(readDate('31/03/2027', 'dmy')), '2027-03-31');
    assert.equal(value(readDate('31.03.2027', 'dmy')), '2027-03-31');
    assert.equal(value(readDate('03/31/2027', 'mdy')), '2027-03-31');
    assert.equal(value(readDate('2027/03/31', 'ymd')), '2027-03-31');
  });

  it('refuses what is not a day of the calendar, or a separated date without its order', () => {
    assert.match(String(value(readDate('2027-02-30', undefined))), /cannot read "2027-02-30" as a date/);
    assert.match(String(value(readDate('03/31/2027', 'dmy'))), /cannot read/);
    assert.match(String(value(readDate('31/03/2027', undefined))), /cannot read/);
    assert.match(String(value(readDate('Total', undefined))), /cannot read "Total"/);
    assert.equal(value(readDate('  ', undefined)), 'problem: no date');
  });

  it('finds the order of separated dates from the cells that allow only one', () => {
    assert.equal(detectDateOrder(['01/03/2027', '31/03/2027']), 'dmy');
    assert.equal(detectDateOrder(['03/01/2027', '03/31/2027']), 'mdy');
    assert.equal(detectDateOrder(['2027/03/01']), 'ymd');
    assert.equal(detectDateOrder(['03/04/2027', '05/06/2027']), 'ambiguous');
    assert.equal(detectDateOrder(['31/03/2027', '03/31/2027']), 'mixed');
    assert.equal(detectDateOrder(['2027-03-01', '20270302']), undefined);
  });

  it('reads numbers in either decimal convention, with thousands grouped by threes', () => {
    assert.equal(value(readNumber('1,234', '.', false)), 1234);
    assert.equal(value(readNumber('1,234,567.5', '.', false)), 1234567.5);
    assert.equal(value(readNumber('1 234,5', ',', false)), 1234.5);
    assert.equal(value(readNumber('1\u202f234,5', ',', false)), 1234.5);
    assert.equal(value(readNumber('1.234,5', ',', false)), 1234.5);
    assert.equal(value(readNumber('-12', '.', false)), -12);
    assert.equal(value(readNumber('\u221212', '.', false)), -12);
    assert.equal(value(readNumber('+7', '.', false)), 7);
    assert.equal(value(readNumber('0.25', '.', false)), 0.25);
  });

  it('reads a percentage only for a KPI counted in %', () => {
    assert.equal(value(readNumber('66,5 %', ',', true)), 66.5);
    assert.equal(value(readNumber('66.5%', '.', true)), 66.5);
    assert.match(
      String(value(readNumber('66.5%', '.', false))),
      /is a percentage, but the objective's KPI is not counted in %/,
    );
  });

  it('refuses a number it would have to guess', () => {
    assert.match(
      String(value(readNumber('1,5', '.', false))),
      /cannot read "1,5" as a number with "\." as the decimal mark \(use --decimal ,/,
    );
    assert.match(String(value(readNumber('1.5k', '.', false))), /cannot read "1.5k"/);
    assert.match(String(value(readNumber('12,34,567', '.', false))), /cannot read/);
    assert.match(String(value(readNumber('N/A', '.', false))), /cannot read "N\/A"/);
    assert.equal(value(readNumber('', '.', false)), 'problem: no value');
  });
});
