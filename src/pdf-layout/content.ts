/**
 * The document definition: plain data in pdfmake's vocabulary, which this folder lays out. The
 * vocabulary is closed: a node is one of the kinds below, each with the keys it may have, so a
 * misspelt key or a key on the wrong kind of node fails the type-check instead of being ignored.
 */

export type Content = string | ContentNode | Content[];

export type ContentNode =
  | TextNode
  | PageReferenceNode
  | StackNode
  | ColumnsNode
  | BulletListNode
  | NumberedListNode
  | TableNode
  | CanvasNode
  | ImageNode
  | SvgNode
  | EmptyNode;

export type Alignment = 'left' | 'right' | 'center';

/** Points: one for all four sides, [horizontal, vertical], or [left, top, right, bottom]. */
export type MarginSpec = number | readonly number[];

/** A width in points, `*` (a share of what is left) or `auto` (as wide as the content). */
export type WidthValue = number | '*' | 'auto';

/** What a node passes down to the text inside it. */
export interface StyleProperties {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  lineHeight?: number;
  alignment?: Alignment;
  characterSpacing?: number;
  /** Colour of the bullets and numbers of a list. */
  markerColor?: string;
  preserveLeadingSpaces?: boolean;
}

/** A style of the definition's `styles`, which nodes name in `style`. */
export interface NamedStyle extends StyleProperties {
  margin?: MarginSpec;
}

export interface Position {
  x?: number;
  y?: number;
}

/** What any node may have, whatever it holds. */
export interface BlockProperties extends StyleProperties {
  /** Names of styles of the definition, applied before the node's own properties. */
  style?: string | readonly string[];
  margin?: MarginSpec;
  /** The width of a column of `columns`; for a positioned node, its width in points. */
  width?: WidthValue;
  /** Kept on one page unless taller than a page. */
  unbreakable?: boolean;
  /** Drawn out of the flow: at a point of the page, or at an offset from where the flow is. */
  absolutePosition?: Position;
  relativePosition?: Position;
  /** Top-level content only. */
  pageBreak?: 'before';
  /**
   * Top-level content only: a new page first unless at least this fraction (0–1) of the page's
   * content height is left, so that a section does not start at the foot of a page.
   */
  needsRoom?: number;
  /**
   * Kept on the page where the next node of its stack (or of the top-level content) starts, with
   * at least the first lines or the first table row of it: a heading never ends a page.
   */
  keepWithNext?: boolean;
  /** A destination that links and page references point at. */
  id?: string;
  /** A bookmark of the PDF's outline, titled by `outlineText` or the node's text. */
  outline?: boolean;
  outlineText?: string;
  /** The `id` of the bookmark this one goes under. */
  outlineParentId?: string;
  outlineExpanded?: boolean;
  /** In a table: the cell's background, and how many columns it spans. */
  fillColor?: string;
  colSpan?: number;
  /** In a list: an item drawn without its bullet. */
  listType?: 'none';
  /**
   * Marks a heading (its level): its structure element is `H1`…`H6` (as are the named styles
   * `title` and `h1`…`h6`); the layout does not read it, `keepWithNext` is what keeps it.
   */
  headlineLevel?: number;
  /**
   * The node's role in the tagged PDF's structure when its kind does not say it (a text is a `P`,
   * a list an `L`, a table with header rows a `Table`, a picture with `alt` a `Figure`; a table
   * without header rows is only layout): a table of contents (`TOC`, each row an entry), a block
   * quote, code, a figure (with `alt`: a chart drawn as a table or canvas), or an artifact
   * (decoration, not read).
   */
  role?: 'TOC' | 'BlockQuote' | 'Code' | 'Figure' | 'Artifact';
  /** A figure's alternative text: what a picture or a chart shows, its figures included. */
  alt?: string;
}

/** What text passes down to the runs inside it. */
export interface InlineProperties {
  link?: string;
  linkToDestination?: string;
  background?: string;
  decoration?: 'underline' | 'lineThrough';
  sup?: boolean;
  sub?: boolean;
}

