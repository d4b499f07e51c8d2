import type { Html, Nodes, Parents, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  OPTIONAL_END_TAGS,
  RAW_TEXT_TAGS,
  type RawHtmlTreatment,
  rawHtmlTreatment,
  VOID_TAGS,
} from './raw-html-elements';

export {
  RAW_HTML_TREATMENTS,
  type RawHtmlTreatment,
  rawHtmlTreatment,
  sanitizerStrippedTags,
  sanitizerTagNames,
  VOID_TAGS,
} from './raw-html-elements';

/**
 * Raw HTML in a Markdown body, as the report will show it. What each element becomes is the table of
 * `./raw-html-elements.ts`; this file finds the elements, and tells which ones are never closed.
 *
 * The report parses raw HTML with a real HTML parser, and an element left open there takes the rest
 * of the body with it: a stray `<style>` hides everything after it, an unclosed `<details>` folds
 * it away. So before that parser runs, `settleRawHtml` settles every raw element the way
 * `analyzeRawHtml` describes: an element that is never closed loses its opening tag (what follows
 * is kept), and a dropped element is cut out with its content only up to its own closing tag. The
 * `raw-html` rule reads the same settling, so it says what the report does.
 */

/**
 * Above this many characters a body is not formatted (report/markdown.ts shows it as plain
 * paragraphs): unified holds ~300 bytes per character of Markdown (a 5 MB body took 12 s and 1.6 GB
 * to export). No plan's step is near it (the examples' longest body: under 5 KB).
 */
export const MAX_FORMATTED_CHARACTERS = 512 * 1024;

/**
 * Above this many characters of quote markers and indentation before a line's text, a body is not
 * formatted either: unified walks nested quotes and lists by recursion, and 5,000 `> ` overflow
 * the stack (test/core/hostile-export.test.ts). A real plan's deepest nesting is a few levels.
 */
export const MAX_FORMATTED_NESTING = 200;

/** Why a body is shown as plain paragraphs rather than formatted, if it is. */
export function unformattedBecause(markdown: string): 'long' | 'deep' | undefined {
  if (markdown.length > MAX_FORMATTED_CHARACTERS) return 'long';
  return nestingDepth(markdown) > MAX_FORMATTED_NESTING ? 'deep' : undefined;
}

/** The longest run of `>`, spaces and tabs that starts a line. */
function nestingDepth(markdown: string): number {
  let deepest = 0;
  for (const match of markdown.matchAll(/^[ \t>]+/gm)) deepest = Math.max(deepest, match[0].length);
  return deepest;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** The Markdown syntax tree of a body, parsed exactly as the report parses it. */
export function parseMarkdownBody(markdown: string): Root {
  return parser.parse(markdown);
}

/** One run of raw HTML in the body (a block of HTML, or one tag written inside a paragraph). */
export interface HtmlPiece {
  node: Html;
  parent: Parents;
}

/** A tag's place: which piece, and where in that piece's text. */
export interface TagSpan {
  piece: number;
  start: number;
  end: number;
}

/**
 * What the report does with one raw element: its treatment, or `unclosed` (never closed: the report
 * leaves its opening tag out and keeps what follows).
 */
export type RawHtmlOutcome = RawHtmlTreatment | 'unclosed';

export interface RawHtmlElement {
  tag: string;
  outcome: RawHtmlOutcome;
  opening: TagSpan;
  /** The closing tag that ends a dropped element (its content is dropped up to there). */
  closing?: TagSpan;
}

export interface RawHtmlAnalysis {
  pieces: HtmlPiece[];
  elements: RawHtmlElement[];
}

interface Token extends TagSpan {
  kind: 'start' | 'end' | 'open-comment';
  tag: string;
}

/** The pseudo-tag of an HTML comment that is never closed (`<!--` without `-->`). */
export const OPEN_COMMENT = '!--';

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[?!][\s\S]*?(?:>|$)|<\/([A-Za-z][A-Za-z0-9-]*)\s*>|<([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

function tokensOf(value: string, piece: number): Token[] {
  const tokens: Token[] = [];
  for (const match of value.matchAll(TAG)) {
    const span = { piece, start: match.index, end: match.index + match[0].length };
    if (match[1]) tokens.push({ kind: 'end', tag: match[1].toLowerCase(), ...span });
    else if (match[2]) tokens.push({ kind: 'start', tag: match[2].toLowerCase(), ...span });
    else if (match[0].startsWith('<!--') && !match[0].endsWith('-->'))
      tokens.push({ kind: 'open-comment', tag: OPEN_COMMENT, piece, start: match.index, end: match.index + 4 });
  }
  return tokens;
}

function htmlPieces(tree: Root): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  const visit = (parent: Parents) => {
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'html') pieces.push({ node: child, parent });
      else if ('children' in child) visit(child);
    }
  };
  visit(tree);
  return pieces;
}

