import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitizedTree } from '../../report/markdown';
import { courierCan, type GlyphReport } from './glyphs';
import { MONO, SANS, type Content, type ContentNode, type Theme } from './theme';

/**
 * A step's (or the charter's, an annex's) body → document-definition content. The input is the model's `html`:
 * Markdown already rendered by unified and sanitized (`../markdown.ts`), so what reaches the PDF is
 * exactly what the HTML export shows — same heading levels, same link checks, images already turned
 * into links. It is parsed back into a tree (parse5, through `hast-util-from-html`) and walked once:
 * headings, paragraphs with bold / italic / code / links, nested lists and task lists, tables with
 * their column alignment, block quotes, code blocks, rules, footnotes.
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

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  mono?: boolean;
  link?: string;
  destination?: string;
  decoration?: 'lineThrough' | 'underline';
  sup?: boolean;
  sub?: boolean;
  color?: string;
  background?: string;
  fontSize?: number;
}

/** Where blocks are laid: the report's flow, or a table cell (tighter spacing). */
interface BlockContext {
  spacing: number;
}

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'blockquote',
  'pre',
  'hr',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'details',
  'summary',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'center',
  'hgroup',
]);

const FLOW: BlockContext = { spacing: 6 };
const CELL: BlockContext = { spacing: 2 };

class BodyConverter {
  private readonly targets = new Set<string>();
  private readonly theme: Theme;
  private readonly glyphs: GlyphReport;

