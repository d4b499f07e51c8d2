import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isRecord } from '../util/guards';
import type { FileHost } from '../workspace/host';
import { LineIndex } from '../document/lines';
import type { JsonSchema } from '../schema/bundled';
import { UnsupportedPatternError } from '../schema/regexp';
import type { CompiledSchema, SchemaSet } from '../schema/validator';
import type { Finding, Localized, OffsetRange, SeveritySetting } from '../types';
import { keyRange, valueRange, type YamlSource } from '../document/yaml-location';
import { parseYaml } from '../document/yaml-parse';
import { clampRange, widenToToken, yamlData, describeYamlError, yamlErrorRange } from '../document/yaml-messages';

export const CONFIG_FILE_NAMES = ['.socialplan.yaml', '.socialplan.yml', '.socialplan.json'];
export const CONFIG_RULE_ID = 'config';

export interface RuleSetting {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

interface SchemaMapping {
  matches: (relativePath: string) => boolean;
  schemaFile: string;
  /** Where `schema:` is written, for findings about the schema file. */
  range: OffsetRange;
}

/** One config file, read and checked; the empty config when there is none. */
export interface ResolvedConfig {
  file: string | undefined;
  rules: ReadonlyMap<string, RuleSetting>;
  exportOptions: Readonly<Record<string, unknown>>;
  /** The config's `today:` (`YYYY-MM-DD`), for reproducible runs; `undefined` when it gives none. */
  today?: string;
  schemaMappings: readonly SchemaMapping[];
  /** Problems in the config file itself. */
  findings: Finding[];
  /** Set when the file could not be used at all (the CLI exits with 2). */
  broken: boolean;
}

export const EMPTY_CONFIG: ResolvedConfig = {
  file: undefined,
  rules: new Map(),
  exportOptions: {},
  schemaMappings: [],
  findings: [],
  broken: false,
};

export interface ConfigOptions {
  /** In an untrusted workspace, custom schemas and config-supplied files are not loaded. */
  trusted: boolean;
  /** `--config FILE`: use this file for every document instead of searching. */
  explicitFile?: string;
  /** Settings from outside any config file (the editor's), layered over the config files. */
  overrides?: ConfigOverrides;
  /** `--today YYYY-MM-DD`: the date the rules take as today, over the config's `today:` and the clock. */
  today?: string;
}

export interface ConfigOverrides {
  /** Rule severities that win over those of the config file. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Extra schema mappings, globs relative to `base`; like the config's, not loaded when untrusted. */
  schemas?: readonly { base: string; files: string | string[]; schema: string }[];
}

/** A schema named by an override that could not be used (there is no config file to report it on). */
export interface OverrideProblem {
  schemaFile: string;
  message: Localized;
}

/** Finds, reads and caches the config that applies to each file (the nearest one above it). */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly layered = new WeakMap<ResolvedConfig, ResolvedConfig>();
  private readonly extraMappings: { base: string; matches: (relativePath: string) => boolean; schemaFile: string }[];
  /** Problems with the override schemas, by schema file. */
  readonly overrideProblems = new Map<string, OverrideProblem>();

  constructor(
    private readonly host: FileHost,
    private readonly schemas: SchemaSet,
    private readonly options: ConfigOptions,
  ) {
    this.extraMappings = (options.overrides?.schemas ?? []).map((mapping) => ({
      base: resolve(mapping.base),
      matches: picomatch(mapping.files, { dot: true }),
      schemaFile: resolve(mapping.base, mapping.schema),
    }));
  }

  forFile(file: string): ResolvedConfig {
    const config = this.options.explicitFile
      ? this.load(resolve(this.options.explicitFile))
      : this.forFolder(dirname(file));
    return this.withOverrides(config);
  }

  /** The agency schemas whose globs match `file`; their problems are reported on the config. */
  customSchemasFor(file: string): CompiledSchema[] {
    if (!this.options.trusted) return [];
    const config = this.forFile(file);
    const fromConfig = config.file
      ? config.schemaMappings
          .filter((mapping) => mapping.matches(relativePosix(dirname(config.file as string), file)))
          .flatMap((mapping) => this.compile(config, mapping))
      : [];
    const fromOverrides = this.extraMappings
      .filter((mapping) => mapping.matches(relativePosix(mapping.base, file)))
      .flatMap((mapping) =>
        this.compileSchema(mapping.schemaFile, (message) =>
          this.overrideProblems.set(mapping.schemaFile, { schemaFile: mapping.schemaFile, message }),
        ),
      );
    return fromOverrides.length > 0 ? [...fromConfig, ...fromOverrides] : fromConfig;
  }

