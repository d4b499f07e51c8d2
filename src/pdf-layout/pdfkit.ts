/**
 * The part of pdfkit's API the layout engine uses. pdfkit is loaded at run time (see `../index.ts`),
 * so these interfaces, not its module, are what the engine is written against.
 */

export interface PdfKitFont {
  /** Ascender and descender, in thousandths of the font size. */
  readonly ascender: number;
  readonly descender: number;
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
}

export interface PdfKitOutline {
  addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): PdfKitOutline;
}

export interface PdfKitTextOptions {
  lineBreak: false;
  /** The drawn width, which pdfkit needs to size a link or an underline when it does not wrap. */
  textWidth: number;
  wordCount: 1;
  characterSpacing?: number;
  link?: string;
  goTo?: string;
  underline?: boolean;
  strike?: boolean;
}

/** A structure element of a tagged PDF (pdfkit's `struct()`). */
export interface PdfKitStructElement {
  readonly dictionary: { data: Record<string, unknown> };
  add(child: PdfKitStructElement | PdfKitMarkedContent): this;
  end(): void;
}

/** What `markStructureContent` returns: a marked-content sequence to add to its element. */
export type PdfKitMarkedContent = { readonly refs: unknown[] };

/** Options of an annotation: in a tagged PDF, its Link element and its description. */
export interface PdfKitAnnotationOptions {
  structParent?: PdfKitStructElement;
  // biome-ignore lint/complexity/noBannedTypes: a PDF string is a String object for pdfkit (a plain string is a name).
  Contents?: String;
}

export interface PdfKitDocument {
  readonly page: { width: number; height: number; dictionary: { data: Record<string, unknown> } };
  readonly outline: PdfKitOutline;
  /** The current font, after `font()`. */
  readonly _font: PdfKitFont;
  registerFont(name: string, source: Buffer): this;
  font(name: string): this;
  fontSize(size: number): this;
  fillColor(color: string, opacity?: number): this;
  strokeColor(color: string, opacity?: number): this;
  fillOpacity(opacity: number): this;
  opacity(opacity: number): this;
  lineWidth(width: number): this;
  lineCap(cap: 'butt' | 'round' | 'square'): this;
  dash(length: number, options: { space: number }): this;
  undash(): this;
  save(): this;
  restore(): this;
  rect(x: number, y: number, width: number, height: number): this;
  roundedRect(x: number, y: number, width: number, height: number, radius: number): this;
  ellipse(x: number, y: number, r1: number, r2: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  closePath(): this;
  fill(color?: string): this;
  stroke(color?: string): this;
  fillAndStroke(fill?: string, stroke?: string): this;
  rotate(angle: number, options: { origin: [number, number] }): this;
  text(text: string, x: number, y: number, options: PdfKitTextOptions): this;
  image(source: Buffer, x: number, y: number, options: { width: number; height: number }): this;
  openImage(source: Buffer): { width: number; height: number };
  addPage(options: { size: [number, number]; margin: number }): this;
  addNamedDestination(name: string, kind: 'XYZ', x: number, y: number, zoom: null): void;
  goTo(x: number, y: number, width: number, height: number, name: string, options?: PdfKitAnnotationOptions): this;
  link(x: number, y: number, width: number, height: number, url: string, options?: PdfKitAnnotationOptions): this;
  struct(role: string, options?: { alt?: string; scope?: string }): PdfKitStructElement;
  addStructure(element: PdfKitStructElement): this;
  markContent(tag: 'Artifact', options: { type: string }): this;
  markStructureContent(tag: string): PdfKitMarkedContent;
  endMarkedContent(): this;
  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}

export interface PdfKitOptions {
  size: [number, number];
  margin: number;
  autoFirstPage: false;
  compress: boolean;
  font: string;
  lang?: string;
  displayTitle: boolean;
  tagged?: boolean;
  pdfVersion?: '1.7';
  /** Writes the PDF/UA identifier into the XMP metadata (pdfkit checks nothing). */
  subset?: 'PDF/UA';
  info: Record<string, string>;
}

export type PdfKitConstructor = new (options: PdfKitOptions) => PdfKitDocument;

/** svg-to-pdfkit: draws an SVG (text) at x, y in a viewport of width × height. */
export type SvgToPdf = (
  doc: PdfKitDocument,
  svg: string,
  x: number,
  y: number,
  options: { width: number; height: number; assumePt?: boolean; warningCallback?: (message: string) => void },
) => void;