/** Every raw element of a body and what the report does with it, in the order of the body. */
export function analyzeRawHtml(tree: Root): RawHtmlAnalysis {
  const pieces = htmlPieces(tree);
  const tokens = pieces.flatMap((piece, index) => tokensOf(piece.node.value, index));
  const elements: RawHtmlElement[] = [];
  const open: RawHtmlElement[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === 'end') {
      closeUpTo(open, token.tag);
      continue;
    }
    if (token.kind === 'open-comment') {
      elements.push({ tag: OPEN_COMMENT, outcome: 'unclosed', opening: spanOf(token) });
      continue;
    }
    const treatment = rawHtmlTreatment(token.tag);
    const element: RawHtmlElement = { tag: token.tag, outcome: treatment, opening: spanOf(token) };
    elements.push(element);
    if (VOID_TAGS.has(token.tag)) continue;
    if (treatment === 'dropped') {
      const closing = droppedUntil(token, index, tokens, pieces);
      if (closing) {
        element.closing = closing;
        // What lies inside a dropped element is no element of the report.
        while (index + 1 < tokens.length && before(tokens[index + 1], closing)) index++;
      } else element.outcome = 'unclosed';
      continue;
    }
    open.push(element);
  }
  for (const element of open) if (!OPTIONAL_END_TAGS.has(element.tag)) element.outcome = 'unclosed';
  return { pieces, elements };
}

function spanOf(token: Token): TagSpan {
  return { piece: token.piece, start: token.start, end: token.end };
}

/** A closing tag closes the latest open element of its name, and the ones opened inside it; a stray one nothing. */
function closeUpTo(open: RawHtmlElement[], tag: string): void {
  let at = open.length - 1;
  while (at >= 0 && open[at].tag !== tag) at--;
  if (at >= 0) open.length = at;
}

function before(token: Token, span: TagSpan): boolean {
  return token.piece < span.piece || (token.piece === span.piece && token.start < span.end);
}

/**
 * Where a dropped element ends: its closing tag in the same piece of HTML, or in a later piece of
 * the same block (the same paragraph, or the body's top level), so that what is cut out between
 * them is whole Markdown blocks or inline runs. `undefined`: it is never closed there.
 */
function droppedUntil(opening: Token, index: number, tokens: Token[], pieces: HtmlPiece[]): TagSpan | undefined {
  const parent = pieces[opening.piece].parent;
  if (RAW_TEXT_TAGS.has(opening.tag)) {
    if (opening.tag === 'plaintext') return undefined;
    const closer = new RegExp(`</${opening.tag}(?=[\\s/>])[^>]*>?`, 'i');
    for (let piece = opening.piece; piece < pieces.length; piece++) {
      if (pieces[piece].parent !== parent) continue;
      const from = piece === opening.piece ? opening.end : 0;
      const match = closer.exec(pieces[piece].node.value.slice(from));
      if (match) return { piece, start: from + match.index, end: from + match.index + match[0].length };
    }
    return undefined;
  }
  let depth = 0;
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next];
    if (token.tag !== opening.tag || pieces[token.piece].parent !== parent) continue;
    if (token.kind === 'start') depth++;
    else if (depth === 0) return spanOf(token);
    else depth--;
  }
  return undefined;
}

/** A raw element of a body, where its opening tag is in the body's text, and what the report does with it. */
export interface SettledElement {
  tag: string;
  outcome: RawHtmlOutcome;
  /** Offsets of its opening tag in the body. */
  start: number;
  end: number;
}

export interface SettledBody {
  /** The body's syntax tree, its raw HTML settled: ready for the HTML parser and the sanitizer. */
  tree: Root;
  elements: SettledElement[];
}

/**
 * Parses a body and settles its raw HTML (the report's first step, and what the `raw-html` rule
 * reads). An unclosed `<style>`, `<script>`, `<pre>`, `<textarea>` or comment that starts a block
 * makes Markdown read the whole rest of the body as HTML: that opening tag is taken out of the text
 * (its line breaks kept, so lines do not move) and the body parsed again. Then every other
 * unclosed element loses its opening tag, and dropped elements are cut out of the tree.
 */
export function settleRawHtml(markdown: string): SettledBody {
  let text = markdown;
  const edits: TextRemoval[] = [];
  const removed: SettledElement[] = [];
  for (;;) {
    const tree = parseMarkdownBody(text);
    const analysis = analyzeRawHtml(tree);
    const swallowing = analysis.elements.filter((element) => swallowsTheRest(element, analysis.pieces));
    if (swallowing.length === 0) {
      const elements = analysis.elements.map((element) => {
        const piece = analysis.pieces[element.opening.piece];
        const start = originalOffset(edits, bodyOffset(text, piece, element.opening.start));
        const end = originalOffset(edits, bodyOffset(text, piece, element.opening.end));
        return { tag: element.tag, outcome: element.outcome, start, end };
      });
      cutRawHtml(analysis);
      return { tree, elements: mergeByOffset(removed, elements) };
    }
    // Later tags first, so that the offsets of the earlier ones still hold.
    const earlier = edits.slice();
    for (const element of swallowing.reverse()) {
      const piece = analysis.pieces[element.opening.piece];
      const start = bodyOffset(text, piece, element.opening.start);
      const end = bodyOffset(text, piece, element.opening.end);
      const breaks = text.slice(start, end).replace(/[^\n]/g, '');
      removed.push({
        tag: element.tag,
        outcome: 'unclosed',
        start: originalOffset(earlier, start),
        end: originalOffset(earlier, end),
      });
      text = text.slice(0, start) + breaks + text.slice(end);
      edits.push({ at: start + breaks.length, length: end - start - breaks.length });
    }
  }
}