  /**
   * The schema files the config and the overrides map onto `file`, loaded or not: in an untrusted
   * workspace they are the ones left out, which the editor tells (docs/exporting.md, "Restricted Mode").
   */
  declaredSchemaFiles(file: string): string[] {
    const config = this.forFile(file);
    const fromConfig = config.file
      ? config.schemaMappings
          .filter((mapping) => mapping.matches(relativePosix(dirname(config.file as string), file)))
          .map((mapping) => mapping.schemaFile)
      : [];
    for (const mapping of this.extraMappings)
      if (mapping.matches(relativePosix(mapping.base, file))) fromConfig.push(mapping.schemaFile);
    return fromConfig;
  }

  /**
   * The date the rules take as today for `file`, `YYYY-MM-DD`: `--today`, else the config's `today:`,
   * else the local clock. Every rule context gets it from here, so that a run can be reproduced.
   */
  todayFor(file: string): string {
    return this.options.today ?? this.forFile(file).today ?? localDate(new Date());
  }

  /** Forget cached configs, e.g. after a config file changed on disk. */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
    this.overrideProblems.clear();
  }

  private forFolder(folder: string): ResolvedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const here = CONFIG_FILE_NAMES.map((name) => join(folder, name)).find((candidate) => this.host.isFile(candidate));
    const parent = dirname(folder);
    const config = here ? this.load(here) : parent === folder ? EMPTY_CONFIG : this.forFolder(parent);
    this.byFolder.set(folder, config);
    return config;
  }

  private load(file: string): ResolvedConfig {
    let config = this.byFile.get(file);
    if (!config) {
      config = readConfig(file, this.host, this.schemas);
      this.byFile.set(file, config);
    }
    return config;
  }

  /** The config with the override severities on top; the same object as long as the config is. */
  private withOverrides(config: ResolvedConfig): ResolvedConfig {
    const severities = Object.entries(this.options.overrides?.rules ?? {});
    if (severities.length === 0) return config;
    let layered = this.layered.get(config);
    if (!layered) {
      const rules = new Map(config.rules);
      for (const [id, severity] of severities) rules.set(id, { options: rules.get(id)?.options ?? {}, severity });
      // `findings` stays the same array: problems found later with the config's schemas are still its own.
      layered = { ...config, rules };
      this.layered.set(config, layered);
    }
    return layered;
  }

  private compile(config: ResolvedConfig, mapping: SchemaMapping): CompiledSchema[] {
    return this.compileSchema(mapping.schemaFile, (message, inSchema) =>
      addOnce(
        config,
        inSchema
          ? configFinding(mapping.schemaFile, inSchema, message)
          : configFinding(config.file as string, mapping.range, message),
      ),
    );
  }

  /** `onProblem` gets the range of the problem in the schema file when it is known (a pattern). */
  private compileSchema(
    schemaFile: string,
    onProblem: (message: Localized, inSchema?: OffsetRange) => void,
  ): CompiledSchema[] {
    const source = this.host.read(schemaFile);
    const report = (en: string, fr: string) => {
      onProblem({ en, fr });
      return [];
    };
    if (source === undefined || source === 'binary' || source.notUtf8Text) {
      return report(`Schema file not found: ${schemaFile}`, `Fichier de schéma introuvable : ${schemaFile}`);
    }
    let schema: unknown;
    try {
      schema = JSON.parse(source.text);
    } catch (error) {
      return report(
        `The schema file is not valid JSON: ${messageOf(error)}`,
        `Le fichier de schéma n’est pas du JSON valide : ${messageOf(error)}`,
      );
    }
    if (!isRecord(schema))
      return report('The schema file must hold a JSON object.', 'Le fichier de schéma doit contenir un objet JSON.');
    try {
      return [this.schemas.compileCustom(schemaFile, source.text, schema as JsonSchema)];
    } catch (error) {
      if (error instanceof UnsupportedPatternError) {
        onProblem(unsupportedPatternMessage(error), patternRange(source.text, error.pattern));
        return [];
      }
      return report(
        `The schema cannot be compiled: ${messageOf(error)}`,
        `Le schéma ne peut pas être compilé : ${messageOf(error)}`,
      );
    }
  }
}

