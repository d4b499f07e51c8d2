import { dirname, join } from 'node:path';
import { ConfigResolver, type ConfigOptions, type ResolvedConfig } from './config';
import { parseSocialDocument, type SocialDocument, type SourceText } from '../document/document';
import { splitFrontmatter } from '../document/frontmatter';
import { reparseEditedEntry } from '../document/frontmatter-edit';
import { LineIndex } from '../document/lines';
import { isMarkdownFile, markdownFilesUnder } from '../workspace/files';
import type { FileHost } from '../workspace/host';
import { buildPlanIndex } from '../workspace/plan-index';
import { groupIntoPlans, type Plan } from '../workspace/plans';
import { RULES } from '../rules';
import type { DocumentRule, PlanRule, Report, Rule } from '../rules/rule';
import { bundledSchemas, type SchemaSet } from '../schema/validator';
import type { Finding, SeveritySetting } from '../types';

export const INTERNAL_ERROR_RULE = 'internal-error';

export interface LintResult {
  /** Findings in the linted files and in the config files they use, in file then offset order. */
  findings: Finding[];
  /** The SocialPlan documents among the linted files. */
  documents: SocialDocument[];
  /** The config files that applied. */
  configs: ResolvedConfig[];
}

interface CachedText {
  text: string;
  document: SocialDocument | undefined;
}

interface CachedFindings {
  config: ResolvedConfig;
  findings: Finding[];
}

/**
 * The engine: reads documents through a host, groups them into plans, runs the rules.
 * Parsing and per-document findings are cached by text, so re-linting after one change
 * re-parses one document and re-runs only the plan-level rules.
 */
export class Linter {
  readonly schemas: SchemaSet = bundledSchemas();
  readonly configs: ConfigResolver;
  private readonly texts = new Map<string, CachedText>();
  private readonly documentFindings = new WeakMap<SocialDocument, CachedFindings>();
  private readonly planFolderOf = new Map<string, string | undefined>();
  /**
   * Documents whose kind changed since they were first read (a plan no longer a plan, a step that
   * became one…): `planFolderOf` rests on the kinds, and is learnt again when this moves.
   */
  private kindChanges = 0;
  private kindChangesKnown = 0;

  constructor(
    private readonly host: FileHost,
    options: ConfigOptions = { trusted: true },
  ) {
    this.configs = new ConfigResolver(host, this.schemas, options);
  }

  /** The SocialPlan document in `file`, or `undefined` for any other file. Never throws. */
  document(file: string): SocialDocument | undefined {
    const source = this.host.read(file);
    const cached = this.texts.get(file);
    if (source === undefined || source === 'binary') {
      if (cached) this.forgetText(file, cached);
      return undefined;
    }
    if (cached && cached.text === source.text) return cached.document;
    const previous = cached?.document;
    const document =
      (previous && (this.withNewBody(previous, source) ?? reparseEditedEntry(previous, source))) ??
      parseSocialDocument(file, source);
    if (cached && previous?.kind !== document?.kind) this.kindChanges++;
    this.texts.set(file, { text: source.text, document });
    return document;
  }

  private forgetText(file: string, cached: CachedText): void {
    this.texts.delete(file);
    if (cached.document) this.kindChanges++;
  }

  /**
   * Typing in the Markdown body leaves the frontmatter as it was: keep its parse and its findings,
   * which only depend on the frontmatter, and take the new text.
   */
  private withNewBody(previous: SocialDocument, source: SourceText): SocialDocument | undefined {
    if (source.invalidUtf8 || previous.syntaxProblems.length > 0) return undefined;
    const frontmatter = previous.text.slice(0, previous.bodyStart);
    // (a slice comparison: `startsWith` compares character by character, many times slower on long texts)
    if (source.text.slice(0, frontmatter.length) !== frontmatter) return undefined;
    const split = splitFrontmatter(source.text);
    if (split.status !== 'closed' || split.bodyStart !== previous.bodyStart) return undefined;
    const document: SocialDocument = { ...previous, text: source.text, lines: new LineIndex(source.text) };
    const findings = this.documentFindings.get(previous);
    if (findings) this.documentFindings.set(document, findings);
    return document;
  }

  /** Whether `file` is a file, as this linter's host sees it. */
  isFile(file: string): boolean {
    return this.host.isFile(file);
  }

  /** Forget what is known of the folders (files were created, deleted or renamed). */
  refreshFolders(): void {
    this.planFolderOf.clear();
    this.configs.clear();
  }

  lint(targets: readonly string[]): LintResult {
    const targetSet = new Set(targets);
    const documents = targets.map((file) => this.document(file)).filter((document) => document !== undefined);
    const plans = this.plansAround(documents);
    const findings: Finding[] = [];
    for (const document of documents) findings.push(...this.lintDocument(document));
    // A charter shared by several plans is checked once per plan: report each finding once.
    const seen = new Set<string>();
    for (const plan of plans) {
      if (!plan.documents.some((document) => targetSet.has(document.file))) continue;
      for (const finding of this.lintPlan(plan)) {
        const identity = `${finding.file}\0${finding.rule}\0${finding.range.start}\0${finding.range.end}\0${finding.message.en}`;
        if (!targetSet.has(finding.file) || seen.has(identity)) continue;
        seen.add(identity);
        findings.push(finding);
      }
    }
    const configs = uniqueConfigs(documents.map((document) => this.configs.forFile(document.file)));
    for (const config of configs) findings.push(...config.findings);
    return { findings: sortFindings(findings), documents, configs };
  }

