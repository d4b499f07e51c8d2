import type { DocumentDefinition, PageFunction, Watermark } from './content';
import { keepingWithNext, type Box, type Mark, type Painter } from './boxes';
import { Builder } from './build';
import { EMBEDDED_FACES, FontBook } from './fonts';
import { writeObjectStreams } from './object-streams';
import { paginate } from './paginate';
import type { PdfKitConstructor, PdfKitDocument, PdfKitOutline, SvgToPdf } from './pdfkit';
import { Structure } from './structure';
import { BASE_STYLE, Styles, toMargin, type TextStyle } from './style';

/**
 * A document definition → PDF bytes, with pdfkit: lay every box out at its width, paginate, then
 * draw page after page (background, running header, content, footer, watermark). Page numbers are
 * known before anything is drawn, so the contents and the footers print them directly.
 */

export interface LayoutEngine {
  PDFDocument: PdfKitConstructor;
  svg: SvgToPdf;
  /** The embedded faces (Roboto's four, DejaVu Sans Mono's), by the names of `FACES`. */
  fonts: Record<string, Buffer>;
}

const PAGE_SIZES: Record<string, [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };

/** Gives the event loop a turn now and then; the caller decides how often (the editor must keep answering). */
export interface Pause {
  now(): Promise<void>;
}

export interface RenderOptions {
  /** Called between blocks and pages; without it the document is made in one go. */
  pause?: Pause;
}

export async function renderDefinition(
  definition: DocumentDefinition,
  engine: LayoutEngine,
  options: RenderOptions = {},
): Promise<Buffer> {
  const size = PAGE_SIZES[String(definition.pageSize ?? 'A4').toUpperCase()] ?? PAGE_SIZES.A4;
  const info = definition.info ?? {};
  const doc = new engine.PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    compress: true,
    // pdfkit opens a font at once; a standard font is written into the PDF only if text uses it,
    // and none does (every face the report draws with is embedded).
    font: 'Courier',
    ...(definition.language !== undefined ? { lang: definition.language } : {}),
    displayTitle: true,
    // A tagged PDF 1.7 (docs/exporting.md, "Accessibility"); pdfkit only writes the PDF/UA
    // identifier, the checks are test/support/pdf-ua.ts, run on every example.
    tagged: true,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    info: Object.fromEntries(
      Object.entries({
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Creator: info.creator,
        Producer: info.producer,
      }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
    ),
  });
  writeObjectStreams(doc);
  const bytes = collect(doc);
  for (const name of EMBEDDED_FACES) doc.registerFont(name, engine.fonts[name]);

  const fonts = new FontBook(doc);
  const styles = new Styles(definition.styles ?? {});
  const base = styles.resolve(definition.defaultStyle ?? {}, BASE_STYLE);
  const builder = new Builder({ doc, fonts, styles, svg: engine.svg });
  const [left, top, right, bottom] = toMargin(definition.pageMargins) ?? [40, 40, 40, 40];
  const pause = options.pause ?? NO_PAUSE;
  const flow: Box[] = [];
  const keepWithNext: boolean[] = [];
  for (const item of definition.content ?? []) {
    builder.flow([item], base, size[0] - left - right, flow, keepWithNext);
    await pause.now();
  }
  const pages = paginate(keepingWithNext(flow, keepWithNext), size[1] - top - bottom);

  const structure = new Structure(doc);
  const painter = new PagePainter(doc, fonts, structure, pageNumbers(pages));
  const at = (fn: PageFunction | undefined, page: number, width: number): Box | undefined => {
    if (fn === undefined) return undefined;
    const content = fn(page, pages.length);
    return content ? builder.block(content, base, width) : undefined;
  };
  for (const [index, boxes] of pages.entries()) {
    const page = index + 1;
    doc.addPage({ size, margin: 0 });
    // Tab order follows the structure tree (PDF/UA).
    doc.page.dictionary.data.Tabs = 'S';
    const background = at(definition.background, page, size[0]);
    if (background) structure.decoration(() => background.draw(painter, 0, 0), 'Background');
    const header = at(definition.header, page, size[0]);
    if (header) structure.decoration(() => header.draw(painter, 0, 0), 'Pagination');
    let y = top;
    for (const box of boxes) {
      box.draw(painter, left, y);
      y += box.height;
    }
    const footer = at(definition.footer, page, size[0]);
    if (footer) structure.decoration(() => footer.draw(painter, 0, size[1] - bottom), 'Pagination');
    const watermark = definition.watermark;
    if (watermark) structure.decoration(() => drawWatermark(doc, fonts, watermark, base, size), 'Pagination');
    await pause.now();
  }
  doc.end();
  return bytes;
}

const NO_PAUSE: Pause = { now: () => Promise.resolve() };

function collect(doc: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** The page (1-based) each destination first appears on. */
function pageNumbers(pages: readonly Box[][]): Map<string, number> {
  const numbers = new Map<string, number>();
  pages.forEach((boxes, index) => {
    const ids: string[] = [];
    for (const box of boxes) box.anchors(ids);
    for (const id of ids) if (!numbers.has(id)) numbers.set(id, index + 1);
  });
  return numbers;
}

class PagePainter implements Painter {
  private readonly declared = new Set<string>();
  private readonly bookmarks = new Map<string, PdfKitOutline>();

  constructor(
    readonly doc: PdfKitDocument,
    readonly fonts: FontBook,
    readonly structure: Structure,
    private readonly numbers: Map<string, number>,
  ) {}

  pageOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  mark(mark: Mark, x: number, y: number): void {
    if (mark.id !== undefined) {
      if (this.declared.has(mark.id)) return;
      this.declared.add(mark.id);
      this.doc.addNamedDestination(mark.id, 'XYZ', x, y, null);
    }
    const bookmark = mark.bookmark;
    if (!bookmark) return;
    const parent =
      (bookmark.parentId !== undefined ? this.bookmarks.get(bookmark.parentId) : undefined) ?? this.doc.outline;
    // pdfkit measures the outline's target from the page's top right corner.
    const item = parent.addItem(bookmark.title, { expanded: bookmark.expanded, top: y, left: this.doc.page.width - x });
    if (mark.id !== undefined) this.bookmarks.set(mark.id, item);
  }
}

/** The watermark: one word across the page's diagonal, as large as fits, faint. */
function drawWatermark(
  doc: PdfKitDocument,
  fonts: FontBook,
  node: Watermark,
  base: TextStyle,
  size: [number, number],
): void {
  const text = node.text;
  if (text === '') return;
  const face = fonts.face({
    font: node.font ?? base.font,
    bold: node.bold === true,
    italics: node.italics === true,
  });
  const [width, height] = size;
  const diagonal = Math.hypot(width, height);
  const fontSize = Math.min(180, (diagonal * 0.78) / Math.max(1, fonts.width(face, text, 1)));
  const textWidth = fonts.width(face, text, fontSize);
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const ascent = (face.font.ascender / 1000) * fontSize;
  const descent = (face.font.descender / 1000) * fontSize;
  doc.save();
  doc.rotate(-angle, { origin: [width / 2, height / 2] });
  doc
    .font(face.name)
    .fontSize(fontSize)
    .fillColor(node.color ?? '#000000', node.opacity ?? 0.1)
    .text(text, width / 2 - textWidth / 2, height / 2 - (ascent + descent) / 2, {
      lineBreak: false,
      textWidth,
      wordCount: 1,
    });
  doc.restore();
}
