import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { WriteError, writeFileAtomic } from '../../core/util/atomic';
import { append } from '../../core/util/arrays';
import { CONFIG_RULE_ID } from '../../core/lint/config';
import { fixUntilStable } from '../../core/lint/fix-loop';
import { FixCheck } from '../../core/lint/fix-check';
import { editBytes } from '../../core/lint/fixes-bytes';
import { type FixOutcome, safeFixOf } from '../../core/lint/fixes';
import { markdownFilesUnder } from '../../core/workspace/files';
import { CachedFileHost, NodeFileHost } from '../../core/workspace/host';
import { INTERNAL_ERROR_RULE, Linter } from '../../core/lint/linter';
import { RULES } from '../../core/rules';
import { docsUrl } from '../../core/rules/rule';
import type { Finding, Fix, Locale, Localized } from '../../core/types';
import { formatters, FORMAT_NAMES, isFormatName, type RuleInfo } from '../formatters';
import { displayPath, toReported } from '../report';
import { EXIT, pathKind, pickLocale, todayOption, UsageError, useColor, type CliIo } from '../io';
import { VERSION } from '../version';
import { localize } from '../../core/i18n/localized';
import { documentLocale } from '../../core/workspace/plan-locale';
import { plural, type LocalizedPlural } from '../../core/i18n/plural';

export const LINT_HELP = `Usage: socialplan lint [paths…] [options]

Checks every SocialPlan document (Markdown with a \`socialplan:\` frontmatter key) in the given
files and folders (default: the current folder). Folders are searched recursively, skipping
node_modules and hidden folders. Other Markdown files are ignored.

Options:
  --format <name>       stylish (default), json, sarif, github (workflow
                        annotations) or junit
  --max-warnings <n>    exit with 1 when there are more than n warnings
  --locale <en|fr>      language of the messages (default: each plan's locale, else LANG)
  --config <file>       use this config file instead of the nearest .socialplan.yaml
  --today <YYYY-MM-DD>  the date the rules take as today (default: today: in the config,
                        else the clock), e.g. for an overdue charter review
  --quiet               report errors only
  --fix                 apply the safe fixes, then report what remains
  --color, --no-color   force or disable colours (default: on for a terminal)

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or config errors,
or a file --fix could not write.
`;

interface LintOptions {
  paths: string[];
  format: keyof typeof formatters;
  maxWarnings: number | undefined;
  /** `--locale`, when given: otherwise each finding speaks its plan's language (`cliLocales`). */
  locale: Locale | undefined;
  /** The terminal's language (LANG): for files of no plan, or of a plan that names none. */
  userLocale: Locale;
  configFile: string | undefined;
  /** `--today`: the date the rules take as today, over the config's `today:` and the clock. */
  today: string | undefined;
  quiet: boolean;
  fix: boolean;
  color: boolean;
}

export async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const options = readOptions(args, io);
  const host = new CachedFileHost(new NodeFileHost());
  const files = collectFiles(options.paths, io.cwd);
  const linter = new Linter(host, { trusted: true, explicitFile: options.configFile, today: options.today });
  if (options.configFile && !host.isFile(options.configFile))
    throw new UsageError(`config file not found: ${options.configFile}`);
  const fixRun = options.fix ? fixFiles(linter, host, files) : undefined;
  if (fixRun) reportFixes(fixRun, io, options.locale ?? options.userLocale);
  const result = linter.lint(files);
  let findings = result.findings;
  const configs = result.configs;
  if (options.configFile) {
    // The linter reads a config only for the documents it applies to; an explicit --config is read even
    // when no SocialPlan document was found, so that a broken one is never silently ignored.
    const explicit = linter.configs.forFile(options.configFile);
    if (!configs.includes(explicit)) {
      configs.push(explicit);
      findings = append([...explicit.findings], findings);
    }
  }
  // --quiet reports errors only, and the exit code then depends on errors only: a run never fails
  // because of findings it did not show.
  const shown = options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  const locales = cliLocales(linter, shown, options);
  const reported = shown.map((finding) => toReported(finding, locales.of(finding.file), io.cwd, linter));
  io.stdout.write(
    formatters[options.format](reported, {
      rules: ruleInfos(),
      color: options.color,
      locale: locales.run,
      toolVersion: VERSION,
      checkedFiles: result.documents.map((document) => displayPath(document.file, io.cwd)),
    }),
  );
  const code = exitCode(
    shown,
    configs.some((config) => config.broken),
    options.maxWarnings,
  );
  const warnings = shown.filter((finding) => finding.severity === 'warning').length;
  if (code === EXIT.findings && !shown.some((finding) => finding.severity === 'error')) {
    io.stderr.write(TOO_MANY_WARNINGS[locales.run](warnings, options.maxWarnings ?? 0));
  }
  // A fixed file that could not be written: the run did not do what it was asked.
  return fixRun && fixRun.unwritable.size > 0 ? EXIT.usage : code;
}

