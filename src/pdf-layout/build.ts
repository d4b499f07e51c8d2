import type {
  ColumnsNode,
  Content,
  ContentNode,
  ImageNode,
  InlineProperties,
  PageReferenceNode,
  SvgNode,
  TableNode,
  TextNode,
  WidthValue,
} from './content';
import {
  Drawing,
  EMPTY,
  Inset,
  keepingWithNext,
  MarkBox,
  PageBreak,
  Positioned,
  RoomBreak,
  Spacer,
  Stack,
  Tagged,
  type Box,
  type Mark,
} from './boxes';
import { blockTag, cellTag, meaningOf, partTag, tableKind, textTag } from './roles';
import { tag } from './structure';
import { bulletMarker, canvas, orderedMarker, shapeRight } from './shapes';
import type { FontBook } from './fonts';
import { fitted, refuseMalformed, svgSize } from './pictures';
import type { PdfKitDocument, SvgToPdf } from './pdfkit';
import type { Styles, TextStyle } from './style';
import {
  columnWidths,
  RowBox,
  rowHeight,
  TableBox,
  tableGrid,
  TableRules,
  type Cell,
  type TableGrid,
  type WidthSpec,
} from './table';
import { breakLines, naturalWidth, runMetrics, TextBox, type Run } from './text';

/**
 * Document-definition nodes → boxes, at a given width. The definition is plain data in pdfmake's
 * vocabulary (`./content.ts`: `text`, `stack`, `columns`, `table`, `ul`/`ol`, `canvas`, `image`,
 * `svg`, margins, named styles, `id` and `outline`, `pageReference`, `linkToDestination`); this is
 * the one place that gives those words a layout.
 */

export interface BuildContext {
  doc: PdfKitDocument;
  fonts: FontBook;
  styles: Styles;
  svg: SvgToPdf;
}

/** What a node passes down to the runs inside it, besides its style. */
type RunExtras = Partial<Run> & { sup?: boolean; sub?: boolean };

export class Builder {
  private listDepth = 0;

  constructor(private readonly context: BuildContext) {}

  /**
   * Top-level content → `boxes`, page breaks kept visible to the paginator, with whether each box
   * is to be kept with the next (`keepingWithNext` ties them once all the content is laid out).
   */
  flow(content: readonly Content[], style: TextStyle, width: number, boxes: Box[], keep: boolean[]): void {
    for (const item of content) {
      if (Array.isArray(item)) {
        this.flow(item, style, width, boxes, keep);
        continue;
      }
      const node = item && typeof item === 'object' ? item : undefined;
      const breaks = node?.pageBreak === 'before' ? new PageBreak() : roomBreak(node?.needsRoom);
      if (breaks) {
        boxes.push(breaks);
        keep.push(false);
      }
      boxes.push(this.block(item, style, width));
      keep.push(node?.keepWithNext === true);
    }
  }

  /** The children of a stack, each one marked `keepWithNext` tied to the next. */
  private stacked(items: readonly Content[], style: TextStyle, width: number): Box {
    const boxes = items.map((item) => this.block(item, style, width));
    const keep = items.map((item) => isNode(item) && item.keepWithNext === true);
    return new Stack(keepingWithNext(boxes, keep));
  }

  block(content: Content, parent: TextStyle, width: number): Box {
    if (typeof content === 'string' || typeof content === 'number')
      return new Tagged(tag('P'), this.textBox([String(content)], parent, width, []));
    if (Array.isArray(content)) return this.stacked(content, parent, width);
    if (!content || typeof content !== 'object') return EMPTY;
    const node = content;
    const style = this.context.styles.resolve(node, parent);
    const margin = this.context.styles.margin(node) ?? [0, 0, 0, 0];
    const innerWidth =
      typeof node.width === 'number' && (node.absolutePosition || node.relativePosition)
        ? node.width
        : width - margin[0] - margin[2];
    let box = this.inner(node, style, Math.max(0, innerWidth));
    if (margin[0] !== 0) box = new Inset(margin[0], box);
    if (margin[1] !== 0 || margin[3] !== 0) box = new Stack([new Spacer(margin[1]), box, new Spacer(margin[3])]);
    if (node.unbreakable === true) box = new Stack([box], true);
    const position = node.absolutePosition ?? node.relativePosition;
    if (position)
      box = new Positioned(box, { x: position.x ?? 0, y: position.y ?? 0 }, node.absolutePosition !== undefined);
    return box;
  }

  private inner(node: ContentNode, style: TextStyle, width: number): Box {
    const box = isText(node) ? this.text(node, style, width) : this.marked(node, this.nonText(node, style, width));
    const wrapper = blockTag(node);
    return wrapper ? new Tagged(wrapper, box) : box;
  }

