import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../core/atomic';
import { CONFIG_RULE_ID } from '../../core/config';
import { applyFixes } from '../../core/fixes';
import { markdownFilesUnder } from '../../core/files';
import { CachedFileHost, NodeFileHost } from '../../core/host';
import { INTERNAL_ERROR_RULE, Linter } from '../../core/linter';
import { RULES } from '../../core/rules';
import { docsUrl } from '../../core/rules/rule';
import type { Finding, Locale } from '../../core/types';
import { formatters, FORMAT_NAMES, isFormatName, type RuleInfo } from '../formatters';
import { toReported } from '../report';
import { EXIT, pickLocale, UsageError, useColor, type CliIo } from '../io';
import { VERSION } from '../version';

export const LINT_HELP = `Usage: socialplan lint [paths…] [options]

Checks every SocialPlan document (Markdown with a \`socialplan:\` frontmatter key) in the given
files and folders (default: the current folder). Folders are searched recursively, skipping
node_modules and hidden folders. Other Markdown files are ignored.

Options:
  --format <name>       stylish (default), json or sarif
  --max-warnings <n>    exit with 1 when there are more than n warnings
  --locale <en|fr>      language of the messages (default: from LANG)
  --config <file>       use this config file instead of the nearest .socialplan.yaml
  --quiet               report errors only
  --fix                 apply the safe fixes, then report what remains
  --color, --no-color   force or disable colours (default: on for a terminal)

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or config errors.
`;

interface LintOptions {
  paths: string[];
  format: keyof typeof formatters;
  maxWarnings: number | undefined;
  locale: Locale;
  configFile: string | undefined;
  quiet: boolean;
  fix: boolean;
  color: boolean;
}

export async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args, io);
  const host = new CachedFileHost(new NodeFileHost());
  const files = collectFiles(options.paths, io.cwd);
  const linter = new Linter(host, { trusted: true, explicitFile: options.configFile });
  if (options.configFile && !host.isFile(options.configFile)) throw new UsageError(`config file not found: ${options.configFile}`);
  if (options.fix) reportFixes(fixFiles(linter, host, files), io, options.locale);
  const result = linter.lint(files);
  const findings = result.findings;
  const configs = result.configs;
  if (options.configFile) {
    // The linter reads a config only for the documents it applies to; an explicit --config is read even
    // when no SocialPlan document was found, so that a broken one is never silently ignored.
    const explicit = linter.configs.forFile(options.configFile);
    if (!configs.includes(explicit)) {
      configs.push(explicit);
      findings.unshift(...explicit.findings);
    }
  }
  // --quiet reports errors only, and the exit code then depends on errors only: a run never fails
  // because of findings it did not show.
  const shown = options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  const reported = shown.map((finding) => toReported(finding, options.locale, io.cwd, linter));
  io.stdout.write(formatters[options.format](reported, { rules: ruleInfos(), color: options.color, locale: options.locale, toolVersion: VERSION }));
  const code = exitCode(shown, configs.some((config) => config.broken), options.maxWarnings);
  const warnings = shown.filter((finding) => finding.severity === 'warning').length;
  if (code === EXIT.findings && !shown.some((finding) => finding.severity === 'error')) {
    io.stderr.write(TOO_MANY_WARNINGS[options.locale](warnings, options.maxWarnings ?? 0));
  }
  return code;
}

/** On stderr, so that json and sarif output stay parseable; without it exit 1 beside "0 errors" puzzles. */
const TOO_MANY_WARNINGS: Record<Locale, (count: number, max: number) => string> = {
  en: (count, max) => `socialplan: too many warnings (${count}, maximum ${max} with --max-warnings).\n`,
  fr: (count, max) => `socialplan : trop d’avertissements (${count}, au plus ${max} avec --max-warnings).\n`,
};

const MAX_FIX_PASSES = 10;

/** Applies safe fixes pass after pass (a fix may make room for another) until none is left. */
function fixFiles(linter: Linter, host: CachedFileHost, files: string[]): { fixed: number; changedFiles: Set<string> } {
  const changedFiles = new Set<string>();
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const safeFixes = linter.lint(files).findings.flatMap((finding) => finding.fixes?.filter((fix) => fix.safe).slice(0, 1) ?? []);
    const outcome = applyFixes(safeFixes, (file) => linter.document(file)?.text);
    if (outcome.applied.length === 0) break;
    for (const [file, text] of outcome.changed) {
      writeFileAtomic(file, text);
      changedFiles.add(file);
    }
    for (const [file, content] of outcome.created) {
      if (pathKind(file) !== undefined) continue;
      writeFileAtomic(file, content);
      changedFiles.add(file);
      files.push(file);
    }
    host.forgetAll();
    linter.refreshFolders();
    fixed += outcome.applied.length;
  }
  return { fixed, changedFiles };
}

function reportFixes(result: { fixed: number; changedFiles: Set<string> }, io: CliIo, locale: Locale): void {
  if (result.fixed === 0) return;
  const count = result.changedFiles.size;
  io.stderr.write(
    locale === 'fr'
      ? `${result.fixed} problème(s) corrigé(s) dans ${count} fichier(s).\n`
      : `Fixed ${result.fixed} problem${result.fixed === 1 ? '' : 's'} in ${count} file${count === 1 ? '' : 's'}.\n`,
  );
}

function readOptions(args: string[], io: CliIo): LintOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string' },
      config: { type: 'string', short: 'c' },
      quiet: { type: 'boolean', short: 'q', default: false },
      fix: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  if (!isFormatName(values.format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not "${values.format}"`);
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: values.format,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    locale: pickLocale(values.locale, io.env),
    configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    color: useColor(io, values['no-color'] ? false : values.color),
  };
}

function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings must be a whole number, not "${raw}"`);
  return Number(raw);
}

/** Files named on the command line are linted whatever their extension; folders give their Markdown files. */
function collectFiles(paths: string[], cwd: string): string[] {
  const host = new NodeFileHost();
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const kind = pathKind(absolute);
    if (kind === 'file') files.add(absolute);
    else if (kind === 'folder') markdownFilesUnder(host, absolute).forEach((file) => files.add(file));
    else throw new UsageError(`no such file or folder: ${path}`);
  }
  return [...files];
}

function pathKind(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

function ruleInfos(): RuleInfo[] {
  const infos: RuleInfo[] = RULES.map((rule) => ({ id: rule.id, defaultSeverity: rule.defaultSeverity, description: rule.description, docsUrl: docsUrl(rule.id) }));
  infos.push(
    { id: CONFIG_RULE_ID, defaultSeverity: 'error', description: { en: 'The .socialplan.yaml config file is valid.', fr: 'Le fichier de configuration .socialplan.yaml est valide.' }, docsUrl: docsUrl(CONFIG_RULE_ID) },
    { id: INTERNAL_ERROR_RULE, defaultSeverity: 'error', description: { en: 'A rule failed unexpectedly.', fr: 'Une règle a échoué de façon inattendue.' }, docsUrl: docsUrl(INTERNAL_ERROR_RULE) },
  );
  return infos;
}

function exitCode(findings: Finding[], brokenConfig: boolean, maxWarnings: number | undefined): number {
  if (brokenConfig) return EXIT.usage;
  if (findings.some((finding) => finding.severity === 'error')) return EXIT.findings;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? EXIT.findings : EXIT.clean;
}
