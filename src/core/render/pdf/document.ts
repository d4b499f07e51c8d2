import type { PlanModel } from '../../report/model';
import { shownSections } from '../../report/sections';
import { COVER_BAND, MARGIN, NEW_PAGE, PdfBlocks } from './blocks';
import { contents, coverPage } from './cover';
import { PDF_SECTIONS } from './sections';
import { SANS, styles, type Content, type DocumentDefinition } from './theme';

/**
 * The assembled plan → a document definition: plain data in pdfmake's vocabulary (the layout engine
 * in `src/pdf-layout/` gives it pages, with pdfkit loaded only then). Same sections, order and words
 * as the HTML export (`../html/`); on paper: a cover page, a clickable table of contents with page
 * numbers, PDF bookmarks for every section, step and annex, a running header and footer with page
 * numbers, and, until the plan is approved, a DRAFT watermark on every page and lines to sign. This
 * file holds the page frame; the cover is in `./cover.ts`, each section in `./sections/`.
 */

/** The configured logo, as the PDF can draw it (PNG or JPEG data URI, or SVG text). */
export type PdfLogo = { kind: 'image'; dataUri: string } | { kind: 'svg'; svg: string };

export interface PdfDocumentOptions {
  logo?: PdfLogo;
  /** `SocialPlan 0.1.0`, written as the PDF's creator. */
  generator?: string;
}

export interface PdfDocument {
  definition: DocumentDefinition;
  /** Characters of the plan no font of the PDF can draw (replaced by U+FFFD). */
  missingGlyphs: string[];
}

export function planPdfDocument(model: PlanModel, options: PdfDocumentOptions = {}): PdfDocument {
  const pdf = new PdfBlocks(model, options);
  return { definition: definition(pdf), missingGlyphs: [...pdf.glyphs.missing] };
}

function definition(pdf: PdfBlocks): DocumentDefinition {
  const { model, theme, labels } = pdf;
  const content: Content[] = [
    ...coverPage(pdf),
    ...contents(pdf),
    // The contents keep their page; the sections then follow one another (`SECTION_START`).
    NEW_PAGE,
    ...shownSections(model).flatMap((section) => PDF_SECTIONS[section.id](pdf, model)),
    { text: pdf.t(labels.generatedBy), style: 'small', alignment: 'right', margin: [0, 28, 0, 0] },
  ];
  const title = pdf.t(model.cover.title);
  const runningRight = [
    model.cover.client,
    model.cover.version ? `${labels.version} ${model.cover.version}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .map((part) => pdf.t(part))
    .join(' · ');
  const footerText = pdf.t(model.branding.footer ?? model.cover.agency ?? '');
  const definition: DocumentDefinition = {
    pageSize: model.branding.paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    language: model.locale,
    info: {
      title,
      author: pdf.t(model.cover.agency ?? ''),
      subject: pdf.t(model.cover.client ?? ''),
      creator: pdf.options.generator ?? 'SocialPlan',
      producer: 'SocialPlan (pdfkit)',
    },
    defaultStyle: { font: SANS, fontSize: 9.5, lineHeight: 1.25, color: theme.ink },
    styles: styles(theme),
    background: (page: number) =>
      page === 1
        ? { canvas: [{ type: 'rect', x: 0, y: 0, w: pdf.page.width, h: COVER_BAND, color: theme.accent }] }
        : null,
    header: (page: number) =>
      page === 1
        ? null
        : {
            margin: [MARGIN.left, 30, MARGIN.right, 0],
            stack: [
              {
                columns: [
                  { text: title, fontSize: 7.5, color: theme.muted, width: '*', maxHeight: 10 },
                  { text: runningRight, fontSize: 7.5, color: theme.muted, alignment: 'right', width: 'auto' },
                ],
                columnGap: 12,
              },
              {
                canvas: [
                  { type: 'line', x1: 0, y1: 4, x2: pdf.width, y2: 4, lineWidth: 0.75, lineColor: theme.accent },
                ],
              },
            ],
          },
    footer: (page: number, pages: number) =>
      page === 1
        ? null
        : {
            margin: [MARGIN.left, 22, MARGIN.right, 0],
            columns: [
              { text: footerText, fontSize: 7.5, color: theme.muted, width: '*' },
              {
                text: `${pdf.t(labels.page)} ${page} / ${pages}`,
                fontSize: 7.5,
                color: theme.muted,
                alignment: 'right',
                width: 'auto',
              },
            ],
            columnGap: 12,
          },
    content,
  };
  if (model.cover.draft)
    definition.watermark = { text: pdf.t(labels.draft), color: theme.error, opacity: 0.07, bold: true };
  return definition;
}
