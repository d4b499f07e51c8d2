import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { IParagraphOptions, IRunOptions, ParagraphChild, Paragraph, Table, TableCell, TableRow } from 'docx';
import { BLOCK_TAGS, decode, hasClass, textOf } from '../pdf/body/hast';
import type { DocxLibrary } from './engine';

/**
 * The HTML of the report's sections (the very markup the HTML export writes, from the same model)
 * → Word paragraphs and tables. Read generically, element by element, so that a block another
 * section gains in the HTML reaches the Word file with no work here: headings become Word heading
 * styles (the navigation pane and the TOC field read them), `<thead>` rows repeat on every page,
 * lists become Word lists, badges and muted notes keep a light styling. Only the budget charts
 * (SVG) are swapped for images drawn from the model, by the caller's `chart` hook.
 */

export type Block = Paragraph | Table;

/** A Markdown body's HTML and the tree it was made from. */
export interface BodyTree {
  html: string;
  tree: Root;
}

interface Inline {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
  strike?: boolean;
  muted?: boolean;
  accent?: boolean;
  superScript?: boolean;
  subScript?: boolean;
}

export interface HtmlToWordOptions {
  docx: DocxLibrary;
  /** `RRGGBB` (no `#`). */
  accent: string;
  /** The Word bookmark of a report anchor (`sp-step-listen`), when the report has that anchor. */
  bookmark: (anchor: string) => string | undefined;
  /** What replaces an `<svg>` (a chart): blocks, or nothing. */
  chart: (svg: Element, parents: Element[]) => Block[];
}

/** Word's built-in list definitions written by the document (see `numberingConfig`). */
export const ORDERED_LIST = 'sp-ordered';

const MUTED = '6B7280';
const MONOSPACE = 'Consolas';

export class HtmlToWord {
  private listInstance = 0;
  private quoteDepth = 0;
  private pendingAnchor: string | undefined;
  private readonly d: DocxLibrary;

  constructor(private readonly options: HtmlToWordOptions) {
    this.d = options.docx;
  }

  /**
   * `bodies`: the Markdown bodies the HTML holds, each with the sanitized tree `renderMarkdown`
   * made of it. They are most of a long plan's HTML: put back as those trees rather than parsed
   * again (a quarter of a second and tens of megabytes for a 50-page plan).
   */
  convert(html: string, bodies: readonly BodyTree[] = []): Block[] {
    let marked = html;
    const trees: Root[] = [];
    for (const body of bodies) {
      const at = body.html === '' ? -1 : marked.indexOf(body.html);
      if (at === -1) continue;
      marked = `${marked.slice(0, at)}<div data-sp-tree="${trees.length}"></div>${marked.slice(at + body.html.length)}`;
      trees.push(body.tree);
    }
    this.trees = trees;
    const tree: Root = fromHtml(marked, { fragment: true });
    return this.blocks(tree.children as ElementContent[], [], false);
  }

  private trees: Root[] = [];

  /** Block children of an element, inline runs between them gathered into paragraphs. */
  private blocks(children: ElementContent[], parents: Element[], inBody: boolean): Block[] {
    const out: Block[] = [];
    let pending: ElementContent[] = [];
    const flush = () => {
      if (pending.some((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== '')))
        out.push(this.paragraph(pending, parents, {}));
      pending = [];
    };
    for (const child of children) {
      if (child.type === 'element' && (BLOCK_TAGS.has(child.tagName) || child.tagName === 'svg')) {
        flush();
        for (const block of this.block(child, parents, inBody)) out.push(block);
      } else if (child.type === 'element' || child.type === 'text') pending.push(child);
    }
    flush();
    return out;
  }