/** Characters taken out of a body's text: `length` of them at `at`. */
interface TextRemoval {
  at: number;
  length: number;
}

/** An offset of the text after these removals, in the text before them. */
function originalOffset(removals: readonly TextRemoval[], offset: number): number {
  let original = offset;
  for (let index = removals.length - 1; index >= 0; index--) {
    if (original >= removals[index].at) original += removals[index].length;
  }
  return original;
}

/** A tag whose block Markdown would not end before the body does, whatever follows. */
function swallowsTheRest(element: RawHtmlElement, pieces: readonly HtmlPiece[]): boolean {
  const piece = pieces[element.opening.piece];
  if (element.outcome !== 'unclosed' || piece.node.value.slice(0, element.opening.start).trim() !== '') return false;
  if (!BLOCK_PARENTS.has(piece.parent.type)) return false;
  return element.tag === OPEN_COMMENT || LONG_BLOCK_TAGS.has(element.tag);
}

/** Markdown's HTML blocks that run to their closing tag rather than to a blank line. */
const LONG_BLOCK_TAGS: ReadonlySet<string> = new Set(['script', 'pre', 'style', 'textarea']);
const BLOCK_PARENTS: ReadonlySet<string> = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function mergeByOffset(first: SettledElement[], second: SettledElement[]): SettledElement[] {
  return first.concat(second).sort((a, b) => a.start - b.start);
}

/** Cuts what the analysis says out of the tree: unclosed opening tags, dropped elements with their content. */
function cutRawHtml({ pieces, elements }: RawHtmlAnalysis): void {
  const cuts = new Map<number, [number, number][]>();
  const cut = (piece: number, start: number, end: number) => {
    const list = cuts.get(piece) ?? [];
    list.push([start, end]);
    cuts.set(piece, list);
  };
  const removed = new Set<Nodes>();
  for (const element of elements) {
    const { opening, closing } = element;
    if (element.outcome === 'unclosed') cut(opening.piece, opening.start, opening.end);
    if (element.outcome !== 'dropped' || !closing) continue;
    if (closing.piece === opening.piece) {
      cut(opening.piece, opening.start, closing.end);
      continue;
    }
    const first = pieces[opening.piece];
    const last = pieces[closing.piece];
    cut(opening.piece, opening.start, first.node.value.length);
    cut(closing.piece, 0, closing.end);
    const children = first.parent.children as Nodes[];
    for (let at = children.indexOf(first.node) + 1; at < children.indexOf(last.node); at++) removed.add(children[at]);
  }
  for (const [piece, ranges] of cuts) {
    const node = pieces[piece].node;
    ranges.sort((a, b) => b[0] - a[0]);
    for (const [start, end] of ranges) node.value = node.value.slice(0, start) + node.value.slice(end);
  }
  if (removed.size === 0) return;
  for (const parent of new Set(pieces.map((piece) => piece.parent))) {
    const children = parent.children as Nodes[];
    if (children.some((child) => removed.has(child)))
      (parent as { children: Nodes[] }).children = children.filter((child) => !removed.has(child));
  }
}

/**
 * Where a tag of a piece starts in the body. A block of HTML inside a quote or a list item loses
 * the `> ` or the indentation of its lines, so its later lines are found in their own source lines.
 */
export function bodyOffset(markdown: string, piece: HtmlPiece, at: number): number {
  const start = piece.node.position?.start.offset ?? 0;
  const value = piece.node.value;
  if (markdown.startsWith(value, start)) return start + at;
  const lineStart = value.lastIndexOf('\n', at - 1) + 1;
  const lineNumber = countBreaks(value.slice(0, lineStart));
  if (lineNumber === 0) return start + at;
  let sourceLineStart = start;
  for (let line = 0; line < lineNumber; line++) {
    const next = markdown.indexOf('\n', sourceLineStart);
    if (next === -1) return start + at;
    sourceLineStart = next + 1;
  }
  const lineEnd = markdown.indexOf('\n', sourceLineStart);
  const sourceLine = markdown.slice(sourceLineStart, lineEnd === -1 ? markdown.length : lineEnd).replace(/\r$/, '');
  const valueLineEnd = value.indexOf('\n', lineStart);
  const valueLine = value.slice(lineStart, valueLineEnd === -1 ? value.length : valueLineEnd).replace(/\r$/, '');
  const shift = sourceLine.endsWith(valueLine) ? sourceLine.length - valueLine.length : 0;
  return sourceLineStart + shift + (at - lineStart);
}

function countBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
