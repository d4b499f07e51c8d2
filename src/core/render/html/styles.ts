import type { Branding } from '../../report/model';
import { accentFor } from '../../util/contrast';
import { cssString } from '../../util/escape';

/**
 * The report's style sheet, inlined in the HTML export. Plain CSS, no web font (the reader's
 * system fonts), nothing fetched. `accent` comes from the config's `export.color`, already checked
 * to be `#RRGGBB`; `footer` and the page labels are escaped as CSS strings.
 */
export function reportCss(branding: Branding, pageLabel: string): string {
  const footer = branding.footer ? cssString(branding.footer) : '""';
  const paper = branding.paper === 'Letter' ? 'letter' : 'A4';
  // The agency colour made visible on the white page (a very light one is darkened): the preview
  // overrides these three per editor theme (media/preview/preview.css).
  const { accent, accentText, onAccent } = accentFor(branding.color, 'light');
  return `
:root {
  --accent: ${accent};
  --accent-text: ${accentText};
  --on-accent: ${onAccent};
  --paper: #fff;
  --ink: #1d2430;
  --muted: #5b6675;
  --line: #d9dee5;
  --soft: #f4f6f9;
  --error: #b42318;
  --warning: #b54708;
  --info: #175cd3;
  --ok: #067647;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #e9ecf1; color: var(--ink);
  font: 15px/1.55 "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Noto Sans", "Liberation Sans", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.sp-page { max-width: 960px; margin: 32px auto; background: #fff; box-shadow: 0 2px 18px rgba(16, 24, 40, .12); }
.sp-section, .sp-toc, .sp-cover { padding: 48px 64px; }
.sp-section + .sp-section, .sp-toc + .sp-section { border-top: 1px solid var(--line); }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: var(--ink); break-after: avoid; page-break-after: avoid; }
h2.sp-title { font-size: 26px; margin: 0 0 24px; padding-bottom: 10px; border-bottom: 3px solid var(--accent); }
h3 { font-size: 20px; }
h4 { font-size: 17px; }
h5, h6 { font-size: 15px; }
a { color: var(--accent-text); }
p, ul, ol, dl, table, blockquote, pre { margin: 0 0 14px; }
code, kbd, samp, pre { font-family: "Cascadia Mono", Consolas, "Liberation Mono", Menlo, monospace; font-size: .9em; }
pre { background: var(--soft); padding: 12px 14px; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { border-left: 4px solid var(--line); margin-left: 0; padding: 2px 16px; color: var(--muted); }
img { max-width: 100%; }
hr { border: 0; border-top: 1px solid var(--line); }
.sp-muted { color: var(--muted); }
.sp-small { font-size: 13px; }
.sp-nowrap { white-space: nowrap; }
.sp-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }

/* Cover */
.sp-cover { min-height: 1020px; display: flex; flex-direction: column; position: relative; }
.sp-cover-top { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; min-height: 220px; margin: -48px -64px 0; padding: 40px 64px; background: var(--accent); }
.sp-logo { max-height: 96px; max-width: 260px; background: #fff; padding: 10px; border-radius: 8px; }
.sp-eyebrow { color: var(--on-accent); text-transform: uppercase; letter-spacing: .14em; font-size: 13px; font-weight: 600; }
.sp-cover-main { margin-top: 120px; }
.sp-cover h1 { font-size: 40px; margin: 0 0 16px; max-width: 720px; overflow-wrap: anywhere; }
.sp-cover .sp-client { font-size: 20px; color: var(--muted); margin: 0 0 40px; }
.sp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 8px 28px; margin: 0; }
.sp-facts dt { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .06em; padding-top: 2px; }
.sp-facts dd { margin: 0; font-weight: 600; }
.sp-cover-bottom { margin-top: auto; padding-top: 32px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; display: flex; justify-content: space-between; gap: 16px; }
.sp-draft-banner { display: inline-block; margin-top: 36px; padding: 8px 14px; border: 2px solid var(--error); color: var(--error); font-weight: 700; letter-spacing: .04em; border-radius: 4px; }
.sp-watermark { display: none; }
.sp-is-draft .sp-watermark {
  display: block; position: fixed; top: 45%; left: 0; right: 0; text-align: center; z-index: 10; pointer-events: none;
  font-size: 120px; font-weight: 800; letter-spacing: .12em; color: rgba(180, 35, 24, .10); transform: rotate(-30deg);
}
.sp-watermark::before { content: attr(data-label); }

/* Table of contents */
.sp-toc ol { list-style: none; padding: 0; margin: 0; }
.sp-toc li { margin: 0; }
.sp-toc a { display: flex; gap: 8px; text-decoration: none; color: var(--ink); padding: 6px 0; border-bottom: 1px dotted var(--line); }
.sp-toc a::after { content: ""; flex: 1; }
.sp-toc .sp-toc-2 a { padding-left: 28px; color: var(--muted); font-size: 14px; }
.sp-toc .sp-toc-1 a { font-weight: 600; }
.sp-toc-n { color: var(--accent-text); min-width: 24px; }

/* Tables */
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
thead th { background: var(--soft); color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; border-bottom: 2px solid var(--line); }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tfoot td, tr.sp-total td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.sp-group td { background: var(--soft); font-weight: 600; }
.sp-body table { font-size: 13.5px; }
.sp-body thead th { text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--ink); }
th.sp-num { text-align: right; }
.sp-id { font-family: "Cascadia Mono", Consolas, "Liberation Mono", Menlo, monospace; font-size: 12px; color: var(--muted); }

/* Badges and callouts */
.sp-badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; background: var(--soft); color: var(--muted); border: 1px solid var(--line); }
.sp-badge-done, .sp-badge-approved { background: #ecfdf3; color: var(--ok); border-color: #abefc6; }
.sp-badge-in-progress, .sp-badge-review { background: #eff8ff; color: var(--info); border-color: #b2ddff; }
.sp-badge-skipped { background: #f2f4f7; color: var(--muted); }
.sp-badge-missing, .sp-badge-error, .sp-badge-draft { background: #fef3f2; color: var(--error); border-color: #fecdca; }
.sp-badge-warning { background: #fffaeb; color: var(--warning); border-color: #fedf89; }
.sp-badge-on-track, .sp-badge-achieved { background: #ecfdf3; color: var(--ok); border-color: #abefc6; }
.sp-badge-at-risk { background: #fffaeb; color: var(--warning); border-color: #fedf89; }
.sp-badge-missed { background: #fef3f2; color: var(--error); border-color: #fecdca; }
.sp-badge-info { background: #eff8ff; color: var(--info); border-color: #b2ddff; }
.sp-callout { border-left: 4px solid var(--accent); background: var(--soft); padding: 10px 14px; margin: 0 0 16px; border-radius: 0 6px 6px 0; }
.sp-callout-error { border-left-color: var(--error); }
.sp-callout-ok { border-left-color: var(--ok); }

/* Validation summary */
.sp-counts { display: flex; gap: 16px; margin: 0 0 20px; }
.sp-count { flex: 1; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.sp-count b { display: block; font-size: 28px; line-height: 1.1; }
.sp-count-error b { color: var(--error); }
.sp-count-warning b { color: var(--warning); }
.sp-count-info b { color: var(--info); }

/* Steps */
.sp-step { margin: 0 0 40px; break-inside: auto; }
.sp-step + .sp-step { border-top: 1px solid var(--line); padding-top: 28px; }
.sp-step-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
.sp-step-head h3 { margin: 0; flex: 1 1 auto; }
.sp-step-n { display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; border-radius: 50%; background: var(--accent); color: var(--on-accent); font-weight: 700; flex: none; }
.sp-meta { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 10px 0 18px; color: var(--muted); font-size: 13px; }
.sp-meta b { color: var(--ink); font-weight: 600; }
.sp-website { margin: 0 0 18px; }
.sp-website h4 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.sp-website th { text-align: left; font-weight: 400; color: var(--muted); white-space: nowrap; }
.sp-body { overflow-wrap: anywhere; }
.sp-body .task-list-item { list-style: none; }
.sp-body .contains-task-list { padding-left: 20px; }
.sp-body .footnotes { font-size: 13px; color: var(--muted); border-top: 1px solid var(--line); margin-top: 16px; }
.sp-footnotes-label { font-weight: 600; margin: 8px 0; }
.sp-image { color: var(--muted); font-style: italic; }

/* Charts */
.sp-chart { width: 100%; height: auto; margin: 0 0 20px; }
.sp-chart text { font: 13px "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Noto Sans", "Liberation Sans", sans-serif; fill: var(--ink); }
.sp-chart .sp-chart-muted { fill: var(--muted); font-size: 11px; }
/* The charts' colours follow the page's (and, in the preview, the editor theme's). */
.sp-chart .sp-chart-bar, .sp-chart .sp-mark-step { fill: var(--accent); }
.sp-chart .sp-mark-step { stroke: var(--paper); }
.sp-chart .sp-mark-deadline { fill: var(--warning); }
.sp-chart .sp-mark-edge { fill: var(--ink); }
.sp-chart .sp-axis { stroke: var(--line); }
.sp-chart .sp-tick { stroke: var(--muted); }
.sp-progress { break-inside: avoid; margin: 0 0 18px; }
.sp-progress-chart { max-height: 140px; }
.sp-chart .sp-progress-line { stroke: var(--accent); stroke-width: 2.5; }
.sp-chart .sp-progress-result { fill: var(--accent); stroke: var(--paper); stroke-width: 1.5; }
.sp-chart .sp-progress-baseline { fill: var(--muted); }
.sp-chart .sp-progress-projection { stroke: var(--accent); stroke-width: 2; opacity: 0.6; }
.sp-chart .sp-progress-target { stroke: var(--ok); stroke-width: 2; }
.sp-chart .sp-progress-deadline { stroke: var(--warning); stroke-width: 2; }
.sp-bar { display: block; height: 10px; background: var(--accent); border-radius: 5px; min-width: 2px; }
.sp-bar-cell { width: 34%; }
.sp-cards { display: flex; gap: 16px; margin: 0 0 24px; flex-wrap: wrap; }
.sp-card { flex: 1 1 180px; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.sp-card span { display: block; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
.sp-card b { font-size: 20px; }

/* Timeline */
.sp-timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
.sp-timeline li { position: relative; padding: 0 0 14px 22px; break-inside: avoid; }
.sp-timeline li::before { content: ""; position: absolute; left: -8px; top: 5px; width: 13px; height: 13px; border-radius: 50%; background: var(--paper); border: 3px solid var(--accent); }
.sp-timeline li.sp-kind-objective-deadline::before { border-radius: 2px; transform: rotate(45deg); border-color: var(--warning); }
.sp-timeline li.sp-kind-plan-start::before, .sp-timeline li.sp-kind-plan-end::before { background: var(--ink); border-color: var(--ink); }
.sp-timeline time { font-weight: 700; display: inline-block; min-width: 170px; }

/* Charter */
.sp-legal { display: grid; grid-template-columns: minmax(160px, 28%) 1fr; gap: 0; margin: 0 0 28px; border-top: 1px solid var(--line); }
.sp-legal dt, .sp-legal dd { padding: 10px 12px; border-bottom: 1px solid var(--line); margin: 0; }
.sp-legal dt { font-weight: 600; background: var(--soft); }
.sp-legal ul { margin: 0; padding-left: 18px; }

/* Approvals */
.sp-signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; margin-top: 24px; }
.sp-signature { border-top: 1px solid var(--ink); padding-top: 6px; color: var(--muted); font-size: 13px; min-height: 70px; }

.sp-end { padding: 20px 64px 32px; color: var(--muted); font-size: 12px; display: flex; justify-content: space-between; gap: 16px; border-top: 1px solid var(--line); }

@page { size: ${paper}; margin: 16mm 15mm 18mm; @bottom-left { content: ${footer}; font-size: 9pt; color: #5b6675; } @bottom-right { content: ${cssString(pageLabel)} " " counter(page) " / " counter(pages); font-size: 9pt; color: #5b6675; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .sp-page { max-width: none; margin: 0; box-shadow: none; }
  .sp-section, .sp-toc, .sp-cover { padding: 0; }
  .sp-section + .sp-section, .sp-toc + .sp-section { border-top: 0; }
  .sp-cover { min-height: 255mm; break-after: page; page-break-after: always; background: none; }
  .sp-cover-top { margin: 0; padding: 14mm 12mm; min-height: 60mm; }
  .sp-cover-main { margin-top: 50mm; }
  .sp-toc { break-after: page; page-break-after: always; }
  .sp-section { break-before: page; page-break-before: always; }
  .sp-section.sp-flow { break-before: auto; page-break-before: auto; margin-top: 12mm; }
  .sp-step + .sp-step { break-before: page; page-break-before: always; border-top: 0; padding-top: 0; }
  .sp-toc a { border-bottom-color: #c4cad3; }
  a { color: inherit; text-decoration: none; }
  .sp-end { display: none; }
}
`;
}
