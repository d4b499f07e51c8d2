import type { Localized } from '../../types';
import { detectDateOrder, readDate, readNumber, type DateOrder, type DecimalMark } from './cells';
import { readCsvTable, type CsvTable } from './table';

/**
 * From a CSV export to dated values of one KPI (docs/measuring.md, "Importing results"): which
 * columns hold the dates and the values, how they are written, and which rows cannot be read.
 */
export interface CsvImportRequest {
  text: string;
  /** A column's name (any case) or its 1-based number; found from the header when left out. */
  dateColumn?: string;
  valueColumn?: string;
  /** How separated dates are written; found from the cells when left out. */
  dateOrder?: DateOrder;
  /** The decimal mark; found from the cells and the delimiter when left out. */
  decimal?: DecimalMark;
  /** The KPI is counted in %: a trailing `%` is read, not refused. */
  percent: boolean;
  /** One value per row (`row`), or per week (Monday to Sunday) or calendar month. */
  per: Grouping;
  /** Per week or month: the latest reading (a level, such as followers) or the sum (clicks over the span). */
  aggregate: Aggregate;
}

export type Grouping = 'row' | 'week' | 'month';
export const GROUPINGS: readonly Grouping[] = ['row', 'week', 'month'];
export type Aggregate = 'last' | 'sum';
export const AGGREGATES: readonly Aggregate[] = ['last', 'sum'];

export interface ImportedValue {
  /** The last day measured. */
  date: string;
  value: number;
  /** For a sum over a week or month: the first day summed. */
  periodStart?: string;
  /** The rows of the file the value comes from. */
  rows: number[];
}

export interface RefusedRow {
  row: number;
  problem: Localized;
}

export interface CsvReading {
  columns: { date: string; value: string };
  decimal: DecimalMark;
  dateOrder: DateOrder | undefined;
  values: ImportedValue[];
  refused: RefusedRow[];
}

export function readResultsCsv(request: CsvImportRequest): CsvReading | { problem: Localized } {
  const table = readCsvTable(request.text);
  if ('problem' in table) return table;
  const dateAt = findColumn(table.header, request.dateColumn, 'date');
  if (typeof dateAt !== 'number') return dateAt;
  const valueAt = findColumn(table.header, request.valueColumn, 'value', dateAt);
  if (typeof valueAt !== 'number') return valueAt;
  if (valueAt === dateAt) return { problem: SAME_COLUMN };
  const dateCells = table.rows.map((row) => row.cells[dateAt] ?? '');
  const dateOrder = request.dateOrder ?? detectDateOrder(dateCells);
  if (dateOrder === 'ambiguous') return { problem: AMBIGUOUS_DATES };
  if (dateOrder === 'mixed') return { problem: MIXED_DATES };
  const decimal = request.decimal ?? guessDecimal(table, valueAt, request.percent);
  const refused: RefusedRow[] = [...table.broken];
  const readings: { row: number; date: string; value: number }[] = [];
  const rowOfDate = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const date = readDate(cells[dateAt] ?? '', dateOrder);
    const value = readNumber(cells[valueAt] ?? '', decimal, request.percent);
    if ('problem' in date || 'problem' in value) {
      refused.push({ row, problem: 'problem' in date ? date.problem : (value as { problem: Localized }).problem });
      continue;
    }
    const earlier = rowOfDate.get(date.value);
    if (earlier !== undefined) {
      refused.push({ row, problem: sameDate(date.value, earlier) });
      continue;
    }
    rowOfDate.set(date.value, row);
    readings.push({ row, date: date.value, value: value.value });
  }
  refused.sort((a, b) => a.row - b.row);
  const columns = { date: table.header[dateAt] || `${dateAt + 1}`, value: table.header[valueAt] || `${valueAt + 1}` };
  return { columns, decimal, dateOrder, values: grouped(readings, request.per, request.aggregate), refused };
}

const DATE_HEADER =
  /^(?:date|day|jour|date de (?:fin|début)|end date|start date|week|semaine|month|mois|period|période)\b/i;

/** The column `wanted` names, or the one the header suggests; a problem that lists the columns otherwise. */
function findColumn(
  header: string[],
  wanted: string | undefined,
  role: 'date' | 'value',
  dateAt?: number,
): number | { problem: Localized } {
  if (wanted !== undefined) {
    const byName = header.findIndex((name) => name.toLowerCase() === wanted.trim().toLowerCase());
    if (byName !== -1) return byName;
    const number = /^\d+$/.test(wanted.trim()) ? Number(wanted) : 0;
    if (number >= 1 && number <= header.length) return number - 1;
    return { problem: noSuchColumn(wanted, header) };
  }
  if (role === 'date') {
    const found = header.findIndex((name) => DATE_HEADER.test(name));
    return found !== -1 ? found : { problem: sayWhich('date', header) };
  }
  // The value: the only other column, when there are two.
  return header.length === 2 ? 1 - (dateAt ?? 0) : { problem: sayWhich('value', header) };
}

