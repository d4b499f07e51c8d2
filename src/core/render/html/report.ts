import type { PlanModel } from '../../report/model';
import { shownSections } from '../../report/sections';
import { escapeHtml as e } from '../../util/escape';
import { HtmlBlocks } from './blocks';
import { contents, cover } from './cover';
import { HTML_SECTIONS } from './sections';
import { reportCss } from './styles';

/**
 * The assembled plan as ONE self-contained HTML file: inline CSS, the logo (if any) as a data URI,
 * no script at all, and a Content-Security-Policy that would stop one anyway. Every text from the
 * plan is escaped here; body HTML comes sanitized from `renderMarkdown`.
 */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlOptions {
  /** `data:image/…;base64,…` from `readLogo`; anything else is ignored. */
  logoDataUri?: string;
  /** Add `data-sp-path` / `data-sp-line` to sections and rows (for the preview's jump to source). */
  sourceAttributes?: boolean;
  /** `SocialPlan 0.1.0`, written in the generator meta tag. */
  generator?: string;
}

export function renderPlanHtml(model: PlanModel, options: HtmlOptions = {}): string {
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${model.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(EXPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${e(options.generator ?? 'SocialPlan')}">`,
    `<title>${e(model.cover.title)}</title>`,
    `<style>${reportCss(model.branding, model.labels.page)}</style>`,
    '</head>',
    `<body class="sp-report${model.cover.draft ? ' sp-is-draft' : ''}">`,
    renderPlanBody(model, options),
    '</body>',
    '</html>',
    '',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

/**
 * The report without the document shell: the DRAFT watermark (when the plan is not approved) and
 * the page with every section, as `renderPlanHtml` puts in its `<body>`. The preview patches this
 * into its webview; an ancestor with the class `sp-is-draft` shows the watermark.
 */
export function renderPlanBody(model: PlanModel, options: HtmlOptions = {}): string {
  const html = new HtmlBlocks(model, options);
  const labels = model.labels;
  const parts = [
    // The word is drawn by CSS (`content: attr(data-label)`): a decoration, not text of the page.
    model.cover.draft ? `<div class="sp-watermark" aria-hidden="true" data-label="${e(labels.draft)}"></div>` : '',
    '<div class="sp-page">',
    cover(html),
    contents(html),
    ...shownSections(model).map((section) => HTML_SECTIONS[section.id](html, model)),
    `<footer class="sp-end"><span>${e(model.branding.footer ?? '')}</span><span>${e(labels.generatedBy)}</span></footer>`,
    '</div>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}
