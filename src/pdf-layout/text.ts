import { EPSILON, type Box, type Mark, type Painter } from './boxes';
import type { Face, FontBook } from './fonts';
import type { PdfKitStructElement } from './pdfkit';
import type { Alignment, TextStyle } from './style';

/**
 * Paragraphs: styled runs → words → lines, greedily, breaking after spaces (and after a hyphen or a
 * slash inside a long word), never inside a no-break space; a word wider than the line is cut
 * where it must. Each line is drawn with one pdfkit call per run it holds.
 */

export interface Run {
  text: string;
  style: TextStyle;
  face: Face;
  /** Font size drawn: the style's, smaller for a superscript or subscript. */
  size: number;
  /** Baseline shift, down positive. */
  rise: number;
  /** Top of the text to its baseline, and the line height it asks for. */
  ascent: number;
  height: number;
  link?: string;
  goTo?: string;
  id?: string;
  background?: string;
  underline?: boolean;
  strike?: boolean;
  /** Prints the page number of this destination (a table of contents). */
  pageRef?: string;
}

interface Piece {
  run: Run;
  /** The text drawn, trailing spaces included. */
  text: string;
  /** Width without, and of, the trailing spaces. */
  width: number;
  space: number;
  /** A line may end after this piece. */
  breakAfter: boolean;
  newline?: boolean;
  /** Spaces only, at the start of a text: dropped at the start of a line unless preserved. */
  leading?: boolean;
}

interface Line {
  pieces: Piece[];
  width: number;
  height: number;
  ascent: number;
}

const TOKENS = /\n|[^ \n]+ *| +/g;
/** Inside a word, a line may break after a hyphen or a slash that follows a letter or digit. */
const INNER_BREAKS = /(?<=[\p{L}\p{N}][-/‐–])(?=[\p{L}\p{N}])/u;
/** Lines of a paragraph that a page break never separates, at its start and at its end. */
const LINES_KEPT_TOGETHER = 2;
/** Page numbers are measured as this before they are known. */
const PAGE_PLACEHOLDER = '000';

export function runMetrics(
  fonts: FontBook,
  style: TextStyle,
  sup?: boolean,
  sub?: boolean,
): Pick<Run, 'face' | 'size' | 'rise' | 'ascent' | 'height'> {
  const face = fonts.face(style);
  const size = sup || sub ? style.fontSize * 0.7 : style.fontSize;
  const rise = sup ? -style.fontSize * 0.33 : sub ? style.fontSize * 0.15 : 0;
  return {
    face,
    size,
    rise,
    ascent: (face.font.ascender / 1000) * style.fontSize,
    height: face.font.lineHeight(style.fontSize) * style.lineHeight,
  };
}

function pieces(fonts: FontBook, runs: readonly Run[]): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    if (run.pageRef !== undefined) {
      out.push({
        run,
        text: PAGE_PLACEHOLDER,
        width: fonts.width(run.face, PAGE_PLACEHOLDER, run.size),
        space: 0,
        breakAfter: false,
      });
      continue;
    }
    const spacing = run.style.characterSpacing;
    let first = true;
    for (const [token] of run.text.matchAll(TOKENS)) {
      if (token === '\n') {
        out.push({ run, text: '', width: 0, space: 0, breakAfter: true, newline: true });
        first = true;
        continue;
      }
      const word = token.trimEnd();
      const spaces = token.length - word.length;
      const spaceWidth = spaces === 0 ? 0 : fonts.width(run.face, ' ', run.size, spacing);
      const space = spaces * spaceWidth;
      // Measured as pdfkit will shape it when the line is drawn (each word with the space after
      // it), so that every word is shaped once, for both.
      const measure = (part: string, spaced: boolean) =>
        spaced
          ? fonts.width(run.face, `${part} `, run.size, spacing) - spaceWidth
          : fonts.width(run.face, part, run.size, spacing);
      if (word === '') {
        out.push({ run, text: token, width: 0, space, breakAfter: true, leading: first });
      } else if (word.length > 12 && INNER_BREAKS.test(word)) {
        const parts = word.split(INNER_BREAKS);
        parts.forEach((part, index) => {
          const last = index === parts.length - 1;
          out.push({
            run,
            text: last ? part + token.slice(word.length) : part,
            width: measure(part, last && spaces > 0),
            space: last ? space : 0,
            breakAfter: !last || spaces > 0,
          });
        });
      } else {
        out.push({ run, text: token, width: measure(word, spaces > 0), space, breakAfter: spaces > 0 });
      }
      first = false;
    }
  }
  return out;
}

