import type { Localized } from '../../types';
import { calendarDate } from '../../util/dates';

/**
 * Reading the cells of an analytics export (docs/measuring.md, "Importing results"): dates as the
 * tools write them, numbers in either decimal convention. Each reader returns the value, or why the
 * cell cannot be read, in the user's words.
 */

/** How a date written with separators orders its parts: 31/03/2027 (dmy), 03/31/2027 (mdy), 2027/03/31 (ymd). */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';
export const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'dmy', 'mdy'];

export type Cell<T> = { value: T } | { problem: Localized };

// 2027-03-31, with a time after it or not (Meta writes 2027-03-31T07:00:00); 20270331 (GA4).
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SEPARATED = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;

/**
 * The order of the separated dates in a column (31/03/2027 or 03/31/2027): the one every cell
 * allows. `undefined` when no cell is written that way; `'ambiguous'` when every cell reads both
 * ways (03/04/2027); `'mixed'` when no order fits them all.
 */
export function detectDateOrder(cells: readonly string[]): DateOrder | 'ambiguous' | 'mixed' | undefined {
  const fitting = new Set<DateOrder>(DATE_ORDERS);
  let separated = 0;
  for (const cell of cells) {
    const match = SEPARATED.exec(cell.trim());
    if (!match || ISO.test(cell.trim())) continue;
    separated++;
    for (const order of DATE_ORDERS) if (!separatedDate(match, order)) fitting.delete(order);
  }
  if (separated === 0) return undefined;
  if (fitting.size === 0) return 'mixed';
  if (fitting.size === 1) return [...fitting][0];
  return 'ambiguous';
}

/** A date cell as `YYYY-MM-DD`; a separated date is read in `order`. */
export function readDate(cell: string, order: DateOrder | undefined): Cell<string> {
  const text = cell.trim();
  if (text === '') return { problem: { en: 'no date', fr: 'pas de date' } };
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  const date = iso
    ? dateOf(iso[1], iso[2], iso[3])
    : ((match) => (match && order ? separatedDate(match, order) : undefined))(SEPARATED.exec(text));
  if (date) return { value: date };
  return {
    problem: {
      en: `cannot read ${quoted(text)} as a date (2027-03-31, 20270331, 31/03/2027 or 03/31/2027)`,
      fr: `impossible de lire ${quoted(text)} comme une date (2027-03-31, 20270331, 31/03/2027 ou 03/31/2027)`,
    },
  };
}

function separatedDate(match: RegExpExecArray, order: DateOrder): string | undefined {
  const [first, second, third] = [match[1], match[2], match[3]];
  if (order === 'ymd') return first.length === 4 ? dateOf(first, second, third) : undefined;
  if (third.length !== 4) return undefined;
  return order === 'dmy' ? dateOf(third, second, first) : dateOf(third, first, second);
}

function dateOf(year: string, month: string, day: string): string | undefined {
  return calendarDate(`${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** The decimal mark of the numbers: `.` (1,234.5) or `,` (1 234,5 / 1.234,5). */
export type DecimalMark = '.' | ',';

// Spaces of every width that tools put between thousands (no-break, narrow no-break, thin).
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * A number cell: thousands grouped by the other mark (or by spaces) in threes, a trailing `%`
 * when `percent` allows it. Anything else is refused rather than guessed: "1,5" with `.` decimals
 * could be one and a half or fifteen.
 */
export function readNumber(cell: string, decimal: DecimalMark, percent: boolean): Cell<number> {
  const written = cell.trim();
  if (written === '') return { problem: { en: 'no value', fr: 'pas de valeur' } };
  let text = written.replace(GROUP_SPACES, '');
  const hasPercent = text.endsWith('%');
  if (hasPercent) {
    if (!percent) return { problem: notAPercentKpi(written) };
    text = text.slice(0, -1);
  }
  const match = NUMBER[decimal].exec(text);
  if (!match) return { problem: notANumber(written, decimal) };
  const [, sign, whole, fraction] = match;
  const digits = whole.split(decimal === '.' ? ',' : '.').join('');
  return { value: Number(`${sign === '' || sign === '+' ? '' : '-'}${digits}${fraction ? `.${fraction}` : ''}`) };
}

// A sign (the minus sign too), digits grouped in threes by the other mark or not grouped, decimals.
const NUMBER: Record<DecimalMark, RegExp> = {
  '.': /^([-+\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/,
  ',': /^([-+\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/,
};

function notANumber(text: string, decimal: DecimalMark): Localized {
  const other = decimal === '.' ? ',' : '.';
  return {
    en: `cannot read ${quoted(text)} as a number with "${decimal}" as the decimal mark (use --decimal ${other} if the file writes decimals with "${other}")`,
    fr: `impossible de lire ${quoted(text)} comme un nombre dont la marque décimale est « ${decimal} » (utilisez --decimal ${other} si le fichier écrit les décimales avec « ${other} »)`,
  };
}

function notAPercentKpi(text: string): Localized {
  return {
    en: `${quoted(text)} is a percentage, but the objective's KPI is not counted in %`,
    fr: `${quoted(text)} est un pourcentage, mais l’indicateur de l’objectif ne se compte pas en %`,
  };
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