/** A paragraph, or a run inside one (`text` may hold nested runs). */
export interface TextNode extends BlockProperties, InlineProperties {
  text: Content;
  /** Lines past this height are left out (a running header's title). */
  maxHeight?: number;
}

/** The number of the page that destination `pageReference` lands on. */
export interface PageReferenceNode extends BlockProperties, InlineProperties {
  pageReference: string;
}

export interface StackNode extends BlockProperties {
  stack: Content[];
}

export interface ColumnsNode extends BlockProperties {
  columns: Content[];
  columnGap?: number;
}

export interface BulletListNode extends BlockProperties {
  ul: Content[];
}

export interface NumberedListNode extends BlockProperties {
  ol: Content[];
  start?: number;
}

export interface TableNode extends BlockProperties {
  table: TableSpec;
  layout?: TableLayout;
}

export interface TableSpec {
  body: Content[][];
  widths?: readonly WidthValue[];
  /** A row's minimum height: one for all rows, or one per row. */
  heights?: number | readonly number[];
  /** Rows repeated at the top of each page the table spans. */
  headerRows?: number;
  dontBreakRows?: boolean;
  /** Body rows kept on the page of the header rows (0 or 1). */
  keepWithHeaderRows?: number;
}

/** The rules, paddings and fills of a table; horizontal line `index` is above row `index`. */
export interface TableLayout {
  hLineWidth?: (index: number, node: TableNode) => number;
  vLineWidth?: (index: number, node: TableNode) => number;
  hLineColor?: (index: number, node: TableNode) => string;
  vLineColor?: (index: number, node: TableNode) => string;
  hLineStyle?: (index: number, node: TableNode) => { dash?: { length: number; space?: number } } | null;
  fillColor?: (row: number, node: TableNode, column?: number) => string | null;
  paddingLeft?: (column: number, node: TableNode) => number;
  paddingRight?: (column: number, node: TableNode) => number;
  paddingTop?: (row: number, node: TableNode) => number;
  paddingBottom?: (row: number, node: TableNode) => number;
}

export interface CanvasNode extends BlockProperties {
  canvas: Shape[];
}

/** A PNG or JPEG picture, as a `data:image/…;base64,` URI. */
export interface ImageNode extends BlockProperties {
  image: string;
  /** The box the picture is scaled into, keeping its proportions. */
  fit?: readonly [number, number];
}

/** An SVG picture, as text. */
export interface SvgNode extends BlockProperties {
  svg: string;
  fit?: readonly [number, number];
}

/** A node with nothing to draw: the `{}` of a cell covered by a span, or a bare margin. */
export interface EmptyNode extends BlockProperties {}

interface ShapeStyle {
  /** Fill colour. */
  color?: string;
  fillOpacity?: number;
  lineWidth?: number;
  lineColor?: string;
  lineCap?: 'butt' | 'round' | 'square';
}

export interface RectShape extends ShapeStyle {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius. */
  r?: number;
}

export interface LineShape extends ShapeStyle {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface EllipseShape extends ShapeStyle {
  type: 'ellipse';
  x: number;
  y: number;
  r1: number;
  r2: number;
}

export interface PolylineShape extends ShapeStyle {
  type: 'polyline';
  points: readonly { x: number; y: number }[];
  closePath?: boolean;
}

export type Shape = RectShape | LineShape | EllipseShape | PolylineShape;

/** Content drawn on every page (background, running header and footer), or nothing. */
export type PageFunction = (page: number, pages: number) => Content | null | undefined;

/** One word across every page's diagonal. */
export interface Watermark {
  text: string;
  font?: string;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  opacity?: number;
}

export interface DocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
}

export interface DocumentDefinition {
  /** `A4` or `LETTER`, in any case; A4 when unknown. */
  pageSize?: string;
  pageMargins?: MarginSpec;
  language?: string;
  info?: DocumentInfo;
  defaultStyle?: StyleProperties;
  styles?: Record<string, NamedStyle>;
  background?: PageFunction;
  header?: PageFunction;
  footer?: PageFunction;
  content?: Content[];
  watermark?: Watermark;
}
