import { statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assemblePlan, exportSettings } from '../../core/assemble';
import { writeFileAtomic } from '../../core/atomic';
import { isMarkdownFile } from '../../core/files';
import type { SocialDocument } from '../../core/document';
import { NodeFileHost } from '../../core/host';
import { LineIndex } from '../../core/lines';
import { Linter } from '../../core/linter';
import type { Plan } from '../../core/plans';
import { renderPlanHtml } from '../../core/render/html';
import { readLogo } from '../../core/render/logo';
import type { Finding, Locale } from '../../core/types';
import { formatters, type ReportedFinding } from '../formatters';
import { EXIT, pickLocale, UsageError, useColor, type CliIo } from '../io';
import { VERSION } from '../version';

export const EXPORT_HELP = `Usage: socialplan export <plan folder or plan document> [options]

Assembles a plan — its plan document, steps in method order, charter and annexes — into one
report. Give the plan's folder, its plan.md, or any document of the plan.

Options:
  -f, --format <html|pdf>  output format (default: from the -o extension, else html)
  -o, --output <file>      file to write (default: <plan folder name>.html here); "-" for stdout
  --locale <en|fr>         language of the report and of the messages
                           (default: export.locale in the config, else the plan's locale)
  --config <file>          use this config file instead of the nearest .socialplan.yaml
  --force                  export even when the plan has errors (they are printed)
  --color, --no-color      force or disable colours in the printed problems

The HTML report is one self-contained file: inline styles, the configured logo embedded,
no script, and a Content-Security-Policy that blocks any. It prints well (page breaks,
page numbers, a DRAFT mark until the plan is approved).

Exit codes: 0 written, 1 the plan has errors (nothing written; see --force),
2 usage, config or write errors.
`;

type ExportFormat = 'html' | 'pdf';

interface ExportOptions {
  target: string;
  format: ExportFormat;
  output: string | undefined;
  /** Only when asked for: otherwise the config's or the plan's language. */
  locale: Locale | undefined;
  /** The language of the messages printed here. */
  messageLocale: Locale;
  configFile: string | undefined;
  force: boolean;
  color: boolean;
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args, io);
  const say = MESSAGES[options.messageLocale];
  if (options.format === 'pdf') {
    io.stderr.write(`socialplan: ${say.pdfUnavailable}\n`);
    return EXIT.usage;
  }
  const host = new NodeFileHost();
  if (options.configFile && !host.isFile(options.configFile)) throw new UsageError(`config file not found: ${options.configFile}`);
  const linter = new Linter(host, { trusted: true, explicitFile: options.configFile });
  const plan = findPlan(linter, host, options.target, io.cwd);
  const planDocument = plan.planDocuments[0];

  const result = linter.lint(plan.documents.map((document) => document.file));
  const config = linter.configs.forFile(planDocument.file);
  if (!result.configs.includes(config)) result.findings.push(...config.findings);
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const report = (findings: Finding[]) =>
    io.stderr.write(formatters.stylish(findings.map((finding) => toReported(finding, linter, host, io.cwd, options.messageLocale)), { rules: [], color: options.color, locale: options.messageLocale, toolVersion: VERSION }));
  if (config.broken || result.configs.some((used) => used.broken)) {
    report(result.findings.filter((finding) => finding.rule === 'config'));
    return EXIT.usage;
  }
  if (errors.length > 0) {
    report(errors);
    if (!options.force) {
      io.stderr.write(`socialplan: ${say.refused(errors.length)}\n`);
      return EXIT.findings;
    }
    io.stderr.write(`socialplan: ${say.forced(errors.length)}\n`);
  }

  const model = assemblePlan(plan, result.findings, { locale: options.locale, export: exportSettings(config, true) });
  let logoDataUri: string | undefined;
  if (model.cover.logo) {
    const logo = readLogo(model.cover.logo);
    if ('dataUri' in logo) logoDataUri = logo.dataUri;
    else io.stderr.write(`socialplan: ${logo.problem[options.messageLocale]}\n`);
  }
  const html = renderPlanHtml(model, { logoDataUri, generator: `SocialPlan ${VERSION}` });

  if (options.output === '-') {
    io.stdout.write(html);
    return EXIT.clean;
  }
  const output = resolve(io.cwd, options.output ?? `${basename(plan.folder ?? 'plan') || 'plan'}.html`);
  if (pathKind(output) === 'folder') throw new UsageError(`${say.outputIsFolder}: ${options.output ?? output}`);
  try {
    writeFileAtomic(output, html);
  } catch (error) {
    io.stderr.write(`socialplan: ${say.cannotWrite(displayPath(output, io.cwd), error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.usage;
  }
  io.stdout.write(`${say.wrote(displayPath(output, io.cwd), Buffer.byteLength(html))}\n`);
  return EXIT.clean;
}

function readOptions(args: string[], io: CliIo): ExportOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
      config: { type: 'string', short: 'c' },
      force: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError('export needs a plan folder or a plan document');
  if (positionals.length > 1) throw new UsageError(`export takes one plan, not ${positionals.length}`);
  const format = values.format ?? (values.output && extname(values.output).toLowerCase() === '.pdf' ? 'pdf' : 'html');
  if (format !== 'html' && format !== 'pdf') throw new UsageError(`--format must be html or pdf, not "${format}"`);
  const locale = values.locale === undefined ? undefined : pickLocale(values.locale, io.env);
  return {
    target: positionals[0],
    format,
    output: values.output,
    locale,
    messageLocale: locale ?? pickLocale(undefined, io.env),
    configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
    force: values.force ?? false,
    color: useColor(io, values['no-color'] ? false : values.color),
  };
}

/** The plan of a folder (its plan document) or of any document in it. */
function findPlan(linter: Linter, host: NodeFileHost, target: string, cwd: string): Plan {
  const path = resolve(cwd, target);
  const kind = pathKind(path);
  if (kind === undefined) throw new UsageError(`no such file or folder: ${target}`);
  let document: SocialDocument | undefined;
  if (kind === 'folder') {
    document = host
      .list(path)
      .filter((entry) => !entry.directory && isMarkdownFile(entry.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((entry) => linter.document(join(path, entry.name)))
      .find((found) => found?.kind === 'plan');
    if (!document) throw new UsageError(`no plan document (\`socialplan: plan\`) in ${target}`);
  } else {
    document = linter.document(path);
    if (!document) throw new UsageError(`${target} is not a SocialPlan document (no \`socialplan:\` key in its frontmatter)`);
  }
  const found = document;
  const plan = linter.plansAround([found]).find((candidate) => candidate.planDocuments.length > 0 && candidate.documents.includes(found));
  if (!plan) throw new UsageError(`${target} belongs to no plan: there is no \`socialplan: plan\` document in its folder or above it`);
  return plan;
}

