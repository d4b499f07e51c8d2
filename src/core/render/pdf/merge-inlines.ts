/**
 * A speed-up for pdfmake's renderer, applied once when pdfmake is loaded.
 *
 * pdfmake lays text out word by word and then draws every word with its own pdfkit `text()` call
 * (a text object, a transform, a colour, an encoding pass, a link annotation each). On a 50-page
 * plan that is most of the export's time. Before a line is drawn, consecutive words that touch and
 * share every style property are joined into one run: the same glyphs at the same places (each
 * word's width already includes its trailing space), drawn with one call, and a link that spans
 * several words becomes one annotation instead of one per word.
 *
 * It relies on pdfmake internals (`Renderer.prototype.renderLine` and the inline's fields), so it
 * checks their shape first and does nothing if they differ: a future pdfmake would be slower,
 * never wrong. A test compares the text of a PDF made with and without it.
 */

interface Inline {
  text: string;
  x: number;
  width: number;
  leadingCut?: number;
  trailingCut?: number;
  [key: string]: unknown;
}

interface Line {
  inlines: Inline[];
  _pageNodeRef?: unknown;
}

/** Fields that position an inline or belong to it alone; every other field must be equal to merge. */
const OWN = new Set(['text', 'x', 'width', 'leadingCut', 'trailingCut']);
/** Page references are filled in at draw time, one inline at a time: never merged. */
const UNMERGEABLE = ['_pageNodeRef', '_tocItemRef', '_pageRef', '_textRef', 'id'];

const PATCHED = Symbol.for('socialplan.mergeInlines');

let enabled = true;

/** Turns the merge off (for the test that compares with pdfmake's own drawing). */
export function setMergeInlines(value: boolean): void {
  enabled = value;
}

export function mergeInlines(inlines: Inline[]): Inline[] {
  if (inlines.length < 2) return inlines;
  const out: Inline[] = [];
  let current = inlines[0];
  let copied = false;
  for (let index = 1; index < inlines.length; index++) {
    const next = inlines[index];
    if (canMerge(current, next)) {
      // pdfmake's own inline objects are left as they were: the first merge works on a copy.
      if (!copied) {
        current = { ...current };
        copied = true;
      }
      current.text += next.text;
      current.width = next.x + next.width - current.x;
      current.trailingCut = next.trailingCut;
    } else {
      out.push(current);
      current = next;
      copied = false;
    }
  }
  out.push(current);
  return out;
}

function canMerge(a: Inline, b: Inline): boolean {
  if (typeof a.text !== 'string' || typeof b.text !== 'string' || typeof a.x !== 'number' || typeof b.x !== 'number' || typeof a.width !== 'number' || typeof b.width !== 'number') return false;
  if (Math.abs(a.x + a.width - b.x) > 0.001) return false;
  if (a.text.includes('\n') || b.text.includes('\n')) return false;
  for (const key of UNMERGEABLE) if (a[key] !== undefined || b[key] !== undefined) return false;
  // Every other field equal (pdfmake gives all inlines the same fields, in the same order).
  for (const key in b) {
    if (OWN.has(key)) continue;
    if (a[key] !== b[key]) return false;
  }
  for (const key in a) if (!(key in b)) return false;
  return true;
}

/** Wraps `Renderer.prototype.renderLine` of pdfmake's renderer module; true when it was applied. */
export function patchRenderer(rendererModule: unknown): boolean {
  const Renderer = (rendererModule as { default?: { prototype?: Record<string | symbol, unknown> } } | undefined)?.default;
  const prototype = Renderer?.prototype;
  if (!prototype || typeof prototype.renderLine !== 'function') return false;
  if (prototype[PATCHED]) return true;
  const original = prototype.renderLine as (this: unknown, line: Line, x: number, y: number) => unknown;
  prototype.renderLine = function renderLine(this: unknown, line: Line, x: number, y: number) {
    // A line that is a page reference has its number written into its first inline at draw time.
    if (enabled && line && Array.isArray(line.inlines) && line._pageNodeRef === undefined) line.inlines = mergeInlines(line.inlines);
    return original.call(this, line, x, y);
  };
  prototype[PATCHED] = true;
  return true;
}