function readConfig(file: string, host: FileHost, schemas: SchemaSet): ResolvedConfig {
  const config: ResolvedConfig = { ...EMPTY_CONFIG, file, findings: [], rules: new Map(), schemaMappings: [] };
  const source = host.read(file);
  if (source === undefined || source === 'binary' || source.notUtf8Text) {
    return broken(
      config,
      { start: 0, end: 0 },
      {
        en: 'The config file cannot be read as text.',
        fr: 'Le fichier de configuration ne peut pas être lu comme du texte.',
      },
    );
  }
  const yaml = parseYaml(source.text);
  const located: YamlSource = {
    yaml,
    yamlStart: 0,
    lines: new LineIndex(source.text),
    openFence: { start: 0, end: 0 },
  };
  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) {
      broken(
        config,
        clampRange(widenToToken(source.text, yamlErrorRange(yaml, source.text, error)), source.text.length),
        describeYamlError(error),
      );
    }
    return config;
  }
  const read = yamlData(yaml);
  if ('problem' in read) return broken(config, read.problem.range ?? { start: 0, end: 0 }, read.problem.message);
  const data: unknown = read.data ?? {};
  const problems = schemas.validateConfig(data);
  for (const problem of problems) {
    const range = problem.target === 'key' ? keyRange(located, problem.path) : valueRange(located, problem.path);
    broken(config, range, problem.message);
  }
  if (problems.length > 0 || !isRecord(data)) return config;
  return { ...config, ...interpret(data, dirname(file), located) };
}

function interpret(
  data: Record<string, unknown>,
  folder: string,
  located: YamlSource,
): Pick<ResolvedConfig, 'rules' | 'schemaMappings' | 'exportOptions' | 'today'> {
  const rules = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(isRecord(data.rules) ? data.rules : {})) {
    if (typeof setting === 'string') rules.set(id, { severity: setting as SeveritySetting, options: {} });
    else if (isRecord(setting)) {
      const { severity, ...options } = setting;
      rules.set(id, { severity: severity as SeveritySetting | undefined, options });
    }
  }
  const mappings = Array.isArray(data.schemas) ? data.schemas : [];
  const schemaMappings = mappings.filter(isRecord).map((mapping, index) => ({
    matches: picomatch(mapping.files as string | string[], { dot: true }),
    schemaFile: resolve(folder, String(mapping.schema)),
    range: valueRange(located, ['schemas', index, 'schema']),
  }));
  const today = typeof data.today === 'string' ? data.today : undefined;
  return { rules, schemaMappings, exportOptions: isRecord(data.export) ? data.export : {}, today };
}

/** `YYYY-MM-DD` of a moment, in local time: the day the user lives in. */
export function localDate(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  return `${moment.getFullYear()}-${month}-${String(moment.getDate()).padStart(2, '0')}`;
}

function broken(config: ResolvedConfig, range: OffsetRange, message: Localized): ResolvedConfig {
  config.broken = true;
  config.findings.push(configFinding(config.file as string, range, message));
  return config;
}

function configFinding(file: string, range: OffsetRange, message: Localized): Finding {
  return { file, rule: CONFIG_RULE_ID, severity: 'error', message, range };
}

function addOnce(config: ResolvedConfig, finding: Finding): void {
  const same = config.findings.some(
    (existing) => existing.range.start === finding.range.start && existing.message.en === finding.message.en,
  );
  if (!same) config.findings.push(finding);
}

/**
 * The path of `to` relative to the config's folder, as the globs see it. A file outside that folder
 * (possible with an explicit `--config`) starts with `../`, which `**` never matches.
 */
function relativePosix(from: string, to: string): string {
  return relative(from, to).split('\\').join('/');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/**
 * An agency's pattern that RE2 cannot match (see schema/regexp.ts): refused, since JavaScript's engine
 * could take minutes on it at every keystroke.
 */
function unsupportedPatternMessage(error: UnsupportedPatternError): Localized {
  return {
    en: `The pattern \`${error.pattern}\` cannot be used: SocialPlan matches the patterns of agency schemas with RE2, in a time that grows with the text only, so that no pattern can freeze the lint; RE2 has no backreferences (\`\\1\`) and no lookaheads or lookbehinds (\`(?=\`, \`(?!\`, \`(?<=\`) (${error.reason}). Rewrite the pattern without them; the schema is not used until then.`,
    fr: `Le motif \`${error.pattern}\` ne peut pas être utilisé : SocialPlan vérifie les motifs des schémas d’agence avec RE2, en un temps qui ne croît qu’avec le texte, pour qu’aucun motif ne puisse bloquer le lint ; RE2 n’a ni références arrière (\`\\1\`) ni assertions avant ou arrière (\`(?=\`, \`(?!\`, \`(?<=\`) (${error.reason}). Réécrivez le motif sans elles ; le schéma n’est pas utilisé d’ici là.`,
  };
}

/** Where the pattern is written in the schema file (as a JSON string), if it is written plainly. */
function patternRange(text: string, pattern: string): OffsetRange | undefined {
  const written = JSON.stringify(pattern);
  const start = text.indexOf(written);
  return start === -1 ? undefined : { start, end: start + written.length };
}
