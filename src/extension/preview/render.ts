import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { assemblePlan, DEFAULT_ACCENT, exportSettings } from '../../core/report';
import { checkPlan, planOf } from '../../core/export';
import type { Linter } from '../../core/lint/linter';
import { escapeHtml } from '../../core/util/escape';
import { renderPlanBody } from '../../core/render/html/report';
import { readLogo } from '../../core/render/logo';
import type { Locale } from '../../core/types';
import { THEMES, type Theme, themeAccents } from '../../core/util/contrast';
import type { PublishedFindings } from '../session';

/** What the preview shows of a plan, and what it needs to know to keep it current. */
export interface PreviewContent {
  /** The report without its document shell (`renderPlanBody`), with source attributes. */
  html: string;
  rootClass: string;
  /** The language the report is written in. */
  lang: Locale;
  /** The agency colour per theme (`previewColours`). */
  colours: Record<string, string>;
  /** The plan's title, for the panel's tab. */
  title: string;
  /** The plan folder: `SourceRef.path`s in the HTML are relative to it. */
  root: string;
  /** The files the report is made of: a change to one of them changes the preview. */
  files: ReadonlySet<string>;
  /** Whether a plan was found (else `html` says why not). */
  found: boolean;
  /** Milliseconds spent linting the plan (cached per document: mostly the plan rules). */
  lintMs: number;
  /** Milliseconds spent assembling the plan and rendering its HTML (the re-render proper). */
  renderMs: number;
  /** The lint generation of the findings shown, and their errors and warnings (as the status bar counts). */
  generation: number;
  errors: number;
  warnings: number;
}

const THEME_PREFIX: Record<Theme, string> = { light: 'light', dark: 'dark', highContrast: 'high-contrast' };

/**
 * The agency colour made visible on each editor theme (`themeAccents`), named as preview.css
 * reads them: `--sp-dark-accent`, `--sp-dark-accent-text`, `--sp-dark-on-accent`, and so on.
 */
export function previewColours(colour: string): Record<string, string> {
  const accents = themeAccents(colour);
  const colours: Record<string, string> = {};
  for (const theme of THEMES) {
    const prefix = THEME_PREFIX[theme];
    colours[`${prefix}-accent`] = accents[theme].accent;
    colours[`${prefix}-accent-text`] = accents[theme].accentText;
    colours[`${prefix}-on-accent`] = accents[theme].onAccent;
  }
  return colours;
}

const NOT_A_PLAN: Record<Locale, (file: string) => string> = {
  en: (file) => `${file} is no longer a SocialPlan plan document (\`socialplan: plan\`), or it was deleted.`,
  fr: (file) => `${file} n’est plus un document de plan SocialPlan (\`socialplan: plan\`), ou il a été supprimé.`,
};

/**
 * Renders the preview of the plan whose plan document is `planFile`, with the extension's one
 * engine: the same lint as the Problems panel (open documents as typed), the same model and HTML
 * as the export, plus the `data-sp-path` / `data-sp-line` attributes the preview's clicks use.
 */
export class PreviewRenderer {
  /** The configured logo, read again only when the file changes. */
  private logo: { file: string; stamp: string; dataUri: string | undefined } | undefined;

  /**
   * `published`: the session's findings of the plan, so that the validation summary shows what
   * the Problems panel and the status bar show (one lint generation), not a lint of its own.
   */
  render(
    linter: Linter,
    planFile: string,
    trusted: boolean,
    messageLocale: Locale,
    published?: PublishedFindings,
  ): PreviewContent {
    const started = performance.now();
    const document = linter.documents.document(planFile);
    const plan = document?.kind === 'plan' ? planOf(linter, document) : undefined;
    if (!plan || plan.planDocuments[0]?.file !== planFile) {
      return {
        html: `<div class="sp-page"><p class="sp-callout sp-callout-error sp-preview-notice">${escapeHtml(NOT_A_PLAN[messageLocale](basename(planFile)))}</p></div>`,
        rootClass: '',
        lang: messageLocale,
        colours: previewColours(DEFAULT_ACCENT),
        title: basename(planFile),
        root: dirname(planFile),
        files: new Set([planFile]),
        found: false,
        lintMs: 0,
        renderMs: performance.now() - started,
        generation: published?.generation ?? 0,
        errors: 0,
        warnings: 0,
      };
    }
    const check = checkPlan(linter, plan);
    const linted = performance.now();
    const settings = exportSettings(check.config, trusted);
    const findings = published?.findings ?? check.findings;
    const model = assemblePlan(plan, findings, { export: settings, measuring: check.measuring });
    const html = renderPlanBody(model, {
      sourceAttributes: true,
      logoDataUri: model.cover.logo ? this.logoOf(model.cover.logo) : undefined,
    });
    const files = new Set(plan.documents.map((member) => member.file));
    if (plan.charterLink?.document) files.add(plan.charterLink.document.file);
    return {
      html,
      rootClass: model.cover.draft ? 'sp-is-draft' : '',
      lang: model.locale,
      colours: previewColours(model.branding.color),
      title: model.cover.title,
      root: model.root,
      files,
      found: true,
      lintMs: linted - started,
      renderMs: performance.now() - linted,
      generation: published?.generation ?? 0,
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
    };
  }

  private logoOf(file: string): string | undefined {
    let stamp: string;
    try {
      const stat = statSync(file);
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return undefined;
    }
    if (this.logo?.file !== file || this.logo.stamp !== stamp) {
      const logo = readLogo(file);
      this.logo = { file, stamp, dataUri: 'dataUri' in logo ? logo.dataUri : undefined };
    }
    return this.logo.dataUri;
  }
}
