import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SocialDocument } from '../../core/document/document';
import { Linter } from '../../core/lint/linter';
import { planLocale } from '../../core/rules/no-skipped-steps';
import { appendResults, newResultsDocument, tooLargeToRead, type NewResult } from '../../core/results/import/append';
import { DATE_ORDERS, type DateOrder, type DecimalMark } from '../../core/results/import/cells';
import { importedKpi, mergeWithPlan } from '../../core/results/import/merge';
import {
  AGGREGATES,
  GROUPINGS,
  readResultsCsv,
  type Aggregate,
  type Grouping,
  type ImportedValue,
  type RefusedRow,
} from '../../core/results/import/read';
import { decodeCsv } from '../../core/results/import/table';
import type { Locale, Localized } from '../../core/types';
import { WriteError, writeFileAtomic } from '../../core/util/atomic';
import { NodeFileHost } from '../../core/workspace/host';
import { buildPlanIndex } from '../../core/workspace/plan-index';
import { EXIT, pathKind, pickLocale, UsageError, type CliIo } from '../io';
import { planAround, findPlan } from '../plan-lookup';
import { displayPath } from '../report';

export { RESULTS_HELP } from './results-help';

interface ImportOptions {
  csv: string;
  objective: string;
  into: string;
  dateColumn: string | undefined;
  valueColumn: string | undefined;
  dateOrder: DateOrder | undefined;
  decimal: DecimalMark | undefined;
  per: Grouping;
  aggregate: Aggregate;
  source: string | undefined;
  skipInvalid: boolean;
  dryRun: boolean;
  locale: Locale | undefined;
  messageLocale: Locale;
  configFile: string | undefined;
}

export async function resultsCommand(args: string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'import')
    throw new UsageError(
      subcommand === undefined
        ? 'results needs a subcommand: results import <file.csv>'
        : `unknown results subcommand "${subcommand}" (there is: import)`,
    );
  return importResults(readOptions(rest, io), io);
}

async function importResults(options: ImportOptions, io: CliIo): Promise<number> {
  const say = MESSAGES[options.messageLocale];
  const text = readCsv(options.csv, io);
  const host = new NodeFileHost();
  const linter = new Linter(host, { trusted: true, explicitFile: options.configFile });
  const into = resolve(io.cwd, options.into);
  const intoKind = pathKind(into);
  if (intoKind === 'folder' || intoKind === 'other')
    throw new UsageError(
      `--into must name a results document, not a ${intoKind === 'folder' ? 'folder' : 'device or pipe'}: ${options.into}`,
    );
  const target = intoKind === 'file' ? documentToWrite(linter, into, options.into) : undefined;
  const plan = target ? findPlan(linter, host, into, io.cwd) : planAround(linter, host, into, options.into);
  const index = buildPlanIndex(plan);
  if (!index)
    throw new UsageError(
      `the plan of ${options.into} has more than one plan document: fix that first (socialplan lint)`,
    );
  const kpi = importedKpi(index, options.objective);
  if ('problem' in kpi) return fail(io, kpi.problem[options.messageLocale]);

  const reading = readResultsCsv({ text, ...options, percent: kpi.percent });
  if ('problem' in reading)
    return fail(io, `${displayPath(resolve(io.cwd, options.csv), io.cwd)}: ${reading.problem[options.messageLocale]}`);
  const merged = mergeWithPlan(index, options.objective, reading.values);
  const refused = [...reading.refused, ...merged.conflicts].sort((a, b) => a.row - b.row);
  listRefused(io, options, refused);
  if (refused.length > 0 && !options.skipInvalid) {
    io.stderr.write(`socialplan: ${say.refused(refused.length)}\n`);
    return EXIT.findings;
  }
  const shownInto = displayPath(into, io.cwd);
  if (merged.added.length === 0) {
    io.stdout.write(`${say.nothingNew(shownInto, merged.alreadyThere.length)}\n`);
    return EXIT.clean;
  }
  const entries = merged.added.map((value) => toResult(value, options));
  const content = target
    ? appendedText(target, entries)
    : newDocumentText(entries, options.locale ?? planLocale(index));
  if (typeof content !== 'string') return fail(io, `${shownInto}: ${content[options.messageLocale]}`);
  if (options.dryRun) {
    io.stdout.write(
      `${say.wouldAdd(shownInto, entries.length)}\n${entries.map((entry) => `  ${describe(entry)}`).join('\n')}\n`,
    );
    return EXIT.clean;
  }
  try {
    writeFileAtomic(into, content);
  } catch (error) {
    const reason = error instanceof WriteError ? error.reason[options.messageLocale] : String(error);
    return fail(io, say.cannotWrite(shownInto, reason));
  }
  io.stdout.write(
    `${say.added(entries.length, options.objective, shownInto, rowSpan(merged.added), merged.alreadyThere.length)}\n`,
  );
  if (refused.length > 0) io.stderr.write(`socialplan: ${say.skipped(refused.length)}\n`);
  return EXIT.clean;
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`socialplan: ${message}\n`);
  return EXIT.usage;
}