function toReported(finding: Finding, linter: Linter, host: NodeFileHost, cwd: string, locale: Locale): ReportedFinding {
  const source = linter.document(finding.file)?.text ?? readText(host, finding.file);
  const lines = new LineIndex(source);
  const start = lines.positionAt(finding.range.start);
  const end = lines.positionAt(finding.range.end);
  return {
    file: displayPath(finding.file, cwd),
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message[locale],
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

function readText(host: NodeFileHost, file: string): string {
  const source = host.read(file);
  return source && source !== 'binary' ? source.text : '';
}

function displayPath(file: string, cwd: string): string {
  return relative(cwd, file).split('\\').join('/') || file;
}

function pathKind(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

const MESSAGES: Record<
  Locale,
  {
    pdfUnavailable: string;
    refused: (errors: number) => string;
    forced: (errors: number) => string;
    outputIsFolder: string;
    cannotWrite: (file: string, reason: string) => string;
    wrote: (file: string, bytes: number) => string;
  }
> = {
  en: {
    pdfUnavailable: 'PDF export is not available yet; use --format html.',
    refused: (errors) => `export refused: the plan has ${errors} error${errors === 1 ? '' : 's'} (above). Fix ${errors === 1 ? 'it' : 'them'}, or export anyway with --force.`,
    forced: (errors) => `exporting anyway (--force) despite ${errors} error${errors === 1 ? '' : 's'}.`,
    outputIsFolder: '-o must name a file, not a folder',
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
    wrote: (file, bytes) => `Wrote ${file} (${Math.max(1, Math.round(bytes / 1024))} KB).`,
  },
  fr: {
    pdfUnavailable: 'l’export PDF n’est pas encore disponible ; utilisez --format html.',
    refused: (errors) => `export refusé : le plan compte ${errors} erreur${errors === 1 ? '' : 's'} (ci-dessus). Corrigez-l${errors === 1 ? 'a' : 'es'}, ou exportez quand même avec --force.`,
    forced: (errors) => `export forcé (--force) malgré ${errors} erreur${errors === 1 ? '' : 's'}.`,
    outputIsFolder: '-o doit désigner un fichier, pas un dossier',
    cannotWrite: (file, reason) => `impossible d’écrire ${file} : ${reason}`,
    wrote: (file, bytes) => `${file} écrit (${Math.max(1, Math.round(bytes / 1024))} Ko).`,
  },
};