  private marked(node: ContentNode, box: Box): Box {
    const mark = this.markOf(node);
    return mark ? new Stack([new MarkBox(mark), box]) : box;
  }

  private nonText(node: ContentNode, style: TextStyle, width: number): Box {
    if ('stack' in node) return this.stacked(node.stack, style, width);
    if ('columns' in node) return this.columns(node, style, width);
    if ('ul' in node) return this.list(node.ul, 1, false, style, width);
    if ('ol' in node) return this.list(node.ol, node.start ?? 1, true, style, width);
    if ('table' in node) return this.table(node, style, width);
    if ('canvas' in node) return canvas(node.canvas, meaningOf(node));
    if ('image' in node) return this.image(node, width);
    if ('svg' in node) return this.svg(node, width);
    return EMPTY;
  }

  // --- Text -------------------------------------------------------------------------------------

  private markOf(node: ContentNode): Mark | undefined {
    const id = node.id;
    if (node.outline !== true) return id ? { id } : undefined;
    const title = node.outlineText ?? plainText('text' in node ? node.text : 'stack' in node ? node.stack : '');
    return { id, bookmark: { title, parentId: node.outlineParentId, expanded: node.outlineExpanded === true } };
  }

  private text(node: TextNode | PageReferenceNode, style: TextStyle, width: number): Box {
    const runs: Run[] = [];
    // The node's own link, background or decoration apply to all its text; its id is a mark.
    this.collect({ ...node, id: undefined }, style, {}, runs);
    const mark = this.markOf(node);
    const box = this.textBox(runs, style, width, mark ? [mark] : []);
    const clipped = 'maxHeight' in node && node.maxHeight !== undefined ? box.clip(node.maxHeight) : box;
    return new Tagged(textTag(node), clipped);
  }

  private textBox(content: (string | Run)[], style: TextStyle, width: number, marks: Mark[]): TextBox {
    const runs = content.map((item) => (typeof item === 'string' ? this.run(item, style, {}) : item));
    if (runs.length === 0) runs.push(this.run('', style, {}));
    return new TextBox(breakLines(this.context.fonts, runs, width), width, style.alignment, marks);
  }

  private run(text: string, style: TextStyle, extra: RunExtras): Run {
    const { sup, sub, ...rest } = extra;
    return { text, style, ...runMetrics(this.context.fonts, style, sup, sub), ...rest };
  }

  /** Inline content → runs; links, backgrounds and decorations pass down to nested inlines. */
  private collect(content: Content | undefined, style: TextStyle, inherited: RunExtras, out: Run[]): void {
    if (content === undefined || content === null) return;
    if (typeof content === 'string' || typeof content === 'number') {
      out.push(this.run(String(content), style, inherited));
      return;
    }
    if (Array.isArray(content)) {
      for (const item of content) this.collect(item, style, inherited, out);
      return;
    }
    const node = content;
    const nodeStyle = this.context.styles.resolve(node, style);
    const extra = isText(node) ? inlineExtras(node, inherited) : { ...inherited };
    const before = out.length;
    if ('pageReference' in node) out.push(this.run('', nodeStyle, { ...extra, pageRef: node.pageReference }));
    else if ('text' in node) this.collect(node.text, nodeStyle, extra, out);
    if (node.id !== undefined && out.length > before) out[before] = { ...out[before], id: node.id };
  }

  /** Widest line and widest word of some content: for columns and cells of automatic width. */
  natural(content: Content, parent: TextStyle): { min: number; max: number } {
    if (typeof content === 'string' || typeof content === 'number')
      return naturalWidth(this.context.fonts, [this.run(String(content), parent, {})]);
    if (Array.isArray(content)) return widest(content.map((item) => this.natural(item, parent)));
    if (!content || typeof content !== 'object') return { min: 0, max: 0 };
    const node = content;
    const style = this.context.styles.resolve(node, parent);
    const margin = this.context.styles.margin(node) ?? [0, 0, 0, 0];
    const extra = margin[0] + margin[2];
    let size: { min: number; max: number };
    if (isText(node)) {
      const runs: Run[] = [];
      if ('pageReference' in node) runs.push(this.run('000', style, {}));
      else this.collect(node.text, style, {}, runs);
      size = naturalWidth(this.context.fonts, runs);
    } else if ('stack' in node) size = this.natural(node.stack, style);
    else if ('columns' in node) {
      const parts = node.columns.map((item) => this.natural(item, style));
      const gaps = (node.columnGap ?? 0) * Math.max(0, parts.length - 1);
      size = {
        min: parts.reduce((sum, part) => sum + part.min, gaps),
        max: parts.reduce((sum, part) => sum + part.max, gaps),
      };
    } else if ('canvas' in node) {
      const right = node.canvas.reduce((right, shape) => Math.max(right, shapeRight(shape)), 0);
      size = { min: right, max: right };
    } else if (typeof node.width === 'number') size = { min: node.width, max: node.width };
    else size = { min: 0, max: 0 };
    return { min: size.min + extra, max: size.max + extra };
  }

