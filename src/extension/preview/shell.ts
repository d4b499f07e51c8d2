import { DEFAULT_ACCENT } from '../../core/report';
import { reportCss } from '../../core/render/html/styles';
import { escapeHtml } from '../../core/util/escape';

/** What the preview's fixed page needs from the webview (kept free of `vscode`: the browser tests render it). */
export interface ShellOptions {
  /** `webview.cspSource`: where our style sheet and script are served from. */
  cspSource: string;
  nonce: string;
  /** The address of a file of `media/preview/` in the webview. */
  media: (name: string) => string;
  /** The editor's language, until the first update sets the report's. */
  lang: string;
  title: string;
  loading: string;
}

/**
 * The fixed page of the preview: a strict CSP with a nonce, the report's own style sheet (as in
 * the HTML export), then the preview's (theme colours), an empty root the script fills, the script.
 */
export function previewShell(options: ShellOptions): string {
  const { cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const css = reportCss({ paper: 'A4', color: DEFAULT_ACCENT, footer: undefined }, 'Page');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style nonce="${nonce}">${css}</style>`,
    `<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.media('preview.css'))}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    '</head>',
    '<body class="sp-report sp-preview">',
    `<main id="sp-root"><p class="sp-preview-loading">${escapeHtml(options.loading)}</p></main>`,
    `<script nonce="${nonce}" src="${escapeHtml(options.media('preview.js'))}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
