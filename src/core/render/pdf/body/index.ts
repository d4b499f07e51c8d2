import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitizedTree } from '../../../report/markdown';
import type { GlyphReport } from '../glyphs';
import { boxLayout, checkboxCanvas, gridLayout, quoteLayout, rule } from '../layouts';
import type { Content, ContentNode, Theme } from '../theme';
import { attachId, keepHeadingsWithNext } from './flow';
import { BLOCK_TAGS, decode, hasClass, styleAlign, textOf, walk } from './hast';
import { InlineConverter, type InlineStyle } from './inlines';
import { append, maxOf } from '../../../util/arrays';

/**
 * A step's (or the charter's, an annex's) body → document-definition content. The input is the
 * model's `html`: Markdown already rendered by unified and sanitized (`report/markdown.ts`), so what
 * reaches the PDF is exactly what the HTML export shows — same heading levels, same link checks,
 * images already turned into links. It is parsed back into a tree (parse5, through
 * `hast-util-from-html`) and walked once: headings, paragraphs, nested lists and task lists, tables
 * with their column alignment, block quotes, code blocks, rules, footnotes here; bold / italic /
 * code / links in `./inlines.ts`.
 */

export interface BodyOptions {
  theme: Theme;
  glyphs: GlyphReport;
}

export function bodyContent(html: string, options: BodyOptions): Content[] {
  if (html.trim() === '') return [];
  const tree = sanitizedTree(html) ?? fromHtml(html, { fragment: true });
  return new BodyConverter(tree, options).convert();
}

/** Where blocks are laid: the report's flow, or a table cell (tighter spacing). */
interface BlockContext {
  spacing: number;
}

const FLOW: BlockContext = { spacing: 6 };
const CELL: BlockContext = { spacing: 2 };

class BodyConverter {
  private readonly targets = new Set<string>();
  private readonly theme: Theme;
  private readonly inlines: InlineConverter;

