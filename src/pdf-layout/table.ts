import type { Content, TableLayout, TableNode, TableSpec } from './content';
import { EMPTY, EPSILON, type Box, type Painter } from './boxes';
import type { Tag } from './structure';

/**
 * Rows of cells side by side: a table's rows, and `columns`. A row may break across pages (each cell
 * splits at the same height) unless the table keeps its rows whole; a table breaks between rows,
 * repeats its header rows on the next page, and keeps its header with the first row under it.
 */

export type WidthSpec = number | '*' | 'auto';

export interface Line {
  width: number;
  color: string;
  dash?: { length: number; space: number };
}

/** How a table draws its rules: horizontal line `index` is above row `index`. */
export interface TableDecor {
  width: number;
  hLine(index: number): Line;
  vLines: readonly { x: number; line: Line }[];
}

export interface Cell {
  /** Left edge of the cell (its padding included), from the row's left. */
  x: number;
  width: number;
  box: Box;
  padTop: number;
  padBottom: number;
  padLeft: number;
  fill?: string;
  /** The cell's element (`TH`, `TD`) in a data table. */
  tag?: Tag;
}

/**
 * Widths of columns given as points, `*` (share what is left) or `auto` (as wide as their widest
 * line when there is room, else between their widest word and that).
 */
export function columnWidths(
  specs: readonly WidthSpec[],
  natural: readonly { min: number; max: number }[],
  available: number,
): number[] {
  const widths = specs.map((spec) => (typeof spec === 'number' ? spec : 0));
  const autos = specs.flatMap((spec, index) => (spec === 'auto' ? [index] : []));
  const stars = specs.flatMap((spec, index) => (spec === '*' ? [index] : []));
  let rest = available - widths.reduce((sum, width) => sum + width, 0);
  const starMin = stars.reduce((sum, index) => sum + natural[index].min, 0);
  const autoMin = autos.reduce((sum, index) => sum + natural[index].min, 0);
  const autoMax = autos.reduce((sum, index) => sum + natural[index].max, 0);
  const room = rest - starMin;
  const share = autoMax <= room ? 1 : autoMax > autoMin ? Math.max(0, (room - autoMin) / (autoMax - autoMin)) : 0;
  for (const index of autos) {
    const { min, max } = natural[index];
    widths[index] = min + (max - min) * share;
    rest -= widths[index];
  }
  for (const index of stars) widths[index] = Math.max(natural[index].min, rest / stars.length, 0);
  return widths;
}

type NumberRule = 'hLineWidth' | 'vLineWidth' | 'paddingLeft' | 'paddingRight' | 'paddingTop' | 'paddingBottom';
type ColorRule = 'hLineColor' | 'vLineColor';