  private block(element: Element, parents: Element[], inBody: boolean): Block[] {
    const d = this.d;
    const within = [...parents, element];
    const tag = element.tagName;
    if (hasClass(element, 'sp-watermark')) return [];
    // A section's or a step's anchor is on its element, not on its heading: the next heading takes it.
    if (typeof element.properties.id === 'string' && ANCHORED.includes(tag)) this.pendingAnchor = element.properties.id;
    if (tag === 'svg') return this.options.chart(element, parents);
    const body = this.trees[Number(element.properties.dataSpTree ?? Number.NaN)];
    if (body) return this.blocks(body.children as ElementContent[], within, true);
    if (/^h[1-6]$/.test(tag)) return [this.heading(element, headingLevel(Number(tag[1]), inBody))];
    if (hasClass(element, 'sp-step-head')) return this.stepHead(element);
    if (tag === 'p') return [this.paragraph(element.children, within, this.paragraphLook(element))];
    if (tag === 'ul' || tag === 'ol') return this.list(element, within, inBody, 0);
    if (tag === 'table') return [this.table(element, within, inBody)];
    if (tag === 'dl') return this.definitions(element, within, inBody);
    if (tag === 'pre') return this.code(element);
    if (tag === 'hr')
      return [
        new d.Paragraph({ border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: 'CCCCCC', space: 1 } } }),
      ];
    if (tag === 'blockquote') {
      this.quoteDepth++;
      const quoted = this.blocks(element.children, within, inBody);
      this.quoteDepth--;
      return quoted;
    }
    if (hasClass(element, 'sp-signature'))
      // Room to sign the printed copy, on a line, as the PDF leaves it.
      return [
        new d.Paragraph({
          spacing: { before: 720 },
          border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '9CA3AF', space: 1 } },
        }),
        this.paragraph(element.children, within, {}),
      ];
    if (SEPARATED.some((name) => hasClass(element, name)))
      return [
        this.paragraph(
          separated(element.children, hasClass(element, 'sp-count') ? ' ' : ' · '),
          within,
          this.paragraphLook(element),
        ),
      ];
    return this.blocks(element.children, within, inBody || hasClass(element, 'sp-body'));
  }

  /** A heading at a Word level, its anchor (`id`) as a bookmark that links and the TOC reach. */
  private heading(element: Element, level: number): Paragraph {
    const d = this.d;
    const levels = [
      d.HeadingLevel.HEADING_1,
      d.HeadingLevel.HEADING_2,
      d.HeadingLevel.HEADING_3,
      d.HeadingLevel.HEADING_4,
      d.HeadingLevel.HEADING_5,
      d.HeadingLevel.HEADING_6,
    ];
    const runs = [this.run(textOf(element).trim(), {})];
    const id = typeof element.properties.id === 'string' ? element.properties.id : this.pendingAnchor;
    this.pendingAnchor = undefined;
    const anchor = id === undefined ? undefined : this.options.bookmark(id);
    return new d.Paragraph({
      heading: levels[level - 1],
      keepNext: true,
      children: anchor ? [new d.Bookmark({ id: anchor, children: runs })] : runs,
    });
  }

  /** A step's head: its number and title as one heading, its status on the line under it. */
  private stepHead(element: Element): Block[] {
    const heading = element.children.find(
      (child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName),
    );
    if (!heading) return [this.paragraph(element.children, [element], {})];
    const number = element.children.find(
      (child): child is Element => child.type === 'element' && hasClass(child, 'sp-step-n'),
    );
    const title = number ? `${textOf(number).trim()}. ${textOf(heading).trim()}` : textOf(heading).trim();
    const badges = element.children.filter(
      (child): child is Element => child.type === 'element' && hasClass(child, 'sp-badge'),
    );
    const stepHeading: Element = { ...heading, children: [{ type: 'text', value: title }] };
    const blocks: Block[] = [this.heading(stepHeading, 2)];
    if (badges.length > 0) blocks.push(this.paragraph(badges, [element], {}));
    return blocks;
  }

  private paragraphLook(element: Element): Partial<IParagraphOptions> {
    const d = this.d;
    if (hasClass(element, 'sp-callout') || hasClass(element, 'sp-draft-banner'))
      return {
        shading: { type: d.ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' },
        border: { left: { style: d.BorderStyle.SINGLE, size: 18, color: this.options.accent, space: 6 } },
        indent: { left: 120 },
      };
    return {};
  }

  private paragraph(nodes: ElementContent[], parents: Element[], look: Partial<IParagraphOptions>): Paragraph {
    const muted = parents.some((parent) => hasClass(parent, 'sp-muted'));
    const quoted = this.quoteDepth > 0;
    return new this.d.Paragraph({
      ...look,
      ...(quoted ? { indent: { left: 480 * this.quoteDepth } } : {}),
      spacing: { after: 100 },
      children: this.inlines(nodes, { muted, italics: quoted || undefined }),
    });
  }

  private inlines(nodes: ElementContent[], style: Inline): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        if (node.value !== '') out.push(this.run(node.value.replace(/\s+/g, ' '), style));
        continue;
      }
      if (node.type !== 'element') continue;
      for (const child of this.inline(node, style)) out.push(child);
    }
    return out;
  }

  private inline(element: Element, style: Inline): ParagraphChild[] {
    const d = this.d;
    const tag = element.tagName;
    if (tag === 'br') return [new d.TextRun({ break: 1 })];
    if (tag === 'input' && element.properties.type === 'checkbox')
      return [this.run(element.properties.checked ? '☑ ' : '☐ ', style)];
    if (tag === 'a') return [this.link(element, style)];
    if (tag === 'img') {
      const alt = typeof element.properties.alt === 'string' ? element.properties.alt : '';
      return alt ? [this.run(alt, { ...style, italics: true })] : [];
    }
    const next: Inline = { ...style };
    if (tag === 'strong' || tag === 'b' || tag === 'th') next.bold = true;
    if (tag === 'em' || tag === 'i') next.italics = true;
    if (tag === 'code' || tag === 'kbd' || tag === 'samp') next.code = true;
    if (tag === 's' || tag === 'del') next.strike = true;
    if (tag === 'sup') next.superScript = true;
    if (tag === 'sub') next.subScript = true;
    if (hasClass(element, 'sp-muted') || hasClass(element, 'sp-small') || hasClass(element, 'sp-id')) next.muted = true;
    if (hasClass(element, 'sp-badge')) {
      next.accent = true;
      next.bold = true;
    }
    // An inline block (a `<div>` in a table cell) starts a new line in its paragraph.
    const lead = BLOCK_TAGS.has(tag) ? [new d.TextRun({ break: 1 })] : [];
    return [...lead, ...this.inlines(element.children, next)];
  }

  private link(element: Element, style: Inline): ParagraphChild {
    const d = this.d;
    const href = typeof element.properties.href === 'string' ? element.properties.href : '';
    const text = textOf(element).replace(/\s+/g, ' ') || href;
    if (href.startsWith('#')) {
      const anchor = this.options.bookmark(decode(href.slice(1)));
      if (anchor) return new d.InternalHyperlink({ anchor, children: [this.run(text, style, 'Hyperlink')] });
    } else if (/^(https?:|mailto:)/i.test(href))
      return new d.ExternalHyperlink({ link: href, children: [this.run(text, style, 'Hyperlink')] });
    return this.run(text, style);
  }

  run(text: string, style: Inline, characterStyle?: string): InstanceType<DocxLibrary['TextRun']> {
    const options: IRunOptions = {
      text,
      bold: style.bold,
      italics: style.italics,
      strike: style.strike,
      superScript: style.superScript,
      subScript: style.subScript,
      font: style.code ? MONOSPACE : undefined,
      color: style.accent ? this.options.accent : style.muted ? MUTED : undefined,
      size: style.muted ? 18 : undefined,
      style: characterStyle,
    };
    return new this.d.TextRun(options);
  }

  private list(element: Element, parents: Element[], inBody: boolean, level: number): Block[] {
    const ordered = element.tagName === 'ol';
    const instance = ++this.listInstance;
    const out: Block[] = [];
    for (const item of element.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const inline = item.children.filter(
        (child) => !(child.type === 'element' && (BLOCK_TAGS.has(child.tagName) || child.tagName === 'svg')),
      );
      const rest = item.children.filter((child) => !inline.includes(child));
      const firstParagraph = rest.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
      const lead = inline.length > 0 ? inline : (firstParagraph?.children ?? []);
      out.push(
        new this.d.Paragraph({
          children: this.inlines(lead, {}),
          spacing: { after: 60 },
          ...(ordered
            ? { numbering: { reference: ORDERED_LIST, level: Math.min(level, 8), instance } }
            : { bullet: { level: Math.min(level, 8) } }),
        }),
      );
      for (const child of rest) {
        if (child === firstParagraph && inline.length === 0) continue;
        if (child.type !== 'element') continue;
        if (child.tagName === 'ul' || child.tagName === 'ol')
          for (const block of this.list(child, [...parents, item], inBody, level + 1)) out.push(block);
        else for (const block of this.block(child, [...parents, item], inBody)) out.push(block);
      }
    }
    return out;
  }

  private definitions(element: Element, parents: Element[], inBody: boolean): Block[] {
    const out: Block[] = [];
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'dt')
        out.push(
          new this.d.Paragraph({
            keepNext: true,
            spacing: { before: 80 },
            children: this.inlines(child.children, { bold: true }),
          }),
        );
      else if (child.tagName === 'dd')
        for (const block of this.blocks(child.children, [...parents, child], inBody)) out.push(block);
    }
    return out;
  }

  private code(element: Element): Block[] {
    const lines = textOf(element).replace(/\n$/, '').split('\n');
    return [
      new this.d.Paragraph({
        shading: { type: this.d.ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' },
        children: lines.flatMap((line, index) => {
          const run = this.run(line, { code: true });
          return index === 0 ? [run] : [new this.d.TextRun({ break: 1 }), run];
        }),
      }),
    ];
  }

  private table(element: Element, parents: Element[], inBody: boolean): Table {
    const d = this.d;
    const rows: TableRow[] = [];
    const groups = element.children.filter((child): child is Element => child.type === 'element');
    const direct = groups.filter((child) => child.tagName === 'tr');
    const sections = groups.filter((child) => ['thead', 'tbody', 'tfoot'].includes(child.tagName));
    const ordered = sections.length > 0 ? sections : [{ ...element, tagName: 'tbody', children: direct }];
    let columns = 1;
    for (const section of ordered) {
      const header = section.tagName === 'thead';
      for (const row of section.children) {
        if (row.type !== 'element' || row.tagName !== 'tr') continue;
        const cells = row.children
          .filter(
            (cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
          )
          .map((cell) => this.cell(cell, [...parents, row], inBody, header, section.tagName === 'tfoot'));
        if (cells.length === 0) continue;
        columns = Math.max(columns, cells.length);
        rows.push(new d.TableRow({ tableHeader: header, cantSplit: true, children: cells }));
      }
    }
    if (rows.length === 0)
      rows.push(new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph('')] })] }));
    return new d.Table({
      rows,
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      borders: {
        top: { style: d.BorderStyle.SINGLE, size: 4, color: 'D1D5DB' },
        bottom: { style: d.BorderStyle.SINGLE, size: 4, color: 'D1D5DB' },
        left: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: d.BorderStyle.SINGLE, size: 4, color: 'E5E7EB' },
        insideVertical: { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      columnWidths: Array.from({ length: columns }, () => Math.floor(9000 / columns)),
    });
  }

  private cell(cell: Element, parents: Element[], inBody: boolean, header: boolean, footer: boolean): TableCell {
    const d = this.d;
    const numeric = hasClass(cell, 'sp-num');
    const alignment = numeric ? d.AlignmentType.RIGHT : undefined;
    const hasBlocks = cell.children.some((child) => child.type === 'element' && BLOCK_TAGS.has(child.tagName));
    const style: Inline = { bold: header || footer || cell.tagName === 'th' };
    const children: Block[] = hasBlocks
      ? this.blocks(cell.children, [...parents, cell], inBody)
      : [new d.Paragraph({ alignment, children: this.inlines(cell.children, style) })];
    const span = Number(cell.properties.colSpan ?? 1);
    return new d.TableCell({
      children: children.length > 0 ? children : [new d.Paragraph('')],
      columnSpan: Number.isInteger(span) && span > 1 ? span : undefined,
      shading: header ? { type: d.ShadingType.CLEAR, fill: tint(this.options.accent), color: 'auto' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  }
}

/** Elements whose `id` is the anchor of the heading they start with. */
const ANCHORED = ['section', 'article', 'header', 'nav'];

/** Blocks whose inline children are separate facts (`3` and `Errors`, `Owner: …` and `Due: …`). */
const SEPARATED = ['sp-count', 'sp-card', 'sp-meta', 'sp-cover-top', 'sp-cover-bottom'];

/** Children with a separator between elements: a space after a figure, ` · ` between facts. */
function separated(children: ElementContent[], separator: string): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (out.length > 0) out.push({ type: 'text', value: separator });
    out.push(child);
  }
  return out;
}

/**
 * HTML heading → Word heading level: the report's `<h2>` sections are Heading 1, its `<h3>` (a
 * step, an envelope) Heading 2; a heading inside a body is at least Heading 3, under its step.
 */
function headingLevel(html: number, inBody: boolean): number {
  if (inBody) return Math.min(6, Math.max(3, html));
  return Math.min(6, Math.max(1, html - 1));
}

/** The accent mixed with white, for header rows. */
function tint(hex: string): string {
  const value = Number.parseInt(hex, 16);
  const channel = (shift: number) =>
    Math.round(255 - (255 - ((value >> shift) & 0xff)) * 0.15)
      .toString(16)
      .padStart(2, '0');
  return `${channel(16)}${channel(8)}${channel(0)}`.toUpperCase();
}