  constructor(
    private readonly tree: Root,
    options: BodyOptions,
  ) {
    this.theme = options.theme;
    // Fragment links point inside the body (ids were prefixed by the Markdown pass): remember which
    // ids are targets, so that only those become PDF destinations.
    walk(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('#'))
        this.targets.add(decode(href.slice(1)));
    });
    this.inlines = new InlineConverter(tree, this.targets, options.theme, options.glyphs);
  }

  convert(): Content[] {
    return this.blocks(this.tree.children as ElementContent[], FLOW);
  }

  private blocks(nodes: readonly ElementContent[], context: BlockContext): ContentNode[] {
    const out: ContentNode[] = [];
    let pending: ElementContent[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const runs = this.inlines.runs(pending, {});
      pending = [];
      if (runs.length > 0) out.push({ text: runs, margin: [0, 0, 0, context.spacing] });
    };
    for (const node of nodes) {
      if (node.type === 'element' && BLOCK_TAGS.has(node.tagName)) {
        flush();
        const converted = this.block(node, context);
        const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
        if (id && this.targets.has(id) && converted.length > 0) attachId(converted[0], id);
        append(out, converted);
      } else if (node.type === 'element' || node.type === 'text') {
        pending.push(node);
      }
    }
    flush();
    return keepHeadingsWithNext(out);
  }

  private block(element: Element, context: BlockContext): ContentNode[] {
    const tag = element.tagName;
    const children = element.children;
    switch (tag) {
      case 'p': {
        if (hasClass(element, 'sp-footnotes-label')) return this.paragraph(children, { bold: true }, [0, 4, 0, 3]);
        return this.paragraph(children, {}, [0, 0, 0, context.spacing]);
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const level = Math.max(3, Number(tag[1]));
        const runs = this.inlines.runs(children, {});
        return runs.length === 0 ? [] : [{ text: runs, style: `h${level}`, headlineLevel: level }];
      }
      case 'ul':
      case 'ol':
        return [this.list(element, context)];
      case 'li':
        return this.blocks(children, context);
      case 'table':
        return this.table(element);
      case 'thead':
      case 'tbody':
      case 'tfoot':
      case 'tr':
        // Table parts outside a table: keep their text.
        return this.blocks(children, context);
      case 'blockquote':
        return [
          {
            table: { widths: ['*'], body: [[{ stack: this.blocks(children, context), color: this.theme.muted }]] },
            layout: quoteLayout(this.theme),
            role: 'BlockQuote',
            margin: [0, 2, 0, context.spacing + 2],
          },
        ];
      case 'pre':
        return [this.codeBlock(element, context)];
      case 'hr':
        return [rule(this.theme.line, 0.75, [0, 4, 0, context.spacing + 4])];
      case 'summary':
        return this.paragraph(children, { bold: true }, [0, 0, 0, context.spacing]);
      case 'dt':
        return this.paragraph(children, { bold: true }, [0, 2, 0, 1]);
      case 'dd':
        return [{ stack: this.blocks(children, context), margin: [14, 0, 0, context.spacing] }];
      case 'section':
        if (hasClass(element, 'footnotes') || element.properties.dataFootnotes !== undefined) {
          return [
            {
              stack: [rule(this.theme.line, 0.5, [0, 6, 0, 2]), ...this.blocks(children, CELL)],
              fontSize: 8,
              color: this.theme.muted,
              margin: [0, 4, 0, 4],
            },
          ];
        }
        return this.blocks(children, context);
      default:
        return this.blocks(children, context);
    }
  }

  private paragraph(children: readonly ElementContent[], style: InlineStyle, margin: number[]): ContentNode[] {
    const runs = this.inlines.runs(children, style);
    return runs.length === 0 ? [] : [{ text: runs, margin }];
  }

  private list(element: Element, context: BlockContext): ContentNode {
    const ordered = element.tagName === 'ol';
    const items: Content[] = [];
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName !== 'li') {
        append(items, this.blocks([child], context));
        continue;
      }
      items.push(this.listItem(child));
    }
    const look = { margin: [0, 0, 0, context.spacing], markerColor: this.theme.muted };
    if (!ordered) return { ul: items, ...look };
    const start = element.properties.start;
    return { ol: items, ...look, ...(typeof start === 'number' && Number.isFinite(start) ? { start } : {}) };
  }

  private listItem(item: Element): Content {
    const id =
      typeof item.properties.id === 'string' && this.targets.has(item.properties.id) ? item.properties.id : undefined;
    const checkbox = item.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'input',
    );
    const rest = checkbox ? item.children.filter((child) => child !== checkbox) : item.children;
    const blocks = this.blocks(rest, CELL);
    const content: ContentNode =
      blocks.length === 1 && typeof blocks[0] === 'object' && !Array.isArray(blocks[0])
        ? { ...blocks[0] }
        : { stack: blocks };
    if (id) attachId(content, id);
    if (!checkbox) return content;
    const checked = checkbox.properties.checked === true;
    return {
      columns: [
        { width: 11, canvas: checkboxCanvas(checked, this.theme) },
        { width: '*', stack: [content] },
      ],
      columnGap: 3,
      listType: 'none',
    };
  }

  private codeBlock(element: Element, context: BlockContext): ContentNode {
    const code = textOf(element).replace(/\n$/, '');
    return {
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: this.inlines.monoRuns(code, {}),
              preserveLeadingSpaces: true,
              fontSize: 8,
              lineHeight: 1.2,
              role: 'Code',
            },
          ],
        ],
      },
      layout: boxLayout(this.theme.soft, 7),
      margin: [0, 1, 0, context.spacing + 2],
    };
  }

  private table(element: Element): ContentNode[] {
    const rows: { cells: Element[]; header: boolean }[] = [];
    walk(
      element,
      (node) => {
        if (node.tagName !== 'tr') return;
        const cells = node.children.filter(
          (child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'),
        );
        if (cells.length > 0) rows.push({ cells, header: cells.every((cell) => cell.tagName === 'th') });
      },
      (node) => node !== element && node.tagName === 'table',
    );
    if (rows.length === 0) return [];
    const span = (cell: Element) => {
      const value = Number(cell.properties.colSpan ?? 1);
      return Number.isInteger(value) && value > 1 ? Math.min(value, 20) : 1;
    };
    const columns = maxOf(rows.map((row) => row.cells.reduce((sum, cell) => sum + span(cell), 0)));
    let headerRows = 0;
    while (headerRows < rows.length && rows[headerRows].header) headerRows++;
    if (headerRows === rows.length) headerRows = 0;
    const lengths = new Array<number>(columns).fill(0);
    const body = rows.map((row, rowIndex) => {
      const cells: ContentNode[] = [];
      for (const cell of row.cells) {
        const blocks = this.blocks(cell.children, CELL);
        const align = cell.properties.align ?? styleAlign(cell.properties.style);
        const node: ContentNode =
          blocks.length === 1 && typeof blocks[0] === 'object' ? { ...blocks[0], margin: 0 } : { stack: blocks };
        if (align === 'right' || align === 'center') node.alignment = align;
        if (rowIndex < headerRows) Object.assign(node, { bold: true, fontSize: 8.5 });
        const colSpan = Math.min(span(cell), columns - cells.length);
        if (colSpan > 1) node.colSpan = colSpan;
        // Column widths follow the body cells; a long header in a short column wraps instead.
        const length = rowIndex < headerRows ? 0 : Math.min(200, textOf(cell).trim().length);
        if (colSpan === 1 && cells.length < columns) lengths[cells.length] = Math.max(lengths[cells.length], length);
        cells.push(node);
        for (let extra = 1; extra < colSpan; extra++) cells.push({});
        if (cells.length >= columns) break;
      }
      while (cells.length < columns) cells.push({ text: '' });
      return cells;
    });
    // Short columns (numbers, dates, statuses) take their width; the others share the rest.
    const widths = lengths.map((length) => (length <= 14 ? 'auto' : '*'));
    if (!widths.includes('*')) widths[widths.length - 1] = '*';
    const long = rows.some((row) => row.cells.some((cell) => textOf(cell).length > 500));
    return [
      {
        table: { headerRows, widths, body, dontBreakRows: !long, keepWithHeaderRows: headerRows > 0 ? 1 : 0 },
        layout: gridLayout(this.theme, headerRows),
        fontSize: 8.5,
        margin: [0, 2, 0, 8],
      },
    ];
  }
}