function makeLine(pieces: Piece[], fallback: Run | undefined): Line {
  let width = 0;
  let height = 0;
  let ascent = 0;
  for (const piece of pieces) {
    width += piece.width + piece.space;
    height = Math.max(height, piece.run.height);
    ascent = Math.max(ascent, piece.run.ascent);
  }
  if (pieces.length > 0) width -= pieces[pieces.length - 1].space;
  else if (fallback) {
    height = fallback.height;
    ascent = fallback.ascent;
  }
  return { pieces, width, height, ascent };
}

/** Cuts a word wider than the line into pieces that fit, character by character. */
function cutWord(fonts: FontBook, piece: Piece, maxWidth: number): Piece[] {
  const out: Piece[] = [];
  const characters = Array.from(piece.text.trimEnd());
  const spacing = piece.run.style.characterSpacing;
  let current = '';
  for (const character of characters) {
    const next = current + character;
    if (current !== '' && fonts.width(piece.run.face, next, piece.run.size, spacing) > maxWidth) {
      out.push({
        ...piece,
        text: current,
        width: fonts.width(piece.run.face, current, piece.run.size, spacing),
        space: 0,
        breakAfter: true,
      });
      current = character;
    } else current = next;
  }
  out.push({
    ...piece,
    text: current + piece.text.slice(piece.text.trimEnd().length),
    width: fonts.width(piece.run.face, current, piece.run.size, spacing),
  });
  return out;
}

