import type { Labelled, PlanModel } from '../../report/model';
import { SECTION_IDS } from '../../report/sections';
import { bodyContent } from './body';
import { gridLayout, rule } from './layouts';
import type { PdfDocumentOptions } from './document';
import { GlyphReport } from './glyphs';
import {
  themeFor,
  type Content,
  type ContentNode,
  type TableNode,
  type TextNode,
  type Theme,
  type WidthValue,
} from './theme';

/** Sizes of the page, and where its content goes, in points. */
export const PAGE = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;
export const MARGIN = { left: 54, top: 64, right: 54, bottom: 58 };
/** Height of the accent band at the top of the cover. */
export const COVER_BAND = 200;

/**
 * Where a part of the report starts: on a new page (`pageBreak`), or on the page it falls on when at
 * least `needsRoom` of that page is left (docs/exporting.md, "The PDF").
 */
export type PageStart = Pick<ContentNode, 'pageBreak' | 'needsRoom'>;
/** A section starts a new page only when less than a quarter of the page is left. */
export const SECTION_START: PageStart = { needsRoom: 0.25 };
/** A step or an annex, when less than a fifth is left (unless `export.stepsOnNewPage`). */
export const STEP_START: PageStart = { needsRoom: 0.2 };
export const NEW_PAGE: PageStart = { pageBreak: 'before' };

/**
 * What every part of the PDF report is built with: the model, the theme, the page, the glyph
 * report that every text from the plan goes through, and the report's building blocks.
 */
export class PdfBlocks {
  readonly glyphs = new GlyphReport();
  readonly theme: Theme;
  readonly page: { width: number; height: number };
  /** Width of the content area. */
  readonly width: number;

  constructor(
    readonly model: PlanModel,
    readonly options: PdfDocumentOptions,
  ) {
    this.theme = themeFor(model.branding.color);
    this.page = PAGE[model.branding.paper];
    this.width = this.page.width - MARGIN.left - MARGIN.right;
  }

  get labels() {
    return this.model.labels;
  }

  /** Text from the plan, made drawable. */
  t(text: string | undefined): string {
    return text === undefined ? '' : this.glyphs.drawable(text);
  }

  /** A section's title and rule, kept with the start of what follows them. */
  heading(id: string, title: string, start: PageStart): Content[] {
    return [
      {
        text: this.t(title),
        style: 'h1',
        id,
        outline: true,
        outlineExpanded: id === SECTION_IDS.steps,
        keepWithNext: true,
        ...start,
      },
      { ...rule(this.theme.accent, 2.25, [0, 3, 0, 14]), keepWithNext: true },
    ];
  }

  section(id: string, title: string, content: Content[], start = SECTION_START): Content[] {
    return [...this.heading(id, title, start), ...content];
  }

  /** Where each step starts: on a page of its own with `export.stepsOnNewPage`, else where it falls. */
  get stepStart(): PageStart {
    return this.model.branding.stepsOnNewPage === true ? NEW_PAGE : STEP_START;
  }

  muted(text: string): ContentNode {
    return { text: this.t(text), color: this.theme.muted, italics: true, margin: [0, 0, 0, 8] };
  }

  badge(labelled: Labelled, kind = labelled.value): ContentNode {
    const [color, background] = this.badgeColors(kind);
    return { text: `\u00A0${this.t(labelled.label)}\u00A0`, color, background, bold: true, fontSize: 7.5 };
  }

  badgeColors(kind: string): [string, string] {
    const theme = this.theme;
    if (kind === 'done' || kind === 'approved' || kind === 'on-track' || kind === 'achieved')
      return [theme.ok, theme.okSoft];
    if (kind === 'at-risk') return [theme.warning, theme.warningSoft];
    if (kind === 'missed') return [theme.error, theme.errorSoft];
    if (kind === 'in-progress' || kind === 'review' || kind === 'info') return [theme.info, theme.infoSoft];
    if (kind === 'missing' || kind === 'error' || kind === 'draft') return [theme.error, theme.errorSoft];
    if (kind === 'warning') return [theme.warning, theme.warningSoft];
    if (kind === 'goal') return [theme.accent, theme.accentSoft];
    return [theme.muted, theme.soft];
  }

  callout(content: Content, kind: 'note' | 'error' | 'ok' = 'note'): ContentNode {
    const color = kind === 'error' ? this.theme.error : kind === 'ok' ? this.theme.ok : this.theme.accent;
    return {
      table: { widths: ['*'], body: [[content]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (index: number) => (index === 0 ? 3 : 0),
        vLineColor: () => color,
        fillColor: () => this.theme.soft,
        paddingLeft: () => 10,
        paddingRight: () => 10,
        paddingTop: () => 6,
        paddingBottom: () => 6,
      },
      margin: [0, 0, 0, 10],
    };
  }

  /** A report table: header row in small capitals, numeric columns (header ending in `#`) right-aligned. */
  table(headers: string[], widths: WidthValue[], rows: ContentNode[][], footer: ContentNode[][] = []): TableNode {
    const numeric = headers.map((header) => header.endsWith('#'));
    const head = headers.map(
      (header, index): TextNode => ({
        text: this.t((numeric[index] ? header.slice(0, -1) : header).toUpperCase()),
        style: 'th',
        ...(numeric[index] ? { alignment: 'right' } : {}),
      }),
    );
    const align = (row: ContentNode[]) =>
      row.map(
        (cell, index): ContentNode =>
          numeric[index] && cell.alignment === undefined ? { ...cell, alignment: 'right' } : cell,
      );
    const totalRows = footer.map((row) => align(row).map((cell) => ({ ...cell, bold: true })));
    const body = [head, ...rows.map(align), ...totalRows];
    const theme = this.theme;
    const last = body.length - footer.length;
    return {
      table: { headerRows: 1, widths, body, dontBreakRows: true, keepWithHeaderRows: 1 },
      layout: {
        ...gridLayout(theme, 1),
        hLineWidth: (index, node) =>
          index === 0
            ? 0
            : index === 1
              ? 1
              : footer.length > 0 && index === last
                ? 1.25
                : index === node.table.body.length
                  ? 0.75
                  : 0.5,
        hLineColor: (index) => (footer.length > 0 && index === last ? theme.ink : index === 1 ? '#C4CAD3' : theme.line),
      },
      fontSize: 9,
      margin: [0, 0, 0, 12],
    };
  }

  cell(text: string | undefined, extra: Omit<TextNode, 'text'> = {}): TextNode {
    return { text: this.t(text ?? ''), ...extra };
  }

  body(html: string): Content[] {
    return bodyContent(html, { theme: this.theme, glyphs: this.glyphs });
  }
}
