import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WriteError, writeFileAtomic } from '../../core/util/atomic';
import { checkPlan, defaultExportName, ExportRenderError, renderExport, type ExportRenderers } from '../../core/export';
import { NodeFileHost } from '../../core/workspace/host';
import { Linter } from '../../core/lint/linter';
import { renderPlanPdf } from '../../core/render/pdf';
import type { Finding, Locale } from '../../core/types';
import { isEdition, type Edition } from '../../core/report/model';
import { isMonth } from '../../core/results/month';
import { formatters } from '../formatters';
import { findPlan } from '../plan-lookup';
import { displayPath, toReported } from '../report';
import { EXIT, pathKind, pickLocale, todayOption, UsageError, useColor, type CliIo } from '../io';
import { VERSION } from '../version';

export { EXPORT_HELP, REPORT_HELP } from './export-help';

type ExportFormat = 'html' | 'pdf' | 'docx';

/** The format an output file's extension names (`plan.pdf`, `plan.docx`); HTML otherwise. */
function formatOfOutput(output: string | undefined): ExportFormat {
  const extension = output ? extname(output).toLowerCase() : '';
  return extension === '.pdf' ? 'pdf' : extension === '.docx' ? 'docx' : 'html';
}

interface ExportOptions {
  target: string;
  format: ExportFormat;
  output: string | undefined;
  paper: 'A4' | 'Letter' | undefined;
  /** `--steps-on-new-page`: each step of the PDF on a new page, whatever the config says. */
  stepsOnNewPage: boolean;
  /** `--edition`: over the config's `export.edition` and the plan's status. */
  edition: Edition | undefined;
  /** Only when asked for: otherwise the config's or the plan's language. */
  locale: Locale | undefined;
  /** The language of the messages printed here. */
  messageLocale: Locale;
  configFile: string | undefined;
  /** `--today`: the date the rules take as today, over the config's `today:` and the clock. */
  today: string | undefined;
  force: boolean;
  color: boolean;
  /** `socialplan report --month YYYY-MM`: the monthly report of that month, not the plan. */
  month: string | undefined;
}

export type { ExportRenderers };

const RENDERERS: ExportRenderers = { pdf: renderPlanPdf };

export async function exportCommand(
  args: string[],
  io: CliIo,
  renderers: ExportRenderers = RENDERERS,
): Promise<number> {
  return writeReport(readOptions(args, io, 'export'), io, renderers);
}

/** `socialplan report <plan> --month YYYY-MM`: the client's monthly report (docs/measuring.md). */
export async function reportCommand(
  args: string[],
  io: CliIo,
  renderers: ExportRenderers = RENDERERS,
): Promise<number> {
  return writeReport(readOptions(args, io, 'report'), io, renderers);
}

