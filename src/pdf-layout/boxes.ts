import type { FontBook } from './fonts';
import type { PdfKitDocument } from './pdfkit';
import type { Structure, Tag } from './structure';

/**
 * The laid-out report is a tree of boxes: each has a width fixed when it was laid out, a height,
 * a way to draw itself at a point, and, if it can, a way to split so that its head fits the room
 * left on a page. The paginator (`./paginate.ts`) only ever asks boxes those two questions.
 */

/** What boxes draw with: the PDF, its fonts, and what is known once the report is paginated. */
export interface Painter {
  readonly doc: PdfKitDocument;
  readonly fonts: FontBook;
  /** The tagged PDF's structure tree: what each box draws goes into it, or is an artifact. */
  readonly structure: Structure;
  /** Page number (1-based) of the page holding destination `id`, once paginated. */
  pageOf(id: string): number | undefined;
  /** Declares destination `id` here (once), and its bookmark if it has one. */
  mark(mark: Mark, x: number, y: number): void;
}

/** A destination and, when `bookmark` is set, an entry of the PDF's outline pointing at it. */
export interface Mark {
  id?: string;
  bookmark?: { title: string; parentId?: string; expanded: boolean };
}

export interface Box {
  readonly height: number;
  /**
   * Two boxes, the head no taller than `available`, that together draw what this one draws; or
   * undefined when this box cannot break there. `page` is the height of a whole page's content
   * area: a box that asks to be kept together gives way only when it is taller than that.
   */
  split(available: number, page: number): [Box, Box] | undefined;
  draw(painter: Painter, x: number, y: number): void;
  /** The destination ids this box holds, in order. */
  anchors(out: string[]): void;
}

/** Rounding slack: a box exactly as tall as the room left fits. */
export const EPSILON = 0.01;

export class Empty implements Box {
  readonly height = 0;
  split(): undefined {
    return undefined;
  }
  draw(): void {}
  anchors(): void {}
}

export const EMPTY = new Empty();

/** Vertical room (a margin): dropped where a page breaks. */
export class Spacer implements Box {
  constructor(readonly height: number) {}
  split(): undefined {
    return undefined;
  }
  draw(): void {}
  anchors(): void {}
}

/** A destination (and bookmark) at the point where it is drawn; takes no room. */
export class MarkBox implements Box {
  readonly height = 0;
  constructor(readonly mark: Mark) {}
  split(): undefined {
    return undefined;
  }
  draw(painter: Painter, x: number, y: number): void {
    painter.mark(this.mark, x, y);
  }
  anchors(out: string[]): void {
    if (this.mark.id) out.push(this.mark.id);
  }
}

/** Forces the next box onto a new page (top-level content only). */
export class PageBreak extends Empty {}

/**
 * Starts a new page unless `room` (a fraction of the page's content height) is left, so that a
 * section does not start at the foot of a page (top-level content only).
 */
export class RoomBreak extends Empty {
  constructor(readonly room: number) {
    super();
  }
}

/**
 * A box (a heading) that stays on the page where the box after it starts: it moves to the next
 * page unless the head of what follows (a paragraph's first lines, a table's header and first row)
 * fits under it. On an empty page (`page` 0) it gives way, as everything does.
 */
export class KeepWithNext implements Box {
  readonly height: number;

  constructor(
    readonly first: Box,
    readonly next: Box,
  ) {
    this.height = first.height + next.height;
  }

  split(available: number, page: number): [Box, Box] | undefined {
    const first = this.first;
    if (first.height > available + EPSILON) {
      if (page > 0) return undefined;
      const parts = first.split(available, page);
      return parts && [parts[0], new KeepWithNext(parts[1], this.next)];
    }
    const parts = this.next.split(available - first.height, page);
    if (parts && parts[0].height > EPSILON) return [new Stack([first, parts[0]]), parts[1]];
    return page > 0 ? undefined : [first, this.next];
  }

  draw(painter: Painter, x: number, y: number): void {
    this.first.draw(painter, x, y);
    this.next.draw(painter, x, y + this.first.height);
  }

  anchors(out: string[]): void {
    this.first.anchors(out);
    this.next.anchors(out);
  }
}

/**
 * Boxes in order, each one marked `keepWithNext` tied to the one after it (which may itself be tied
 * to the next: a heading, its rule, the paragraph under them). What forces or allows a page break
 * (`PageBreak`, `RoomBreak`) is never tied to.
 */
export function keepingWithNext(boxes: readonly Box[], keep: readonly boolean[]): Box[] {
  const out: Box[] = [];
  for (let index = boxes.length - 1; index >= 0; index--) {
    const box = boxes[index];
    const after = out[out.length - 1];
    if (keep[index] && after !== undefined && !(after instanceof PageBreak || after instanceof RoomBreak))
      out[out.length - 1] = new KeepWithNext(box, after);
    else out.push(box);
  }
  return out.reverse();
}