  // --- Columns, lists, tables -------------------------------------------------------------------------------------

  private columns(node: ColumnsNode, style: TextStyle, width: number): Box {
    const items = node.columns;
    const gap = node.columnGap ?? 0;
    const specs = items.map((item) =>
      widthSpec(item && typeof item === 'object' && !Array.isArray(item) ? item.width : undefined),
    );
    const natural = items.map((item, index) =>
      specs[index] === 'auto' ? this.natural(item, style) : { min: 0, max: 0 },
    );
    const widths = columnWidths(specs, natural, width - gap * Math.max(0, items.length - 1));
    let x = 0;
    const cells: Cell[] = items.map((item, index) => {
      const cell: Cell = {
        x,
        width: widths[index],
        box: this.block(item, style, widths[index]),
        padTop: 0,
        padBottom: 0,
        padLeft: 0,
      };
      x += widths[index] + gap;
      return cell;
    });
    return new RowBox(cells, 0, 0, true);
  }

  private list(items: readonly Content[], start: number, ordered: boolean, style: TextStyle, width: number): Box {
    const face = this.context.fonts.face(style);
    const labels = items.map((_, index) => `${start + index}.`);
    const gap = style.fontSize * 0.45;
    const indent = ordered
      ? labels.reduce(
          (widest, label) => Math.max(widest, this.context.fonts.width(face, label, style.fontSize)),
          Number.NEGATIVE_INFINITY,
        ) + gap
      : style.fontSize * 1.1;
    const color = style.markerColor ?? style.color;
    const depth = this.listDepth++;
    const firstLine = face.font.lineHeight(style.fontSize) * style.lineHeight;
    try {
      const entries = items.map((item, index) => {
        const content = new Tagged(tag('LBody'), new Inset(indent, this.block(item, style, width - indent)));
        if (item && typeof item === 'object' && !Array.isArray(item) && item.listType === 'none')
          return new Tagged(tag('LI'), content);
        const marker = ordered
          ? orderedMarker(face, labels[index], style.fontSize, color, indent - gap)
          : bulletMarker(depth, style.fontSize, color, firstLine);
        const label = new Tagged(tag('Lbl'), new Positioned(new Drawing(0, marker, 'content'), { x: 0, y: 0 }, false));
        return new Tagged(tag('LI'), new Stack([label, content]));
      });
      return new Tagged(tag('L'), new Stack(entries));
    } finally {
      this.listDepth--;
    }
  }

  private table(node: TableNode, style: TextStyle, width: number): Box {
    const table = node.table;
    const body = (table.body ?? []).filter((row) => Array.isArray(row));
    const columns = body.reduce((most, row) => Math.max(most, row.length), 0);
    if (columns === 0) return EMPTY;
    const rules = new TableRules(node);
    const specs = Array.from({ length: columns }, (_, column) => widthSpec(table.widths?.[column] ?? 'auto'));
    const natural = specs.map((spec, column) =>
      spec === 'auto'
        ? widest(body.map((row) => (isSingleCell(row[column]) ? this.natural(row[column], style) : { min: 0, max: 0 })))
        : { min: 0, max: 0 },
    );
    const grid = tableGrid(rules, specs, natural, width);
    const decor = rules.decor(grid);
    const headerRows = Math.min(body.length, Math.max(0, Number(table.headerRows) || 0));
    const kind = tableKind(node, headerRows);
    const rows = body.map((row, rowIndex) => {
      const cellRole = kind !== 'data' ? undefined : rowIndex < headerRows ? 'TH' : 'TD';
      return new RowBox(
        this.tableCells(row, rowIndex, grid, rules, style, cellRole),
        rowIndex,
        rowHeight(table.heights, rowIndex),
        table.dontBreakRows !== true,
        decor,
        partTag(kind, 'row'),
      );
    });
    return new TableBox(
      rows.slice(0, headerRows),
      rows.slice(headerRows),
      Number(table.keepWithHeaderRows) > 0 ? 1 : 0,
      decor,
      partTag(kind, 'table'),
    );
  }