async function writeReport(options: ExportOptions, io: CliIo, renderers: ExportRenderers): Promise<number> {
  const say = MESSAGES[options.messageLocale];
  if (options.format !== 'html' && options.output === '-' && io.stdout.isTTY)
    throw new UsageError(options.format === 'pdf' ? say.pdfToTerminal : say.docxToTerminal);
  const host = new NodeFileHost();
  if (options.configFile && !host.isFile(options.configFile))
    throw new UsageError(`config file not found: ${options.configFile}`);
  const linter = new Linter(host, { trusted: true, explicitFile: options.configFile, today: options.today });
  const plan = findPlan(linter, host, options.target, io.cwd);

  const check = checkPlan(linter, plan);
  const { findings, errors } = check;
  const report = (findings: Finding[]) =>
    io.stderr.write(
      formatters.stylish(
        findings.map((finding) => toReported(finding, options.messageLocale, io.cwd, linter)),
        { rules: [], color: options.color, locale: options.messageLocale, toolVersion: VERSION },
      ),
    );
  if (check.configBroken) {
    report(findings.filter((finding) => finding.rule === 'config'));
    return EXIT.usage;
  }
  if (check.unreadable) {
    // Even with --force: the report would be empty, titled after the folder.
    report(errors);
    const { file, line, message } = check.unreadable;
    io.stderr.write(`socialplan: ${say.unreadable(displayPath(file, io.cwd), line, message[options.messageLocale])}\n`);
    return EXIT.findings;
  }
  if (errors.length > 0) {
    report(errors);
    if (!options.force) {
      io.stderr.write(`socialplan: ${say.refused(errors.length)}\n`);
      return EXIT.findings;
    }
    io.stderr.write(`socialplan: ${say.forced(errors.length)}\n`);
  }

  const output =
    options.output === '-'
      ? '-'
      : resolve(io.cwd, options.output ?? defaultExportName(plan, options.format, options.month));
  if (output !== '-' && pathKind(output) === 'folder')
    throw new UsageError(`${say.outputIsFolder}: ${options.output ?? output}`);

  let content: string | Uint8Array;
  try {
    // Nothing is written until the whole file is in memory: a render that fails leaves no file.
    ({ content } = await renderExport(plan, check, {
      format: options.format,
      locale: options.locale,
      paper: options.paper,
      stepsOnNewPage: options.stepsOnNewPage,
      edition: options.edition,
      month: options.month,
      trusted: true,
      generator: `SocialPlan ${VERSION}`,
      renderers,
      onWarning: (warning) => io.stderr.write(`socialplan: ${warning[options.messageLocale]}\n`),
    }));
  } catch (error) {
    if (!(error instanceof ExportRenderError)) throw error;
    io.stderr.write(
      `socialplan: ${(options.format === 'docx' ? say.cannotRenderDocx : say.cannotRender)(error.reason)}\n`,
    );
    return EXIT.usage;
  }

  if (output === '-') {
    // CliIo's stdout takes text; process.stdout (what the CLI passes) takes bytes as well.
    (io.stdout.write as (chunk: string | Uint8Array) => unknown)(content);
    return EXIT.clean;
  }
  try {
    writeFileAtomic(output, content);
  } catch (error) {
    const reason = error instanceof WriteError ? error.reason[options.messageLocale] : String(error);
    io.stderr.write(`socialplan: ${say.cannotWrite(displayPath(output, io.cwd), reason)}\n`);
    return EXIT.usage;
  }
  // Not after a stream to a device or a pipe, which may be this very stdout (`-o /dev/stdout`).
  if (pathKind(output) === 'file')
    io.stdout.write(
      `${say.wrote(displayPath(output, io.cwd), typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength)}\n`,
    );
  return EXIT.clean;
}