/**
 * The language of each finding's message: `--locale`, else its plan's `locale` (else LANG), as the
 * editor's `socialplan.language: auto` does; the run's own words (summary, warnings) speak the
 * plans' language when they all speak one, else LANG.
 */
function cliLocales(
  linter: Linter,
  findings: readonly Finding[],
  options: LintOptions,
): { of: (file: string) => Locale; run: Locale } {
  const { locale, userLocale } = options;
  if (locale) return { of: () => locale, run: locale };
  const byFile = new Map<string, Locale>();
  const of = (file: string): Locale => {
    let found = byFile.get(file);
    if (found === undefined) {
      found = documentLocale(linter.documents, file, 'auto', userLocale);
      byFile.set(file, found);
    }
    return found;
  };
  const used = new Set(findings.map((finding) => of(finding.file)));
  return { of, run: used.size === 1 ? [...used][0] : userLocale };
}

/** On stderr, so that json and sarif output stay parseable; without it exit 1 beside "0 errors" puzzles. */
const TOO_MANY_WARNINGS: Record<Locale, (count: number, max: number) => string> = {
  en: (count, max) => `socialplan: too many warnings (${count}, maximum ${max} with --max-warnings).\n`,
  fr: (count, max) => `socialplan : trop d’avertissements (${count}, au plus ${max} avec --max-warnings).\n`,
};

interface FixRun {
  fixed: number;
  changedFiles: Set<string>;
  /** Files the fixes could not be written to, and why: their fixes are left out. */
  unwritable: Map<string, Localized>;
}

/**
 * Applies safe fixes pass after pass (a fix may make room for another) until none is left; a fix
 * whose result would add a YAML or schema error is never taken (lint/fix-check.ts).
 */
function fixFiles(linter: Linter, host: CachedFileHost, files: string[]): FixRun {
  const run: FixRun = { fixed: 0, changedFiles: new Set(), unwritable: new Map() };
  const check = new FixCheck(linter);
  const readText = (file: string) => linter.documents.document(file)?.text;
  const writable = (fix: Fix) =>
    !fix.edits.some((edit) => run.unwritable.has(edit.file)) &&
    !(fix.createFiles ?? []).some((created) => run.unwritable.has(created.file));
  fixUntilStable({
    lint: () => linter.lint(files).findings,
    choose: (finding) => {
      const fix = safeFixOf(finding);
      return fix && writable(fix) ? fix : undefined;
    },
    readText,
    keepsWellFormed: (outcome) => check.outcomeKeepsWellFormed(outcome, readText),
    take: (outcome) => {
      writeEdits(run, outcome, readText);
      for (const [file, content] of outcome.created) {
        if (pathKind(file) === undefined && writeFixed(run, file, content)) files.push(file);
      }
      host.forgetAll();
      linter.refreshFolders();
      run.fixed += outcome.applied.filter(writable).length;
    },
  });
  return run;
}

/**
 * Writes the edits of a pass into each file's bytes as read from the disk now, so that only the
 * bytes of the edits change (byte order mark, line endings and last line kept: lint/fixes-bytes.ts).
 */