  private tableCells(
    row: Content[],
    rowIndex: number,
    grid: TableGrid,
    rules: TableRules,
    style: TextStyle,
    cellRole: 'TH' | 'TD' | undefined,
  ): Cell[] {
    const cells: Cell[] = [];
    const columns = grid.widths.length;
    for (let column = 0; column < columns; column++) {
      const content = row[column];
      if (content === undefined || isSpanned(content)) continue;
      const last = column + Math.min(spanOf(content), columns - column) - 1;
      const left = grid.lefts[column];
      const contentLeft = left + grid.pads[column].left;
      const contentRight = grid.lefts[last] + grid.pads[last].left + grid.widths[last];
      const fill = rules.fill(content, rowIndex, column);
      cells.push({
        x: left,
        width: contentRight + grid.pads[last].right - left,
        box: this.block(content, style, contentRight - contentLeft),
        padTop: rules.number('paddingTop', rowIndex),
        padBottom: rules.number('paddingBottom', rowIndex),
        padLeft: grid.pads[column].left,
        ...(fill ? { fill } : {}),
        ...(cellRole ? { tag: cellTag(cellRole, last - column + 1) } : {}),
      });
      column = last;
    }
    return cells;
  }

  // --- Pictures -------------------------------------------------------------------------------------

  private image(node: ImageNode, width: number): Box {
    const match = /^data:image\/[a-z+]+;base64,(.*)$/s.exec(node.image);
    if (!match) return EMPTY;
    const source = Buffer.from(match[1], 'base64');
    const size = this.context.doc.openImage(source);
    const [w, h] = fitted(size.width, size.height, node.fit);
    const dx = node.alignment === 'center' ? (width - w) / 2 : node.alignment === 'right' ? width - w : 0;
    return new Drawing(
      h,
      (painter, x, y) => painter.doc.image(source, x + dx, y, { width: w, height: h }),
      meaningOf(node),
    );
  }

  private svg(node: SvgNode, width: number): Box {
    const svg = node.svg;
    const size = svgSize(svg);
    const [w, h] = fitted(size.width, size.height, node.fit);
    const dx = node.alignment === 'center' ? (width - w) / 2 : node.alignment === 'right' ? width - w : 0;
    const draw = this.context.svg;
    return new Drawing(
      h,
      (painter, x, y) =>
        draw(painter.doc, svg, x + dx, y, { width: w, height: h, assumePt: true, warningCallback: refuseMalformed }),
      meaningOf(node),
    );
  }
}

// -----------------------------------------------------------------------------------------------

function widthSpec(value: WidthValue | undefined): WidthSpec {
  if (typeof value === 'number') return value;
  return value === 'auto' ? 'auto' : '*';
}

function isNode(content: Content): content is ContentNode {
  return !!content && typeof content === 'object' && !Array.isArray(content);
}

/** `needsRoom`: a fraction of the page, above 0 and at most 1 (anything else asks for nothing). */
function roomBreak(room: number | undefined): RoomBreak | undefined {
  return typeof room === 'number' && room > 0 ? new RoomBreak(Math.min(1, room)) : undefined;
}

/** A paragraph or a page number: what is laid out as lines of text. */
function isText(node: ContentNode): node is TextNode | PageReferenceNode {
  return 'text' in node || 'pageReference' in node;
}

/** The link, background and decoration a text node gives the runs inside it. */
function inlineExtras(node: InlineProperties, inherited: RunExtras): RunExtras {
  const extra = { ...inherited };
  if (node.link !== undefined) extra.link = node.link;
  if (node.linkToDestination !== undefined) extra.goTo = node.linkToDestination;
  if (node.background !== undefined) extra.background = node.background;
  if (node.decoration === 'underline') extra.underline = true;
  if (node.decoration === 'lineThrough') extra.strike = true;
  if (node.sup === true) extra.sup = true;
  if (node.sub === true) extra.sub = true;
  return extra;
}

function widest(sizes: { min: number; max: number }[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const size of sizes) {
    min = Math.max(min, size.min);
    max = Math.max(max, size.max);
  }
  return { min, max };
}

/** A cell of its own column: not covered by a span, not spanning. */
function isSingleCell(content: Content | undefined): content is Content {
  return content !== undefined && content !== null && !isSpanned(content) && spanOf(content) === 1;
}

/** The `{}` a table row holds where a cell to its left spans over it. */
function isSpanned(content: Content): boolean {
  return !!content && typeof content === 'object' && !Array.isArray(content) && Object.keys(content).length === 0;
}

function spanOf(content: Content): number {
  const span = content && typeof content === 'object' && !Array.isArray(content) ? Number(content.colSpan) : 1;
  return Number.isInteger(span) && span > 1 ? span : 1;
}

function plainText(content: Content): string {
  if (typeof content === 'string' || typeof content === 'number') return String(content);
  if (Array.isArray(content)) return content.map(plainText).join('');
  if (content && typeof content === 'object' && 'text' in content) return plainText(content.text);
  return '';
}