export function breakLines(fonts: FontBook, runs: readonly Run[], maxWidth: number): Line[] {
  const lines: Line[] = [];
  const preserve = runs.some((run) => run.style.preserveLeadingSpaces);
  let line: Piece[] = [];
  let width = 0;
  let lastBreak = -1;
  let lastRun: Run | undefined = runs[0];
  const flush = () => {
    lines.push(makeLine(line, lastRun));
    line = [];
    width = 0;
    lastBreak = -1;
  };
  const add = (piece: Piece) => {
    line.push(piece);
    width += piece.width + piece.space;
    if (piece.breakAfter) lastBreak = line.length - 1;
  };
  for (const piece of pieces(fonts, runs)) {
    lastRun = piece.run;
    if (piece.newline) {
      flush();
      continue;
    }
    if (line.length === 0 && piece.width === 0 && !(preserve && piece.leading)) continue;
    if (line.length > 0 && width + piece.width > maxWidth + EPSILON) {
      const carry = lastBreak >= 0 && lastBreak < line.length - 1 ? line.splice(lastBreak + 1) : [];
      flush();
      for (const carried of carry) add(carried);
      // What was carried may itself be too wide with the piece: then the piece starts a line too.
      if (line.length > 0 && width + piece.width > maxWidth + EPSILON) flush();
    }
    if (line.length === 0 && piece.width > maxWidth + EPSILON) {
      const parts = cutWord(fonts, piece, maxWidth);
      for (const part of parts.slice(0, -1)) {
        add(part);
        flush();
      }
      add(parts[parts.length - 1]);
      continue;
    }
    add(piece);
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Widest line and widest word: what a column of automatic width needs. */
export function naturalWidth(fonts: FontBook, runs: readonly Run[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  let current = 0;
  let word = 0;
  for (const piece of pieces(fonts, runs)) {
    if (piece.newline) {
      max = Math.max(max, current);
      current = 0;
      word = 0;
      continue;
    }
    current += piece.width + piece.space;
    word += piece.width;
    min = Math.max(min, word);
    if (piece.breakAfter) word = 0;
  }
  return { min, max: Math.max(max, current) };
}

/** Lines of text, aligned in `width`. */
export class TextBox implements Box {
  readonly height: number;

  constructor(
    private readonly lines: readonly Line[],
    private readonly width: number,
    private readonly alignment: Alignment,
    private readonly marks: readonly Mark[] = [],
  ) {
    let height = 0;
    for (const line of lines) height += line.height;
    this.height = height;
  }

  /** Keeps at most the lines that fit `maxHeight` (a running header's title). */
  clip(maxHeight: number): TextBox {
    const kept: Line[] = [];
    let height = 0;
    for (const line of this.lines) {
      if (kept.length > 0 && height + line.height > maxHeight + EPSILON) break;
      kept.push(line);
      height += line.height;
    }
    return new TextBox(kept, this.width, this.alignment, this.marks);
  }

  /**
   * Breaks between lines, leaving no line alone at the foot of a page (an orphan) or at the top of
   * the next (a widow), unless the page is empty (`page` 0) and everything gives way.
   */
  split(available: number, page: number): [Box, Box] | undefined {
    let height = 0;
    let count = 0;
    while (count < this.lines.length && height + this.lines[count].height <= available + EPSILON)
      height += this.lines[count++].height;
    const alone = page > 0 ? LINES_KEPT_TOGETHER : 1;
    count = Math.min(count, this.lines.length - alone);
    if (count < alone) return undefined;
    return [
      new TextBox(this.lines.slice(0, count), this.width, this.alignment, this.marks),
      new TextBox(this.lines.slice(count), this.width, this.alignment),
    ];
  }

  anchors(out: string[]): void {
    for (const mark of this.marks) if (mark.id) out.push(mark.id);
    for (const line of this.lines) for (const piece of line.pieces) if (piece.run.id) out.push(piece.run.id);
  }

  draw(painter: Painter, x: number, y: number): void {
    for (const mark of this.marks) painter.mark(mark, x, y);
    for (const line of this.lines) {
      drawLine(painter, line, x, y, this.width, this.alignment);
      y += line.height;
    }
  }
}

interface Segment {
  run: Run;
  text: string;
  width: number;
  /** Room after the text before the next segment (its trailing spaces). */
  space: number;
}

/** Consecutive pieces of one run, joined: one pdfkit call each. Page numbers are filled in here. */
function segments(painter: Painter, line: Line): Segment[] {
  const out: Segment[] = [];
  for (const piece of line.pieces) {
    const last = out[out.length - 1];
    if (piece.run.pageRef !== undefined) {
      const text = String(painter.pageOf(piece.run.pageRef) ?? '');
      out.push({ run: piece.run, text, width: painter.fonts.width(piece.run.face, text, piece.run.size), space: 0 });
    } else if (last && last.run === piece.run) {
      last.text += piece.text;
      last.width += last.space + piece.width;
      last.space = piece.space;
    } else out.push({ run: piece.run, text: piece.text, width: piece.width, space: piece.space });
  }
  // The last segment keeps its trailing space: drawn, it shapes the very words measured (its
  // width, which sizes a link or an underline, leaves the space out).
  return out;
}

function drawLine(painter: Painter, line: Line, x: number, top: number, width: number, alignment: Alignment): void {
  const parts = segments(painter, line);
  let lineWidth = 0;
  for (const part of parts) lineWidth += part.width + part.space;
  if (parts.length > 0) lineWidth -= parts[parts.length - 1].space;
  let cursor = alignment === 'right' ? x + width - lineWidth : alignment === 'center' ? x + (width - lineWidth) / 2 : x;
  const doc = painter.doc;
  const structure = painter.structure;
  for (const part of parts) {
    const run = part.run;
    const y = top + line.ascent - run.ascent + run.rise;
    if (run.id) painter.mark({ id: run.id }, cursor, top);
    const left = cursor;
    if (run.background)
      structure.decoration(() =>
        doc
          .save()
          .rect(left, top + line.ascent - run.ascent, part.width, run.face.font.lineHeight(run.style.fontSize))
          .fill(run.background)
          .restore(),
      );
    if (part.text !== '') {
      const text = () => {
        doc.font(run.face.name).fontSize(run.size).fillColor(run.style.color);
        doc.text(part.text, left, y, {
          lineBreak: false,
          textWidth: part.width,
          wordCount: 1,
          ...(run.style.characterSpacing ? { characterSpacing: run.style.characterSpacing } : {}),
          ...(run.underline ? { underline: true } : {}),
          ...(run.strike ? { strike: true } : {}),
        });
      };
      if (run.link !== undefined || run.goTo !== undefined)
        structure.link(text, linkAnnotation(painter, part, left, y));
      else structure.content(text);
    }
    cursor += part.width + part.space;
  }
}

/** A link's annotation over its text, described by that text (PDF/UA asks for `Contents`). */
function linkAnnotation(painter: Painter, part: Segment, x: number, y: number) {
  return (parent: PdfKitStructElement | undefined) => {
    const run = part.run;
    const height = run.face.font.lineHeight(run.size);
    const options = { ...(parent ? { structParent: parent } : {}), Contents: new String(part.text.trim()) };
    if (run.link !== undefined) painter.doc.link(x, y, part.width, height, run.link, options);
    else if (run.goTo !== undefined) painter.doc.goTo(x, y, part.width, height, run.goTo, options);
  };
}
