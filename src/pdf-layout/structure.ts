import type { PdfKitDocument, PdfKitStructElement } from './pdfkit';

/**
 * The tagged PDF's structure tree (docs/exporting.md, "Accessibility"), written as the boxes draw.
 * Each box that means something holds a `Tag` (its role: a paragraph, a heading, a table cell…);
 * its structure element is made the first time the box draws content, under the element of the
 * box drawing around it, so the tree's order is the drawing order, which is the reading order.
 * The halves of a box split across pages share its tag, hence its element. What only decorates
 * (rules, fills, shapes, running headers and footers, the watermark) is marked as an artifact.
 */

export interface Tag {
  readonly role: string;
  /** A heading's level (1 for the title and sections): written `H1`…, never skipping a level. */
  readonly level?: number;
  /** A figure's alternative text. */
  readonly alt?: string;
  /** A header cell's scope; a cell's column span. */
  readonly scope?: 'Column' | 'Row';
  readonly colSpan?: number;
  /** Inside a figure, the content belongs to the figure (its alternative text says it all). */
  element?: PdfKitStructElement;
}

export function tag(role: string, extra: Omit<Tag, 'role' | 'element'> = {}): Tag {
  return { role, ...extra };
}

export type ArtifactKind = 'Pagination' | 'Layout' | 'Background';

export class Structure {
  private readonly open: Tag[] = [];
  private readonly document: PdfKitStructElement;
  private section: PdfKitStructElement | undefined;
  private lastLevel = 0;
  private artifacts = 0;
  private figures = 0;

  constructor(private readonly doc: PdfKitDocument) {
    this.document = doc.struct('Document');
    doc.addStructure(this.document);
  }

  /** Draws inside the element of `tag`; inside a figure or an artifact, tags add nothing. */
  within(tag: Tag, draw: () => void): void {
    if (tag.role === 'Artifact') {
      this.decoration(draw);
      return;
    }
    if (this.artifacts > 0 || this.figures > 0) {
      draw();
      return;
    }
    this.open.push(tag);
    if (tag.role === 'Figure') this.figures++;
    try {
      draw();
    } finally {
      this.open.pop();
      if (tag.role === 'Figure') this.figures--;
    }
  }

  /** What `draw` paints is content of the element being drawn (an artifact when there is none). */
  content(draw: () => void): void {
    const owner = this.owner();
    if (owner === undefined) {
      this.decoration(draw);
      return;
    }
    const element = this.element(owner);
    const marked = this.doc.markStructureContent(String(element.dictionary.data.S));
    draw();
    this.doc.endMarkedContent();
    element.add(marked);
  }

  /** What `draw` paints only decorates: an artifact. */
  decoration(draw: () => void, kind: ArtifactKind = 'Layout'): void {
    if (this.artifacts > 0) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', { type: kind });
    this.artifacts++;
    try {
      draw();
    } finally {
      this.artifacts--;
      this.doc.endMarkedContent();
    }
  }

  /**
   * A link: its text in a `Link` element of the element being drawn, tied to the annotation that
   * `annotate` makes (pdfkit's OBJR names the current page, so the element is closed at once).
   */
  link(draw: () => void, annotate: (parent: PdfKitStructElement | undefined) => void): void {
    const owner = this.owner();
    if (owner === undefined || this.figures > 0) {
      this.content(draw);
      if (this.artifacts === 0) annotate(undefined);
      return;
    }
    const parent = this.element(owner);
    const link = this.doc.struct('Link');
    parent.add(link);
    const marked = this.doc.markStructureContent('Link');
    draw();
    this.doc.endMarkedContent();
    link.add(marked);
    annotate(link);
    link.end();
  }

  /** The element content goes to: the outermost figure being drawn, else the innermost tag. */
  private owner(): Tag | undefined {
    if (this.artifacts > 0) return undefined;
    if (this.figures > 0) return this.open.find((open) => open.role === 'Figure');
    return this.open[this.open.length - 1];
  }

  private element(tag: Tag): PdfKitStructElement {
    if (tag.element) return tag.element;
    const index = this.open.lastIndexOf(tag);
    const parent = index > 0 ? this.element(this.open[index - 1]) : this.container(tag);
    let role = tag.role;
    if (tag.level !== undefined) {
      const level = Math.max(1, Math.min(tag.level, this.lastLevel + 1, 6));
      this.lastLevel = level;
      role = `H${level}`;
    }
    const element = this.doc.struct(role, {
      ...(tag.alt !== undefined ? { alt: tag.alt } : {}),
      ...(tag.scope !== undefined ? { scope: tag.scope } : {}),
    });
    if (tag.colSpan !== undefined && tag.colSpan > 1) {
      const data = element.dictionary.data;
      data.A = { ...(data.A as object | undefined), O: 'Table', ColSpan: tag.colSpan };
    }
    parent.add(element);
    tag.element = element;
    return element;
  }

  /**
   * Top-level content goes into the current section; each first-level heading starts one. Boxes
   * draw in reading order, so the previous section is complete: ended, pdfkit writes its elements
   * out at once instead of holding the whole tree until the end.
   */
  private container(tag: Tag): PdfKitStructElement {
    if (tag.level === 1 && this.open.length === 1) {
      this.section?.end();
      this.section = this.doc.struct('Sect');
      this.document.add(this.section);
    }
    return this.section ?? this.document;
  }
}