/**
 * The decimal mark that reads every value cell; when both do (whole numbers, "1,234"), the one the
 * delimiter implies: a file split by `;` comes from a tool set to a language that writes `1,5`.
 */
function guessDecimal(table: CsvTable, valueAt: number, percent: boolean): DecimalMark {
  const preferred: DecimalMark = table.delimiter === ';' ? ',' : '.';
  const other: DecimalMark = preferred === '.' ? ',' : '.';
  const reads = (mark: DecimalMark) =>
    table.rows.every(
      (row) =>
        !('problem' in readNumber(row.cells[valueAt] ?? '', mark, percent)) || (row.cells[valueAt] ?? '').trim() === '',
    );
  return !reads(preferred) && reads(other) ? other : preferred;
}

/** One value per row, or per week or month: the latest reading, or the sum with the span it covers. */
function grouped(
  readings: { row: number; date: string; value: number }[],
  per: Grouping,
  aggregate: Aggregate,
): ImportedValue[] {
  const sorted = [...readings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (per === 'row') return sorted.map(({ row, date, value }) => ({ date, value, rows: [row] }));
  const groups = new Map<string, typeof sorted>();
  for (const reading of sorted) {
    const key = per === 'month' ? reading.date.slice(0, 7) : weekOf(reading.date);
    const group = groups.get(key);
    if (group) group.push(reading);
    else groups.set(key, [reading]);
  }
  return [...groups.values()].map((group) => {
    const last = group[group.length - 1];
    const rows = group.map((reading) => reading.row);
    if (aggregate === 'last') return { date: last.date, value: last.value, rows };
    const sum = group.reduce((total, reading) => total + reading.value, 0);
    // Sums of decimals drift (0.1 + 0.2): round to what the cells could have written.
    return { date: last.date, value: Math.round(sum * 1e9) / 1e9, periodStart: group[0].date, rows };
  });
}

/** The Monday that starts the date's week (ISO weeks run Monday to Sunday). */
function weekOf(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - weekday * 86_400_000).toISOString().slice(0, 10);
}

function sameDate(date: string, row: number): Localized {
  return {
    en: `${date} is already read on row ${row}: one value per date`,
    fr: `${date} est déjà lu ligne ${row} : une valeur par date`,
  };
}

function columnList(header: string[]): string {
  return header.map((name, at) => `${at + 1}: ${JSON.stringify(name)}`).join(', ');
}

function noSuchColumn(wanted: string, header: string[]): Localized {
  return {
    en: `the file has no column ${JSON.stringify(wanted)} (its columns: ${columnList(header)})`,
    fr: `le fichier n’a pas de colonne ${JSON.stringify(wanted)} (ses colonnes : ${columnList(header)})`,
  };
}

function sayWhich(role: 'date' | 'value', header: string[]): Localized {
  return role === 'date'
    ? {
        en: `no column is named like a date: say which holds the dates with --date-column (the columns: ${columnList(header)})`,
        fr: `aucune colonne ne porte un nom de date : indiquez celle des dates avec --date-column (les colonnes : ${columnList(header)})`,
      }
    : {
        en: `the file has ${header.length} columns: say which holds the values with --value-column (the columns: ${columnList(header)})`,
        fr: `le fichier a ${header.length} colonnes : indiquez celle des valeurs avec --value-column (les colonnes : ${columnList(header)})`,
      };
}

const SAME_COLUMN: Localized = {
  en: 'the dates and the values cannot come from the same column',
  fr: 'les dates et les valeurs ne peuvent pas venir de la même colonne',
};

const AMBIGUOUS_DATES: Localized = {
  en: 'every date reads both ways (03/04/2027 is 3 April or March 4): say how they are written with --date-format dmy or mdy',
  fr: 'chaque date se lit dans les deux sens (03/04/2027 : le 3 avril ou le 4 mars) : indiquez leur ordre avec --date-format dmy ou mdy',
};

const MIXED_DATES: Localized = {
  en: 'the dates are not all written in one order (some day first, some month first): say which with --date-format dmy, mdy or ymd',
  fr: 'les dates ne sont pas toutes écrites dans le même ordre (jour ou mois en premier) : indiquez lequel avec --date-format dmy, mdy ou ymd',
};