/** The CSV's text; a missing, unreadable or binary file is a usage error. */
function readCsv(file: string, io: CliIo): string {
  const path = resolve(io.cwd, file);
  if (pathKind(path) !== 'file') throw new UsageError(`no such file: ${file}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const text = decodeCsv(bytes);
  if (text === 'binary')
    throw new UsageError(
      `${file} is not a CSV file: it holds binary data (a spreadsheet saved as .xlsx? Save it as CSV)`,
    );
  return text;
}

/** The existing file to add to, when it can be rewritten exactly as it was plus the new entries. */
function documentToWrite(
  linter: Linter,
  file: string,
  shown: string,
): { document: SocialDocument; byteOrderMark: boolean } {
  const bytes = readFileSync(file);
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  const document = linter.documents.document(file);
  if (!document)
    throw new UsageError(`${shown} is not a SocialPlan document (no \`socialplan:\` key in its frontmatter)`);
  const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // What was read must be the file's bytes exactly: a UTF-16 file, broken UTF-8 or classic Mac line
  // endings were decoded into something else, and writing that back would change the whole file.
  if ((byteOrderMark ? `\uFEFF${document.text}` : document.text) !== text)
    throw new UsageError(
      `${shown} is not plain UTF-8 text with LF or CRLF line endings: save it as such before importing into it`,
    );
  return { document, byteOrderMark };
}

function appendedText(
  target: { document: SocialDocument; byteOrderMark: boolean },
  entries: NewResult[],
): string | Localized {
  const edit = appendResults(target.document, entries);
  if ('problem' in edit) return edit.problem;
  const { text } = target.document;
  const edited = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
  return target.byteOrderMark ? `\uFEFF${edited}` : edited;
}

function newDocumentText(entries: NewResult[], locale: Locale): string | Localized {
  const text = newResultsDocument(entries, locale);
  return tooLargeToRead(text) ? TOO_MANY : text;
}

const TOO_MANY: Localized = {
  en: 'a results document holding all these values would be past what SocialPlan reads (500,000 lines and commas, or 8 MB; docs/limits.md): import them per week or month (--per), or a year at a time',
  fr: 'un document de résultats contenant toutes ces valeurs dépasserait ce que lit SocialPlan (500 000 lignes et virgules, ou 8 Mo ; docs/limits.md) : importez-les par semaine ou par mois (--per), ou une année à la fois',
};

function toResult(value: ImportedValue, options: ImportOptions): NewResult {
  return {
    objective: options.objective,
    date: value.date,
    value: value.value,
    periodStart: value.periodStart,
    source: options.source,
  };
}

function describe(entry: NewResult): string {
  const period = entry.periodStart ? ` (${entry.periodStart} – ${entry.date})` : '';
  return `${entry.date}: ${entry.value}${period}`;
}

function listRefused(io: CliIo, options: ImportOptions, refused: RefusedRow[]): void {
  const file = displayPath(resolve(io.cwd, options.csv), io.cwd);
  const word = options.messageLocale === 'fr' ? 'ligne' : 'row';
  for (const { row, problem } of refused)
    io.stderr.write(`${file}: ${word} ${row}: ${problem[options.messageLocale]}\n`);
}

function rowSpan(values: ImportedValue[]): string {
  // Not Math.min(...rows): an export of a million rows would overflow the call's arguments.
  const rows = values.flatMap((value) => value.rows);
  const first = rows.reduce((low, row) => Math.min(low, row), Number.POSITIVE_INFINITY);
  const last = rows.reduce((high, row) => Math.max(high, row), 0);
  return first === last ? `${first}` : `${first}–${last}`;
}

function readOptions(args: string[], io: CliIo): ImportOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      objective: { type: 'string' },
      into: { type: 'string' },
      'date-column': { type: 'string' },
      'value-column': { type: 'string' },
      'date-format': { type: 'string' },
      decimal: { type: 'string' },
      per: { type: 'string' },
      aggregate: { type: 'string' },
      source: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      locale: { type: 'string' },
      config: { type: 'string', short: 'c' },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'results import needs the CSV file to read'
        : `results import reads one CSV file, not ${positionals.length}`,
    );
  if (!values.objective)
    throw new UsageError('results import needs --objective <id>: the objective whose KPI the file measures');
  if (!values.into) throw new UsageError('results import needs --into <file>: the results document to add to');
  const per = oneOf('--per', values.per ?? 'row', GROUPINGS);
  if (values.aggregate !== undefined && per === 'row')
    throw new UsageError('--aggregate goes with --per week or --per month');
  const locale = values.locale === undefined ? undefined : pickLocale(values.locale, io.env);
  return {
    csv: positionals[0],
    objective: values.objective,
    into: values.into,
    dateColumn: values['date-column'],
    valueColumn: values['value-column'],
    dateOrder:
      values['date-format'] === undefined
        ? undefined
        : oneOf('--date-format', values['date-format'].toLowerCase(), DATE_ORDERS),
    decimal: values.decimal === undefined ? undefined : oneOf('--decimal', values.decimal, ['.', ','] as const),
    per,
    aggregate: oneOf('--aggregate', values.aggregate ?? 'last', AGGREGATES),
    source: values.source,
    skipInvalid: values['skip-invalid'] ?? false,
    dryRun: values['dry-run'] ?? false,
    locale,
    messageLocale: locale ?? pickLocale(undefined, io.env),
    configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
  };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be ${allowed.join(', ')}, not "${value}"`);
}

const MESSAGES: Record<
  Locale,
  {
    refused: (rows: number) => string;
    skipped: (rows: number) => string;
    nothingNew: (file: string, alreadyThere: number) => string;
    wouldAdd: (file: string, count: number) => string;
    added: (count: number, objective: string, file: string, rows: string, alreadyThere: number) => string;
    cannotWrite: (file: string, reason: string) => string;
  }
> = {
  en: {
    refused: (rows) =>
      `nothing was imported: ${rows} row${rows === 1 ? '' : 's'} cannot be imported (above). Fix ${rows === 1 ? 'it' : 'them'} in the file, or import the others with --skip-invalid.`,
    skipped: (rows) => `skipped ${rows} row${rows === 1 ? '' : 's'} that cannot be imported (above, --skip-invalid).`,
    nothingNew: (file, alreadyThere) =>
      `Nothing to add to ${file}: ${alreadyThere === 0 ? 'the file has no values' : `the plan already has all ${alreadyThere} value${alreadyThere === 1 ? '' : 's'}`}.`,
    wouldAdd: (file, count) =>
      `Would add ${count} result${count === 1 ? '' : 's'} to ${file} (--dry-run, nothing written):`,
    added: (count, objective, file, rows, alreadyThere) =>
      `Added ${count} result${count === 1 ? '' : 's'} of ${objective} to ${file} (row${rows.includes('–') ? 's' : ''} ${rows})${alreadyThere > 0 ? `; ${alreadyThere} already there` : ''}.`,
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  },
  fr: {
    refused: (rows) =>
      `rien n’a été importé : ${rows} ligne${rows === 1 ? '' : 's'} ne peu${rows === 1 ? 't' : 'vent'} pas être importée${rows === 1 ? '' : 's'} (ci-dessus). Corrigez-l${rows === 1 ? 'a' : 'es'} dans le fichier, ou importez les autres avec --skip-invalid.`,
    skipped: (rows) =>
      `${rows} ligne${rows === 1 ? '' : 's'} non importable${rows === 1 ? '' : 's'} ignorée${rows === 1 ? '' : 's'} (ci-dessus, --skip-invalid).`,
    nothingNew: (file, alreadyThere) =>
      `Rien à ajouter à ${file} : ${alreadyThere === 0 ? 'le fichier ne contient aucune valeur' : `le plan a déjà ${alreadyThere === 1 ? 'la valeur' : `les ${alreadyThere} valeurs`}`}.`,
    wouldAdd: (file, count) =>
      `${count} résultat${count === 1 ? '' : 's'} serai${count === 1 ? 't' : 'ent'} ajouté${count === 1 ? '' : 's'} à ${file} (--dry-run, rien n’est écrit) :`,
    added: (count, objective, file, rows, alreadyThere) =>
      `${count} résultat${count === 1 ? '' : 's'} de ${objective} ajouté${count === 1 ? '' : 's'} à ${file} (ligne${rows.includes('–') ? 's' : ''} ${rows})${alreadyThere > 0 ? ` ; ${alreadyThere} déjà présent${alreadyThere === 1 ? '' : 's'}` : ''}.`,
    cannotWrite: (file, reason) => `impossible d’écrire ${file} : ${reason}`,
  },
};
