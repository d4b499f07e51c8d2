import { dirname, resolve } from 'node:path';
import { assemblePlan, assemblePlanPausing, exportSettings } from '../report';
import { isEdition, type Edition, type PlanModel } from '../report/model';
import type { ResolvedConfig } from '../lint/config';
import type { SocialDocument } from '../document/document';
import type { Linter } from '../lint/linter';
import type { Plan } from '../workspace/plans';
import { renderPlanHtml } from '../render/html/report';
import { readLogo } from '../render/logo';
import type { PdfRenderOptions, PdfResult } from '../render/pdf';
import type { DocxRenderOptions, DocxResult } from '../render/docx';
import type { Finding, Locale, Localized } from '../types';
import { append } from '../util/arrays';
import type { Measuring } from '../results/progress';

/**
 * The export flow shared by `socialplan export` and the editor's export commands: find the plan
 * of a document, lint it with the config that applies, assemble it, render it. Writing the file
 * (atomically) and talking to the user stay with each surface.
 */

export type ExportFormat = 'html' | 'pdf' | 'docx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'pdf', 'docx'];

/** What turns the assembled plan into a PDF or a Word file; replaceable in tests (a renderer that fails). */
export interface ExportRenderers {
  pdf: (model: PlanModel, options: PdfRenderOptions) => Promise<PdfResult>;
  docx?: (model: PlanModel, options: DocxRenderOptions) => Promise<DocxResult>;
}

/**
 * The Word renderer, required the first time a Word file is asked for: the module and `docx`
 * behind it stay out of the extension's activation and of `socialplan lint`.
 */
export function lazyDocxRenderer(): NonNullable<ExportRenderers['docx']> {
  return (model, options) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderPlanDocx } = require('../render/docx') as typeof import('../render/docx');
    return renderPlanDocx(model, options);
  };
}

/**
 * The agency's Word template (`export.docx.template`), as an absolute path beside the config file;
 * like the logo, not read in an untrusted workspace.
 */
export function docxTemplate(config: ResolvedConfig, trusted: boolean): string | undefined {
  const docx = config.exportOptions.docx;
  const template = typeof docx === 'object' && docx !== null ? (docx as Record<string, unknown>).template : undefined;
  if (!trusted || typeof template !== 'string' || !template.trim() || !config.file) return undefined;
  return resolve(dirname(config.file), template.trim());
}

/**
 * The PDF renderer, required the first time a PDF is asked for: the module and pdfkit behind it
 * stay out of the extension's activation and of `socialplan lint`.
 */
export function lazyPdfRenderer(): ExportRenderers['pdf'] {
  return (model, options) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderPlanPdf } = require('../render/pdf') as typeof import('../render/pdf');
    return renderPlanPdf(model, options);
  };
}

/** The plan `document` belongs to (the one with a plan document), if any. */
export function planOf(linter: Linter, document: SocialDocument): Plan | undefined {
  return linter.documents
    .plansAround([document])
    .find(
      (candidate) =>
        candidate.planDocuments.length > 0 && candidate.documents.some((member) => member.file === document.file),
    );
}

/** The plan document does not parse: where its first problem is (a 1-based line) and what it is. */
export interface UnreadablePlan {
  file: string;
  line: number;
  column: number;
  message: Localized;
}

export interface PlanCheck {
  /** Findings in the plan's documents and in the config files they use. */
  findings: Finding[];
  errors: Finding[];
  /** The config that applies to the plan document. */
  config: ResolvedConfig;
  /** A config file of the plan is broken: its findings (rule `config`) say why. */
  configBroken: boolean;
  /**
   * The plan document's frontmatter does not parse: the report would be empty, titled after the
   * folder, so it is never exported, not even when forced (docs/exporting.md).
   */
  unreadable: UnreadablePlan | undefined;
  /** The day and the projection the rules judged progress by: the report shows the same (docs/measuring.md). */
  measuring: Measuring;
}

/** Lints every document of `plan`; the findings of the plan document's config are always included. */
export function checkPlan(linter: Linter, plan: Plan): PlanCheck {
  const planDocument = plan.planDocuments[0];
  const result = linter.lint(plan.documents.map((document) => document.file));
  const config = linter.configs.forFile(planDocument.file);
  if (!result.configs.includes(config)) append(result.findings, config.findings);
  return {
    findings: result.findings,
    errors: result.findings.filter((finding) => finding.severity === 'error'),
    config,
    configBroken: config.broken || result.configs.some((used) => used.broken),
    unreadable: unreadablePlan(planDocument),
    measuring: {
      today: linter.configs.todayFor(planDocument.file),
      trend: config.rules.get('objective-on-track')?.options.trend === 'last' ? 'last' : 'linear',
    },
  };
}