/** Boxes one under the other. */
export class Stack implements Box {
  readonly height: number;

  constructor(
    readonly children: readonly Box[],
    readonly keepTogether = false,
  ) {
    let height = 0;
    for (const child of children) height += child.height;
    this.height = height;
  }

  split(available: number, page: number): [Box, Box] | undefined {
    if (this.keepTogether && this.height <= page + EPSILON) return undefined;
    const children = this.children;
    let used = 0;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (used + child.height <= available + EPSILON) {
        used += child.height;
        continue;
      }
      // A margin that does not fit is where the page breaks; it is not carried over.
      if (child instanceof Spacer) return this.cut(index, children.slice(index + 1));
      const parts = child.split(available - used, page);
      if (parts)
        return [
          new Stack([...children.slice(0, index), parts[0]]),
          new Stack([parts[1], ...children.slice(index + 1)]),
        ];
      return index === 0 ? undefined : this.cut(index, children.slice(index));
    }
    return undefined;
  }

  /**
   * Head: the children before `index`, less what takes no room at its end (a destination, a list
   * bullet), which goes with the box it belongs to.
   */
  private cut(index: number, rest: readonly Box[]): [Box, Box] | undefined {
    let end = index;
    while (end > 0 && this.children[end - 1].height === 0 && !(this.children[end - 1] instanceof Spacer)) end--;
    if (end === 0 && rest.length === this.children.length - index) return undefined;
    // A head of margins only is no head: a heading kept with it would end its page alone.
    if (this.children.slice(0, end).every((child) => child instanceof Spacer)) return undefined;
    return [new Stack(this.children.slice(0, end)), new Stack([...this.children.slice(end, index), ...rest])];
  }

  draw(painter: Painter, x: number, y: number): void {
    for (const child of this.children) {
      child.draw(painter, x, y);
      y += child.height;
    }
  }

  anchors(out: string[]): void {
    for (const child of this.children) child.anchors(out);
  }
}

/** A box moved right (a left margin, a list item's indent). */
export class Inset implements Box {
  readonly height: number;
  constructor(
    readonly dx: number,
    readonly inner: Box,
  ) {
    this.height = inner.height;
  }
  split(available: number, page: number): [Box, Box] | undefined {
    const parts = this.inner.split(available, page);
    return parts && [new Inset(this.dx, parts[0]), new Inset(this.dx, parts[1])];
  }
  draw(painter: Painter, x: number, y: number): void {
    this.inner.draw(painter, x + this.dx, y);
  }
  anchors(out: string[]): void {
    this.inner.anchors(out);
  }
}

/**
 * A box drawn out of the flow, taking no room: at a point of the page (`absolute`), or at an offset
 * from where the flow is (`relative`).
 */
export class Positioned implements Box {
  readonly height = 0;
  constructor(
    readonly inner: Box,
    readonly position: { x: number; y: number },
    readonly absolute: boolean,
  ) {}
  split(): undefined {
    return undefined;
  }
  draw(painter: Painter, x: number, y: number): void {
    if (this.absolute) this.inner.draw(painter, this.position.x, this.position.y);
    else this.inner.draw(painter, x + this.position.x, y + this.position.y);
  }
  anchors(out: string[]): void {
    this.inner.anchors(out);
  }
}

/**
 * A box with a meaning in the document's structure (a paragraph, a heading, a list, a table, a
 * figure): what it draws goes into the element of its tag, which both halves of a split share.
 */
export class Tagged implements Box {
  readonly height: number;
  constructor(
    readonly tag: Tag,
    readonly inner: Box,
  ) {
    this.height = inner.height;
  }
  split(available: number, page: number): [Box, Box] | undefined {
    const parts = this.inner.split(available, page);
    return parts && [new Tagged(this.tag, parts[0]), new Tagged(this.tag, parts[1])];
  }
  draw(painter: Painter, x: number, y: number): void {
    painter.structure.within(this.tag, () => this.inner.draw(painter, x, y));
  }
  anchors(out: string[]): void {
    this.inner.anchors(out);
  }
}

/**
 * Something drawn in a fixed rectangle (a canvas, an image): never split. A picture that means
 * something is `content` of the element around it (a figure, a list label); shapes decorate.
 */
export class Drawing implements Box {
  constructor(
    readonly height: number,
    private readonly paint: (painter: Painter, x: number, y: number) => void,
    private readonly meaning: 'content' | 'decoration' = 'decoration',
  ) {}
  split(): undefined {
    return undefined;
  }
  draw(painter: Painter, x: number, y: number): void {
    const paint = () => this.paint(painter, x, y);
    if (this.meaning === 'content') painter.structure.content(paint);
    else painter.structure.decoration(paint);
  }
  anchors(): void {}
}
