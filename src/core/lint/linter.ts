import { ConfigResolver, type ConfigOptions, type ResolvedConfig } from './config';
import type { SocialDocument } from '../document/document';
import { Documents } from '../workspace/documents';
import type { FileHost } from '../workspace/host';
import { buildPlanIndex } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import { RULES } from '../rules';
import { runsAPresence, type DocumentRule, type PlanRule, type Report, type Rule } from '../rules/rule';
import { bundledSchemas, type SchemaSet } from '../schema/validator';
import type { Finding, SeveritySetting } from '../types';
import { append } from '../util/arrays';

export const INTERNAL_ERROR_RULE = 'internal-error';

/** The rules that say whether a document is still read as written: what no fix may break. */
export const WELL_FORMEDNESS_RULE_IDS: readonly string[] = ['yaml-syntax', 'schema'];
const WELL_FORMEDNESS_RULES = RULES.filter(
  (rule): rule is DocumentRule => rule.scope === 'document' && WELL_FORMEDNESS_RULE_IDS.includes(rule.id),
);

export interface LintResult {
  /** Findings in the linted files and in the config files they use, in file then offset order. */
  findings: Finding[];
  /** The SocialPlan documents among the linted files. */
  documents: SocialDocument[];
  /** The config files that applied. */
  configs: ResolvedConfig[];
}

interface CachedFindings {
  config: ResolvedConfig;
  /** The date the rules took as today: findings that depend on it expire with it. */
  today: string;
  findings: Finding[];
}

/**
 * Runs the rules over the documents and plans that a `Documents` reads (the text cache, the
 * incremental parse and the plan finder live there). The findings of document rules are cached by
 * the frontmatter's parse, which an edit of the body keeps: re-linting after one change runs the
 * document rules of the changed document and the plan rules of its plan.
 */
export class Linter {
  readonly schemas: SchemaSet = bundledSchemas();
  readonly configs: ConfigResolver;
  /** Where the linted documents are read; given, or one of its own over a host. */
  readonly documents: Documents;
  /** By the document's YAML tree: the same for a document and the ones its body-only edits made. */
  private readonly documentFindings = new WeakMap<SocialDocument['yaml'], CachedFindings>();

  constructor(source: FileHost | Documents, options: ConfigOptions = { trusted: true }) {
    this.documents = source instanceof Documents ? source : new Documents(source);
    this.configs = new ConfigResolver(this.documents.host, this.schemas, options);
  }

  /** Forget what is known of the folders (files were created, deleted or renamed): plans and configs. */
  refreshFolders(): void {
    this.documents.refreshFolders();
    this.configs.clear();
  }

  lint(targets: readonly string[]): LintResult {
    const targetSet = new Set(targets);
    const documents = targets.map((file) => this.documents.document(file)).filter((document) => document !== undefined);
    const plans = this.documents.plansAround(documents);
    const findings: Finding[] = [];
    const paused = pausedFiles(plans);
    const presenceRules = presenceRuleIds();
    for (const document of documents) {
      const found = this.lintDocument(document);
      append(findings, paused.has(document.file) ? found.filter((finding) => !presenceRules.has(finding.rule)) : found);
    }
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
    for (const config of configs) append(findings, config.findings);
    return { findings: sortFindings(findings), documents, configs };
  }

  /**
   * What `yaml-syntax` and `schema` find in `document` (a text no editor need show: a fix applied
   * in memory), whatever severity the config gives them: a fix is offered only when its result adds
   * none of these (lint/fix-check.ts). Not cached: the caller keeps what it needs.
   */
  wellFormedness(document: SocialDocument): Finding[] {
    const context = {
      schemas: this.schemas,
      customSchemas: this.configs.customSchemasFor(document.file),
      options: {},
      today: this.configs.todayFor(document.file),
    };
    const findings: Finding[] = [];
    for (const rule of WELL_FORMEDNESS_RULES) {
      if (document.syntaxProblems.length > 0 && !rule.acceptsBrokenYaml) continue;
      rule.check(document, context, (report) =>
        findings.push({ ...report, rule: rule.id, severity: report.severity ?? rule.defaultSeverity }),
      );
    }
    return findings;
  }

  private lintDocument(document: SocialDocument): Finding[] {
    const config = this.configs.forFile(document.file);
    const today = this.configs.todayFor(document.file);
    const cached = this.documentFindings.get(document.yaml);
    if (cached && cached.config === config && cached.today === today) return cached.findings;
    const customSchemas = this.configs.customSchemasFor(document.file);
    const broken = document.syntaxProblems.length > 0;
    const findings: Finding[] = [];
    for (const rule of RULES) {
      if (rule.scope !== 'document' || (broken && !rule.acceptsBrokenYaml) || this.isOff(rule, document.file)) continue;
      const context = { schemas: this.schemas, customSchemas, options: this.optionsFor(rule, document.file), today };
      this.run(rule, document, findings, (report) => (rule as DocumentRule).check(document, context, report));
    }
    this.documentFindings.set(document.yaml, { config, today, findings });
    return findings;
  }

  private lintPlan(plan: Plan): Finding[] {
    if (plan.documents.some((document) => document.syntaxProblems.length > 0)) return [];
    const anchor = plan.planDocuments[0] ?? plan.documents[0];
    const findings: Finding[] = [];
    const index = buildPlanIndex(plan);
    const running = runsAPresence(plan);
    const today = this.configs.todayFor(anchor.file);
    for (const rule of RULES) {
      if (rule.scope !== 'plan' || this.isOff(rule, anchor.file)) continue;
      if (rule.appliesTo === 'running-presence' && !running) continue;
      const context = { schemas: this.schemas, options: this.optionsFor(rule, anchor.file), index, today };
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
}

/** The rules about running a presence, whose findings a `no-go` or `conditional` plan does not get. */
function presenceRuleIds(): Set<string> {
  return new Set(RULES.filter((rule) => rule.appliesTo === 'running-presence').map((rule) => rule.id));
}

/**
 * The documents whose every plan does not run a presence (`decision: no-go | conditional`): their
 * document rules about running one are cached as usual, and their findings left out here, so that
 * changing the plan's decision needs no re-check of its charter. A charter shared with a plan that
 * runs a presence keeps them.
 */
function pausedFiles(plans: readonly Plan[]): Set<string> {
  const paused = new Set<string>();
  const running = new Set<string>();
  for (const plan of plans) {
    if (plan.planDocuments.length === 0) continue;
    const into = runsAPresence(plan) ? running : paused;
    for (const document of plan.documents) into.add(document.file);
  }
  for (const file of running) paused.delete(file);
  return paused;
}

function uniqueConfigs(configs: ResolvedConfig[]): ResolvedConfig[] {
  return [...new Set(configs)].filter((config) => config.file !== undefined);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start - b.range.start || a.range.end - b.range.end,
  );
}