  /** The plans the documents belong to, with every other document of those plans loaded. */
  plansAround(documents: readonly SocialDocument[]): Plan[] {
    // Reading the plans' documents can show a kind changed (an edited plan document is read here
    // first when only a step is linted): the plan folders are then found again, with the new kinds.
    for (let attempt = 0; ; attempt++) {
      if (this.kindChanges !== this.kindChangesKnown) {
        this.planFolderOf.clear();
        this.kindChangesKnown = this.kindChanges;
      }
      const plans = this.collectPlans(documents);
      // Texts change between two reads only on a host that reads files being written: stop there.
      if (this.kindChanges === this.kindChangesKnown || attempt === 2) return plans;
    }
  }

  private collectPlans(documents: readonly SocialDocument[]): Plan[] {
    const all = new Map(documents.map((document) => [document.file, document]));
    const folders = new Set(
      documents.map((document) => this.planFolder(dirname(document.file))).filter((folder) => folder !== undefined),
    );
    for (const folder of folders) {
      for (const file of markdownFilesUnder(this.host, folder)) {
        const document = all.get(file) ?? this.document(file);
        if (document) all.set(file, document);
      }
    }
    return groupIntoPlans([...all.values()], (file) => {
      if (!this.host.isFile(file)) return 'missing';
      return all.get(file) ?? this.document(file) ?? 'not-socialplan';
    });
  }

  private lintDocument(document: SocialDocument): Finding[] {
    const config = this.configs.forFile(document.file);
    const cached = this.documentFindings.get(document);
    if (cached && cached.config === config) return cached.findings;
    const customSchemas = this.configs.customSchemasFor(document.file);
    const broken = document.syntaxProblems.length > 0;
    const findings: Finding[] = [];
    for (const rule of RULES) {
      if (rule.scope !== 'document' || (broken && !rule.acceptsBrokenYaml) || this.isOff(rule, document.file)) continue;
      const context = { schemas: this.schemas, customSchemas, options: this.optionsFor(rule, document.file) };
      this.run(rule, document, findings, (report) => (rule as DocumentRule).check(document, context, report));
    }
    this.documentFindings.set(document, { config, findings });
    return findings;
  }

  private lintPlan(plan: Plan): Finding[] {
    if (plan.documents.some((document) => document.syntaxProblems.length > 0)) return [];
    const anchor = plan.planDocuments[0] ?? plan.documents[0];
    const findings: Finding[] = [];
    const index = buildPlanIndex(plan);
    for (const rule of RULES) {
      if (rule.scope !== 'plan' || this.isOff(rule, anchor.file)) continue;
      const context = { schemas: this.schemas, options: this.optionsFor(rule, anchor.file), index };
      this.run(rule, anchor, findings, (report) => (rule as PlanRule).check(plan, context, report));
    }
    return findings;
  }

  /** A rule that throws must not take the others down: its failure becomes a finding. */
  private run(
    rule: Rule,
    anchor: SocialDocument,
    findings: Finding[],
    check: (report: (report: Report) => void) => void,
  ): void {
    try {
      check((report) => {
        const severity =
          this.configs.forFile(report.file).rules.get(rule.id)?.severity ?? report.severity ?? rule.defaultSeverity;
        if (severity !== 'off') findings.push({ ...report, rule: rule.id, severity });
      });
    } catch (error) {
      findings.push({
        file: anchor.file,
        rule: INTERNAL_ERROR_RULE,
        severity: 'error',
        range: anchor.openFence,
        message: {
          en: `SocialPlan's rule \`${rule.id}\` failed on this document (${String(error)}). Please report it.`,
          fr: `La règle \`${rule.id}\` de SocialPlan a échoué sur ce document (${String(error)}). Merci de le signaler.`,
        },
      });
    }
  }

  private severity(rule: Rule, file: string): SeveritySetting {
    return this.configs.forFile(file).rules.get(rule.id)?.severity ?? rule.defaultSeverity;
  }

  private isOff(rule: Rule, file: string): boolean {
    return this.severity(rule, file) === 'off';
  }

  private optionsFor(rule: Rule, file: string): Record<string, unknown> {
    return this.configs.forFile(file).rules.get(rule.id)?.options ?? {};
  }

  /** The nearest folder at or above `folder` holding a plan document, stopping at a repository root. */
  private planFolder(folder: string): string | undefined {
    if (this.planFolderOf.has(folder)) return this.planFolderOf.get(folder);
    const entries = this.host.list(folder);
    const holdsPlan = entries.some(
      (entry) =>
        !entry.directory && isMarkdownFile(entry.name) && this.document(join(folder, entry.name))?.kind === 'plan',
    );
    const isTop = entries.some((entry) => entry.name === '.git') || dirname(folder) === folder;
    const found = holdsPlan ? folder : isTop ? undefined : this.planFolder(dirname(folder));
    // Only a plan found is kept: the lint reads its documents again and sees a kind change there;
    // "no plan" would hide a plan document fixed while only its steps are linted.
    if (found !== undefined) this.planFolderOf.set(folder, found);
    return found;
  }
}

function uniqueConfigs(configs: ResolvedConfig[]): ResolvedConfig[] {
  return [...new Set(configs)].filter((config) => config.file !== undefined);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start - b.range.start || a.range.end - b.range.end,
  );
}