/** The table layout pdfmake applies when a table names none. */
const DEFAULT_RULES: Required<Pick<TableLayout, NumberRule | ColorRule>> = {
  hLineWidth: () => 1,
  vLineWidth: () => 1,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A table node's `layout` functions (rules, paddings, fills), with pdfmake's defaults. */
export class TableRules {
  private readonly functions: TableLayout;
  private readonly lines = new Map<number, Line>();

  constructor(private readonly node: TableNode) {
    this.functions = { ...DEFAULT_RULES, ...node.layout };
  }

  number(name: NumberRule, index: number): number {
    const value = this.functions[name]?.(index, this.node);
    return typeof value === 'number' ? value : 0;
  }

  color(name: ColorRule, index: number): string {
    const value = this.functions[name]?.(index, this.node);
    return typeof value === 'string' ? value : '#000000';
  }

  /** A cell's own `fillColor`, else the layout's for its row and column. */
  fill(content: Content, row: number, column: number): string | undefined {
    const own = content && typeof content === 'object' && !Array.isArray(content) ? content.fillColor : undefined;
    const value = own ?? this.functions.fillColor?.(row, this.node, column);
    return typeof value === 'string' ? value : undefined;
  }

  hLine(index: number): Line {
    let line = this.lines.get(index);
    if (!line) {
      const dash = this.functions.hLineStyle?.(index, this.node)?.dash;
      line = {
        width: this.number('hLineWidth', index),
        color: this.color('hLineColor', index),
        ...(dash ? { dash: { length: dash.length, space: dash.space ?? dash.length } } : {}),
      };
      this.lines.set(index, line);
    }
    return line;
  }

  decor(grid: TableGrid): TableDecor {
    const columns = grid.widths.length;
    return {
      width: grid.total,
      hLine: (index) => this.hLine(index),
      vLines: grid.vLines.flatMap((width, index) =>
        width > 0
          ? [
              {
                x: (index < columns ? grid.lefts[index] : grid.total) - width,
                line: { width, color: this.color('vLineColor', index) },
              },
            ]
          : [],
      ),
    };
  }
}

/** Where a table's columns fall: content widths, left edges (after the rule), paddings, rules. */
export interface TableGrid {
  widths: number[];
  lefts: number[];
  pads: { left: number; right: number }[];
  vLines: number[];
  total: number;
}

/** Column widths hold the content; paddings and vertical rules come on top, within `width`. */
export function tableGrid(
  rules: TableRules,
  specs: readonly WidthSpec[],
  natural: readonly { min: number; max: number }[],
  width: number,
): TableGrid {
  const columns = specs.length;
  const pads = Array.from({ length: columns }, (_, column) => ({
    left: rules.number('paddingLeft', column),
    right: rules.number('paddingRight', column),
  }));
  const vLines = Array.from({ length: columns + 1 }, (_, index) => rules.number('vLineWidth', index));
  const chrome =
    pads.reduce((sum, pad) => sum + pad.left + pad.right, 0) + vLines.reduce((sum, value) => sum + value, 0);
  const widths = columnWidths(specs, natural, width - chrome);
  const lefts: number[] = [];
  let x = 0;
  for (let column = 0; column < columns; column++) {
    x += vLines[column];
    lefts.push(x);
    x += pads[column].left + widths[column] + pads[column].right;
  }
  return { widths, lefts, pads, vLines, total: x + vLines[columns] };
}

/** A row's minimum height from the table's `heights` (one number, or one per row). */
export function rowHeight(heights: TableSpec['heights'], row: number): number {
  if (typeof heights === 'number') return heights;
  return Array.isArray(heights) && typeof heights[row] === 'number' ? heights[row] : 0;
}

export class RowBox implements Box {
  readonly height: number;
  private readonly top: number;

  constructor(
    readonly cells: readonly Cell[],
    readonly rowIndex: number,
    minHeight: number,
    private readonly breakable: boolean,
    private readonly decor?: TableDecor,
    /** The row's element (`TR`, `TOCI`), shared by both halves of a split row. */
    readonly tag?: Tag,
  ) {
    this.top = decor ? decor.hLine(rowIndex).width : 0;
    let height = minHeight;
    for (const cell of cells) height = Math.max(height, cell.padTop + cell.box.height + cell.padBottom);
    this.height = this.top + height;
  }

  split(available: number, page: number): [Box, Box] | undefined {
    if (!this.breakable && this.height <= page + EPSILON) return undefined;
    const heads: Cell[] = [];
    const tails: Cell[] = [];
    let progress = false;
    for (const cell of this.cells) {
      const room = available - this.top - cell.padTop - cell.padBottom;
      if (cell.box.height <= room + EPSILON) {
        heads.push(cell);
        tails.push({ ...cell, box: EMPTY });
        progress ||= cell.box.height > 0;
        continue;
      }
      const parts = room > 0 ? cell.box.split(room, page) : undefined;
      if (!parts) return undefined;
      heads.push({ ...cell, box: parts[0] });
      tails.push({ ...cell, box: parts[1] });
      progress = true;
    }
    if (!progress) return undefined;
    return [
      new RowBox(heads, this.rowIndex, 0, true, this.decor, this.tag),
      new RowBox(tails, this.rowIndex, 0, true, this.decor, this.tag),
    ];
  }

  draw(painter: Painter, x: number, y: number): void {
    if (this.tag) painter.structure.within(this.tag, () => this.drawRow(painter, x, y));
    else this.drawRow(painter, x, y);
  }

  private drawRow(painter: Painter, x: number, y: number): void {
    const doc = painter.doc;
    const structure = painter.structure;
    const decor = this.decor;
    const bodyTop = y + this.top;
    const bodyHeight = this.height - this.top;
    structure.decoration(() => {
      if (decor && this.top > 0) drawHLine(painter, decor.hLine(this.rowIndex), x, y, decor.width);
      for (const cell of this.cells)
        if (cell.fill) doc.rect(x + cell.x, bodyTop, cell.width, bodyHeight).fill(cell.fill);
    });
    for (const cell of this.cells) {
      const draw = () => cell.box.draw(painter, x + cell.x + cell.padLeft, bodyTop + cell.padTop);
      if (cell.tag) structure.within(cell.tag, draw);
      else draw();
    }
    if (decor && decor.vLines.length > 0)
      structure.decoration(() => {
        for (const { x: lineX, line } of decor.vLines)
          doc.rect(x + lineX, bodyTop, line.width, bodyHeight).fill(line.color);
      });
  }

  anchors(out: string[]): void {
    for (const cell of this.cells) cell.box.anchors(out);
  }
}

function drawHLine(painter: Painter, line: Line, x: number, y: number, width: number): void {
  const doc = painter.doc;
  if (!line.dash) {
    doc.rect(x, y, width, line.width).fill(line.color);
    return;
  }
  doc
    .save()
    .lineWidth(line.width)
    .dash(line.dash.length, { space: line.dash.space })
    .moveTo(x, y + line.width / 2)
    .lineTo(x + width, y + line.width / 2)
    .stroke(line.color)
    .undash()
    .restore();
}

export class TableBox implements Box {
  readonly height: number;

  constructor(
    private readonly headers: readonly RowBox[],
    private readonly rows: readonly RowBox[],
    /** Body rows that must come with the header rows (0 or 1). */
    private readonly keepWithHeaders: number,
    private readonly decor: TableDecor,
    /** The table's element (`Table`, `TOC`, a quote, a figure), if it is more than layout. */
    private readonly tag?: Tag,
    /** The header rows are repeated here (a page after the first): artifacts, not read twice. */
    private readonly repeated = false,
  ) {
    let height = this.bottomAfter(this.last());
    for (const row of headers) height += row.height;
    for (const row of rows) height += row.height;
    this.height = height;
  }

  private last(): RowBox | undefined {
    return this.rows[this.rows.length - 1] ?? this.headers[this.headers.length - 1];
  }

  private bottomAfter(row: RowBox | undefined): number {
    return row ? this.decor.hLine(row.rowIndex + 1).width : 0;
  }

  split(available: number, page: number): [Box, Box] | undefined {
    let used = 0;
    for (const row of this.headers) used += row.height;
    const minimum = this.headers.length > 0 && page > 0 ? this.keepWithHeaders : 0;
    let count = 0;
    while (
      count < this.rows.length &&
      used + this.rows[count].height + this.bottomAfter(this.rows[count]) <= available + EPSILON
    )
      used += this.rows[count++].height;
    let head = this.rows.slice(0, count);
    let rest = this.rows.slice(count);
    if (count < this.rows.length && count >= minimum) {
      const next = this.rows[count];
      const parts = next.split(available - used - this.bottomAfter(next), page);
      if (parts) {
        head = [...head, parts[0] as RowBox];
        rest = [parts[1] as RowBox, ...this.rows.slice(count + 1)];
      }
    }
    if (head.length < Math.max(1, minimum) || rest.length === 0) return undefined;
    return [
      new TableBox(this.headers, head, 0, this.decor, this.tag, this.repeated),
      new TableBox(this.headers, rest, this.keepWithHeaders, this.decor, this.tag, this.headers.length > 0),
    ];
  }

  draw(painter: Painter, x: number, y: number): void {
    if (this.tag) painter.structure.within(this.tag, () => this.drawRows(painter, x, y));
    else this.drawRows(painter, x, y);
  }

  private drawRows(painter: Painter, x: number, y: number): void {
    for (const row of this.headers) {
      const top = y;
      if (this.repeated) painter.structure.decoration(() => row.draw(painter, x, top), 'Pagination');
      else row.draw(painter, x, top);
      y += row.height;
    }
    for (const row of this.rows) {
      row.draw(painter, x, y);
      y += row.height;
    }
    const last = this.last();
    const bottom = y;
    if (last && this.bottomAfter(last) > 0)
      painter.structure.decoration(() =>
        drawHLine(painter, this.decor.hLine(last.rowIndex + 1), x, bottom, this.decor.width),
      );
  }

  anchors(out: string[]): void {
    for (const row of [...this.headers, ...this.rows]) row.anchors(out);
  }
}