function unreadablePlan(planDocument: SocialDocument): UnreadablePlan | undefined {
  const problem = planDocument.syntaxProblems[0];
  if (!problem) return undefined;
  const { line, column } = planDocument.lines.positionAt(problem.range.start);
  return { file: planDocument.file, line, column, message: problem.message };
}

/** What an untrusted workspace leaves out of a plan that a trusted one would use. */
export interface UntrustedSkips {
  /** Agency schemas (of the config or the editor's settings) mapped onto the plan's documents. */
  schemaFiles: string[];
  /** The config's `export.logo`, as an absolute path. */
  logo: string | undefined;
}

/** Computed whatever the trust: the editor says what is left out only when it is untrusted. */
export function untrustedSkips(linter: Linter, plan: Plan, config: ResolvedConfig): UntrustedSkips {
  const schemaFiles = new Set<string>();
  for (const document of plan.documents)
    for (const schemaFile of linter.configs.declaredSchemaFiles(document.file)) schemaFiles.add(schemaFile);
  const logo = config.exportOptions.logo;
  return {
    schemaFiles: [...schemaFiles].sort(),
    logo:
      typeof logo === 'string' && logo.trim() && config.file ? resolve(dirname(config.file), logo.trim()) : undefined,
  };
}

export { defaultExportName, slugify } from './file-name';

export interface RenderExportOptions {
  format: ExportFormat;
  /** Language of the report; by default the config's `export.locale`, then the plan's. */
  locale?: Locale;
  paper?: 'A4' | 'Letter';
  /** Each step of the PDF on a new page, over the config's `export.stepsOnNewPage`. */
  stepsOnNewPage?: boolean;
  /** Over the config's `export.edition` and the plan's status (see `exportEdition`). */
  edition?: Edition;
  /** `YYYY-MM`: the monthly report of that month instead of the plan (docs/measuring.md). */
  month?: string;
  /** In an untrusted workspace the config's logo is not read (README, "In VS Code"). */
  trusted: boolean;
  /** `SocialPlan 0.1.0`. */
  generator: string;
  renderers?: Partial<ExportRenderers>;
  /** Told at once of what the reader should know (a logo left out, characters no font has). */
  onWarning?: (warning: Localized) => void;
  /**
   * Give the event loop a turn while the Markdown bodies are rendered, as the editor needs; the CLI
   * has nothing else to serve and saves the memory of holding them apart first.
   */
  pauseWhileAssembling?: boolean;
}

/**
 * Who an export is for (docs/exporting.md, "Editions"): the edition asked for, else the config's
 * `export.edition`, else `client` once the plan is approved (what goes to the client) and `review`
 * before (what the agency checks).
 */
export function exportEdition(plan: Plan, config: ResolvedConfig, asked?: Edition): Edition {
  if (asked) return asked;
  const configured = config.exportOptions.edition;
  if (isEdition(configured)) return configured;
  return plan.planDocuments[0]?.data.status === 'approved' ? 'client' : 'review';
}

/** A PDF or Word renderer failed: nothing was made. */
export class ExportRenderError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ExportRenderError';
  }
}

/** The assembled plan as the bytes (PDF, Word) or text (HTML) of the file to write. */
export async function renderExport(
  plan: Plan,
  check: PlanCheck,
  options: RenderExportOptions,
): Promise<{ content: string | Uint8Array; model: PlanModel }> {
  const settings = exportSettings(check.config, options.trusted);
  if (options.paper) settings.paper = options.paper;
  if (options.stepsOnNewPage) settings.stepsOnNewPage = true;
  const edition = exportEdition(plan, check.config, options.edition);
  const assembleOptions = {
    locale: options.locale,
    export: settings,
    edition,
    measuring: check.measuring,
    month: options.month,
  };
  const model = options.pauseWhileAssembling
    ? await assemblePlanPausing(plan, check.findings, assembleOptions)
    : assemblePlan(plan, check.findings, assembleOptions);
  let logoDataUri: string | undefined;
  if (model.cover.logo) {
    const logo = readLogo(model.cover.logo);
    if ('dataUri' in logo) logoDataUri = logo.dataUri;
    else options.onWarning?.(logo.problem);
  }
  if (options.format === 'html')
    return { content: renderPlanHtml(model, { logoDataUri, generator: options.generator }), model };
  let result: PdfResult | DocxResult;
  try {
    if (options.format === 'docx') {
      const docx = options.renderers?.docx ?? lazyDocxRenderer();
      const template = docxTemplate(check.config, options.trusted);
      result = await docx(model, { logoDataUri, generator: options.generator, template });
    } else {
      const pdf = options.renderers?.pdf ?? lazyPdfRenderer();
      result = await pdf(model, { logoDataUri, generator: options.generator });
    }
  } catch (error) {
    throw new ExportRenderError(error instanceof Error ? error.message : String(error));
  }
  for (const warning of result.warnings) options.onWarning?.(warning);
  return { content: result.bytes, model };
}
