import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResultsCsv, type CsvImportRequest, type CsvReading } from '../../../../src/core/results/import/read';
import { decodeCsv } from '../../../../src/core/results/import/table';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'results-import');

function fixture(name: string): string {
  const text = decodeCsv(readFileSync(join(FIXTURES, name)));
  assert.notEqual(text, 'binary');
  return text as string;
}

function read(text: string, options: Partial<CsvImportRequest> = {}): CsvReading {
  const reading = readResultsCsv({ text, percent: false, per: 'row', aggregate: 'last', ...options });
  if ('problem' in reading) assert.fail(reading.problem.en);
  return reading;
}

function problem(text: string, options: Partial<CsvImportRequest> = {}): string {
  const reading = readResultsCsv({ text, percent: false, per: 'row', aggregate: 'last', ...options });
  assert.ok('problem' in reading, 'expected the file to be refused');
  return reading.problem.en;
}

describe('results import: reading a CSV export', () => {
  it('reads the first table of a GA4 export, below its # lines, with spreadsheet row numbers', () => {
    const reading = read(fixture('ga4-sessions-daily.csv'));
    assert.deepEqual(reading.columns, { date: 'Date', value: 'Sessions' });
    assert.equal(reading.values.length, 31, 'the second table (by channel) is not read');
    assert.deepEqual(reading.values[0], { date: '2027-12-01', value: 180, rows: [11] });
    assert.deepEqual(reading.values[30], { date: '2027-12-31', value: 210, rows: [41] });
    assert.deepEqual(reading.refused, []);
  });

  it('sums a month of daily counts, with the span it covers', () => {
    const reading = read(fixture('ga4-sessions-daily.csv'), { per: 'month', aggregate: 'sum' });
    // 180 + 181 + … + 210: 31 days averaging 195.
    assert.deepEqual(reading.values, [
      {
        date: '2027-12-31',
        value: 6045,
        periodStart: '2027-12-01',
        rows: Array.from({ length: 31 }, (_, at) => 11 + at),
      },
    ]);
  });

  it('keeps the latest reading of each week for a level', () => {
    const reading = read(fixture('ga4-sessions-daily.csv'), { per: 'week', aggregate: 'last' });
    // 2027-12-01 is a Wednesday: the first week ends on Sunday 5 December.
    assert.deepEqual(
      reading.values.map(({ date, value }) => [date, value]),
      [
        ['2027-12-05', 184],
        ['2027-12-12', 191],
        ['2027-12-19', 198],
        ['2027-12-26', 205],
        ['2027-12-31', 210],
      ],
    );
  });

  it('reads a Meta export: BOM, CRLF, quoted cells, ISO date-times and grouped thousands', () => {
    const text = fixture('meta-reach.csv');
    assert.match(
      problem(text),
      /the file has 3 columns: say which holds the values with --value-column \(the columns: 1: "Date", 2: "Facebook reach", 3: "Instagram reach"\)/,
    );
    const byName = read(text, { valueColumn: 'instagram REACH' });
    assert.deepEqual(
      byName.values.map(({ date, value }) => [date, value]),
      [
        ['2027-12-07', 3500],
        ['2027-12-14', 3720],
        ['2027-12-21', 4115],
      ],
    );
    assert.deepEqual(
      read(text, { valueColumn: '2' }).values.map(({ value }) => value),
      [1204, 1310, 1450],
    );
    assert.match(problem(text, { valueColumn: 'Reach' }), /the file has no column "Reach" \(its columns: 1: "Date"/);
    assert.match(problem(text, { valueColumn: '4' }), /no column "4"/);
    assert.match(problem(text, { valueColumn: 'Date' }), /same column/);
  });

  it('reads a French export: ";" between cells, day-first dates, decimal commas and "%"', () => {
    const reading = read(fixture('fidelisation-fr.csv'), { percent: true });
    assert.equal(reading.decimal, ',');
    assert.equal(reading.dateOrder, 'dmy');
    assert.deepEqual(reading.columns, { date: 'Jour', value: 'Taux de renouvellement' });
    assert.deepEqual(
      reading.values.map(({ date, value }) => [date, value]),
      [
        ['2027-10-31', 64.5],
        ['2027-11-30', 66.5],
        ['2027-12-31', 67.25],
      ],
    );
  });

  it('lists every row it cannot read, with its number and why', () => {
    const reading = read(fixture('broken-rows.csv'));
    assert.deepEqual(
      reading.refused.map(({ row, problem }) => `${row}: ${problem.en}`),
      [
        '3: no value',
        '4: cannot read "2027-02-30" as a date (2027-03-31, 20270331, 31/03/2027 or 03/31/2027)',
        '5: cannot read "1.5k" as a number with "." as the decimal mark (use --decimal , if the file writes decimals with ",")',
        '6: 2027-12-01 is already read on row 2: one value per date',
        '7: a quoted cell is not closed (a " is missing)',
      ],
    );
    assert.deepEqual(reading.values, [{ date: '2027-12-01', value: 180, rows: [2] }]);
  });

  it('asks for the columns and the date order it cannot tell', () => {
    assert.match(
      problem('Reach,Clicks\n1,2\n'),
      /no column is named like a date: say which holds the dates with --date-column/,
    );
    assert.deepEqual(
      read('When,Reach\n2027-12-01,5\n', { dateColumn: 'when' }).values.map(({ value }) => value),
      [5],
    );
    assert.match(problem('Date,Reach\n03/04/2027,5\n'), /--date-format dmy or mdy/);
    assert.deepEqual(read('Date,Reach\n03/04/2027,5\n', { dateOrder: 'mdy' }).values[0].date, '2027-03-04');
    assert.match(problem('Date,Reach\n31/03/2027,5\n03/31/2027,6\n'), /not all written in one order/);
    assert.match(problem('# only comments\n\n'), /the file holds no table/);
    assert.match(problem(''), /the file holds no table/);
  });

  it('takes the decimal mark that reads every value, else the one the delimiter implies', () => {
    assert.equal(read('Date,Rate\n2027-12-01,"1,5"\n').decimal, ',');
    assert.deepEqual(read('Date,Rate\n2027-12-01,"1,5"\n').values[0].value, 1.5);
    assert.equal(read('Date;Reach\n2027-12-01;1.234\n').values[0].value, 1234);
    assert.equal(read('Date,Reach\n2027-12-01,"1,234"\n').values[0].value, 1234);
    assert.equal(read('Date,Reach\n2027-12-01,"1,234"\n', { decimal: ',' }).values[0].value, 1.234);
  });
});

describe('results import: decoding the file', () => {
  it('reads UTF-8 with or without its mark, UTF-16 with one, and Windows-1252 otherwise', () => {
    assert.equal(decodeCsv(Buffer.from('\ufeffDate,Portée\n', 'utf8')), 'Date,Portée\n');
    assert.equal(decodeCsv(Buffer.from('\ufeffDate,Portée\n', 'utf16le')), 'Date,Portée\n');
    assert.equal(decodeCsv(Buffer.from([0x50, 0x6f, 0x72, 0x74, 0xe9, 0x65])), 'Portée');
    assert.equal(decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), 'binary');
  });
});