  constructor(
    private readonly tree: Root,
    options: BodyOptions,
  ) {
    this.theme = options.theme;
    this.glyphs = options.glyphs;
    // Fragment links point inside the body (ids were prefixed by the Markdown pass): remember which
    // ids are targets, so that only those become PDF destinations.
    walk(tree, (element) => {
      const href = element.properties.href;
      if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('#'))
        this.targets.add(decode(href.slice(1)));
    });
  }

  convert(): Content[] {
    return this.blocks(this.tree.children as ElementContent[], FLOW);
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks

  private blocks(nodes: readonly ElementContent[], context: BlockContext): ContentNode[] {
    const out: ContentNode[] = [];
    let pending: ElementContent[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const runs = this.inlines(pending, {});
      pending = [];
      if (runs.length > 0) out.push({ text: runs, margin: [0, 0, 0, context.spacing] });
    };
    for (const node of nodes) {
      if (node.type === 'element' && BLOCK_TAGS.has(node.tagName)) {
        flush();
        const converted = this.block(node, context);
        const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
        if (id && this.targets.has(id) && converted.length > 0) attachId(converted[0], id);
        out.push(...converted);
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
        const runs = this.inlines(children, {});
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
    const runs = this.inlines(children, style);
    return runs.length === 0 ? [] : [{ text: runs, margin }];
  }

  private list(element: Element, context: BlockContext): ContentNode {
    const ordered = element.tagName === 'ol';
    const items: Content[] = [];
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName !== 'li') {
        items.push(...this.blocks([child], context));
        continue;
      }
      items.push(this.listItem(child));
    }
    const node: ContentNode = {
      [ordered ? 'ol' : 'ul']: items,
      margin: [0, 0, 0, context.spacing],
      markerColor: this.theme.muted,
    };
    const start = element.properties.start;
    if (ordered && typeof start === 'number' && Number.isFinite(start)) node.start = start;
    return node;
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
        ? { ...(blocks[0] as ContentNode) }
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
        body: [[{ text: this.monoRuns(code, {}), preserveLeadingSpaces: true, fontSize: 8, lineHeight: 1.2 }]],
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
    const columns = Math.max(...rows.map((row) => row.cells.reduce((sum, cell) => sum + span(cell), 0)));
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
          blocks.length === 1 && typeof blocks[0] === 'object'
            ? { ...(blocks[0] as ContentNode), margin: 0 }
            : { stack: blocks };
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

  // ---------------------------------------------------------------------------------------------
  // Inlines

  private inlines(nodes: readonly ElementContent[], style: InlineStyle): ContentNode[] {
    const runs: ContentNode[] = [];
    this.collect(nodes, style, runs);
    return tidy(runs);
  }

  private collect(nodes: readonly ElementContent[], style: InlineStyle, runs: ContentNode[]): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = node.value.replace(/[ \t\n\r\f]+/g, ' ');
        if (text !== '') runs.push(...(style.mono ? this.monoRuns(text, style) : [this.run(text, style)]));
        continue;
      }
      if (node.type !== 'element') continue;
      const before = runs.length;
      this.inlineElement(node, style, runs);
      const id = node.properties.id;
      if (typeof id === 'string' && this.targets.has(id) && runs.length > before) runs[before].id = id;
    }
  }

  private inlineElement(element: Element, style: InlineStyle, runs: ContentNode[]): void {
    const children = element.children;
    const inner = (extra: InlineStyle) => this.collect(children, { ...style, ...extra }, runs);
    switch (element.tagName) {
      case 'strong':
      case 'b':
        return inner({ bold: true });
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn':
      case 'var':
        return inner({ italics: true });
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt':
        return inner({ mono: true, background: style.background ?? this.theme.soft });
      case 'del':
      case 's':
      case 'strike':
        return inner({ decoration: 'lineThrough' });
      case 'ins':
      case 'u':
        return inner({ decoration: 'underline' });
      case 'sup':
        return inner({ sup: true });
      case 'sub':
        return inner({ sub: true });
      case 'mark':
        return inner({ background: '#FFF3A3' });
      case 'small':
        return inner({ fontSize: 8 });
      case 'q':
        runs.push(this.run('“', style));
        inner({});
        runs.push(this.run('”', style));
        return;
      case 'br':
        runs.push({ text: '\n' });
        return;
      case 'input':
        runs.push(this.run(element.properties.checked === true ? '[√] ' : '[ ] ', style));
        return;
      case 'a':
        return this.link(element, style, runs);
      case 'span':
        return inner(hasClass(element, 'sp-image') ? { italics: true, color: this.theme.muted } : {});
      default:
        // Block elements inside inline content (a raw <div> in a table cell): their text, in flow.
        if (BLOCK_TAGS.has(element.tagName) && runs.length > 0) runs.push({ text: '\n' });
        return inner({});
    }
  }

  private link(element: Element, style: InlineStyle, runs: ContentNode[]): void {
    if (element.properties.dataFootnoteBackref !== undefined) return; // "↩": a screen affordance, no use on paper
    const href = typeof element.properties.href === 'string' ? element.properties.href : undefined;
    const extra: InlineStyle = hasClass(element, 'sp-image') ? { italics: true, color: this.theme.muted } : {};
    if (href?.startsWith('#')) {
      const target = decode(href.slice(1));
      // A link to an id this body defines: a jump inside the PDF. Footnote references stay small.
      if (this.targets.has(target) && hasId(this.tree, target)) extra.destination = target;
      if (element.properties.dataFootnoteRef !== undefined) extra.color = this.theme.accent;
    } else if (href && /^(?:https?:|mailto:)/i.test(href)) {
      // Same rule as the HTML export: only http(s) and mailto leave the document.
      extra.link = href;
      extra.color = this.theme.accent;
    }
    // A relative file link means nothing in a PDF handed to a client: its text stays, unlinked.
    this.collect(element.children, { ...style, ...extra }, runs);
  }

  private run(text: string, style: InlineStyle): ContentNode {
    const run: ContentNode = { text: this.glyphs.drawable(text) };
    if (style.bold) run.bold = true;
    if (style.italics) run.italics = true;
    if (style.link) run.link = style.link;
    if (style.destination) run.linkToDestination = style.destination;
    if (style.decoration) run.decoration = style.decoration;
    if (style.sup) run.sup = true;
    if (style.sub) run.sub = true;
    if (style.color) run.color = style.color;
    if (style.background) run.background = style.background;
    if (style.fontSize) run.fontSize = style.fontSize;
    return run;
  }

  /** Code text in Courier; the few characters Courier lacks (outside Windows-1252) fall back to Roboto. */
  private monoRuns(text: string, style: InlineStyle): ContentNode[] {
    const runs: ContentNode[] = [];
    let current = '';
    let mono = true;
    const push = () => {
      if (current === '') return;
      const run = this.run(current, style);
      run.font = mono ? MONO : SANS;
      runs.push(run);
      current = '';
    };
    for (const character of text) {
      const fits = character === '\n' || courierCan(character);
      if (fits !== mono) {
        push();
        mono = fits;
      }
      current += character;
    }
    push();
    return runs;
  }
}

// -----------------------------------------------------------------------------------------------
// Helpers

/** Collapses spaces across runs, and trims the ends, as a browser does. */
function tidy(runs: ContentNode[]): ContentNode[] {
  const out: ContentNode[] = [];
  let atLineStart = true;
  for (const run of runs) {
    let text = run.text as string;
    const preserve = run.font === MONO || run.font === SANS;
    if (!preserve && atLineStart) text = text.replace(/^ +/, '');
    if (text === '') continue;
    if (text === '\n' && out.length > 0) {
      const last = out[out.length - 1];
      if (typeof last.text === 'string' && last.font === undefined) last.text = last.text.replace(/ +$/, '');
    }
    out.push({ ...run, text });
    atLineStart = text.endsWith(' ') || text.endsWith('\n');
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    const trimmed = (last.text as string).replace(/[ \n]+$/, '');
    if (trimmed === '') out.pop();
    else {
      last.text = trimmed;
      break;
    }
  }
  return out;
}