function writeEdits(run: FixRun, outcome: FixOutcome, readText: (file: string) => string | undefined): void {
  for (const [file, edits] of outcome.edits) {
    const text = readText(file);
    let bytes: Uint8Array | Localized;
    try {
      bytes = text === undefined ? NOT_READ : editBytes(readFileSync(file), text, edits);
    } catch {
      bytes = NOT_READ;
    }
    if (bytes instanceof Uint8Array) writeFixed(run, file, bytes);
    else run.unwritable.set(file, bytes);
  }
}

const NOT_READ: Localized = { en: 'it can no longer be read', fr: 'il ne peut plus être lu' };

/** Writes one fixed file; one that cannot be written is remembered, and the run goes on without it. */
function writeFixed(run: FixRun, file: string, content: string | Uint8Array): boolean {
  try {
    writeFileAtomic(file, content);
    run.changedFiles.add(file);
    return true;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    run.unwritable.set(file, error.reason);
    return false;
  }
}

const FIXED: LocalizedPlural = {
  en: { one: '{count} problem', other: '{count} problems' },
  fr: { one: '{count} problème corrigé', other: '{count} problèmes corrigés' },
};

const FILES: LocalizedPlural = {
  en: { one: '{count} file', other: '{count} files' },
  fr: { one: '{count} fichier', other: '{count} fichiers' },
};

function reportFixes(run: FixRun, io: CliIo, locale: Locale): void {
  for (const [file, reason] of run.unwritable) {
    const path = displayPath(file, io.cwd);
    const message: Localized = {
      en: `socialplan: cannot write ${path}: ${reason.en}; its fixes were not applied.\n`,
      fr: `socialplan : impossible d’écrire ${path} : ${reason.fr} ; ses corrections ne sont pas appliquées.\n`,
    };
    io.stderr.write(localize(message, locale));
  }
  if (run.fixed === 0) return;
  const count = run.changedFiles.size;
  const message: Localized = {
    en: `Fixed ${plural(run.fixed, FIXED.en, 'en')} in ${plural(count, FILES.en, 'en')}.\n`,
    fr: `${plural(run.fixed, FIXED.fr, 'fr')} dans ${plural(count, FILES.fr, 'fr')}.\n`,
  };
  io.stderr.write(localize(message, locale));
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
      today: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      fix: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  if (!isFormatName(values.format))
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not "${values.format}"`);
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: values.format,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    locale: values.locale === undefined ? undefined : pickLocale(values.locale, io.env),
    userLocale: pickLocale(undefined, io.env),
    configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
    today: todayOption(values.today),
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
    else if (kind === 'other') throw new UsageError(`not a file or a folder (a pipe, a socket or a device): ${path}`);
    else throw new UsageError(`no such file or folder: ${path}`);
  }
  return [...files];
}

function ruleInfos(): RuleInfo[] {
  const infos: RuleInfo[] = RULES.map((rule) => ({
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    description: rule.description,
    docsUrl: docsUrl(rule.id),
  }));
  infos.push(
    {
      id: CONFIG_RULE_ID,
      defaultSeverity: 'error',
      description: {
        en: 'The .socialplan.yaml config file is valid.',
        fr: 'Le fichier de configuration .socialplan.yaml est valide.',
      },
      docsUrl: docsUrl(CONFIG_RULE_ID),
    },
    {
      id: INTERNAL_ERROR_RULE,
      defaultSeverity: 'error',
      description: { en: 'A rule failed unexpectedly.', fr: 'Une règle a échoué de façon inattendue.' },
      docsUrl: docsUrl(INTERNAL_ERROR_RULE),
    },
  );
  return infos;
}

function exitCode(findings: Finding[], brokenConfig: boolean, maxWarnings: number | undefined): number {
  if (brokenConfig) return EXIT.usage;
  if (findings.some((finding) => finding.severity === 'error')) return EXIT.findings;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? EXIT.findings : EXIT.clean;
}