function readOptions(args: string[], io: CliIo, command: 'export' | 'report'): ExportOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
      config: { type: 'string', short: 'c' },
      today: { type: 'string' },
      paper: { type: 'string' },
      'steps-on-new-page': { type: 'boolean', default: false },
      edition: { type: 'string' },
      force: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      ...(command === 'report' ? { month: { type: 'string' as const, short: 'm' } } : {}),
    },
  });
  if (positionals.length === 0) throw new UsageError(`${command} needs a plan folder or a plan document`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one plan, not ${positionals.length}`);
  const month = command === 'report' ? monthOption(values.month as string | undefined) : undefined;
  const format = values.format ?? formatOfOutput(values.output);
  if (format !== 'html' && format !== 'pdf' && format !== 'docx')
    throw new UsageError(`--format must be html, pdf or docx, not "${format}"`);
  const locale = values.locale === undefined ? undefined : pickLocale(values.locale, io.env);
  const paper = values.paper === undefined ? undefined : paperSize(values.paper);
  return {
    target: positionals[0],
    format,
    output: values.output,
    paper,
    stepsOnNewPage: values['steps-on-new-page'] ?? false,
    edition: values.edition === undefined ? undefined : edition(values.edition),
    locale,
    messageLocale: locale ?? pickLocale(undefined, io.env),
    configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
    today: todayOption(values.today),
    force: values.force ?? false,
    color: useColor(io, values['no-color'] ? false : values.color),
    month,
  };
}

/** `--month`: required by `report`, a real month written `YYYY-MM`. */
function monthOption(raw: string | undefined): string {
  if (raw === undefined) throw new UsageError('report needs --month YYYY-MM (the month to report on, such as 2027-11)');
  if (!isMonth(raw)) throw new UsageError(`--month must be a month written YYYY-MM, such as 2027-11, not "${raw}"`);
  return raw;
}

/** `--paper`: A4 or Letter, in any case. */
function paperSize(value: string): 'A4' | 'Letter' {
  const lower = value.toLowerCase();
  if (lower === 'a4') return 'A4';
  if (lower === 'letter') return 'Letter';
  throw new UsageError(`--paper must be A4 or Letter, not "${value}"`);
}

/** `--edition`: client or review, in any case. */
function edition(value: string): Edition {
  const lower = value.toLowerCase();
  if (isEdition(lower)) return lower;
  throw new UsageError(`--edition must be client or review, not "${value}"`);
}

const MESSAGES: Record<
  Locale,
  {
    pdfToTerminal: string;
    docxToTerminal: string;
    cannotRender: (reason: string) => string;
    cannotRenderDocx: (reason: string) => string;
    refused: (errors: number) => string;
    forced: (errors: number) => string;
    unreadable: (file: string, line: number, problem: string) => string;
    outputIsFolder: string;
    cannotWrite: (file: string, reason: string) => string;
    wrote: (file: string, bytes: number) => string;
  }
> = {
  en: {
    pdfToTerminal: 'a PDF is not written to a terminal: give a file with -o, or redirect stdout',
    docxToTerminal: 'a Word file is not written to a terminal: give a file with -o, or redirect stdout',
    cannotRender: (reason) =>
      `the PDF could not be made: ${reason}. Nothing was written; the previous file, if any, is unchanged.`,
    cannotRenderDocx: (reason) =>
      `the Word file could not be made: ${reason}. Nothing was written; the previous file, if any, is unchanged.`,
    refused: (errors) =>
      `export refused: the plan has ${errors} error${errors === 1 ? '' : 's'} (above). Fix ${errors === 1 ? 'it' : 'them'}, or export anyway with --force.`,
    forced: (errors) => `exporting anyway (--force) despite ${errors} error${errors === 1 ? '' : 's'}.`,
    unreadable: (file, line, problem) =>
      `export refused: ${file} cannot be read (line ${line}: ${problem}). Fix line ${line}: a plan whose plan document does not parse is never exported, not even with --force.`,
    outputIsFolder: '-o must name a file, not a folder',
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
    wrote: (file, bytes) => `Wrote ${file} (${Math.max(1, Math.round(bytes / 1024))} KB).`,
  },
  fr: {
    pdfToTerminal: 'un PDF ne s’écrit pas dans un terminal : indiquez un fichier avec -o, ou redirigez la sortie',
    docxToTerminal:
      'un fichier Word ne s’écrit pas dans un terminal : indiquez un fichier avec -o, ou redirigez la sortie',
    cannotRender: (reason) =>
      `le PDF n’a pas pu être produit : ${reason}. Rien n’a été écrit ; le fichier précédent, s’il existe, est intact.`,
    cannotRenderDocx: (reason) =>
      `le fichier Word n’a pas pu être produit : ${reason}. Rien n’a été écrit ; le fichier précédent, s’il existe, est intact.`,
    refused: (errors) =>
      `export refusé : le plan compte ${errors} erreur${errors === 1 ? '' : 's'} (ci-dessus). Corrigez-l${errors === 1 ? 'a' : 'es'}, ou exportez quand même avec --force.`,
    forced: (errors) => `export forcé (--force) malgré ${errors} erreur${errors === 1 ? '' : 's'}.`,
    unreadable: (file, line, problem) =>
      `export refusé : ${file} est illisible (ligne ${line} : ${problem}). Corrigez la ligne ${line} : un plan dont le document de plan ne s’analyse pas n’est jamais exporté, même avec --force.`,
    outputIsFolder: '-o doit désigner un fichier, pas un dossier',
    cannotWrite: (file, reason) => `impossible d’écrire ${file} : ${reason}`,
    wrote: (file, bytes) => `${file} écrit (${Math.max(1, Math.round(bytes / 1024))} Ko).`,
  },
};