/**
 * A heading must not end a page: it is tied to what follows it when that is short enough to move
 * with it (a block kept whole that is taller than a page would break anyway, so long ones stay free).
 */
function keepHeadingsWithNext(blocks: ContentNode[]): ContentNode[] {
  const out: ContentNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (block.headlineLevel !== undefined && next && next.headlineLevel === undefined && size(next, 900) < 900) {
      out.push({ stack: [block, next], unbreakable: true });
      index++;
    } else out.push(block);
  }
  return out;
}

/** A rough size of some content, in characters (rows of a table count extra); counting stops past `limit`. */
export function size(content: unknown, limit = Infinity): number {
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) {
    let total = 0;
    for (const item of content) {
      total += size(item, limit - total);
      if (total >= limit) break;
    }
    return total;
  }
  if (!content || typeof content !== 'object') return 0;
  const node = content as ContentNode;
  const table = node.table as { body?: unknown[][] } | undefined;
  let total = table?.body ? table.body.length * 60 : 0;
  for (const key of ['text', 'stack', 'ul', 'ol', 'columns']) {
    if (total >= limit) return total;
    if (node[key] !== undefined) total += size(node[key], limit - total);
  }
  if (table?.body && total < limit) total += size(table.body, limit - total);
  return total;
}

function attachId(content: Content, id: string): boolean {
  if (typeof content !== 'object' || content === null) return false;
  if (Array.isArray(content)) return content.some((item) => attachId(item, id));
  if (content.text !== undefined) {
    content.id = id;
    return true;
  }
  for (const key of ['stack', 'ul', 'ol', 'columns']) {
    const value = content[key];
    if (Array.isArray(value) && attachId(value as Content[], id)) return true;
  }
  return false;
}

function walk(node: Root | Element, visit: (element: Element) => void, skip?: (element: Element) => boolean): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (skip?.(child)) continue;
    visit(child);
    walk(child, visit, skip);
  }
}

function hasId(tree: Root, id: string): boolean {
  let found = false;
  walk(tree, (element) => {
    if (element.properties.id === id) found = true;
  });
  return found;
}

function textOf(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += child.tagName === 'br' ? '\n' : textOf(child);
  }
  return text;
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) ? value.includes(name) : value === name;
}

function styleAlign(style: unknown): string | undefined {
  return typeof style === 'string' ? /text-align:\s*(left|right|center)/i.exec(style)?.[1]?.toLowerCase() : undefined;
}

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A full-width horizontal rule (a one-cell table drawn by its top border: no width to guess). */
export function rule(color: string, width: number, margin: number[]): ContentNode {
  return {
    table: { widths: ['*'], body: [[{ text: '', fontSize: 1 }]] },
    layout: {
      hLineWidth: (index: number) => (index === 0 ? width : 0),
      vLineWidth: () => 0,
      hLineColor: () => color,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin,
  };
}

export function gridLayout(theme: Theme, headerRows: number): ContentNode {
  return {
    hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
      index === 0 ? 0 : index === headerRows && headerRows > 0 ? 1 : index === node.table.body.length ? 0.75 : 0.5,
    vLineWidth: () => 0,
    hLineColor: (index: number) => (index === headerRows && headerRows > 0 ? '#C4CAD3' : theme.line),
    fillColor: (rowIndex: number) => (rowIndex < headerRows ? theme.soft : null),
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 3.5,
    paddingBottom: () => 3.5,
  };
}

function quoteLayout(theme: Theme): ContentNode {
  return {
    hLineWidth: () => 0,
    vLineWidth: (index: number) => (index === 0 ? 3 : 0),
    vLineColor: () => theme.line,
    paddingLeft: () => 10,
    paddingRight: () => 4,
    paddingTop: () => 2,
    paddingBottom: () => 0,
  };
}

export function boxLayout(fill: string, padding: number, border?: string): ContentNode {
  return {
    hLineWidth: () => (border ? 0.75 : 0),
    vLineWidth: () => (border ? 0.75 : 0),
    hLineColor: () => border ?? fill,
    vLineColor: () => border ?? fill,
    fillColor: () => fill,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => padding * 0.75,
    paddingBottom: () => padding * 0.75,
  };
}

function checkboxCanvas(checked: boolean, theme: Theme): ContentNode[] {
  const box: ContentNode = {
    type: 'rect',
    x: 0,
    y: 2.5,
    w: 7.5,
    h: 7.5,
    r: 1.2,
    lineWidth: 0.8,
    lineColor: checked ? theme.ok : theme.muted,
  };
  if (!checked) return [box];
  return [
    { ...box, color: theme.okSoft },
    {
      type: 'polyline',
      lineWidth: 1.1,
      lineColor: theme.ok,
      points: [
        { x: 1.6, y: 6.3 },
        { x: 3.3, y: 8.1 },
        { x: 6.2, y: 4.3 },
      ],
    },
  ];
}
