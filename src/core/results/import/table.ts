import Papa from 'papaparse';
import type { Localized } from '../../types';

/**
 * The first table of a CSV export, with the row numbers a spreadsheet shows. Papa Parse reads the
 * CSV itself (quoted fields over several lines, the byte order mark, and a guessed delimiter: the
 * French versions of the tools write `;`). What is around the table is ours: the `#` lines
 * analytics tools write above it (GA4 names the property and the dates there) and the tables that
 * may follow it.
 */
export interface CsvTable {
  header: string[];
  /** `row`: the 1-based row of the file, as a spreadsheet numbers it. */
  rows: { row: number; cells: string[] }[];
  delimiter: string;
  /** Rows the parser could not split (a quote never closed…), with why. */
  broken: { row: number; problem: Localized }[];
}

export function readCsvTable(text: string): CsvTable | { problem: Localized } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let skipped = 0;
  while (skipped < lines.length && (lines[skipped].trim() === '' || lines[skipped].trimStart().startsWith('#')))
    skipped++;
  if (skipped === lines.length) return { problem: NO_TABLE };
  const body = lines.slice(skipped).join('\n');
  // Blank lines are kept for the row numbers, but left out of the guess, where they would count as rows of one cell.
  const { delimiter } = Papa.parse<string[]>(body, { preview: 20, skipEmptyLines: 'greedy' }).meta;
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === '')) return { problem: NO_TABLE };
  const brokenRows = new Map<number, Localized>();
  for (const error of parsed.errors)
    if (error.type === 'Quotes' && error.row !== undefined) brokenRows.set(error.row, UNCLOSED_QUOTE);
  const table: CsvTable = {
    header: header.map((cell) => cell.trim()),
    rows: [],
    delimiter: parsed.meta.delimiter,
    broken: [],
  };
  for (const [at, cells] of records.entries()) {
    const row = skipped + at + 2;
    if (cells.length > 0 && cells[0].trimStart().startsWith('#')) break; // the next table's heading
    if (cells.every((cell) => cell.trim() === '')) continue;
    const problem = brokenRows.get(at + 1);
    if (problem) table.broken.push({ row, problem });
    else table.rows.push({ row, cells });
  }
  return table;
}

const NO_TABLE: Localized = {
  en: 'the file holds no table: no row of column names after the comment lines',
  fr: 'le fichier ne contient aucun tableau : pas de ligne de noms de colonnes après les lignes de commentaire',
};

const UNCLOSED_QUOTE: Localized = {
  en: 'a quoted cell is not closed (a " is missing)',
  fr: 'une cellule entre guillemets n’est pas fermée (il manque un ")',
};

/**
 * The text of a CSV file as analytics tools and spreadsheets save it: UTF-8 (with or without its
 * byte order mark), UTF-16 with one (Excel's "Unicode text"), else Windows-1252 (Excel's CSV on a
 * Western Windows). `'binary'` for a file that holds NUL bytes without being UTF-16.
 */
export function decodeCsv(bytes: Uint8Array): string | 'binary' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.indexOf(0) !== -1) return 'binary';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
